package dev.custody.cli.report;

import static dev.custody.cli.report.ProvenanceReportTest.FIGHTERS;
import static dev.custody.cli.report.ProvenanceReportTest.HELD;
import static dev.custody.cli.report.ProvenanceReportTest.JAIL;
import static dev.custody.cli.report.ProvenanceReportTest.KEEPER;
import static dev.custody.cli.report.ProvenanceReportTest.LEDGER;
import static dev.custody.cli.report.ProvenanceReportTest.on;
import static dev.custody.cli.report.ProvenanceReportTest.said;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A recapture count above the escapes is reported as the disagreement of the claims it is, never as
 * a recapture rate of 433%: about 150 escaped, then 650 were said to be recaptured.
 */
class DisagreementReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final Ledger RECAPTURED_TOO_MANY = ledger();

  private static Ledger ledger() {
    AppendResult result =
        LEDGER.append(
            DetaineesRecaptured.of(
                EventId.of("roundup"),
                on(2025, 12, 5),
                Account.atLargeFrom(JAIL, FIGHTERS),
                HELD,
                said(Estimate.exactly(650), on(2025, 12, 5))));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static final Report REPORT =
      Report.of(RECAPTURED_TOO_MANY, Instant.parse("2025-12-31T12:00:00Z"), Optional.empty());

  @Test
  void theTextGivesNoRateButTheExcessAndTheClaimsBehindIt() {
    String text = REPORT.render(ReportFormat.TEXT);

    assertThat(text)
        .doesNotContain("433%")
        .containsPattern("according to keeper +none: the claims disagree\n")
        .contains("the claims behind them disagree by")
        .containsPattern(
            "according to keeper +500 more recaptured than escaped: roundup against"
                + " breakout\n");
  }

  @Test
  void theJsonGivesTheExcessAndNoRate() {
    JsonNode row =
        JSON.readTree(REPORT.render(ReportFormat.JSON))
            .get("escapes")
            .get(0)
            .get("byReading")
            .get(0);

    assertThat(row.get("recaptureRate").isNull()).isTrue();
    assertThat(row.get("excess").asLong()).isEqualTo(500);
    assertThat(row.get("text").asString())
        .contains(
            "500 more recaptured than escaped: the claims of [roundup] and [breakout]"
                + " disagree");
  }

  @Test
  void withoutAnExcessTheJsonSaysNull() {
    JsonNode row =
        JSON.readTree(
                Report.of(LEDGER, Instant.parse("2025-12-31T12:00:00Z"), Optional.empty())
                    .render(ReportFormat.JSON))
            .get("escapes")
            .get(0)
            .get("byReading")
            .get(0);

    assertThat(row.get("excess").isNull()).isTrue();
  }

  @Test
  void aGroupsShareNeverExceedsTheWholeItLiesIn() {
    String text = REPORT.render(ReportFormat.TEXT);

    assertThat(text).doesNotContain("about 100% (100%-100%)");
    assertThat(REPORT.byCustodian().group(KEEPER).orElseThrow().share().orElseThrow().high())
        .isEqualTo(1.0);
  }
}
