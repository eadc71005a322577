package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.aggregate.RunningTotal;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import dev.custody.rules.Rule;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/scenarios/chibok-2014-2017.json}: what its report must say, as a reader of the
 * sources would (the notes of its claims name them): the counts in the words printed, the running
 * totals of escapes and releases beside the movements recorded by then and never in conflict with
 * each other, the withdrawn claim that all but eight were freed refuted and disputed, and the
 * report as known on the first days.
 */
class Chibok2014To2017Test {
  private static final ScenarioFile FILE = ScenarioFile.named("chibok-2014-2017.json");
  private static final Instant END = Instant.parse("2017-05-07T23:00:00Z");

  /** The report's text with its wrapped lines joined, so that a sentence reads as one. */
  private static String words(List<String> lines) {
    return String.join(" ", lines).replaceAll("\\s+", " ");
  }

  @Test
  void check_passes_without_a_warning() {
    assertThat(FILE.check()).contains("9 events, no errors").doesNotContain("warning");
  }

  @Test
  void each_running_total_stands_beside_the_movements_recorded_by_then() {
    String report = words(FILE.report());

    assertThat(report)
        .contains(
            "53 escaped by 2014-05-02, according to the Borno State police commissioner"
                + " (nigeria-police) (2014-05-02); movements recorded by then: none")
        .contains(
            "57 escaped by 2014-06-20, according to fact-finding-committee (2014-06-20);"
                + " movements recorded by then: 57 (escapes-2014)")
        .contains(
            "21 released by 2016-10-13, according to the President's spokesman (presidency)"
                + " (2016-10-13); movements recorded by then: 21 (released-october-2016)");
  }

  @Test
  void two_running_totals_of_the_escapes_are_no_conflict() {
    Ledger ledger = FILE.ledger();

    assertThat(ledger.verdict().breaks(Rule.RUNNING_TOTAL_BELOW_MOVEMENTS)).isFalse();
    assertThat(Reconciliation.of(ledger).conflicting())
        .extracting(f -> f.event().toString())
        .containsExactly("abducted");
    assertThat(RunningTotal.allOf(ledger, END))
        .extracting(t -> t.event().id().toString())
        .containsExactly("escaped-by-2-may", "escaped-by-20-june", "released-by-october-2016");
    assertThat(RunningTotal.allOf(ledger, END)).noneMatch(RunningTotal::disagrees);
  }

  @Test
  void the_counts_of_the_abducted_keep_their_words_and_their_disagreement_is_named() {
    String report = words(FILE.report());

    assertThat(report)
        .contains("abducted (detainees-taken-into-custody) size: 5 claims, 5 conflicts")
        .contains("276 (nigeria-police) 129 (borno-gov) 147 apart")
        .contains("envelope over 100 (best 234)");
    // the Markdown report's tables do not wrap: each claim is one row, in its words
    assertThat(FILE.report("--format", "markdown"))
        .contains(
            "| local officials, via ap | more than 100 | | 2014-04-15 (Africa/Lagos) | AP, 15 April"
                + " 2014: the first count, from local officials. | first-count | reported |");
    ReportedFigure abducted = Reconciliation.of(FILE.ledger()).conflicting().get(0);
    assertThat(abducted.figure().claims())
        .extracting(c -> c.estimate().toString())
        .containsExactly("more than 100", "129", "234", "276", "276");
    assertThat(abducted.figure().claims().get(0).estimate().isEqual(Estimate.moreThan(100)))
        .isTrue();
  }

  @Test
  void the_claim_that_all_but_eight_were_freed_is_refuted_disputed_and_counts_nowhere() {
    String report = words(FILE.report());

    assertThat(report)
        .contains("held-mid-april (census-taken) count: 2 claims, no conflict, disputed")
        .contains(
            "disputed by the school's principal (ggss-chibok) (claim all-but-eight), reported"
                + " 2014-04-17 (Africa/Lagos): the girls had not come back.")
        .contains("envelope 234 consensus 234");
    assertThat(FILE.report("--format", "markdown"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("| its spokesman (defence-hq) | 8 |")
                    .endsWith("| all-but-eight | refuted by parents-missing, not counted |"));
  }

  @Test
  void the_balances_follow_the_committee_count_and_the_releases() {
    assertThat(FILE.report())
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "held by boko-haram in NG +detainees affiliated with ggss-chibok +exactly 116"));
    assertThat(words(FILE.report()))
        .contains("released at least 103")
        .contains(
            "census held-20-june of 2014-06-20 (Africa/Lagos): 219 counted, 219 in the accounts, agree");
  }

  @Test
  void as_known_on_the_first_day_the_report_uses_only_the_first_count() {
    String report = words(FILE.report("--at", "2014-04-16", "--known-at", "2014-04-15"));

    assertThat(report)
        .contains("known what was reported by 2014-04-15 24:00 Lagos time")
        .contains("1 event, 1 of them certainly done by then")
        .contains("capture more than 100")
        .doesNotContain("129")
        .doesNotContain("Running totals");
  }

  @Test
  void as_known_on_the_second_day_the_withdrawn_claim_stands_against_the_record() {
    String report = words(FILE.report("--at", "2014-04-17", "--known-at", "2014-04-16"));

    assertThat(report)
        .contains("known what was reported by 2014-04-16 24:00 Lagos time")
        .contains("CUS-009 warning held-mid-april count count (8)")
        .contains("envelope more than 100 consensus 129")
        .doesNotContain("234")
        .doesNotContain("276");
  }

  @Test
  void as_known_on_2_may_2014_only_the_police_total_of_escapes_is_there() {
    String report = words(FILE.report("--known-at", "2014-05-02"));

    assertThat(report)
        .contains("53 escaped by 2014-05-02")
        .doesNotContain("57 escaped")
        .doesNotContain("released-october-2016");
  }
}
