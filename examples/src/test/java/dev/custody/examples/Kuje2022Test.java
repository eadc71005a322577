package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.model.Claim;
import dev.custody.model.ClaimStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/scenarios/kuje-2022.json}: the attack on the Medium Security Custodial Centre at
 * Kuje, Abuja, on the night of 5 July 2022, as a reader of the sources (named in each claim's note)
 * would read it: the escape in each source's words, from the Correctional Service's 879 and the
 * interior ministry's later 888 to the ministers' "over 600" and "about 600" and A'maq's "dozens",
 * two printings recorded as misattributed; the Boko Haram suspects as a cohort of their own, none
 * left inside; the Service's 443 recaptured beside the running totals of other days and other
 * sources, one of which, the House committee's 421 a week later, is below it; and the record as
 * known on the day after the attack. The escape is one joint figure over the two cohorts of one
 * prison, and each source's escape reads as that source printed it, not as the sum of the ranges of
 * its parts; those at large from the prison are the counts of both cohorts together (443 on 6 July,
 * 454 on the 14th, 422 in November 2023), not the Boko Haram suspects' part alone.
 */
class Kuje2022Test {
  private static final ScenarioFile FILE = ScenarioFile.named("kuje-2022.json");

  @Test
  void the_scenario_checks_without_errors_and_flags_the_house_committees_lower_total() {
    assertThat(FILE.check())
        .contains("27 events, no errors")
        // 421 recaptured by 14 July (the House committee) is fewer than the Service's own 443 of
        // 6 July and the police's one of 9 July: a disagreement the sources really have
        .contains(
            "CUS-020 warning in recaptured-house-committee-14-july (total): total (421) recaptured"
                + " of facilities [kuje] by 2022-07-14 (Africa/Lagos) is below the movements"
                + " recorded by then (exactly 444)");
  }

  @Test
  void each_claim_keeps_its_sources_words_with_the_range_the_policies_give() {
    Map<String, Claim> claims = FILE.claimsById();

    assertThat(claims.get("ncos-879").estimate()).hasToString("879");
    assertThat(claims.get("aregbesola-888").estimate()).hasToString("888");
    assertThat(claims.get("magashi-over-600").estimate()).hasToString("over 600");
    assertThat(claims.get("belgore-about-600").estimate()).hasToString("about 600 (570-630)");
    assertThat(claims.get("amaq-dozens").estimate()).hasToString("dozens (24-99)");
    assertThat(claims.get("magashi-about-994").estimate()).hasToString("about 994 (944-1,044)");
    assertThat(claims.get("sun-no-fewer-than-64").estimate()).hasToString("no fewer than 64");
    assertThat(claims.get("guild-no-fewer-than-436").estimate()).hasToString("no fewer than 436");
    // AFP's "around 300" escaped is those still out; Newsonline's "994" escaped the population
    assertThat(claims.get("afp-around-300").status().kind())
        .isEqualTo(ClaimStatus.Kind.MISATTRIBUTED);
    assertThat(claims.get("newsonline-994").status().kind())
        .isEqualTo(ClaimStatus.Kind.MISATTRIBUTED);
  }

  @Test
  void the_report_gives_each_figure_its_claims_conflicts_and_running_totals() {
    String text = FILE.reportWords();

    assertThat(text)
        .contains("held-at-the-attack (census-taken) count: 6 claims, 4 conflicts")
        .contains("breakout (detainees-escaped) size: 17 claims, 36 conflicts")
        .contains("at-large-on-6-july (census-taken) count: 5 claims, no conflict")
        .contains(
            "443 recaptured by 2022-07-06, according to its spokesman, Umar Abubakar (ncos)"
                + " (2022-07-06); movements recorded by then: 443 (recaptured-by-6-july)")
        .contains(
            "over 600 recaptured by 2022-07-08, according to its FCT command's spokesman, Humphrey"
                + " Chukwuedo (ncos) (2022-07-08); movements recorded by then: 443"
                + " (recaptured-by-6-july); by the best values, 158 not recorded")
        .contains(
            "421 recaptured by 2022-07-14, according to edwin-anayo (2022-07-14); movements"
                + " recorded by then: exactly 444 (recaptured-by-6-july,"
                + " hassan-hassan-caught-at-keffi); the total is below them (CUS-020)")
        // the four inmates killed are a running total, no death a movement: never "none" alone
        .contains("dead none recorded; a running total below")
        .contains(
            "4 dead by 2022-07-06, according to its spokesman, Umar Abubakar (ncos) (2022-07-06);"
                + " movements recorded by then: none");

    List<String> markdown = FILE.report("--format", "markdown");
    assertThat(markdown)
        // none of the Boko Haram suspects left inside (the defence minister)
        .contains("| held by ncos at kuje | detainees affiliated with boko-haram | none |")
        // the Service's own statement and the Tribune's summary of it disagree
        .contains(
            "| 578 (its spokesman, Umar Abubakar (ncos) via tribune) | 551 (its spokesman, Umar"
                + " Abubakar (ncos)) | 27 apart: low end 578 above high end 551 |")
        // its wanted list of 8 July as the Tribune and as BBC News Pidgin gave it
        .contains("| 69 (ncos) | 68 (ncos) | 1 apart: low end 69 above high end 68 |")
        // AP revised itself: at least 600, then nearly 900, then 879
        .anyMatch(
            line ->
                line.contains("| ap-at-least-600 |")
                    && line.endsWith("| reported, superseded by a later claim, not counted |"))
        // the House's 422 at large in November 2023 is one figure over both at-large accounts
        .contains("- **joint count**: 422 counted, 422 now, split unknown");
  }

  @Test
  void each_sources_escape_is_its_figure_and_those_at_large_are_the_counts_of_both_cohorts() {
    String end = FILE.reportWords();
    assertThat(end)
        // before, the parts' ranges added up: "between 811 and 947 (best 879)"
        .contains("according to ncos 879 exactly 444 exactly 435")
        .contains("according to house-of-reps 879 exactly 444 exactly 435")
        .contains("according to amaq dozens (24-99) exactly 444 none: the claims disagree")
        // the House's count of November 2023, not "at least 59 (best 435)"
        .contains("kuje 422 100% the whole, counted by at-large-in-november-2023");
    assertThat(FILE.reportWords("--at", "2022-07-14"))
        .contains("kuje 454 100% the whole, counted by at-large-on-14-july");
    assertThat(FILE.reportWords("--known-at", "2022-07-06", "--at", "2022-07-06"))
        .contains("according to ncos 879 443 exactly 436")
        .contains("according to shuaib-belgore about 600 (570-630) 443")
        .contains("kuje over 400 (best 443) 100% the whole, counted by at-large-on-6-july");
  }

  @Test
  void as_known_on_the_day_after_the_attack_no_later_count_and_no_later_source() {
    List<String> markdown =
        FILE.report("--format", "markdown", "--known-at", "2022-07-06", "--at", "2022-07-06");

    assertThat(markdown)
        .contains(
            "- **known**: what was reported by 2022-07-06 24:00 Lagos time (2022-07-06T23:00:00Z)")
        .contains(
            "443 recaptured by 2022-07-06, according to its spokesman, Umar Abubakar (ncos)"
                + " (2022-07-06); movements recorded by then: 443 (recaptured-by-6-july)")
        .contains("| held by ncos at kuje | detainees affiliated with boko-haram | none |");
    assertThat(String.join("\n", markdown))
        .doesNotContain("according to rauf-aregbesola")
        .doesNotContain("according to edwin-anayo")
        .doesNotContain("aregbesola-888")
        .doesNotContain("anayo-421")
        .doesNotContain("chukwuedo-over-600");
  }
}
