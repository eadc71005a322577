package dev.custody.rules;

import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.SDF_AL_HOL;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SY;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.said;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-009}, {@link Rule#CENSUS_DISAGREES}, broken and kept through the public API: a
 * {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}. Its
 * check is {@link CensusDisagreesCheck}.
 */
class CensusDisagreesCheckTest {

  @Test
  void a_count_outside_the_balance_of_its_account_is_a_warning() {
    Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));
    CensusTaken recount = census("recount-shaddadi", 20, SDF_SHADDADI, Estimate.exactly(1_200));

    AppendResult result = before.append(recount);

    assertBreaks(
        result,
        Rule.CENSUS_DISAGREES,
        Severity.WARNING,
        "recount-shaddadi",
        "count",
        "count (exactly 1,200) of [held by sdf at al-shaddadi: fighters affiliated with isis]",
        "cannot agree with the balances it covers (exactly 1,000) under the envelope reading: 200"
            + " apart");
    assertAccepted(result, before, recount);
  }

  @Test
  void a_count_the_balance_allows_keeps_it() {
    AppendResult result =
        ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.about(1_000)))
            .append(census("recount-shaddadi", 20, SDF_SHADDADI, Estimate.exactly(1_050)));

    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void a_count_of_an_account_nobody_counted_keeps_it() {
    AppendResult result =
        ledger().append(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));

    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void a_count_of_a_country_below_the_counts_it_covers_is_a_warning() {
    Ledger before =
        ledger(
            census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
            census("count-hol", 10, SDF_AL_HOL, Estimate.exactly(2_000)),
            census("count-iraq", 10, IRAQ_SITE, Estimate.exactly(5_000)));

    AppendResult result =
        before.append(
            CensusTaken.of(
                id("count-syria"), day(21), CensusScope.country(SY), said(Estimate.about(2_000))));

    assertBreaks(
        result,
        Rule.CENSUS_DISAGREES,
        Severity.WARNING,
        "count-syria",
        "count",
        "count (about 2,000 (1,900-2,100)) of country SY",
        "cannot agree with the balances it covers (at least 3,000)",
        "900 apart");
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void a_count_of_a_country_above_the_counts_it_covers_keeps_it() {
    // about 9,000 held in Syria: the prisons nobody counted may hold the other 6,000
    Ledger before =
        ledger(
            census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
            census("count-hol", 10, SDF_AL_HOL, Estimate.exactly(2_000)));

    AppendResult result =
        before.append(
            CensusTaken.of(
                id("count-syria"), day(21), CensusScope.country(SY), said(Estimate.about(9_000))));

    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void a_count_of_a_country_covering_its_counts_keeps_it() {
    // the 5,000 held in Iraq are outside the scope; counting them would make 8,000
    Ledger before =
        ledger(
            census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
            census("count-hol", 10, SDF_AL_HOL, Estimate.exactly(2_000)),
            census("count-iraq", 10, IRAQ_SITE, Estimate.exactly(5_000)));

    AppendResult result =
        before.append(
            CensusTaken.of(
                id("count-syria"), day(21), CensusScope.country(SY), said(Estimate.about(3_000))));

    assertThat(result.verdict().violations()).isEmpty();
  }
}
