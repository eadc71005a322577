package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class FigureTest {
  private static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), ZoneId.of("Asia/Damascus"));
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId SYRIA = ActorId.of("syria-gov");
  private static final ActorId USA = ActorId.of("usa");

  private static final Claim SDF_OVER_1000 =
      Claim.of(Estimate.moreThan(1_000), Source.of(SDF), JAN_21);
  private static final Claim SYRIA_ABOUT_150 =
      Claim.of(Estimate.about(150), Source.of(SYRIA), JAN_21);
  private static final Claim USA_UP_TO_200 =
      Claim.builder()
          .estimate(Estimate.upTo(200))
          .source(Source.of(USA, "a U.S. military official"))
          .channel(ActorId.of("nyt"))
          .reported(JAN_21)
          .build();

  @Test
  void the_three_escape_claims_conflict_and_the_pairs_are_named() {
    Figure escaped = Figure.of(SDF_OVER_1000, SYRIA_ABOUT_150, USA_UP_TO_200);

    assertThat(escaped.agrees()).isFalse();
    assertThat(escaped.consensus()).isEmpty();
    assertThat(escaped.conflicts())
        .containsExactly(
            ClaimConflict.of(SDF_OVER_1000, SYRIA_ABOUT_150),
            ClaimConflict.of(SDF_OVER_1000, USA_UP_TO_200));
    ClaimConflict withUs = escaped.conflicts().get(1);
    assertThat(withUs.gap()).isEqualTo(801);
    assertThat(withUs.first().estimate().low()).isEqualTo(1_001);
    assertThat(withUs.second().estimate().high()).isEqualTo(200);
    assertThat(withUs)
        .hasToString(
            "over 1,000 (sdf) conflicts with up to 200 (a U.S. military official (usa) via nyt):"
                + " 801 apart, the low end 1,001 of sdf above the high end 200 of usa");
    assertThat(withUs.higher()).isEqualTo(SDF_OVER_1000);
    assertThat(withUs.lower()).isEqualTo(USA_UP_TO_200);
    ClaimConflict reversed = ClaimConflict.of(USA_UP_TO_200, SDF_OVER_1000);
    assertThat(reversed.higher()).isEqualTo(SDF_OVER_1000);
    assertThat(reversed.lower()).isEqualTo(USA_UP_TO_200);
    assertThat(escaped.conflicts().get(0).gap()).isEqualTo(1_001 - 158);
  }

  @Test
  void a_figure_of_one_estimate_is_the_figure_of_its_one_claim() {
    Figure escaped = Figure.of(Estimate.about(150), Source.of(SYRIA), JAN_21);

    assertThat(escaped).isEqualTo(Figure.of(SYRIA_ABOUT_150));
    assertThat(escaped.claims()).containsExactly(SYRIA_ABOUT_150);
  }

  @Test
  void the_envelope_allows_what_any_claim_allows() {
    Figure escaped = Figure.of(SDF_OVER_1000, SYRIA_ABOUT_150, USA_UP_TO_200);

    Estimate envelope = escaped.envelope();
    assertThat(envelope.low()).isZero();
    assertThat(envelope.hasUpperBound()).isFalse();
    assertThat(envelope.best()).isEqualTo(200);
    assertThat(envelope).hasToString("unknown (best 200)");
    assertThat(Estimate.parse("unknown (best 200)")).isEqualTo(envelope);
    assertThat(escaped.claims())
        .allSatisfy(c -> assertThat(envelope.encloses(c.estimate())).isTrue());
  }

  @Test
  void a_claim_that_the_number_is_unknown_gives_the_envelope_no_best_value() {
    Claim unknown = Claim.of(Estimate.unknown(), Source.of(USA), JAN_21);
    Claim fourteen = Claim.of(Estimate.exactly(1_450), Source.of(SYRIA), JAN_21);
    Claim fifteen = Claim.of(Estimate.exactly(1_523), Source.of(SDF), JAN_21);

    // two unknowns beside one count: their 0s would be the lower median of 0, 0 and 1,450
    Claim another = Claim.of(Estimate.unknown(), Source.of(SDF), JAN_21);
    assertThat(Figure.of(unknown, another, fourteen).envelope().best()).isEqualTo(1_450);
    assertThat(Figure.of(unknown, fourteen, fifteen).envelope().best()).isEqualTo(1_450);
    Estimate envelope = Figure.of(unknown, fifteen).envelope();
    assertThat(envelope.best()).isEqualTo(1_523);
    assertThat(envelope.isUnknown()).isTrue();
    // only unknowns: their best is all there is
    assertThat(Figure.of(unknown, Claim.of(Estimate.unknown(), Source.of(SDF), JAN_21)).envelope())
        .isEqualTo(Estimate.unknown());
  }

  @Test
  void claims_that_agree_have_a_consensus() {
    Figure escaped = Figure.of(SYRIA_ABOUT_150, USA_UP_TO_200);

    assertThat(escaped.agrees()).isTrue();
    assertThat(escaped.conflicts()).isEmpty();
    assertThat(escaped.consensus())
        .hasValueSatisfying(c -> assertThat(c).hasToString("about 150 (142-158)"));
    assertThat(escaped.envelope()).hasToString("between 0 and 200 (best 150)");
  }

  @Test
  void consensus_of_open_ended_claims_is_open_ended() {
    Figure figure =
        Figure.of(
            Claim.of(Estimate.moreThan(1_000), Source.of(SDF), JAN_21),
            Claim.of(Estimate.atLeast(500), Source.of(USA), JAN_21));

    assertThat(figure.consensus()).contains(Estimate.moreThan(1_000));
    assertThat(figure.envelope()).isEqualTo(Estimate.atLeast(500).withBest(500));
  }

  @Test
  void one_claim_agrees_with_itself() {
    Figure figure = Figure.of(SYRIA_ABOUT_150);

    assertThat(figure.agrees()).isTrue();
    assertThat(figure.consensus())
        .hasValueSatisfying(c -> assertThat(c.isEqual(Estimate.about(150))).isTrue());
    assertThat(figure.envelope().isEqual(Estimate.about(150))).isTrue();
    assertThat(figure).hasToString("1 claim, in agreement\n  " + SYRIA_ABOUT_150);
  }

  @Test
  void a_figure_has_at_least_one_claim() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Figure.of(ImmutableList.of()))
        .withMessage("Figure.claims ([]) must hold at least one claim");
  }

  @Test
  void claims_by_selects_named_and_described_sources_of_an_actor() {
    Claim usDirect = Claim.of(Estimate.exactly(150), Source.of(USA), JAN_21);
    Figure figure = Figure.of(SDF_OVER_1000, USA_UP_TO_200).withClaim(usDirect);

    assertThat(figure.claimsBy(USA)).containsExactly(USA_UP_TO_200, usDirect);
    assertThat(figure.claimsBy(SYRIA)).isEmpty();
    assertThat(figure)
        .hasToString(
            "3 claims, 2 conflicts\n  "
                + SDF_OVER_1000
                + "\n  "
                + USA_UP_TO_200
                + "\n  "
                + usDirect);
  }

  @Test
  void a_conflict_needs_claims_that_do_not_overlap() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ClaimConflict.of(SYRIA_ABOUT_150, USA_UP_TO_200))
        .withMessageStartingWith("ClaimConflict claims (about 150 (142-158) according to syria-gov")
        .withMessageEndingWith("overlap, so they do not conflict");
    ClaimConflict conflict = ClaimConflict.of(USA_UP_TO_200, SDF_OVER_1000);
    assertThat(conflict.involves(SDF_OVER_1000)).isTrue();
    assertThat(conflict.involves(SYRIA_ABOUT_150)).isFalse();
    assertThat(conflict.gap()).isEqualTo(801);
  }
}
