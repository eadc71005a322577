package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.event.CensusTaken;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import dev.custody.model.AboutPolicy;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.VaguePolicy;
import dev.custody.rules.Rule;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The prisoners and children the SDF held across the north-east when the Islamic State attacked
 * Ghwayran prison, in {@code examples/scenarios/ghwayran-hasakah-2022.json}: CNN's "some 11,000 to
 * 12,000", the Kurdish authorities' "more than 12,000" and Human Rights Watch's "about 12,000" of
 * the IS prisoners, Human Rights Watch's "2,000 to 4,000" foreigners among them and the New York
 * Times' "tens of thousands" of children, each in its source's words with the range the policies
 * give, in no conflict the ranges do not have, and each known from the day it was printed.
 */
class GhwayranHasakah2022NorthEastTest {
  private static final ScenarioFile FILE = ScenarioFile.named("ghwayran-hasakah-2022.json");
  private static final String FIGHTERS = "fighters-held-across-the-north-east";
  private static final String FOREIGN = "foreign-fighters-held-across-the-north-east";
  private static final String MINORS = "minors-held-across-the-north-east";

  /** The count of census {@code id} of {@code ledger}. */
  private static Figure census(Ledger ledger, String id) {
    return ledger.events().stream()
        .filter(e -> e.id().toString().equals(id))
        .map(e -> ((CensusTaken) e).count())
        .findFirst()
        .orElseThrow();
  }

  /** The claim {@code id} of census {@code census}. */
  private static Claim claim(Ledger ledger, String census, String id) {
    return census(ledger, census).claims().stream()
        .filter(c -> c.id().map(i -> i.toString().equals(id)).orElse(false))
        .findFirst()
        .orElseThrow();
  }

  private static JsonNode json(String... options) {
    return FILE.jsonReport(options);
  }

  private static JsonNode population(JsonNode report, String census) {
    for (JsonNode p : report.get("populations")) {
      if (p.get("census").asString().equals(census)) {
        return p;
      }
    }
    throw new AssertionError("no population of census " + census);
  }

  @Test
  void each_new_figure_keeps_its_words_with_the_range_the_policies_give() throws IOException {
    Ledger ledger = FILE.ledger();

    // a range hedged with "some" is widened at each end by the about policy's margin, as "around
    // 3,500-5,000" is: 11,000 less five percent to 12,000 and five percent
    Estimate cnn = claim(ledger, FIGHTERS, "cnn-some-11000-to-12000").estimate();
    assertThat(cnn).hasToString("some 11,000 to 12,000 (10,450-12,600)");
    assertThat(cnn.low()).isEqualTo(10_450);
    assertThat(cnn.high()).isEqualTo(12_600);
    // "more than 12,000" has no upper bound: nobody wrote one
    Estimate kurdish = claim(ledger, FIGHTERS, "kurdish-authorities-more-than-12000").estimate();
    assertThat(kurdish).hasToString("more than 12,000");
    assertThat(kurdish.hasUpperBound()).isFalse();
    assertThat(kurdish.low()).isEqualTo(12_001);
    assertThat(claim(ledger, FIGHTERS, "hrw-about-12000").estimate())
        .hasToString("about 12,000 (11,400-12,600)");
    // a range as printed with "to" is its ends, no wider and no narrower, and keeps its "to"
    Estimate foreign = claim(ledger, FOREIGN, "hrw-2000-to-4000-foreigners").estimate();
    assertThat(foreign).hasToString("2,000 to 4,000");
    assertThat(foreign.low()).isEqualTo(2_000);
    assertThat(foreign.high()).isEqualTo(4_000);
    assertThat(foreign.qualifier()).isEqualTo(Estimate.Qualifier.BETWEEN);
    // "tens of thousands" is the vague policy's range, never a single number
    Estimate children = claim(ledger, MINORS, "nyt-tens-of-thousands-of-children").estimate();
    assertThat(children).hasToString("tens of thousands (20,000-99,999)");
    assertThat(children.qualifier()).isEqualTo(Estimate.Qualifier.VAGUE);
    assertThat(children.low()).isEqualTo(20_000);
    assertThat(children.high()).isEqualTo(99_999);

    // other policies give the same words other ranges; the range printed with "to" stays itself
    Ledger wider =
        CustodyJson.standard()
            .withPolicies(
                AboutPolicy.percent(10),
                VaguePolicy.standard().withRange("tens of thousands", 10_000, 99_999))
            .read(Path.of("scenarios", "ghwayran-hasakah-2022.json"))
            .ledger();
    assertThat(claim(wider, FIGHTERS, "cnn-some-11000-to-12000").estimate())
        .hasToString("some 11,000 to 12,000 (9,900-13,200)");
    assertThat(claim(wider, FOREIGN, "hrw-2000-to-4000-foreigners").estimate())
        .hasToString("2,000 to 4,000");
    assertThat(claim(wider, MINORS, "nyt-tens-of-thousands-of-children").estimate())
        .hasToString("tens of thousands (10,000-99,999)");
  }

  @Test
  void the_report_shows_each_new_figure_in_its_words_beside_its_source() {
    String report = FILE.reportWords();

    assertThat(report)
        .contains(
            FIGHTERS
                + ": country SY, custodian sdf, cohort fighters affiliated with isis counted at"
                + " least 10,450 (best 12,000), 2022-01-20 by cnn, sdf, hrw")
        .contains(FIGHTERS + " (census-taken) count: 3 claims, no conflict")
        .contains("envelope at least 10,450 (best 12,000) consensus between 12,001 and 12,600")
        // the range as printed, not turned into a best value or a tighter range
        .contains(
            FOREIGN
                + ": country SY, custodian sdf, cohort fighters affiliated with isis, nationals of"
                + " countries other than SY counted 2,000 to 4,000, 2022-01-20 by hrw")
        .doesNotContain("2,000 to 4,000 (best")
        .contains(
            MINORS
                + ": country SY, custodian sdf, cohort minors affiliated with isis counted tens of"
                + " thousands (20,000-99,999), 2022-01-26 by nyt")
        // the boys at Ghwayran are within the children of the north-east, and agree with them
        .contains(
            "census minors-held-across-the-north-east of 2022-01-26 (Asia/Damascus): tens of"
                + " thousands (20,000-99,999) counted, unknown (best 849) in the accounts, agree");
    String markdown = String.join("\n", FILE.report("--format", "markdown"));
    assertThat(markdown)
        .contains("| cnn | some 11,000 to 12,000 (10,450-12,600) | | 2022-01-21 (Asia/Damascus) |")
        .contains(
            "| the Kurdish authorities that run the prison (sdf) | more than 12,000 | dw |"
                + " 2022-01-21 (Asia/Damascus) |")
        .contains(
            "| hrw | about 12,000 (11,400-12,600) | the-national | 2022-01-25 (Asia/Damascus) |")
        .contains("- **counted**: 2,000 to 4,000, 2022-01-20 by hrw")
        .contains("- **counted**: tens of thousands (20,000-99,999), 2022-01-26 by nyt");
    JsonNode json = json();
    JsonNode foreign = population(json, FOREIGN).get("counted");
    assertThat(foreign.get("text").asString()).isEqualTo("2,000 to 4,000");
    assertThat(foreign.get("low").asLong()).isEqualTo(2_000);
    assertThat(foreign.get("high").asLong()).isEqualTo(4_000);
    JsonNode minors = population(json, MINORS).get("counted");
    assertThat(minors.get("text").asString()).isEqualTo("tens of thousands (20,000-99,999)");
    assertThat(minors.get("qualifier").asString()).isEqualTo("vague");
    // "more than 12,000" leaves the envelope without an upper bound, as no source gave one
    JsonNode fighters = population(json, FIGHTERS).get("counted");
    assertThat(fighters.get("high").isNull()).isTrue();
    assertThat(fighters.get("low").asLong()).isEqualTo(10_450);
  }

  @Test
  void the_new_figures_raise_no_conflict_their_ranges_do_not_have() {
    Ledger ledger = FILE.ledger();

    // some 11,000 to 12,000, more than 12,000 and about 12,000 share 12,001 to 12,600
    ReportedFigure fighters =
        Reconciliation.of(ledger).figures().stream()
            .filter(f -> f.event().toString().equals(FIGHTERS))
            .findFirst()
            .orElseThrow();
    assertThat(fighters.figure().conflicts()).isEmpty();
    assertThat(fighters.consensus().orElseThrow())
        .hasToString("between 12,001 and 12,600 (best 12,001)");
    assertThat(census(ledger, FOREIGN).conflicts()).isEmpty();
    assertThat(census(ledger, MINORS).conflicts()).isEmpty();
    // the figures in conflict are still only the prison's inmates, its boys and the escape
    assertThat(Reconciliation.of(ledger).conflicting())
        .extracting(f -> f.event().toString())
        .containsExactlyInAnyOrder("held-at-the-attack", "minors-at-the-attack", "breakout");
    // no census of the north-east disagrees with what its accounts hold (CUS-009): the boys at
    // Ghwayran lie within the children counted, and the families of al-Hol, of another category,
    // lie outside the count of IS prisoners
    assertThat(ledger.verdict().breaks(Rule.CENSUS_DISAGREES)).isFalse();
    assertThat(FILE.check()).contains("17 events, no errors, 1 warning");
  }

  @Test
  void each_new_figure_is_known_from_the_day_it_was_printed() {
    // on the 21st CNN's and the Kurdish authorities' words alone, their envelope unbounded
    assertThat(FILE.reportWords("--known-at", "2022-01-21"))
        .contains(FIGHTERS + " (census-taken) count: 2 claims, no conflict")
        .contains("counted at least 10,450 (best 11,500), 2022-01-20 by cnn, sdf")
        .doesNotContain("about 12,000")
        .doesNotContain("2,000 to 4,000")
        .doesNotContain(MINORS);
    // Human Rights Watch's statement came on the 25th, the New York Times' children on the 26th
    assertThat(FILE.reportWords("--known-at", "2022-01-24")).doesNotContain("2,000 to 4,000");
    assertThat(FILE.reportWords("--known-at", "2022-01-25"))
        .contains("counted 2,000 to 4,000, 2022-01-20 by hrw")
        .contains("counted at least 10,450 (best 12,000), 2022-01-20 by cnn, sdf, hrw")
        .contains(FIGHTERS + " (census-taken) count: 3 claims, no conflict")
        .doesNotContain(MINORS);
    assertThat(FILE.reportWords("--known-at", "2022-01-26"))
        .contains("counted tens of thousands (20,000-99,999), 2022-01-26 by nyt");
  }
}
