package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.Intakes;
import dev.custody.aggregate.OperationProgress;
import dev.custody.event.CensusTaken;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.Estimate;
import dev.custody.model.OperationId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/scenarios/baghuz-al-hol-2019.json}: the figures its report must show, each as the
 * sources give it (the notes of its claims name them).
 */
class BaghuzAlHol2019Test {
  private static final ScenarioFile FILE = ScenarioFile.named("baghuz-al-hol-2019.json");
  private static final Instant END = Instant.parse("2019-11-19T22:00:00Z");

  @Test
  void check_passes_without_warnings() {
    assertThat(FILE.check()).contains("13 events, no errors").doesNotContain("warning");
  }

  @Test
  void about_29700_surrendered_to_the_sdf_29600_of_them_by_16_march() {
    Intakes intakes = Intakes.of(FILE.ledger(), END);

    assertThat(intakes.total())
        .hasValueSatisfying(
            t -> assertThat(t.toString()).isEqualTo("about 29,700 (29,695-29,705)"));
    assertThat(intakes.byCustodian()).containsOnlyKeys(ActorId.of("sdf"));
    Intakes byMidMarch = Intakes.of(FILE.ledger(), Instant.parse("2019-03-16T22:00:00Z"));
    assertThat(byMidMarch.total())
        .hasValueSatisfying(t -> assertThat(t.isEqual(Estimate.exactly(29_600))).isTrue());
    assertThat(FILE.report())
        .anySatisfy(l -> assertThat(l).matches("  surrender +about 29,700 \\(29,695-29,705\\)"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "held by sdf in SY +detainees affiliated with isis +at least 29,695 \\(best 29,700\\)"));
  }

  @Test
  void al_hol_grows_past_73000_by_april_2019_as_ocha_counts_it() {
    Ledger ledger = FILE.ledger();
    Map<String, String> counts = new LinkedHashMap<>();
    ledger.events().stream()
        .filter(CensusTaken.class::isInstance)
        .map(CensusTaken.class::cast)
        .forEach(
            c -> counts.put(c.id().toString(), c.count().claims().get(0).estimate().toString()));

    assertThat(counts)
        .containsExactly(
            Map.entry("al-hol-20-february", "over 40,000"),
            Map.entry("al-hol-late-march", "over 74,000"),
            Map.entry("al-hol-17-april", "73,393"),
            Map.entry("al-hol-1-may", "73,477"),
            Map.entry("al-hol-19-june", "73,043"),
            Map.entry("al-hol-19-november", "68,744"),
            Map.entry("al-hol-19-november-iraqis", "30,897"),
            Map.entry("al-hol-19-november-syrians", "27,813"),
            Map.entry("al-hol-19-november-other-nationals", "10,029"));
  }

  @Test
  void the_camps_residents_are_counted_whatever_their_affiliation_and_by_nationality() {
    List<String> report = FILE.report();

    assertThat(report)
        .contains(
            "al-hol-19-november-iraqis: facilities [al-hol], cohort detainees of any affiliation,"
                + " nationals of IQ",
            "  counted  30,897, 2019-11-19 by un-ocha, the same day")
        .anySatisfy(
            l ->
                assertThat(l).startsWith("al-hol-19-november-other-nationals: facilities [al-hol]"))
        // OCHA's June count in its own words: people and households
        .contains(
            "  counted  73,043 people (21,039 households), 2019-06-19 by un-ocha, 5 months before");
  }

  @Test
  void the_arrivals_at_al_hol_are_running_totals_never_a_conflict_or_a_warning() {
    List<String> report = FILE.report();

    assertThat(report)
        .contains(
            "arrivals-by-20-february: taken into custody, facilities [al-hol]",
            "arrivals-by-1-may: taken into custody, facilities [al-hol]")
        .anySatisfy(l -> assertThat(l).startsWith("  more than 31,000 taken into custody by"))
        .anySatisfy(l -> assertThat(l).startsWith("  64,087 taken into custody by"))
        .noneSatisfy(l -> assertThat(l).contains("CUS-020"))
        .contains("1 figure with several claims, all reconcilable.");
  }

  @Test
  void the_surrenders_are_part_of_the_sdfs_final_offensive_and_keep_the_sdfs_bare_29600() {
    OperationProgress offensive =
        OperationProgress.of(FILE.ledger(), OperationId.of("final-offensive"), END);

    assertThat(offensive.moved())
        .hasValueSatisfying(
            m -> assertThat(m.toString()).isEqualTo("about 29,700 (29,695-29,705)"));
    assertThat(FILE.report())
        .contains("final-offensive (SDF final offensive on Baghuz)")
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "not in a phase +about 29,700 \\(29,695-29,705\\) +surrendered-by-16-march,"
                            + " surrendered-night-of-16-march"))
        .anySatisfy(l -> assertThat(l).matches("  Kino +29,600 +reuters .*"))
        .anySatisfy(l -> assertThat(l).matches("  sdf +29,600 +efe .*"));
  }

  @Test
  void nobody_is_shown_as_having_left_custody_and_the_camp_controller_is_not_recorded() {
    List<String> report = FILE.report();

    assertThat(report)
        .contains(
            "released     none recorded",
            "repatriated  none recorded",
            "dead         none recorded")
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches("al-hol +al-Hol camp +displacement camp +Hasakah, SY +not recorded"));
  }
}
