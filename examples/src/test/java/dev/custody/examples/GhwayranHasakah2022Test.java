package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.aggregate.RunningTotal;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import dev.custody.model.AboutPolicy;
import dev.custody.model.Claim;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Estimate;
import dev.custody.model.VaguePolicy;
import dev.custody.rules.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code examples/scenarios/ghwayran-hasakah-2022.json}: the Islamic State's attack on Ghwayran
 * prison in Hasakah, January 2022, as a reader of the sources (named in each claim's note) would
 * read it: each figure in its source's words with the range the policies give them; the
 * Observatory's later "hundreds" superseding its "dozens"; the running totals of recaptures and
 * deaths beside the movements recorded by then, never in conflict with each other; the disputes
 * that give no number, named beside their figures; a families figure beside its people; and the
 * record as it was known on the day after the attack.
 */
class GhwayranHasakah2022Test {
  private static final ScenarioFile FILE = ScenarioFile.named("ghwayran-hasakah-2022.json");
  private static final Instant END = Instant.parse("2022-08-14T21:00:00Z");

  /** The report's text with its wrapped lines joined, so that a sentence reads as one. */
  private static String words(List<String> lines) {
    return String.join(" ", lines).replaceAll("\\s+", " ");
  }

  private static JsonNode json(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "--format";
    args[1] = "json";
    System.arraycopy(options, 0, args, 2, options.length);
    return JsonMapper.builder().build().readTree(String.join("\n", FILE.report(args)));
  }

  private static ReportedFigure figure(Ledger ledger, String event) {
    return Reconciliation.of(ledger).figures().stream()
        .filter(f -> f.event().toString().equals(event))
        .findFirst()
        .orElseThrow();
  }

  /** Each claim of the ledger with an id, by id: its estimate as {@code toString} prints it. */
  private static Map<String, String> wordingsById(Ledger ledger) {
    Map<String, String> wordings = new LinkedHashMap<>();
    for (ReportedFigure f : Reconciliation.of(ledger).figures()) {
      for (Claim c : f.figure().claims()) {
        c.id().ifPresent(id -> wordings.put(id.toString(), c.estimate().toString()));
      }
    }
    return wordings;
  }

  @Test
  void escapes_by_reading_call_a_disagreement_only_what_the_ranges_cannot_hold() {
    String report = words(FILE.report());

    // the SDF's at least 89 escaped allows the 92 caught: best values only, no contradiction
    assertThat(report)
        .containsPattern("according to sdf +at least 89 +at least 92 +unknown")
        .containsPattern(
            "according to sdf +3 more recaptured than escaped by the best values, within the"
                + " ranges of")
        .doesNotContainPattern("according to sdf +none: the claims disagree");
    // Iraq's adviser's exact 20 cannot hold 92 caught: nobody is known at large, never "exactly 0"
    assertThat(report)
        .containsPattern("according to qasim-al-araji +20 +at least 92 +none: the claims disagree")
        .containsPattern("according to qasim-al-araji +72 more recaptured than escaped:")
        .doesNotContainPattern("according to qasim-al-araji +20 +at least 92 +exactly 0");
  }

  @Test
  void a_prison_contested_on_the_25th_reads_contested_in_the_facilities_table_not_unrecorded() {
    assertThat(FILE.report("--at", "2022-01-25"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "ghwayran +Ghwayran prison +prison +Hasakah, SY +contested between sdf, isis"));
    assertThat(FILE.report())
        .anySatisfy(
            l -> assertThat(l).matches("ghwayran +Ghwayran prison +prison +Hasakah, SY +sdf"));
    JsonNode facility = json("--at", "2022-01-25").get("facilities").get(0);
    assertThat(facility.get("controller").isNull()).isTrue();
    assertThat(facility.get("control").asString()).isEqualTo("contested between sdf, isis");
  }

  @Test
  void check_raises_no_error_and_only_the_warning_true_of_the_record() {
    String check = FILE.check();

    assertThat(check).contains("13 events, no errors, 2 warnings");
    // the SDF said every escapee was caught within a day; the Observatory's three caught on 3
    // February then had no escape left on the record by the best values: the record disagrees
    assertThat(check).contains("CUS-015 warning in caught-at-hiesha (size): recapturing 3 from");
    // with A'maq's refuted 800 out of every reading, the best escape figures (20, some two dozen)
    // are below the SDF's at least 89 recaptured: the sources disagree, and the check says so
    assertThat(check)
        .contains(
            "CUS-015 warning in recaptured-around-the-prison (size): recapturing at least 89 from");
  }

  @Test
  void each_figure_keeps_the_words_printed_with_the_range_the_policies_give() {
    assertThat(wordingsById(FILE.ledger()))
        .containsEntry("efe-roughly-3500", "roughly 3,500 (3,325-3,675)")
        .containsEntry("ap-more-than-3000", "more than 3,000")
        .containsEntry("ap-over-600", "over 600")
        .containsEntry("aljazeera-approximately-3500", "approximately 3,500 (3,325-3,675)")
        .containsEntry("etana-around-3500", "around 3,500 (3,325-3,675)")
        .containsEntry("afp-estimated-3500", "an estimated 3,500 (3,325-3,675)")
        .containsEntry("reuters-nearly-5000", "nearly 5,000 (4,750-4,999)")
        .containsEntry("nrt-thousands", "thousands (2,000-9,999)")
        .containsEntry("rudaw-over-4000", "over 4,000")
        .containsEntry("unicef-about-850", "about 850 (807-893)")
        .containsEntry("unicef-nearly-850", "nearly 850 (807-849)")
        .containsEntry("hrw-about-700", "about 700 (665-735)")
        .containsEntry("local-media-two-dozen", "some two dozen (22-26)")
        .containsEntry("sdf-at-least-89", "at least 89")
        .containsEntry("amaq-more-than-800", "more than 800")
        .containsEntry("sohr-dozens", "dozens (24-99)")
        .containsEntry("sohr-hundreds", "hundreds (200-999)")
        // a bare number as printed stays a bare number, exactly that
        .containsEntry("araji-20", "20")
        .containsEntry("sohr-77-families", "about 400 (380-420)");
    Map<String, String> wordings = wordingsById(FILE.ledger());
    assertThat(Estimate.parse(wordings.get("araji-20")).isEqual(Estimate.exactly(20))).isTrue();
    // "over 4,000" and "more than 800" have no upper bound: nobody wrote one
    assertThat(Estimate.parse(wordings.get("rudaw-over-4000")).hasUpperBound()).isFalse();
    // the report prints the same words, and measures the conflicts between them by their ranges
    assertThat(String.join("\n", FILE.report("--format", "markdown")))
        .contains(
            "| nearly 5,000 (4,750-4,999) (reuters) | roughly 3,500 (3,325-3,675) (efe) | 1,075"
                + " apart: low end 4,750 above high end 3,675 |")
        .doesNotContain("between 22 and 26");
    assertThat(String.join("\n", FILE.report("--format", "markdown")))
        .contains("| some two dozen (22-26) |")
        .contains("| nearly 5,000 (4,750-4,999) |")
        .contains("| hundreds (200-999) |");
  }

  @Test
  void the_ranges_are_the_policies_and_another_policy_gives_another_range() throws IOException {
    // "dozens" up to twelve dozen and "about" at ten percent: the same words, wider ranges
    CustodyJson wider =
        CustodyJson.standard()
            .withPolicies(
                AboutPolicy.percent(10), VaguePolicy.standard().withRange("dozens", 24, 144));
    Ledger ledger = wider.read(Path.of("scenarios", "ghwayran-hasakah-2022.json")).ledger();

    assertThat(wordingsById(ledger))
        .containsEntry("sohr-dozens", "dozens (24-144)")
        .containsEntry("efe-roughly-3500", "roughly 3,500 (3,150-3,850)")
        .containsEntry("local-media-two-dozen", "some two dozen (21-27)")
        // the quantifiers the policy leaves alone keep the standard range
        .containsEntry("sohr-hundreds", "hundreds (200-999)");
  }

  @Test
  void the_observatorys_hundreds_supersede_its_dozens_which_stay_in_the_claims_table() {
    String report = words(FILE.report());

    assertThat(report)
        .contains("breakout (detainees-escaped) size: 6 claims, 5 conflicts, disputed")
        .contains(
            "1 claim is superseded by a later claim of the same source: on record, not in the"
                + " envelope, the consensus or any reading.")
        .containsPattern("according to sohr +hundreds \\(200-999\\)");
    // the earlier word stays on record, marked, and counts nowhere
    assertThat(FILE.report("--format", "markdown"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("| sohr | dozens (24-99) |")
                    .contains("| sohr-dozens |")
                    .contains("superseded"));
    JsonNode dozens = claimNode(json(), "breakout", "sohr-dozens");
    assertThat(dozens.get("superseded").asBoolean()).isTrue();
    assertThat(dozens.get("counted").asBoolean()).isFalse();
    // as known on 31 January the Observatory had said only "dozens", and that was its reading
    String known31 = words(FILE.report("--known-at", "2022-01-31"));
    assertThat(known31)
        .containsPattern("according to sohr +dozens \\(24-99\\)")
        .doesNotContain("superseded")
        .doesNotContain("hundreds (200-999)");
  }

  private static JsonNode claimNode(JsonNode report, String event, String id) {
    for (JsonNode f : report.get("reconciliation").get("figures")) {
      if (f.get("event").asString().equals(event)) {
        for (JsonNode c : f.get("claims")) {
          if (c.get("id").asString().equals(id)) {
            return c;
          }
        }
      }
    }
    throw new AssertionError("no claim " + id + " in " + event);
  }

  @Test
  void running_totals_stand_beside_the_movements_and_never_conflict_with_each_other() {
    Ledger ledger = FILE.ledger();
    String report = words(FILE.report());

    assertThat(report)
        .contains(
            "at least 89 recaptured by 2022-01-21, according to sdf (2022-01-21); movements"
                + " recorded by then: at least 89 (recaptured-around-the-prison)")
        .contains(
            "16 dead by 2022-01-21, according to sohr (2022-01-21); movements recorded by then:"
                + " none")
        .contains(
            "124 dead by 2022-01-26, according to sohr (2022-01-26); movements recorded by then:"
                + " none")
        .contains(
            "246 dead by 2022-01-30, according to sohr (2022-01-30); movements recorded by then:"
                + " none")
        .contains(
            "374 dead by 2022-01-31, according to sdf (2022-01-31); movements recorded by then:"
                + " none");
    assertThat(RunningTotal.allOf(ledger, END))
        .extracting(t -> t.event().id().toString())
        .containsExactly(
            "recaptured-by-21-january",
            "died-by-21-january",
            "died-by-26-january",
            "died-by-30-january",
            "died-by-31-january");
    assertThat(RunningTotal.allOf(ledger, END)).noneMatch(RunningTotal::disagrees);
    assertThat(ledger.verdict().breaks(Rule.RUNNING_TOTAL_BELOW_MOVEMENTS)).isFalse();
    // 16, 124, 246 and 374 are counts at four dates, not four answers to one question
    assertThat(Reconciliation.of(ledger).conflicting())
        .extracting(f -> f.event().toString())
        .containsExactlyInAnyOrder("held-at-the-attack", "minors-at-the-attack", "breakout");
    assertThat(report).doesNotContain("108 apart").doesNotContain("122 apart");
  }

  @Test
  void the_disputes_are_named_beside_the_figure_and_leave_its_envelope_alone() {
    String report = words(FILE.report());

    assertThat(report)
        .contains(
            "disputed by sputnik (claim local-media-two-dozen), reported 2022-01-21"
                + " (Asia/Damascus): not confirmed by the authorities when Sputnik printed it")
        .contains(
            "disputed by the Kurdish authorities (sdf), reported 2022-01-27 (Asia/Damascus): the"
                + " Kurdish authorities maintained that nobody got out of the compound")
        .contains(
            "disputed by usa as usa-no-large-break (claim amaq-more-than-800), reported 2022-02"
                + " (Asia/Damascus)")
        .contains("disputed by rudaw (claim araji-20), reported 2022-02-10 (Asia/Damascus)");
    ReportedFigure breakout = figure(FILE.ledger(), "breakout");
    // the envelope is the counted claims' span: 20 (Iraq's adviser) to no upper bound
    assertThat(breakout.envelope().toString()).isEqualTo("at least 20 (best 24)");
    assertThat(breakout.consensus()).isEmpty();
    // A'maq's more than 800, refuted by the U.S. government's word that no large number got out
    // (a dispute without a number): on record, named as refuted, and in no reading
    Claim amaq =
        breakout.figure().claims().stream()
            .filter(c -> c.id().map(i -> i.toString().equals("amaq-more-than-800")).orElse(false))
            .findFirst()
            .orElseThrow();
    assertThat(amaq.status().kind()).isEqualTo(ClaimStatus.Kind.REFUTED);
    assertThat(amaq.status()).hasToString("refuted by usa-no-large-break");
    assertThat(amaq.counts()).isFalse();
    assertThat(breakout.figure().counted()).doesNotContain(amaq);
    assertThat(report)
        .doesNotContainPattern("according to amaq +more than 800")
        .contains(
            "1 claim is on record only (refuted, retracted or misattributed): not in the envelope,");
    JsonNode refuted = claimNode(json(), "breakout", "amaq-more-than-800");
    assertThat(refuted.get("status").asString()).isEqualTo("refuted by usa-no-large-break");
    assertThat(refuted.get("counted").asBoolean()).isFalse();
    // as known at the end of January, before the U.S. account was published, the claim stood
    assertThat(words(FILE.report("--known-at", "2022-01-31")))
        .containsPattern("according to amaq +more than 800");
  }

  @Test
  void the_families_figure_stands_beside_its_people_and_a_count_of_families_alone_is_no_people() {
    String markdown = String.join("\n", FILE.report("--format", "markdown"));

    assertThat(markdown)
        .contains("| about 400 (380-420) people (77 families) |")
        .contains("| over 70 families (people not stated) |");
    JsonNode sohr = claimNode(json(), "al-hol-batch-august-2022", "sohr-77-families");
    assertThat(sohr.get("units").get("unit").asString()).isEqualTo("families");
    assertThat(sohr.get("units").get("count").get("text").asString()).isEqualTo("77");
    assertThat(sohr.get("units").get("peopleStated").asBoolean()).isTrue();
    JsonNode rudaw = claimNode(json(), "al-hol-batch-august-2022", "rudaw-over-70-families");
    assertThat(rudaw.get("units").get("peopleStated").asBoolean()).isFalse();
    // both say the same batch: no conflict between 77 families of about 400 and over 70 families
    assertThat(words(FILE.report()))
        .contains("al-hol-batch-august-2022 (detainees-released) size: 2 claims, no conflict");
  }

  @Test
  void as_known_on_the_day_after_the_attack_only_what_was_published_by_then_is_used() {
    String report = words(FILE.report("--at", "2022-01-21", "--known-at", "2022-01-21"));

    assertThat(report)
        .contains("known what was reported by 2022-01-21 24:00 Damascus time")
        .contains("5 events, 5 of them certainly done by then")
        .contains(
            "census held-at-the-attack of 2022-01-20 (Asia/Damascus): roughly 3,500"
                + " (3,325-3,675) counted")
        .contains("breakout (detainees-escaped) size: 2 claims, 1 conflict, disputed")
        .contains("at least 89 (sdf via cnn) some two dozen (22-26) (sputnik) 63 apart")
        .contains("16 dead by 2022-01-21")
        // published later: the other counts of the inmates, of the boys, of the escape, the
        // later death tolls and the families of August
        .doesNotContain("nearly 5,000")
        .doesNotContain("an estimated 3,500")
        .doesNotContain("850")
        .doesNotContain("more than 800")
        .doesNotContain("dozens (24-99)")
        .doesNotContain("hundreds")
        .doesNotContain("124 dead")
        .doesNotContain("disputed by usa")
        .doesNotContain("families")
        // the SDF's word that the prison was contested came on the 25th
        .doesNotContain("contested");
    JsonNode known = json("--at", "2022-01-21", "--known-at", "2022-01-21").get("knowledge");
    assertThat(known.get("knownAt").asString()).isEqualTo("2022-01-21T22:00:00Z");
  }

  @Test
  void as_known_in_february_the_later_figures_are_there_and_the_august_batch_is_not() {
    String report = words(FILE.report("--known-at", "2022-02-10"));

    assertThat(report)
        .contains("known what was reported by 2022-02-10 24:00 Damascus time")
        .contains("breakout (detainees-escaped) size: 6 claims, 7 conflicts, disputed")
        .contains("nearly 5,000 (4,750-4,999)")
        .contains("374 dead by 2022-01-31")
        .containsPattern("according to sohr +hundreds \\(200-999\\)")
        .doesNotContain("al-hol-batch-august-2022")
        .doesNotContain("77 families");
  }

  @Test
  void control_of_the_prison_is_contested_and_then_held_as_the_sdf_reported_it() {
    String markdown = String.join("\n", FILE.report("--format", "markdown"));

    assertThat(markdown)
        .contains(
            "| contested between sdf, isis | 2022-01-25 (Asia/Damascus) | 2022-01-26"
                + " (Asia/Damascus) | contested-on-25-january, held-on-26-january |")
        .contains("| sdf | 2022-01-26 (Asia/Damascus) | current | held-on-26-january |")
        .contains("| ghwayran | Ghwayran prison | prison | Hasakah, SY | sdf |");
    // as known on the 25th, the prison was still contested and nobody had said otherwise
    assertThat(
            String.join(
                "\n",
                FILE.report(
                    "--format", "markdown", "--at", "2022-01-25", "--known-at", "2022-01-25")))
        .contains(
            "| contested between sdf, isis | 2022-01-25 (Asia/Damascus) | current |"
                + " contested-on-25-january |")
        .doesNotContain("held-on-26-january");
  }
}
