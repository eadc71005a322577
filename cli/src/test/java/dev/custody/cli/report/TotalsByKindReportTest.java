package dev.custody.cli.report;

import static dev.custody.cli.report.LeavingCustodyReportTest.at;
import static dev.custody.cli.report.LeavingCustodyReportTest.section;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Totals and shares of every kind of account, not only the held: the repatriated by destination,
 * the released, the dead and those at large, in every format.
 */
class TotalsByKindReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Report LATE = at(31);

  @Test
  void theTextTotalsTheRepatriatedByDestinationWithShares() {
    List<String> balances = section(LATE.render(ReportFormat.TEXT), "Balances at");

    assertThat(String.join("\n", balances))
        .contains("Repatriated by destination")
        .contains("Released by destination")
        .contains("At large by facility")
        .contains("Dead by custodian")
        .contains("Held by cohort");
    assertThat(balances)
        .anySatisfy(
            line ->
                assertThat(line)
                    .matches(" +DE +at least 3 +between 0% and 100% \\(best 60%\\) +.*"));
  }

  @Test
  void theMarkdownHasAHeadingPerKindAndDimension() {
    assertThat(LATE.render(ReportFormat.MARKDOWN))
        .contains("\n### Repatriated by destination\n")
        .contains("\n### Dead by country\n");
  }

  @Test
  void theJsonHasTheTotalsOfEveryKind() {
    JsonNode byKind = JSON.readTree(LATE.render(ReportFormat.JSON)).get("totals").get("byKind");
    List<String> names = new ArrayList<>();
    byKind.forEach(
        t -> names.add(t.get("kind").asString() + " by " + t.get("dimension").asString()));

    assertThat(names)
        .contains(
            "held by cohort",
            "at-large by facility",
            "repatriated by destination",
            "released by custodian",
            "dead by country");
  }

  @Test
  void aKindWithNothingOnRecordIsLeftOutRatherThanTotalledAsZero() {
    // before anyone left custody
    assertThat(at(1).byKind())
        .allSatisfy(t -> assertThat(t.isRecorded()).isTrue())
        .noneMatch(t -> t.kind() == dev.custody.event.AccountKind.REPATRIATED);
  }
}
