package dev.custody.cli.chart;

import static dev.custody.cli.ReferenceScenario.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.cli.ReferenceScenario;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import dev.custody.model.Reading;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The timeline of the reference case, from 2026-01-18 to noon on 2026-01-25 in Damascus. */
class TimelineTest {
  private static final Ledger LEDGER = ReferenceScenario.ledger();
  private static final Instant FROM = Instant.parse("2026-01-18T00:00:00Z");
  private static final Timeline TIMELINE = Timeline.of(LEDGER, FROM, noon(25));

  @Test
  void has_a_series_per_account_that_held_anyone() {
    assertThat(TIMELINE.series())
        .extracting(BalanceSeries::label)
        .containsExactly(
            "held by iraq-gov at iraq-secure",
            "held by syria-gov, place not reported",
            "at large from al-shaddadi");
    BalanceSeries atLarge = TIMELINE.series().get(2);
    assertThat(atLarge.balances()).hasSameSizeAs(TIMELINE.samples());
    assertThat(atLarge.balances().get(0)).isEmpty();
    assertThat(atLarge.balances().get(TIMELINE.samples().size() - 1).orElseThrow())
        .hasToString("unknown (best 119)");
  }

  @Test
  void has_the_population_of_the_census_of_syria_from_the_day_it_was_counted() {
    assertThat(TIMELINE.populations())
        .extracting(PopulationSeries::label)
        .containsExactly(
            "census still-held-in-syria: country SY, cohort fighters affiliated with isis");
    PopulationSeries syria = TIMELINE.populations().get(0);
    assertThat(syria.populations()).hasSameSizeAs(TIMELINE.samples());
    // counted on the 22nd: not before the end of that day
    assertThat(syria.populations().get(3)).isEmpty();
    assertThat(syria.populations().get(4).orElseThrow()).hasToString("about 9,000 (8,550-9,450)");
  }

  @Test
  void samples_the_span_at_every_event_that_ends_within_it() {
    assertThat(TIMELINE.samples())
        .containsExactly(
            FROM,
            Instant.parse("2026-01-19T21:00:00Z"),
            Instant.parse("2026-01-20T21:00:00Z"),
            Instant.parse("2026-01-21T21:00:00Z"),
            Instant.parse("2026-01-22T21:00:00Z"),
            noon(25));
  }

  @Test
  void marks_the_changes_of_control_and_the_deadline() {
    assertThat(TIMELINE.markers())
        .containsExactly(
            new TimelineMarker(
                Instant.parse("2026-01-19T21:00:00Z"),
                TimelineMarker.Kind.CONTROL_CHANGE,
                "al-shaddadi: sdf → syria-gov"),
            new TimelineMarker(
                Instant.parse("2026-01-21T21:00:00Z"),
                TimelineMarker.Kind.CONTROL_CHANGE,
                "al-hol: sdf → syria-gov"),
            new TimelineMarker(
                Instant.parse("2026-01-24T21:00:00Z"),
                TimelineMarker.Kind.DEADLINE,
                "deadline: decide-integration (sdf)"));
  }

  @Test
  void names_the_span_and_the_reading_in_its_title() {
    Timeline government =
        Timeline.of(
            LEDGER.withReading(Reading.preferring(ReferenceScenario.SYRIA_GOV)), FROM, noon(25));

    assertThat(TIMELINE.title())
        .isEqualTo("Balances per account, 2026-01-18 to 2026-01-25 09:00 UTC (envelope)");
    assertThat(government.title()).endsWith("(according to syria-gov)");
    assertThat(government.series().get(2).balances().get(5).orElseThrow())
        .hasToString("at least 61 (best 69)");
  }

  @Test
  void counts_its_series_and_markers_in_its_text() {
    assertThat(TIMELINE)
        .hasToString(
            "Balances per account, 2026-01-18 to 2026-01-25 09:00 UTC (envelope): 3 series,"
                + " 3 markers");
  }

  @Test
  void has_no_series_in_a_span_in_which_nobody_was_held() {
    Timeline early = Timeline.of(LEDGER, FROM, Instant.parse("2026-01-19T00:00:00Z"));

    assertThat(early.series()).isEmpty();
  }

  @Test
  void refuses_a_span_that_ends_before_it_starts() {
    assertThatThrownBy(() -> Timeline.of(LEDGER, noon(25), FROM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be before");
  }

  @Test
  void marks_a_handover_of_custody_with_control_as_a_change_of_control() throws IOException {
    Ledger ledger =
        CustodyJson.standard()
            .read(Path.of("src", "test", "resources", "report", "leaving-custody.json"))
            .ledger();

    Timeline timeline =
        Timeline.of(
            ledger, Instant.parse("2030-03-03T00:00:00Z"), Instant.parse("2030-03-31T00:00:00Z"));

    // the handover without control, at no facility, marks nothing
    assertThat(timeline.markers())
        .containsExactly(
            new TimelineMarker(
                Instant.parse("2030-03-11T00:00:00Z"),
                TimelineMarker.Kind.CONTROL_CHANGE,
                "east-camp: rival → keeper-gov (custody handed over)"));
  }
}
