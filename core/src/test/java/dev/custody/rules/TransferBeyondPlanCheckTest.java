package dev.custody.rules;

import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.planToIraq;
import static dev.custody.rules.RuleFixture.transfer;
import static dev.custody.rules.RuleFixture.transferUnderPlan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.DetaineesTransferred;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-006}, {@link Rule#TRANSFER_BEYOND_PLAN}, broken and kept through the public API:
 * a {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}. Its
 * check is {@link TransferBeyondPlanCheck}.
 */
class TransferBeyondPlanCheckTest {

  Ledger afterFirstBatch() {
    return ledger(
        planToIraq(),
        transferUnderPlan("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));
  }

  @Test
  void transfers_exceeding_even_the_largest_plan_are_an_error() {
    // 150 + 7,300 = 7,450 > 7,350; 7,300 alone would not be
    Ledger before = afterFirstBatch();

    AppendResult result =
        before.append(
            transferUnderPlan(
                "second-batch", 25, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(7_300)));

    assertBreaks(
        result,
        Rule.TRANSFER_BEYOND_PLAN,
        Severity.ERROR,
        "second-batch",
        "size",
        "movements under plan-iraq would total exactly 7,450 against about 7,000 (6,650-7,350)"
            + " planned",
        "under the envelope reading",
        "even its low end (7450) exceeds the high end (7350)");
    assertRejected(result, before);
  }

  @Test
  void transfers_exceeding_the_planned_best_value_are_a_warning() {
    // 150 + 6,900 = 7,050 > 7,000
    Ledger before = afterFirstBatch();
    DetaineesTransferred second =
        transferUnderPlan("second-batch", 25, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(6_900));

    AppendResult result = before.append(second);

    assertBreaks(
        result,
        Rule.TRANSFER_BEYOND_PLAN,
        Severity.WARNING,
        "second-batch",
        "size",
        "would total exactly 7,050",
        "its best value (7050) exceeds the best value (7000)");
    assertAccepted(result, before, second);
  }

  @Test
  void transfers_within_the_plan_keep_it() {
    AppendResult result =
        afterFirstBatch()
            .append(
                transferUnderPlan(
                    "second-batch", 25, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(6_850)));

    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void the_first_batch_keeps_it() {
    AppendResult result =
        ledger(planToIraq())
            .append(
                transferUnderPlan(
                    "first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    assertKeeps(result, Rule.TRANSFER_BEYOND_PLAN);
  }

  @Test
  void transfers_under_no_plan_are_not_counted_against_it() {
    Ledger before =
        ledger(
            planToIraq(),
            transfer("off-plan", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(7_000)));

    AppendResult result =
        before.append(
            transferUnderPlan("first-batch", 23, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(150)));

    assertKeeps(result, Rule.TRANSFER_BEYOND_PLAN);
  }
}
