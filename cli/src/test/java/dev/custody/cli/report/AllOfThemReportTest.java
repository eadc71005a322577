package dev.custody.cli.report;

import static dev.custody.cli.report.LeavingCustodyReportTest.section;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of a small made-up case in {@code custody/2} ({@code
 * src/test/resources/report/all-of-them.json}), May 2030: about 3,500 are held at a north jail and
 * 40 French family members at a camp; on the 3rd every inmate of the north jail is freed; a return
 * programme in three stages repatriates 15 of the French in stage 1 and all the rest in stage 2,
 * apart from a separate flight of 5; stage 3 never happens.
 */
class AllOfThemReportTest {
  static final Path FILE = Path.of("src", "test", "resources", "report", "all-of-them.json");
  static final Ledger LEDGER = read();

  private static Ledger read() {
    try {
      return CustodyJson.standard().read(FILE).ledger();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final Instant LATE = LocalDate.of(2030, 6, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
  static final Report REPORT = Report.of(LEDGER, LATE, Optional.empty());
  static final String TEXT = REPORT.render(ReportFormat.TEXT);

  @Test
  void aPrisonEmptiedIsWordedAllOfThemWithTheBalanceItHeld() {
    // the text table wraps its cells; the Markdown one keeps each on one line
    String left = REPORT.render(ReportFormat.MARKDOWN);

    assertThat(left)
        .contains("all of them: about 3,500 (3,325-3,675) by north-emptied")
        .contains("exactly 40 by stage-1, separate-flight, stage-2 (all of them by stage-2)");
  }

  @Test
  void theOperationsSectionGivesEachPhaseAndNoneRecordedForAPhaseWithNothing() {
    String operations = String.join("\n", section(TEXT, "Operations (1)"));

    assertThat(operations)
        .contains("return-programme (Return programme)")
        .containsPattern("1 stage 1\\s+exactly 15\\s+stage-1")
        .containsPattern("2 stage 2\\s+all of them: exactly 20\\s+stage-2")
        .containsPattern("3 stage 3\\s+none recorded")
        .containsPattern("total\\s+exactly 35")
        .doesNotContain("separate-flight")
        .doesNotContain("exactly 0");
  }

  @Test
  void theJsonReportCarriesTheOperationsPhaseByPhase() throws Exception {
    JsonNode root = JsonMapper.builder().build().readTree(REPORT.render(ReportFormat.JSON));
    JsonNode phases = root.get("operations").get(0).get("phases");

    assertThat(phases.get(1).get("allOfThem").get(0).asString()).isEqualTo("stage-2");
    assertThat(phases.get(2).get("moved").isNull()).isTrue();
  }

  @Test
  void aReportOfAWorldWithoutOperationsHasNoOperationsSection() {
    String other = LeavingCustodyReportTest.at(31).render(ReportFormat.TEXT);

    assertThat(other).doesNotContain("Operations (");
  }
}
