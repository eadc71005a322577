package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.RunningTotalReported;
import dev.custody.model.Claim;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code examples/scenarios/al-hol-returns-iraq-2021-2025.json}: Iraq's convoys home from al-Hol as
 * their sources count them, the running totals beside the convoys recorded by then, and the record
 * as it stood at two earlier knowledge times.
 */
class AlHolReturnsIraqTest {
  private static final ScenarioFile FILE = ScenarioFile.named("al-hol-returns-iraq-2021-2025.json");

  private static Map<String, List<Claim>> convoys() {
    Map<String, List<Claim>> convoys = new LinkedHashMap<>();
    FILE.ledger().events().stream()
        .filter(DetaineesRepatriated.class::isInstance)
        .map(DetaineesRepatriated.class::cast)
        .forEach(r -> convoys.put(r.id().toString(), r.size().claims()));
    return convoys;
  }

  @Test
  void check_passes_without_warnings() {
    assertThat(FILE.check()).contains("10 events, no errors").doesNotContain("warning");
  }

  @Test
  void each_convoy_counts_the_people_its_source_gave_in_the_words_printed() {
    Map<String, String> people =
        convoys().entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e ->
                        e.getValue().stream()
                            .map(c -> c.estimate().toString())
                            .collect(Collectors.joining(" / ")),
                    (a, b) -> a,
                    LinkedHashMap::new));

    assertThat(people)
        .containsExactly(
            Map.entry("convoy-may-2021", "381 / 381"),
            Map.entry("convoy-september-2021", "487 / 487"),
            Map.entry("convoy-january-2022", "403"),
            Map.entry("convoy-october-2022", "an estimated 650 (617-683)"),
            Map.entry("convoy-january-2023", "580"),
            Map.entry("convoy-november-2023", "776"),
            Map.entry("convoy-march-2024", "625"));
  }

  @Test
  void each_convoy_keeps_the_families_its_source_gave_beside_its_people() {
    // "192 families, or 776 people": the people are the figure, in the source's words, and the
    // families stand beside them; no source states a ratio, so none is made up
    Map<String, String> families =
        Map.of(
            "convoy-may-2021", "95",
            "convoy-september-2021", "115",
            "convoy-january-2022", "113",
            "convoy-october-2022", "158",
            "convoy-january-2023", "142",
            "convoy-november-2023", "192",
            "convoy-march-2024", "157");
    Map<String, List<Claim>> convoys = convoys();

    families.forEach(
        (id, count) ->
            assertThat(convoys.get(id))
                .as(id)
                .anySatisfy(
                    c -> {
                      assertThat(c.units()).isPresent();
                      assertThat(c.units().get().count().toString()).isEqualTo(count);
                      assertThat(c.units().get().peoplePer()).isEmpty();
                      assertThat(c.units().get().statesPeople(c.estimate())).isTrue();
                    }));
    // the RIC's own people for the May convoy came without families
    assertThat(convoys.get("convoy-may-2021").get(1).units()).isEmpty();
    // the report's claims tables show the figures that more than one source gave
    assertThat(String.join("\n", FILE.report("--format", "markdown")))
        .contains("| 381 people (95 families) |")
        .contains("| 487 people (115 families) |");
  }

  @Test
  void a_total_in_families_alone_is_not_worded_as_people() {
    String report = FILE.reportWords();

    assertThat(report)
        .contains(
            "925 families (people not stated) repatriated by 2022-10-22, according to Karim"
                + " al-Nouri")
        .doesNotContain("at least 925")
        // the camp's Iraqis were never counted: their total is not recorded, never zero
        .doesNotContain("exactly 0 on record")
        .contains("total not recorded never counted; 7 movements; not recorded: held by sdf at");
    JsonNode totals =
        JsonMapper.builder()
            .build()
            .readTree(String.join("\n", FILE.report("--format", "json")))
            .get("totals");
    assertThat(totals.get("custodian").get("total").isNull()).isTrue();
    assertThat(totals.get("custodian").get("recordedTotal").isNull()).isTrue();
    assertThat(totals.get("country").get("total").isNull()).isTrue();
  }

  @Test
  void the_running_totals_stand_beside_the_convoys_recorded_by_then() {
    Map<String, String> totals = new LinkedHashMap<>();
    FILE.ledger().events().stream()
        .filter(RunningTotalReported.class::isInstance)
        .map(RunningTotalReported.class::cast)
        .forEach(
            t -> totals.put(t.id().toString(), t.total().claims().get(0).estimate().toString()));
    String report = FILE.reportWords();

    assertThat(totals)
        .containsExactly(
            Map.entry("total-by-4-january-2022", "around 1,250 (1,187-1,313)"),
            Map.entry("total-by-22-october-2022", "at least 925"),
            Map.entry("total-by-mid-february-2025", "approximately 12,500 (11,875-13,125)"));
    assertThat(report)
        .contains(
            "around 1,250 (1,187-1,313) repatriated by 2022-01-04, according to ric (2022-01-05);"
                + " movements recorded by then: exactly 868 (convoy-may-2021,"
                + " convoy-september-2021)")
        .contains(
            "approximately 12,500 (11,875-13,125) people (more than 3,200 families) repatriated by"
                + " 2025-02-16, according to Ali"
                + " Abbas, spokesman of the migration ministry (ali-abbas) (2025-02-16); movements"
                + " recorded by then: about 3,902 (3,869-3,935) (convoy-may-2021,"
                + " convoy-september-2021, convoy-january-2022, convoy-october-2022,"
                + " convoy-january-2023, convoy-november-2023, convoy-march-2024)")
        .contains("repatriated at least 3,869 (best 3,902)");
  }

  @Test
  void the_two_sources_of_the_first_two_convoys_agree() {
    assertThat(FILE.reportWords())
        .contains("convoy-may-2021 (detainees-repatriated) size: 2 claims, no conflict")
        .contains("convoy-september-2021 (detainees-repatriated) size: 2 claims, no conflict")
        .contains("2 figures with several claims, all reconcilable");
  }

  @Test
  void as_known_in_mid_october_2021_only_the_two_convoys_of_2021_are_there() {
    String report = FILE.reportWords("--known-at", "2021-10-15");

    assertThat(report)
        .contains("known what was reported by 2021-10-15 24:00 Baghdad time")
        .contains("2 events, 2 of them certainly done by then")
        .contains("repatriated at least 868")
        .doesNotContain("usaid (")
        .doesNotContain("1,250")
        .doesNotContain("convoy-january-2022")
        .doesNotContain("Running totals by");
  }

  @Test
  void as_known_at_the_end_of_january_2022_the_first_running_total_stands_beside_868() {
    String report = FILE.reportWords("--known-at", "2022-01-31");

    assertThat(report)
        .contains("known what was reported by 2022-01-31 24:00 Baghdad time")
        .contains("4 events")
        .contains(
            "around 1,250 (1,187-1,313) repatriated by 2022-01-04, according to ric (2022-01-05);"
                + " movements recorded by then: exactly 868")
        .contains("repatriated at least 1,271")
        .doesNotContain("about 650")
        .doesNotContain("12,500")
        .doesNotContain("convoy-january-2023");
  }
}
