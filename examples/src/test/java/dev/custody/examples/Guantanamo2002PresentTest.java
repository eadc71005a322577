package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.ControlTimeline;
import dev.custody.aggregate.DeathPlace;
import dev.custody.aggregate.LeftCustody;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusTaken;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/scenarios/guantanamo-2002-present.json}: the figures its report must show, each
 * as the sources give it (the notes of its claims name them).
 */
class Guantanamo2002PresentTest {
  private static final ScenarioFile FILE = ScenarioFile.named("guantanamo-2002-present.json");
  private static final Instant END = Instant.parse("2025-01-08T05:00:00Z");

  @Test
  void check_passes_its_only_warnings_are_counts_after_departures_not_recorded_one_by_one() {
    String check = FILE.check();

    assertThat(check).contains("34 events, no errors, 10 warnings");
    assertThat(check.lines().filter(l -> l.contains(" warning in ")))
        .hasSize(10)
        .allSatisfy(l -> assertThat(l).contains("CUS-009 warning in count-"));
  }

  @Test
  void fifteen_are_held_after_the_transfer_to_oman_in_january_2025() {
    List<String> report = FILE.report();

    assertThat(report)
        .anySatisfy(
            l -> assertThat(l).matches("held by dod at guantanamo +detainees affiliated with +15"));
    assertThat(report)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches("  CU +15 +100% +counted 2025-01-06 to 2025-01-08 by dod,.*"));
    // the only country on record beside one that is not: its 15 are all of what is on record,
    // not all of the whole, and the column says what shares are of
    assertThat(report).contains("  country  held          share of recorded  known from");
  }

  @Test
  void the_first_arrivals_are_20_or_some_20_and_kirbys_nearly_800_at_the_peak_is_misattributed() {
    List<String> report = FILE.report();

    assertThat(report)
        .contains("first-arrivals (detainees-transferred) size: 2 claims, no conflict")
        .anySatisfy(l -> assertThat(l).matches("  al-jazeera-liberties +20 +2021-01-11 .*"))
        .anySatisfy(l -> assertThat(l).matches("  bbc +some 20 +2009-01-01 to .*"))
        .contains("peak-june-2003 (census-taken) count: 2 claims, no conflict")
        .anySatisfy(l -> assertThat(l).matches("  John Kirby, +nearly +sputnik .* misattributed:"))
        .contains(
            "  1 claim is on record only (refuted, retracted or misattributed): not in the"
                + " envelope, the");
    assertThat(FILE.ledger().events())
        .filteredOn(e -> e.id().toString().equals("peak-june-2003"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(((CensusTaken) e).count().claims())
                    .extracting(c -> c.estimate().toString())
                    .containsExactly("684", "nearly 800 (760-799)"));
  }

  @Test
  void the_counts_hold_at_their_dates() {
    assertThat(FILE.report("--at", "2009-01-22"))
        .anySatisfy(l -> assertThat(l).matches("held by dod at guantanamo +detainees.* +242"));
    assertThat(FILE.report("--at", "2017-01-20"))
        .anySatisfy(l -> assertThat(l).matches("held by dod at guantanamo +detainees.* +41"));
    assertThat(FILE.report("--at", "2007-12-31"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches("held by dod at guantanamo +detainees.* about 290 \\(275-305\\)"));
  }

  @Test
  void nine_died_in_custody_in_seven_events() {
    LeftCustody left = LeftCustody.of(FILE.ledger(), END);

    assertThat(left.died(DeathPlace.IN_CUSTODY))
        .hasValueSatisfying(d -> assertThat(d.low()).isEqualTo(9));
    assertThat(left.departures(AccountKind.DEAD))
        .singleElement()
        .satisfies(d -> assertThat(d.moved().isEqual(Estimate.exactly(9))).isTrue())
        .satisfies(d -> assertThat(d.events()).hasSize(7));
    assertThat(FILE.report()).contains("dead         at least 9: at least 9 in custody");
  }

  @Test
  void the_departures_recorded_one_by_one_by_destination() {
    LeftCustody left = LeftCustody.of(FILE.ledger(), END);

    assertThat(lows(left.byDestination(AccountKind.RELEASED)))
        .isEqualTo(Map.of("AE", 18L, "AF", 2L, "BA", 1L, "ME", 1L, "OM", 21L, "SA", 1L, "TJ", 3L));
    assertThat(lows(left.byDestination(AccountKind.REPATRIATED)))
        .isEqualTo(Map.of("KE", 1L, "MY", 2L, "TN", 1L));
    assertThat(FILE.report())
        .contains("released     at least 47", "repatriated  at least 4")
        .anySatisfy(l -> assertThat(l).matches(" +OM +at least 21"))
        .anySatisfy(l -> assertThat(l).matches(" +AE +at least 18"));
  }

  @Test
  void the_united_states_controls_the_facility_from_its_opening() {
    Ledger ledger = FILE.ledger();
    ControlTimeline timeline = ControlTimeline.of(ledger, FacilityId.of("guantanamo"));

    assertThat(timeline.periods()).hasSize(1);
    assertThat(timeline.controllerAt(END)).contains(ActorId.of("usa"));
  }

  private static Map<String, Long> lows(Map<CountryCode, Estimate> byDestination) {
    return byDestination.entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().toString(), e -> e.getValue().low()));
  }
}
