package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Claims that stand rumoured, disputed, refuted, retracted or misattributed, and disputes. */
class ClaimStatusTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), DAMASCUS);
  private static final When JAN_28 = When.on(LocalDate.of(2026, 1, 28), DAMASCUS);
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId MINISTRY = ActorId.of("interior-ministry");
  private static final ActorId HRW = ActorId.of("hrw");

  private static final ClaimId RUMOUR = ClaimId.of("rumour-cells");
  private static final ClaimId SEARCH = ClaimId.of("search-cells");

  /** "1,500 sealed in underground cells", later searched: nobody. */
  private static final Claim CELLS =
      Claim.builder()
          .estimate(Estimate.exactly(1_500))
          .source(Source.relayedBy(ActorId.of("local-outlet"), "a resident"))
          .reported(JAN_21)
          .id(RUMOUR)
          .status(ClaimStatus.refutedBy(SEARCH))
          .build();

  private static final Claim SEARCHED =
      Claim.builder()
          .estimate(Estimate.exactly(0))
          .source(Source.of(MINISTRY))
          .reported(JAN_28)
          .id(SEARCH)
          .note("searched: nobody")
          .build();

  private static final Claim SDF_DOZENS =
      Claim.of(Estimate.parse("dozens"), Source.of(SDF), JAN_21);

  @Test
  void aRefutedRumourStaysOnRecordAndCountsNowhere() {
    Figure figure = Figure.of(CELLS, SEARCHED);

    assertThat(figure.claims()).containsExactly(CELLS, SEARCHED);
    assertThat(figure.counted()).containsExactly(SEARCHED);
    assertThat(figure.onRecordOnly()).containsExactly(CELLS);
    assertThat(figure.envelope()).isEqualTo(Estimate.exactly(0));
    assertThat(figure.consensus()).contains(Estimate.exactly(0));
    assertThat(figure.agrees()).isTrue();
    assertThat(figure.conflicts()).isEmpty();
    assertThat(figure.conflictCount()).isZero();
    assertThat(Reading.envelope().of(figure)).isEqualTo(Estimate.exactly(0));
    // the rumour's own source has no counted claim: its reading falls back to the others
    assertThat(Reading.preferring(ActorId.of("local-outlet")).of(figure))
        .isEqualTo(Estimate.exactly(0));
    assertThat(Reading.preferring(ActorId.of("local-outlet")).isFirstHand(figure)).isFalse();
    assertThat(figure)
        .hasToString(
            "2 claims (1 on record only), in agreement\n"
                + "  exactly 1,500 according to a resident, via local-outlet, reported 2026-01-21"
                + " (Asia/Damascus) [rumour-cells: refuted by search-cells]\n"
                + "  exactly 0 according to interior-ministry, reported 2026-01-28"
                + " (Asia/Damascus) (searched: nobody) [search-cells]");
  }

  @Test
  void aClaimRetractedOnADayStandsAsReportedInWhatWasKnownBeforeIt() {
    When jan22 = When.on(LocalDate.of(2026, 1, 22), DAMASCUS);
    Claim withdrawn = SDF_DOZENS.withStatus(ClaimStatus.retracted(jan22));
    Claim counted = Claim.of(Estimate.about(150), Source.of(HRW), JAN_28);
    Figure figure = Figure.of(withdrawn, counted);

    assertThat(withdrawn.status().retractedOn()).contains(jan22);
    assertThat(withdrawn.status()).hasToString("retracted on 2026-01-22 (Asia/Damascus)");
    assertThat(figure.counted()).containsExactly(counted);
    // known at the end of the 21st: said, not yet withdrawn
    Figure onThe21st = figure.asKnownAt(JAN_21.end()).orElseThrow();
    assertThat(onThe21st.counted()).hasSize(1);
    assertThat(onThe21st.counted().get(0).status()).isEqualTo(ClaimStatus.reported());
    assertThat(onThe21st.envelope()).isEqualTo(Estimate.parse("dozens"));
    // known once the withdrawal was certainly made: on record only
    Figure onThe23rd = figure.asKnownAt(jan22.end()).orElseThrow();
    assertThat(onThe23rd.counted()).isEmpty();
    assertThat(onThe23rd.onRecordOnly()).containsExactly(withdrawn);
    // a retraction whose time is not on record holds from the moment the claim was reported
    Figure undated = Figure.of(SDF_DOZENS.withStatus(ClaimStatus.retracted()), counted);
    assertThat(undated.asKnownAt(JAN_21.end()).orElseThrow().counted()).isEmpty();
  }

  @Test
  void aRetractionHasATimeOnlyWhenItIsARetractionAndNotBeforeTheClaim() {
    assertThatThrownBy(
            () ->
                ImmutableClaimStatus.builder()
                    .kind(ClaimStatus.Kind.DISPUTED)
                    .retractedOn(JAN_21)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ClaimStatus.retractedOn (2026-01-21 (Asia/Damascus)) may only be present for a"
                + " RETRACTED claim; kind is DISPUTED");
    When jan20 = When.on(LocalDate.of(2026, 1, 20), DAMASCUS);
    assertThatThrownBy(() -> SDF_DOZENS.withStatus(ClaimStatus.retracted(jan20)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Claim.status (retracted on 2026-01-20 (Asia/Damascus)) must not be retracted before"
                + " the claim was reported (2026-01-21 (Asia/Damascus))");
    // withdrawn the day it was said
    assertThat(SDF_DOZENS.withStatus(ClaimStatus.retracted(JAN_21)).counts()).isFalse();
  }

  @Test
  void retractedAndMisattributedClaimsCountNowhere() {
    Claim retracted = SDF_DOZENS.withStatus(ClaimStatus.retracted());
    Claim misattributed =
        Claim.of(Estimate.exactly(200), Source.of(MINISTRY), JAN_21)
            .withStatus(ClaimStatus.misattributed("the escapes from al-Hol"));
    Claim counted = Claim.of(Estimate.about(150), Source.of(HRW), JAN_28);
    Figure figure = Figure.of(retracted, misattributed, counted);

    assertThat(figure.counted()).containsExactly(counted);
    assertThat(figure.envelope()).isEqualTo(Estimate.about(150));
    assertThat(misattributed.status()).hasToString("misattributed: really the escapes from al-Hol");
    assertThat(retracted.counts()).isFalse();
    assertThat(misattributed.toString())
        .endsWith("[misattributed: really the escapes from al-Hol]");
    // nothing counts: the figure says nothing, rather than what a refuted claim said
    assertThat(Figure.of(retracted).envelope()).isEqualTo(Estimate.unknown());
    assertThat(Figure.of(retracted).consensus()).contains(Estimate.unknown());
  }

  @Test
  void rumouredAndDisputedClaimsStillCount() {
    Claim rumour = SDF_DOZENS.withStatus(ClaimStatus.rumoured());
    Claim disputed =
        Claim.of(Estimate.exactly(81), Source.of(MINISTRY), JAN_21)
            .withStatus(ClaimStatus.disputed());
    Figure figure = Figure.of(rumour, disputed);

    assertThat(figure.counted()).containsExactly(rumour, disputed);
    // the envelope is the rumour's own range, so it keeps the rumour's words
    assertThat(figure.envelope()).isEqualTo(rumour.estimate());
    assertThat(figure.envelope().isEqual(Estimate.between(24, 99))).isTrue();
    assertThat(figure.isDisputed()).isTrue();
    assertThat(Figure.of(rumour).isDisputed()).isFalse();
    assertThat(rumour.toString()).endsWith("[rumoured]");
  }

  @Test
  void aDisputeWithoutANumberNeitherWidensNorNarrows() {
    Figure figure = Figure.of(SDF_DOZENS);
    Dispute noVerification = Dispute.of(Source.of(HRW), JAN_28, "no independent verification");
    Figure disputed = figure.withDispute(noVerification);

    assertThat(disputed.isDisputed()).isTrue();
    assertThat(figure.isDisputed()).isFalse();
    assertThat(disputed.envelope())
        .isEqualTo(figure.envelope())
        .isEqualTo(Estimate.vague("dozens"));
    assertThat(disputed.consensus()).isEqualTo(figure.consensus());
    assertThat(disputed.disputes()).containsExactly(noVerification);
    assertThat(noVerification)
        .hasToString(
            "disputed by hrw, reported 2026-01-28 (Asia/Damascus): no independent verification");
    assertThat(disputed.toString())
        .startsWith("1 claim, in agreement, disputed\n")
        .endsWith(
            "\n  disputed by hrw, reported 2026-01-28 (Asia/Damascus): no independent"
                + " verification");
    // an "unknown" claim, the old way, drops the low end to zero
    assertThat(
            figure.withClaim(Claim.of(Estimate.unknown(), Source.of(HRW), JAN_28)).envelope().low())
        .isZero();
    // withClaim keeps the disputes
    assertThat(disputed.withClaim(SEARCHED).disputes()).containsExactly(noVerification);
  }

  @Test
  void aDisputeMayNameTheClaimItDisputes() {
    Claim named = SDF_DOZENS.withId(ClaimId.of("sdf-dozens"));
    Dispute dispute =
        Dispute.of(Source.of(HRW), JAN_28, "could not be confirmed")
            .ofClaim(ClaimId.of("sdf-dozens"));
    assertThat(Figure.of(named).withDispute(dispute).disputes()).containsExactly(dispute);
    assertThat(dispute.toString()).startsWith("disputed by hrw (claim sdf-dozens), reported");
    assertThatThrownBy(() -> Figure.of(SDF_DOZENS).withDispute(dispute))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Dispute.claim (sdf-dozens) must name a claim of the figure; the figure's ids are []");
  }

  @Test
  void aRefutationMustNameAnotherCountedClaimOfTheFigure() {
    assertThatThrownBy(() -> Figure.of(CELLS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Claim.status (refuted by search-cells) of (exactly 1,500")
        .hasMessageEndingWith(
            "must name another claim of the figure that counts, or one of its disputes; the"
                + " figure's ids are [rumour-cells]");
    Claim selfRefuting = CELLS.withStatus(ClaimStatus.refutedBy(RUMOUR));
    assertThatThrownBy(() -> Figure.of(selfRefuting, SEARCHED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must name another claim");
    Claim retractedSearch = SEARCHED.withStatus(ClaimStatus.retracted());
    assertThatThrownBy(() -> Figure.of(CELLS, retractedSearch))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("that counts");
    assertThatThrownBy(() -> Figure.of(SEARCHED, SEARCHED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Figure.claims: the id search-cells must name one claim");
  }

  @Test
  void aDisputeWithAnIdMayRefuteAClaimWithoutANumberOfItsOwn() {
    When jan23 = When.on(LocalDate.of(2026, 1, 23), DAMASCUS);
    ClaimId freed = ClaimId.of("group-freed-800");
    ClaimId noBreak = ClaimId.of("no-large-scale-break");
    Claim boast =
        Claim.builder()
            .estimate(Estimate.moreThan(800))
            .source(Source.of(ActorId.of("group-outlet")))
            .reported(JAN_21)
            .id(freed)
            .status(ClaimStatus.refutedBy(noBreak))
            .build();
    Dispute denial =
        Dispute.of(Source.of(MINISTRY), jan23, "no large-scale break happened")
            .ofClaim(freed)
            .withId(noBreak);
    Figure figure = Figure.of(List.of(boast, SDF_DOZENS), List.of(denial));
    assertThatThrownBy(() -> Figure.of(boast, SDF_DOZENS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("or one of its disputes");

    assertThat(figure.counted()).containsExactly(SDF_DOZENS);
    assertThat(figure.onRecordOnly()).containsExactly(boast);
    assertThat(figure.envelope()).isEqualTo(Estimate.parse("dozens"));
    assertThat(denial.toString())
        .startsWith(
            "disputed by interior-ministry as no-large-scale-break (claim group-freed-800)");
    // known before the denial was reported, the boast still stood
    Figure before = figure.asKnownAt(JAN_21.end()).orElseThrow();
    assertThat(before.counted()).hasSize(2);
    assertThat(before.envelope().low()).isEqualTo(Estimate.parse("dozens").low());
    assertThat(figure.asKnownAt(jan23.end()).orElseThrow().counted()).containsExactly(SDF_DOZENS);
    // an id used by a claim and a dispute names neither
    assertThatThrownBy(() -> Figure.of(List.of(boast, SDF_DOZENS), List.of(denial.withId(freed))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Dispute.id (group-freed-800) must name one claim or dispute of the figure; it is used"
                + " twice");
  }

  @Test
  void statusesCheckTheirParts() {
    assertThat(ClaimStatus.reported()).hasToString("reported");
    assertThat(ClaimStatus.refutedBy(SEARCH)).hasToString("refuted by search-cells");
    assertThat(ClaimStatus.reported().counts()).isTrue();
    assertThat(ClaimStatus.rumoured().counts()).isTrue();
    assertThat(ClaimStatus.disputed().counts()).isTrue();
    assertThat(ClaimStatus.refutedBy(SEARCH).counts()).isFalse();
    assertThat(ClaimStatus.retracted().counts()).isFalse();
    assertThat(ClaimStatus.misattributed("x").counts()).isFalse();
    assertThatThrownBy(() -> ClaimStatus.misattributed(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ClaimStatus.countsInstead");
    assertThatThrownBy(() -> Dispute.of(Source.of(HRW), JAN_28, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Dispute.words");
    assertThat(Claim.of(Estimate.exactly(1), Source.of(SDF), JAN_21).status())
        .isEqualTo(ClaimStatus.reported());
    new EqualsTester()
        .addEqualityGroup(ClaimStatus.reported(), ClaimStatus.reported())
        .addEqualityGroup(ClaimStatus.refutedBy(SEARCH), ClaimStatus.refutedBy(SEARCH))
        .addEqualityGroup(ClaimStatus.refutedBy(RUMOUR))
        .addEqualityGroup(ClaimStatus.misattributed("x"), ClaimStatus.misattributed("x"))
        .addEqualityGroup(ClaimStatus.retracted())
        .addEqualityGroup(
            Dispute.of(Source.of(HRW), JAN_28, "a"), Dispute.of(Source.of(HRW), JAN_28, "a"))
        .addEqualityGroup(Dispute.of(Source.of(HRW), JAN_21, "a"))
        .testEquals();
  }
}
