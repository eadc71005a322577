package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.aggregate.RunningTotal;
import dev.custody.event.CensusTaken;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import dev.custody.model.AboutPolicy;
import dev.custody.model.Claim;
import dev.custody.model.ClaimConflict;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.VaguePolicy;
import dev.custody.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code examples/scenarios/ghwayran-hasakah-2022.json}: the Islamic State's attack on Ghwayran
 * prison in Hasakah, January 2022, as a reader of the sources (named in each claim's note) would
 * read it: each figure in its source's words with the range the policies give them; the
 * Observatory's later "hundreds" superseding its "dozens"; the running totals of recaptures and
 * deaths beside the movements recorded by then, never in conflict with each other; the disputes
 * that give no number, named beside their figures; a families figure beside its people; the record
 * as it was known on the day after the attack; and every form of wording of the estimate grammar
 * that a source of this case printed, each read back with its range.
 */
class GhwayranHasakah2022Test {
  private static final ScenarioFile FILE = ScenarioFile.named("ghwayran-hasakah-2022.json");
  private static final Instant END = Instant.parse("2022-08-14T21:00:00Z");

  private static JsonNode json(String... options) {
    return FILE.jsonReport(options);
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

  /**
   * A figure's numbers, in digits or as dozens ("two dozen"), which a form of wording leaves out.
   */
  private static final Pattern COUNT =
      Pattern.compile(
          "\\d{1,3}(?:,\\d{3})+|\\d+"
              + "|\\b(?:a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?= dozen\\b)");

  /**
   * The form of wording of {@code e}: the words it kept (or, without kept words, the words it
   * prints), without the range in brackets and with each number as N: "roughly N", "some N dozen",
   * "between N and N", "N" for a bare number, "unknown".
   */
  private static String form(Estimate e) {
    String words = e.wording().orElseGet(e::toString).replaceFirst(" \\([^)]*\\)$", "");
    return COUNT.matcher(words).replaceAll("N");
  }

  /** Every estimate text of the document as written: each claim's and each count of families. */
  private static List<String> estimateTexts() throws IOException {
    JsonNode document =
        JsonMapper.builder()
            .build()
            .readTree(Files.readString(Path.of("scenarios", "ghwayran-hasakah-2022.json")));
    List<String> texts = new java.util.ArrayList<>();
    collectEstimates(document, texts);
    return texts;
  }

  private static void collectEstimates(JsonNode node, List<String> texts) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (field.getKey().equals("estimate")) {
          texts.add(field.getValue().asString());
        } else if (field.getKey().equals("units")) {
          texts.add(field.getValue().get("count").asString());
        }
        collectEstimates(field.getValue(), texts);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collectEstimates(element, texts);
      }
    }
  }

  @Test
  void the_scenario_uses_each_form_of_wording_its_sources_printed_and_the_grammar_reads_it()
      throws IOException {
    Map<String, Estimate.Qualifier> forms = new TreeMap<>();
    for (String text : estimateTexts()) {
      Estimate e = Estimate.parse(text);
      // the grammar keeps the words as printed: the estimate reads back as the text, whatever range
      // the policy adds in brackets
      assertThat(e.toString().replaceFirst(" \\([^)]*\\)$", "")).as(text).isEqualTo(text);
      Estimate.Qualifier previous = forms.put(form(e), e.qualifier());
      assertThat(previous).as("one qualifier per form, %s", text).isIn(null, e.qualifier());
    }

    assertThat(forms)
        .containsOnlyKeys(
            "N",
            "about N",
            "roughly N",
            "approximately N",
            "around N",
            "close to N",
            "an estimated N",
            "some N",
            "some N dozen",
            "nearly N",
            "almost N",
            "more than N",
            "over N",
            "at least N",
            "up to N",
            "between N and N",
            "N to N",
            "around N-N",
            "some N to N",
            "dozens",
            "hundreds",
            "several hundred",
            "thousands",
            "tens of thousands",
            "unknown")
        .containsEntry("N", Estimate.Qualifier.EXACTLY)
        .containsEntry("some N", Estimate.Qualifier.ABOUT)
        .containsEntry("almost N", Estimate.Qualifier.NEARLY)
        .containsEntry("close to N", Estimate.Qualifier.ABOUT)
        .containsEntry("up to N", Estimate.Qualifier.UP_TO)
        .containsEntry("between N and N", Estimate.Qualifier.BETWEEN)
        // a range printed with "to" is its ends, as "between" is; hedged with "some", each end is
        // widened, and it is still a range
        .containsEntry("N to N", Estimate.Qualifier.BETWEEN)
        .containsEntry("some N to N", Estimate.Qualifier.BETWEEN)
        .containsEntry("tens of thousands", Estimate.Qualifier.VAGUE)
        .containsEntry("several hundred", Estimate.Qualifier.VAGUE);
    // the forms the grammar reads that no stored source of this case was found to print of a
    // population the format holds (the holdouts' "between 60-90", "60 to 90" and "up to 90" count
    // attackers never in custody together with inmates in revolt, whom the format places in no
    // account of their own, and the displaced are no detainees): each still parses, and the
    // scenario has none
    Set<String> notFound = new TreeSet<>();
    for (String text :
        List.of(
            "exactly 150",
            "estimated 150",
            "just under 100",
            "just over 100",
            "a few dozen",
            "several dozen",
            "a few hundred",
            "a few thousand",
            "several thousand",
            "hundreds of thousands",
            "fewer than 100",
            "as many as 200",
            "60-90")) {
      notFound.add(form(Estimate.parse(text)));
    }
    assertThat(notFound).hasSize(13).doesNotContainAnyElementsOf(forms.keySet());
  }

  @Test
  void each_new_wording_keeps_its_words_with_the_range_the_policies_give() throws IOException {
    Map<String, String> wordings = wordingsById(FILE.ledger());

    assertThat(wordings)
        // "some" is read as "about": the about policy's five percent either side
        .containsEntry("memo-some-3500", "some 3,500 (3,325-3,675)")
        .containsEntry("memo-some-850", "some 850 (807-893)")
        // "almost", as "nearly", lies below the figure by at most the same margin
        .containsEntry("unicef-almost-850", "almost 850 (807-849)")
        // "close to" is read as "about"
        .containsEntry("unicef-close-to-850", "close to 850 (807-893)")
        // "up to" allows none at all, and no more than the figure: no range is added
        .containsEntry("nyt-up-to-700", "up to 700")
        // a range as printed is its ends, no wider and no narrower
        .containsEntry("sdf-between-3000-and-4000", "between 3,000 and 4,000")
        .containsEntry("sdf-spokesman-between-400-and-500", "between 400 and 500")
        // a range hedged with "around": each end widened by the about policy's margin
        .containsEntry("vice-around-3500-5000", "around 3,500-5,000 (3,325-5,250)");
    // a single claim, so not among the figures with several claims: read from its census
    Claim sohr = atLargeCensus(FILE.ledger()).claims().get(0);
    assertThat(sohr.id().orElseThrow()).hasToString("sohr-unknown-at-large");
    assertThat(sohr.estimate()).hasToString("unknown");
    Estimate unknown = Estimate.parse(sohr.estimate().toString());
    assertThat(unknown.isUnknown()).isTrue();
    assertThat(unknown.hasUpperBound()).isFalse();
    Estimate hedged = Estimate.parse(wordings.get("vice-around-3500-5000"));
    assertThat(hedged.low()).isEqualTo(3_325);
    assertThat(hedged.high()).isEqualTo(5_250);
    // another policy gives the same words other ranges; the ranges as printed stay as printed
    Ledger wider =
        CustodyJson.standard()
            .withPolicies(AboutPolicy.percent(10), VaguePolicy.standard())
            .read(Path.of("scenarios", "ghwayran-hasakah-2022.json"))
            .ledger();
    assertThat(wordingsById(wider))
        .containsEntry("memo-some-3500", "some 3,500 (3,150-3,850)")
        .containsEntry("unicef-almost-850", "almost 850 (765-849)")
        .containsEntry("unicef-close-to-850", "close to 850 (765-935)")
        .containsEntry("nyt-up-to-700", "up to 700")
        .containsEntry("vice-around-3500-5000", "around 3,500-5,000 (3,150-5,500)")
        .containsEntry("sdf-between-3000-and-4000", "between 3,000 and 4,000");
    assertThat(atLargeCensus(wider).claims().get(0).estimate()).hasToString("unknown");
  }

  @Test
  void the_report_prints_each_new_claim_as_its_source_worded_it_beside_its_outlet() {
    String markdown = String.join("\n", FILE.report("--format", "markdown"));

    assertThat(markdown)
        .contains(
            "| sdf | between 3,000 and 4,000 | nbc | 2022-01-23 to 2022-01-26 (Asia/Damascus) |")
        .contains(
            "| middle-east-monitor | some 3,500 (3,325-3,675) | | 2022-01-26 (Asia/Damascus) |")
        .contains(
            "| vice | around 3,500-5,000 (3,325-5,250) | | 2022-01-27 to 2022-01-28"
                + " (Asia/Damascus) |")
        .contains("| middle-east-monitor | some 850 (807-893) | | 2022-01-26 (Asia/Damascus) |")
        .contains(
            "| unicef | almost 850 (807-849) | ea-worldview | 2022-01-24 to 2022-01-26"
                + " (Asia/Damascus) |")
        .contains(
            "| a spokesman (sdf) | between 400 and 500 | nbc | 2022-01-23 to 2022-01-26"
                + " (Asia/Damascus) |")
        .contains("| unicef | close to 850 (807-893) | upi | 2022-01-25 (Asia/Damascus) |")
        .contains("| nyt | up to 700 | | 2022-01-31 (Asia/Damascus) |")
        .contains(
            "| close to 850 (807-893) (unicef via upi) | up to 700 (nyt) | 107 apart: low end 807"
                + " above high end 700 |")
        // a range printed by its source is never shown tighter, nor as a single figure
        .doesNotContain("between 3,000 and 4,000 (best");
    // only the table of escapes by reading, whose columns are sums, gives the range its best
    assertThat(markdown.lines().filter(l -> l.contains("between 400 and 500 (best")))
        .containsExactly(
            "| according to sdf | between 400 and 500 (best 450) | at least 92 | between 0 and 408"
                + " (best 358) |");
    assertThat(FILE.reportWords())
        .contains("held-at-the-attack (census-taken) count: 11 claims, 12 conflicts")
        .contains("minors-at-the-attack (census-taken) count: 9 claims, 10 conflicts")
        .contains("breakout (detainees-escaped) size: 7 claims, 7 conflicts, disputed");
  }

  /** The count of the census of those at large on 22 January, the Observatory's alone. */
  private static Figure atLargeCensus(Ledger ledger) {
    return ledger.events().stream()
        .filter(e -> e.id().toString().equals("at-large-on-22-january"))
        .map(e -> ((CensusTaken) e).count())
        .findFirst()
        .orElseThrow();
  }

  /** The ids of the claims that conflict with claim {@code id} of figure {@code event}. */
  private static Set<String> conflictsOf(Ledger ledger, String event, String id) {
    Set<String> others = new TreeSet<>();
    for (ClaimConflict c : figure(ledger, event).figure().conflicts()) {
      // a conflict is between ranges that share no count, never between touching ones
      assertThat(c.lower().estimate().high()).isLessThan(c.higher().estimate().low());
      String first = c.first().id().map(Object::toString).orElse("");
      String second = c.second().id().map(Object::toString).orElse("");
      if (first.equals(id)) {
        others.add(second);
      } else if (second.equals(id)) {
        others.add(first);
      }
    }
    return others;
  }

  @Test
  void the_new_claims_conflict_only_where_their_ranges_share_no_count() {
    Ledger ledger = FILE.ledger();

    // the SDF's between 3,000 and 4,000 holds every other count of the inmates but nearly 5,000
    // (at least 4,750) and over 4,000 (at least 4,001)
    assertThat(conflictsOf(ledger, "held-at-the-attack", "sdf-between-3000-and-4000"))
        .containsExactly("reuters-nearly-5000", "rudaw-over-4000");
    assertThat(conflictsOf(ledger, "held-at-the-attack", "memo-some-3500"))
        .containsExactly("reuters-nearly-5000", "rudaw-over-4000");
    // around 3,500-5,000 holds them all
    assertThat(conflictsOf(ledger, "held-at-the-attack", "vice-around-3500-5000")).isEmpty();
    // UNICEF's almost 850 and close to 850 and Middle East Monitor's some 850 agree with UNICEF's
    // other printings and with over 600; Human Rights Watch's about 700 and the New York Times'
    // up to 700 are below them
    for (String id : List.of("unicef-almost-850", "unicef-close-to-850", "memo-some-850")) {
      assertThat(conflictsOf(ledger, "minors-at-the-attack", id))
          .as(id)
          .containsExactly("hrw-about-700", "nyt-up-to-700");
    }
    // up to 700 allows about 700 and over 600, and none of the counts near 850
    assertThat(conflictsOf(ledger, "minors-at-the-attack", "nyt-up-to-700"))
        .containsExactly(
            "memo-some-850",
            "unicef-about-850",
            "unicef-almost-850",
            "unicef-close-to-850",
            "unicef-nearly-850");
    // the BBC's several hundred (300 to 999 by the default vague policy) allows every count
    assertThat(conflictsOf(ledger, "minors-at-the-attack", "bbc-several-hundred")).isEmpty();
    assertThat(wordingsById(ledger))
        .containsEntry("bbc-several-hundred", "several hundred (300-999)");
    // UNICEF's four printings of one warning in the same days: none revises another
    ReportedFigure minors = figure(ledger, "minors-at-the-attack");
    assertThat(minors.figure().superseded()).isEmpty();
    // the spokesman's between 400 and 500 allows the SDF's at least 89 and the Observatory's
    // hundreds; it disagrees with 20 and with some two dozen, and the superseded dozens and the
    // refuted more than 800 count in no conflict
    assertThat(conflictsOf(ledger, "breakout", "sdf-spokesman-between-400-and-500"))
        .containsExactly("araji-20", "local-media-two-dozen");
    // in the figure, a spokesman's word does not revise the SDF's statement, nor the statement the
    // spokesman's: both stay in the claims table, the envelope and the consensus
    ReportedFigure breakout = figure(ledger, "breakout");
    assertThat(breakout.figure().superseded())
        .extracting(c -> c.id().orElseThrow().toString())
        .containsExactly("sohr-dozens");
    // but according to the SDF, its latest word is the spokesman's, days after the statement
    assertThat(FILE.report("--format", "markdown"))
        .contains(
            "| according to sdf | between 400 and 500 (best 450) | at least 92 | between 0 and 408"
                + " (best 358) |")
        .noneMatch(l -> l.startsWith("| according to sdf | at least 89 |"));
  }

  @Test
  void boys_counted_up_to_700_and_over_600_are_unknown_by_the_envelope_never_none() {
    // "up to 700" allows none and "over 600" has no upper bound, so what some source allows of the
    // boys is any number: the envelope says so, with the best value of the counts near 850,
    // and never shows none or a number tighter than the words
    String report = FILE.reportWords();

    assertThat(report)
        .contains(
            "minors-at-the-attack: [held by sdf at ghwayran: minors affiliated with isis] counted"
                + " unknown (best 849), 2022-01-20 by unicef, ap, hrw, middle-east-monitor, nyt")
        .containsPattern(
            "held by sdf at ghwayran +minors affiliated with isis +unknown \\(best 849\\)")
        .doesNotContainPattern("minors affiliated with isis +(none|0|exactly 0)\\b");
    ReportedFigure minors = figure(FILE.ledger(), "minors-at-the-attack");
    assertThat(minors.envelope().isUnknown()).isTrue();
    assertThat(minors.envelope().best()).isEqualTo(849);
    // as known before the New York Times' piece, the boys were at least the BBC's several hundred
    // (300 by the default vague policy), and AP's over 600 set no upper bound
    assertThat(FILE.reportWords("--known-at", "2022-01-30"))
        .contains(
            "minors-at-the-attack: [held by sdf at ghwayran: minors affiliated with isis] counted"
                + " at least 300 (best 849)");
  }

  @Test
  void escapees_at_large_in_a_number_nobody_knew_are_unknown_never_zero() {
    String report = FILE.reportWords();

    assertThat(report)
        .contains(
            "at-large-on-22-january: [at large from ghwayran: detainees affiliated with isis]"
                + " counted unknown, 2022-01-22 by sohr")
        .containsPattern("ghwayran +unknown +counted 2022-01-22 by sohr")
        .containsPattern("at large from ghwayran +detainees affiliated with isis +unknown")
        .doesNotContainPattern(
            "at large from ghwayran +detainees affiliated with isis +(exactly )?0")
        .doesNotContainPattern("ghwayran +(none|0|exactly 0) +counted 2022-01-22");
    Figure census = atLargeCensus(FILE.ledger());
    assertThat(census.claims()).hasSize(1);
    assertThat(census.envelope().isUnknown()).isTrue();
    assertThat(census.conflicts()).isEmpty();
    // as known on the 21st the Observatory had not yet said so
    assertThat(FILE.reportWords("--at", "2022-01-21", "--known-at", "2022-01-21"))
        .doesNotContain("at-large-on-22-january");
  }

  @Test
  void escapes_by_reading_call_a_disagreement_only_what_the_ranges_cannot_hold() {
    String report = FILE.reportWords();

    // what some source allows, at least 20 escaped (best 89), allows the 92 caught: best values
    // only, no contradiction
    assertThat(report)
        .containsPattern("envelope +at least 20 \\(best 89\\) +at least 92 +unknown")
        .containsPattern(
            "envelope +3 more recaptured than escaped by the best values, within the ranges of")
        .doesNotContainPattern("envelope +none: the claims disagree");
    // the SDF's latest word, its spokesman's 400 to 500, leaves up to 408 at large
    assertThat(FILE.report("--format", "markdown"))
        .contains(
            "| according to sdf | between 400 and 500 (best 450) | at least 92 | between 0 and 408"
                + " (best 358) |");
    assertThat(report).doesNotContainPattern("according to sdf +3 more recaptured than escaped");
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

    assertThat(check).contains("17 events, no errors, 1 warning");
    // the SDF said every escapee was caught within a day; the Observatory's three caught on 3
    // February then had no escape left on the record by the best values: the record disagrees
    assertThat(check).contains("CUS-015 warning in caught-at-hiesha (size): recapturing 3 from");
    // as known on 22 January, the best escape figure (some two dozen) was below the SDF's at
    // least 89 recaptured: the sources disagreed, and the check says so
    assertThat(FILE.check("--known-at", "2022-01-22"))
        .contains(
            "CUS-015 warning in recaptured-around-the-prison (size): recapturing at least 89 from"
                + " [at large from ghwayran: detainees affiliated with isis], where the ledger records"
                + " at least 22 (best 24) at large");
    // once an SDF spokesman's between 400 and 500 is on record, the best escape figure of the
    // envelope is 89, as many as were recaptured: no warning, though Iraq's adviser's 20 and the
    // local media's some two dozen still disagree with it in their own readings
    assertThat(check).doesNotContain("warning in recaptured-around-the-prison");
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
    String report = FILE.reportWords();

    assertThat(report)
        .contains("breakout (detainees-escaped) size: 7 claims, 7 conflicts, disputed")
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
    String known31 = FILE.reportWords("--known-at", "2022-01-31");
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
    String report = FILE.reportWords();

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
    String report = FILE.reportWords();

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
    assertThat(breakout.envelope().toString()).isEqualTo("at least 20 (best 89)");
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
    assertThat(FILE.reportWords("--known-at", "2022-01-31"))
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
    assertThat(FILE.reportWords())
        .contains("al-hol-batch-august-2022 (detainees-released) size: 2 claims, no conflict");
  }

  @Test
  void as_known_on_the_day_after_the_attack_only_what_was_published_by_then_is_used() {
    String report = FILE.reportWords("--at", "2022-01-21", "--known-at", "2022-01-21");
    // the conflict names who spoke, as the claims table does: local media, relayed
    assertThat(
            FILE.report("--at", "2022-01-21", "--known-at", "2022-01-21", "--format", "markdown"))
        .contains(
            "| at least 89 (sdf via cnn) | some two dozen (22-26) (local media, via sputnik) | 63"
                + " apart: low end 89 above high end 26 |");

    assertThat(report)
        .contains("known what was reported by 2022-01-21 24:00 Damascus time")
        .contains("6 events, 6 of them certainly done by then")
        .contains(
            "census held-at-the-attack of 2022-01-20 (Asia/Damascus): roughly 3,500"
                + " (3,325-3,675) counted")
        .contains("breakout (detainees-escaped) size: 2 claims, 1 conflict, disputed")
        .contains("at least 89 (sdf via cnn) some two dozen (22-26) (local")
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
        // of the prisoners across the north-east, only CNN's and the Kurdish authorities' words of
        // the 21st: Human Rights Watch's came on the 25th, the New York Times' children on the 26th
        .contains("fighters-held-across-the-north-east (census-taken) count: 2 claims, no conflict")
        .doesNotContain("about 12,000")
        .doesNotContain("2,000 to 4,000")
        .doesNotContain("tens of thousands")
        // the SDF's word that the prison was contested came on the 25th
        .doesNotContain("contested");
    JsonNode known = json("--at", "2022-01-21", "--known-at", "2022-01-21").get("knowledge");
    assertThat(known.get("knownAt").asString()).isEqualTo("2022-01-21T22:00:00Z");
  }

  @Test
  void as_known_in_february_the_later_figures_are_there_and_the_august_batch_is_not() {
    String report = FILE.reportWords("--known-at", "2022-02-10");

    assertThat(report)
        .contains("known what was reported by 2022-02-10 24:00 Damascus time")
        .contains("breakout (detainees-escaped) size: 7 claims, 10 conflicts, disputed")
        .contains("nearly 5,000 (4,750-4,999)")
        .contains("374 dead by 2022-01-31")
        .containsPattern("according to sohr +hundreds \\(200-999\\)")
        .doesNotContain("al-hol-batch-august-2022")
        .doesNotContain("77 families");
  }

  @Test
  void readings_with_no_figure_of_the_escape_are_named_once_not_given_a_row_each() {
    List<String> report = FILE.report();
    String words = FILE.reportWords();

    // the readings of sources that gave a figure keep their rows
    assertThat(report)
        .anySatisfy(l -> assertThat(l).matches("  according to sohr +hundreds \\(200-999\\) .*"))
        .anySatisfy(l -> assertThat(l).matches("  according to sputnik +some two dozen .*"));
    // those that gave none would repeat the envelope's row: one line names them
    assertThat(report).noneSatisfy(l -> assertThat(l).startsWith("  according to cnn  "));
    assertThat(words)
        .contains(
            "Readings whose sources gave no figure of these escapes, recaptures or deaths, so that"
                + " they read as the envelope: according to afp, according to al-jazeera,");
  }

  @Test
  void control_of_the_prison_is_contested_and_then_held_as_the_sdf_reported_it() {
    String markdown = String.join("\n", FILE.report("--format", "markdown"));

    assertThat(markdown)
        .contains(
            "| contested between sdf, isis | 2022-01-25 (Asia/Damascus) | 2022-01-26"
                + " (Asia/Damascus) | contested-on-25-january, held-on-26-january |")
        .contains("| sdf | 2022-01-26 (Asia/Damascus) | current | held-on-26-january |")
        // no capacity on record: an empty cell, never a zero
        .contains("| ghwayran | Ghwayran prison | prison | Hasakah, SY | | sdf |");
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
