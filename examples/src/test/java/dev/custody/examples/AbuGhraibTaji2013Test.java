package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.model.Claim;
import dev.custody.model.ClaimStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/scenarios/abu-ghraib-taji-2013.json}: the attacks on Abu Ghraib and Taji prisons
 * near Baghdad, 21 July 2013, as a reader of the sources (named in each claim's note) would read
 * it: the escape from Abu Ghraib in each source's words, from a police colonel's "seven" on the
 * first morning to the hundreds and more than 500 of the officials, the group and the press; the
 * escape from Taji as none by the officials and unknown by a later account; the recapture of 349
 * beside its running total; and the record as known on the day after the attack.
 */
class AbuGhraibTaji2013Test {
  private static final ScenarioFile FILE = ScenarioFile.named("abu-ghraib-taji-2013.json");

  @Test
  void the_scenario_checks_without_errors_or_warnings() {
    assertThat(FILE.check()).contains("10 events, no errors").doesNotContain("warning");
  }

  @Test
  void each_claim_keeps_its_sources_words_with_the_range_the_policies_give() {
    Map<String, Claim> claims = FILE.claimsById();

    assertThat(claims.get("moi-around-10000").estimate())
        .hasToString("around 10,000 (9,500-10,500)");
    assertThat(claims.get("police-colonel-seven").estimate()).hasToString("seven");
    assertThat(claims.get("zamili-about-500").estimate()).hasToString("about 500 (475-525)");
    assertThat(claims.get("taha-500-to-1000").estimate()).hasToString("between 500 and 1,000");
    assertThat(claims.get("isil-hundreds").estimate()).hasToString("hundreds (200-999)");
    assertThat(claims.get("lwj-more-than-500").estimate()).hasToString("more than 500");
    assertThat(claims.get("guardian-up-to-500").estimate()).hasToString("up to 500");
    // the government's "300 to more than 850" has no form of its own: its lower end is kept
    assertThat(claims.get("iraq-gov-300-to-more-than-850").estimate()).hasToString("at least 300");
    assertThat(claims.get("shimmary-none-from-taji").estimate()).hasToString("none");
    assertThat(claims.get("pln-unknown-from-taji").estimate()).hasToString("unknown");
    // the thousands of jihadist accounts online are a rumour that AFP reported, not AFP's count
    Claim rumour = claims.get("social-media-thousands");
    assertThat(rumour.status().kind()).isEqualTo(ClaimStatus.Kind.RUMOURED);
    assertThat(rumour.estimate()).hasToString("thousands (2,000-9,999)");
  }

  @Test
  void the_report_gives_the_escape_recapture_and_those_at_large_by_each_source() {
    List<String> markdown = FILE.report("--format", "markdown");

    assertThat(markdown)
        .contains(
            "| according to hakim-al-zamili | about 500 (475-525) | 349 | between 126 and 176 (best"
                + " 151) |")
        .contains("| according to long-war-journal | more than 500 | 349 | over 151 |")
        .contains(
            "| according to shwan-taha | between 500 and 1,000 (best 750) | 349 | between 151 and"
                + " 651 (best 401) |")
        .contains("| according to afp | at least 500 | 349 | at least 151 |")
        .contains("| according to guardian | up to 500 | 349 | up to 151 |")
        // the magazine's words spelled out, as printed
        .contains("| according to new-yorker | more than five hundred | 349 | over 151 |")
        // 349 came back, so at least 349 got out: no rate above 100%, none unbounded
        .contains("| according to ap | between 35% and 100% (best 58%) |")
        .contains("| according to guardian | between 70% and 100% (best 70%) |")
        .contains("| envelope | between 0% and 100% (best 70%) |")
        // Taji: none by the officials who spoke of it, unknown by a later account
        .contains("| according to abdul-ameer-al-shimmary | none | none recorded | none |")
        .contains("| according to hakim-al-zamili | none | none recorded | none |")
        .contains("| envelope | unknown | none recorded | unknown |");
    assertThat(FILE.reportWords())
        .contains("held-in-both-prisons (census-taken) count: 3 claims, no conflict")
        .contains("counted between 2,000 and 10,500 (best 10,000), 2013-07-21 by iraq-moi, ap")
        .contains(
            "escape-from-abu-ghraib (detainees-escaped) size: 14 claims, 24 conflicts, disputed")
        .contains("escape-from-taji (detainees-escaped) size: 3 claims, no conflict")
        .contains(
            "349 recaptured by 2013-07-28, according to abdul-ameer-al-shimmary (2013-07-28);"
                + " movements recorded by then: 349 (recaptured-by-28-july)")
        .contains("held by iraq-moj at abu-ghraib detainees of any affiliation exactly 0")
        // all of its 2,400 inmates moved to other prisons of the ministry: they are held there
        .contains("held by iraq-moj in IQ detainees of any affiliation at least 2,400");
  }

  @Test
  void as_known_on_the_day_after_the_attack_no_recapture_and_no_claim_of_the_group() {
    List<String> markdown =
        FILE.report("--format", "markdown", "--known-at", "2013-07-22", "--at", "2013-07-22");

    assertThat(markdown)
        .contains(
            "- **known**: what was reported by 2013-07-22 24:00 Baghdad time (2013-07-22T21:00:00Z)")
        .contains(
            "| according to hakim-al-zamili | about 500 (475-525) | none recorded | about 500"
                + " (475-525) |")
        .contains("| according to iraq-moi | seven | none recorded | seven |");
    assertThat(String.join("\n", markdown))
        .doesNotContain("according to isil")
        .doesNotContain("according to long-war-journal")
        .doesNotContain("349");
  }

  @Test
  void deaths_no_movement_recorded_point_to_the_running_totals_that_count_them() {
    List<String> report = FILE.report();

    // the inmates killed are counted by two running totals, no death by a movement: "none
    // recorded" alone would read as if nobody died
    assertThat(report)
        .contains(
            "released     none recorded",
            "dead         none recorded; 2 running totals below",
            "  21 dead by 2013-07-22, according to its spokesman (iraq-moj) (2013-07-22); movements"
                + " recorded by");
  }
}
