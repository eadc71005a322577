package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.aggregate.RunningTotal;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import dev.custody.rules.Rule;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/scenarios/chibok-2014-2017.json}: what its report must say, as a reader of the
 * sources would (the notes of its claims name them): each count of the abducted on the intake, in
 * the words printed and in disagreement; each count of those still missing as a census at its date;
 * the escapes so far as running totals beside the movements recorded by then, never in conflict
 * with each other; the claim that all but eight were freed, withdrawn by its own source; and the
 * report as known on the first days.
 */
class Chibok2014To2017Test {
  private static final ScenarioFile FILE = ScenarioFile.named("chibok-2014-2017.json");
  private static final Instant END = Instant.parse("2017-05-07T23:00:00Z");

  @Test
  void check_raises_no_error_and_only_the_warnings_true_of_the_record() {
    String check = FILE.check();

    assertThat(check).contains("16 events, no errors, 3 warnings");
    // on 21 April the parents and the principal counted far more still missing than the
    // commissioner's 85 of three days before: the counts grew as more were counted
    assertThat(check)
        .contains(
            "CUS-009 warning in held-21-april (count): count (between 230 and 234 (best 230))")
        .contains(
            "cannot agree with the balances it covers (85) under the envelope reading: 145 apart");
    // the committee's 219 is four below what the police's count of 1 May leaves: four listed as
    // missing were found at home, and no source dates their return
    assertThat(check)
        .contains("CUS-009 warning in held-20-june (count): count (219)")
        .contains("cannot agree with the balances it covers (at least 223)");
    // after May 2017 the AP's 113 is two below the balance: others came back one at a time,
    // whose numbers the sources give differently and the record leaves out
    assertThat(check)
        .contains("CUS-009 warning in held-7-may-2017 (count): count (113)")
        .contains("cannot agree with the balances it covers (exactly 115)");
  }

  @Test
  void each_running_total_of_escapes_stands_beside_the_movements_recorded_by_then() {
    // no source dated the escapes group by group: every count of them is a total so far
    String report = FILE.reportWords();

    assertThat(report)
        .contains(
            "14 escaped by 2014-04-17, according to the school's principal (ggss-chibok)"
                + " (2014-04-17); movements recorded by then: none")
        .contains(
            "30 escaped by 2014-04-17, according to borno-gov (2014-04-17); movements recorded by"
                + " then: none")
        .contains(
            "44 escaped by 2014-04-18, according to the state commissioner for education"
                + " (borno-gov) (2014-04-18); movements recorded by then: none")
        .contains(
            "39 escaped by 2014-04-21, according to parents of the missing students, via"
                + " allafrica (2014-04-21); movements recorded by then: none")
        .contains(
            "53 escaped by 2014-05-01, according to the Borno State police commissioner"
                + " (nigeria-police) (2014-05-01); movements recorded by then: none")
        .contains(
            "57 escaped by 2014-06-20, according to fact-finding-committee (2014-06-20);"
                + " movements recorded by then: none");
  }

  @Test
  void running_totals_that_disagree_in_size_are_no_conflict() {
    Ledger ledger = FILE.ledger();

    assertThat(ledger.verdict().breaks(Rule.RUNNING_TOTAL_BELOW_MOVEMENTS)).isFalse();
    assertThat(RunningTotal.allOf(ledger, END))
        .extracting(t -> t.event().id().toString())
        .containsExactly(
            "escaped-by-17-april-principal",
            "escaped-by-17-april-state",
            "escaped-by-18-april",
            "escaped-by-21-april",
            "escaped-by-1-may",
            "escaped-by-20-june");
    assertThat(RunningTotal.allOf(ledger, END)).noneMatch(RunningTotal::disagrees);
    // the conflicts are those of counts of one quantity at one time, never of the totals
    assertThat(Reconciliation.of(ledger).conflicting())
        .extracting(f -> f.event().toString())
        .containsExactlyInAnyOrder("abducted", "held-21-april", "held-1-may");
  }

  @Test
  void the_counts_of_the_abducted_keep_their_words_and_their_disagreement_is_named() {
    String report = FILE.reportWords();

    assertThat(report)
        .contains("abducted (detainees-taken-into-custody) size: 5 claims, 5 conflicts")
        .contains("envelope at least 100 (best 129) consensus none: claims conflict");
    // each side of a conflict names who spoke, as the claims table does
    assertThat(FILE.report("--format", "markdown"))
        .contains(
            "| more than 300 (the Borno State police commissioner (nigeria-police)) | 129 (the"
                + " state commissioner for education (borno-gov)) | 172 apart: low end 301 above"
                + " high end 129 |",
            "| 276 (fact-finding-committee) | 129 (the school's principal (ggss-chibok)) | 147"
                + " apart: low end 276 above high end 129 |",
            "| more than 300 (the Borno State police commissioner (nigeria-police)) | 276"
                + " (fact-finding-committee) | 25 apart: low end 301 above high end 276 |");
    // the Markdown report's tables do not wrap: each claim is one row, in its words
    assertThat(FILE.report("--format", "markdown"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "| a State Security Service official, via ap | at least 100 | |"
                            + " 2014-04-15 (Africa/Lagos) |")
                    .endsWith("| first-count | reported |"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "| the Borno State police commissioner (nigeria-police) | more than 300 |")
                    .endsWith("| police-count | reported |"));
    ReportedFigure abducted =
        Reconciliation.of(FILE.ledger()).conflicting().stream()
            .filter(f -> f.event().toString().equals("abducted"))
            .findFirst()
            .orElseThrow();
    // the parents' 234 and the police's 276 counted those still missing: not on the intake
    assertThat(abducted.figure().claims())
        .extracting(c -> c.estimate().toString())
        .containsExactly("at least 100", "129", "129", "more than 300", "276");
    assertThat(abducted.figure().claims().get(0).estimate().isEqual(Estimate.atLeast(100)))
        .isTrue();
    assertThat(abducted.figure().claims().get(3).estimate().isEqual(Estimate.moreThan(300)))
        .isTrue();
  }

  @Test
  void the_counts_of_those_still_missing_are_censuses_at_their_dates() {
    // each count beside what the accounts held before it, never beside the balance it set: the
    // first count of those missing has nothing before it
    assertThat(FILE.reportWords("--at", "2014-04-18"))
        .contains(
            "census held-18-april of 2014-04-18 (Africa/Lagos): 85 counted, unknown in the"
                + " accounts, agree");
    assertThat(FILE.reportWords("--at", "2014-04-21"))
        .contains(
            "census held-21-april of 2014-04-21 (Africa/Lagos): between 230 and 234 (best 230)"
                + " counted");
    assertThat(FILE.reportWords("--at", "2014-05-01"))
        .contains("census held-1-may of 2014-05-01 (Africa/Lagos): at least 223 counted");
    assertThat(FILE.reportWords("--at", "2014-06-20"))
        .contains(
            "census held-20-june of 2014-06-20 (Africa/Lagos): 219 counted, at least 223 in the"
                + " accounts, 4 apart");
    String report = FILE.reportWords();
    // the parents and the principal disagree by four; the police's words and one outlet's
    // reading of the same briefing by 53, the escapes it counted
    assertThat(report)
        .contains("held-21-april (census-taken) count: 2 claims, 1 conflict")
        .contains("held-1-may (census-taken) count: 2 claims, 1 conflict");
    // the same commissioner's two counts, one in the police's own words, one as ICIR relayed it
    assertThat(FILE.report("--format", "markdown"))
        .contains(
            "| 234 (parents of the missing students, via allafrica) | 230 (the school's principal"
                + " (ggss-chibok)) | 4 apart: low end 234 above high end 230 |",
            "| at least 276 (the Borno State police commissioner (nigeria-police)) | 223 (the"
                + " Borno State police commissioner, via icir) | 53 apart: low end 276 above high"
                + " end 223 |");
    assertThat(FILE.report("--format", "markdown"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith(
                        "| the Borno State police commissioner (nigeria-police) | at least 276 |")
                    .endsWith("| police-missing | reported |"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("| parents of the missing students, via allafrica | 234 |")
                    .endsWith("| parents-missing | reported |"));
  }

  @Test
  void the_claim_that_all_but_eight_were_freed_is_retracted_disputed_and_counts_nowhere() {
    String report = FILE.reportWords();

    assertThat(report)
        .contains("held-16-april (census-taken) count: 1 claim, no conflict, disputed")
        .contains(
            "disputed by the school's principal (ggss-chibok) (claim all-but-eight), reported"
                + " 2014-04-17 (Africa/Lagos): the principal said she gave the military no such"
                + " figure and that only 14 had come back.")
        .contains("1 claim is on record only (refuted, retracted or misattributed)")
        .doesNotContain("refuted by");
    assertThat(FILE.report("--format", "markdown"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .startsWith("| its spokesman (defence-hq) | 8 |")
                    .endsWith(
                        "| all-but-eight | retracted on 2014-04-17 (Africa/Lagos), not counted |"));
  }

  @Test
  void the_balances_follow_the_committee_count_the_releases_and_the_last_count() {
    assertThat(FILE.report())
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "held by boko-haram in NG +detainees affiliated with ggss-chibok +113"));
    assertThat(FILE.reportWords())
        .contains("released at least 103")
        .contains("held-20-june: [held by boko-haram in NG: detainees affiliated with ggss-chibok]")
        .contains("now exactly 115, carried forward by 3 movements across its boundary");
  }

  @Test
  void as_known_on_16_april_the_report_uses_only_what_was_published_by_then() {
    String report = FILE.reportWords("--at", "2014-04-17", "--known-at", "2014-04-16");

    assertThat(report)
        .contains("known what was reported by 2014-04-16 24:00 Lagos time")
        .contains("2 events, 2 of them certainly done by then")
        .contains(
            "capture held by boko-haram in NG detainees affiliated with ggss-chibok at least 100")
        .contains("counted 2014-04-16 by defence-hq")
        // withdrawn on the 17th: as known on the 16th, the statement stood, and was the only count
        .contains("counted 8, 2014-04-16 by defence-hq")
        .doesNotContain("retracted")
        .doesNotContain("129")
        .doesNotContain("85")
        .doesNotContain("Running totals")
        .doesNotContain("disputed by");
  }

  @Test
  void as_known_on_19_april_the_commissioners_129_44_and_85_are_there() {
    String report = FILE.reportWords("--at", "2014-04-19", "--known-at", "2014-04-19");

    assertThat(report)
        .contains("known what was reported by 2014-04-19 24:00 Lagos time")
        .contains("abducted (detainees-taken-into-custody) size: 3 claims, no conflict")
        .contains("envelope at least 100 (best 129) consensus 129")
        .contains("44 escaped by 2014-04-18, according to the state commissioner for education")
        .contains("14 escaped by 2014-04-17")
        .contains("30 escaped by 2014-04-17")
        .contains(
            "census held-18-april of 2014-04-18 (Africa/Lagos): 85 counted, unknown in the"
                + " accounts, agree")
        .doesNotContain("234")
        .doesNotContain("276")
        .doesNotContain("more than 300");
  }

  @Test
  void as_known_on_2_may_2014_the_police_figures_are_there_and_the_committees_are_not() {
    String report = FILE.reportWords("--known-at", "2014-05-02");

    assertThat(report)
        .contains("53 escaped by 2014-05-01")
        .doesNotContain("57 escaped")
        .doesNotContain("fact-finding-committee (2014-06-20)")
        .doesNotContain("released-october-2016");
    assertThat(String.join("\n", FILE.report("--known-at", "2014-05-02", "--format", "markdown")))
        .contains("| more than 300 (the Borno State police commissioner (nigeria-police)) |");
  }
}
