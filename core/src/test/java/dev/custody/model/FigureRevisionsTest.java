package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A source that revises itself: its later claim about the same quantity supersedes its earlier one
 * in its own reading and in the consensus, and the earlier one stays on record.
 */
class FigureRevisionsTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId USA = ActorId.of("usa");
  private static final ActorId OUTLET = ActorId.of("outlet");

  private static When day(int day) {
    return When.on(LocalDate.of(2026, 1, day), DAMASCUS);
  }

  /** "Hundreds" escaped, the SDF said on the 20th. */
  private static final Claim HUNDREDS =
      Claim.of(Estimate.between(200, 900), Source.of(SDF), day(20));

  /** "Dozens", the SDF said on the 22nd. */
  private static final Claim DOZENS = Claim.of(Estimate.between(24, 96), Source.of(SDF), day(22));

  /** "About 80", a U.S. official said on the 21st. */
  private static final Claim ABOUT_80 =
      Claim.of(Estimate.between(70, 90), Source.of(USA, "a U.S. official"), day(21));

  @Test
  void a_later_claim_of_the_same_source_supersedes_the_earlier_one() {
    Figure figure = Figure.of(HUNDREDS, ABOUT_80, DOZENS);

    assertThat(figure.claims()).containsExactly(HUNDREDS, ABOUT_80, DOZENS);
    assertThat(figure.counted()).containsExactly(ABOUT_80, DOZENS);
    assertThat(figure.superseded()).containsExactly(HUNDREDS);
    assertThat(figure.onRecordOnly()).containsExactly(HUNDREDS);
    assertThat(figure.isSuperseded(HUNDREDS)).isTrue();
    assertThat(figure.isSuperseded(DOZENS)).isFalse();
    assertThat(figure.isSuperseded(ABOUT_80)).isFalse();
    assertThat(figure)
        .hasToString(
            "3 claims (1 on record only), in agreement\n  "
                + HUNDREDS
                + "\n  "
                + ABOUT_80
                + "\n  "
                + DOZENS);
  }

  @Test
  void the_sources_reading_is_its_latest_word_and_the_consensus_has_no_false_conflict() {
    Figure figure = Figure.of(HUNDREDS, ABOUT_80, DOZENS);

    assertThat(Reading.preferring(SDF).of(figure)).isEqualTo(DOZENS.estimate());
    assertThat(figure.claimsBy(SDF)).containsExactly(DOZENS);
    // without the revision, hundreds (200-900) and about 80 (70-90) would conflict
    assertThat(figure.conflicts()).isEmpty();
    // its best is about 80's: dozens' best lies outside the range both allow
    assertThat(figure.consensus()).contains(Estimate.of(70, 80, 90));
    assertThat(Reading.consensus().of(figure)).isEqualTo(Estimate.of(70, 80, 90));
    // hundreds (up to 900) no longer widens it
    assertThat(figure.envelope().low()).isEqualTo(24);
    assertThat(figure.envelope().high()).isEqualTo(96);
  }

  @Test
  void the_order_of_the_claims_in_the_figure_does_not_matter() {
    Figure figure = Figure.of(DOZENS, ABOUT_80, HUNDREDS);

    assertThat(figure.superseded()).containsExactly(HUNDREDS);
    assertThat(Reading.preferring(SDF).of(figure)).isEqualTo(DOZENS.estimate());
  }

  @Test
  void claims_whose_report_times_may_overlap_do_not_supersede_each_other() {
    Claim sameDay = Claim.of(Estimate.exactly(100), Source.of(SDF), day(20));
    Claim inJanuary =
        Claim.of(
            Estimate.exactly(300),
            Source.of(SDF),
            When.inMonth(java.time.YearMonth.of(2026, 1), DAMASCUS));
    Figure figure = Figure.of(HUNDREDS, sameDay, inJanuary);

    assertThat(figure.superseded()).isEmpty();
    assertThat(figure.counted()).containsExactly(HUNDREDS, sameDay, inJanuary);
  }

  @Test
  void another_description_is_another_source_of_the_figure_but_a_voice_of_the_actors_reading() {
    Claim official = Claim.of(Estimate.exactly(50), Source.of(SDF, "an SDF official"), day(22));
    Figure figure = Figure.of(HUNDREDS, official);

    // in the claims table, the envelope and the consensus, an official is not the SDF's statement
    assertThat(figure.superseded()).isEmpty();
    assertThat(figure.envelope()).isEqualTo(Estimate.of(50, 50, 900));
    // according to the SDF, its latest word, whichever of its voices gave it
    assertThat(Reading.preferring(SDF).of(figure)).isEqualTo(Estimate.exactly(50));
  }

  @Test
  void voices_of_an_actor_on_the_same_day_are_read_together() {
    Claim official = Claim.of(Estimate.exactly(50), Source.of(SDF, "an SDF official"), day(20));
    Figure figure = Figure.of(HUNDREDS, official);

    assertThat(Reading.preferring(SDF).of(figure)).isEqualTo(Estimate.of(50, 50, 900));
  }

  @Test
  void a_spokesmans_later_word_is_his_organisations_in_its_reading() {
    ActorId spokesman = ActorId.of("farhad-shami");
    Claim later = Claim.of(Estimate.exactly(50), Source.of(spokesman), day(23));
    Figure figure = Figure.of(HUNDREDS, later, ABOUT_80);

    assertThat(Reading.preferring(SDF).withSpeakers(java.util.List.of(spokesman)).of(figure))
        .isEqualTo(Estimate.exactly(50));
    // without the spokesman among its speakers, the SDF's own word stands
    assertThat(Reading.preferring(SDF).of(figure)).isEqualTo(HUNDREDS.estimate());
  }

  @Test
  void a_relayed_person_neither_revises_nor_is_revised_in_a_reading() {
    Claim resident =
        Claim.of(Estimate.exactly(1_500), Source.relayedBy(OUTLET, "a resident"), day(20));
    Claim statement = Claim.of(Estimate.exactly(15), Source.of(OUTLET), day(23));
    Figure figure = Figure.of(resident, statement);

    assertThat(Reading.preferring(OUTLET).of(figure)).isEqualTo(Estimate.of(15, 15, 1_500));
  }

  @Test
  void a_relayed_unnamed_person_never_revises_anything() {
    Claim first =
        Claim.of(Estimate.exactly(1_500), Source.relayedBy(OUTLET, "a resident"), day(20));
    Claim later = Claim.of(Estimate.exactly(15), Source.relayedBy(OUTLET, "a resident"), day(23));

    assertThat(Figure.of(first, later).superseded()).isEmpty();
  }

  @Test
  void the_same_source_through_another_channel_still_revises_itself() {
    Claim viaOutlet =
        Claim.builder()
            .estimate(DOZENS.estimate())
            .source(DOZENS.source())
            .channel(OUTLET)
            .reported(DOZENS.reported())
            .build();

    assertThat(Figure.of(HUNDREDS, viaOutlet).superseded()).containsExactly(HUNDREDS);
  }

  @Test
  void a_later_claim_that_does_not_count_supersedes_nothing() {
    Claim retracted = DOZENS.withStatus(ClaimStatus.retracted());
    Figure figure = Figure.of(HUNDREDS, retracted);

    assertThat(figure.superseded()).isEmpty();
    assertThat(figure.counted()).containsExactly(HUNDREDS);
    assertThat(figure.onRecordOnly()).containsExactly(retracted);
  }

  @Test
  void as_known_before_the_revision_the_earlier_claim_stands() {
    Figure figure = Figure.of(HUNDREDS, DOZENS);
    java.time.Instant on21st = LocalDate.of(2026, 1, 22).atStartOfDay(DAMASCUS).toInstant();

    Figure known = figure.asKnownAt(on21st).orElseThrow();

    assertThat(known.counted()).containsExactly(HUNDREDS);
    assertThat(Reading.preferring(SDF).of(known)).isEqualTo(HUNDREDS.estimate());
  }

  @Test
  void is_superseded_refuses_a_claim_of_another_figure() {
    Figure figure = Figure.of(HUNDREDS, DOZENS);

    assertThatThrownBy(() -> figure.isSuperseded(ABOUT_80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Figure.isSuperseded claim (")
        .hasMessageEndingWith(") is not a claim of the figure");
  }
}
