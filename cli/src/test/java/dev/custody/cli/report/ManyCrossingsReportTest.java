package dev.custody.cli.report;

import static dev.custody.cli.report.NestedCountReportTest.PRISON_FIGHTERS;
import static dev.custody.cli.report.NestedCountReportTest.SITE_FIGHTERS;
import static dev.custody.cli.report.NestedCountReportTest.WORLD;
import static dev.custody.cli.report.NestedCountReportTest.day;
import static dev.custody.cli.report.NestedCountReportTest.said;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A census carried forward over many movements across its boundary: the text names the first ten
 * and counts the rest, so that a ledger of 100,000 transfers does not print each of them once per
 * census; the JSON report names them all.
 */
class ManyCrossingsReportTest {

  private static Report report(int transfers) {
    List<Event> events = new ArrayList<>();
    events.add(
        CensusTaken.of(
            EventId.of("count"),
            day(1),
            CensusScope.account(PRISON_FIGHTERS),
            said(Estimate.exactly(1_000), 1)));
    for (int i = 1; i <= transfers; i++) {
      events.add(
          DetaineesTransferred.of(
              EventId.of("move-" + i),
              day(2),
              PRISON_FIGHTERS,
              SITE_FIGHTERS,
              said(Estimate.exactly(1), 2)));
    }
    AppendResult result = Ledger.of(WORLD).appendAll(events);
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return Report.of(result.ledger(), day(3).end(), Optional.empty());
  }

  @Test
  void names_the_first_ten_crossings_and_counts_the_rest() {
    String text = report(12).render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text)
        .contains(
            "now exactly 988, carried forward by 12 movements across its boundary: move-1, move-2,"
                + " move-3, move-4, move-5, move-6, move-7, move-8, move-9, move-10 and 2 more")
        .doesNotContain("move-11");
  }

  @Test
  void names_all_of_ten_crossings() {
    String text = report(10).render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text)
        .contains(
            "across its boundary: move-1, move-2, move-3, move-4, move-5, move-6, move-7,"
                + " move-8, move-9, move-10")
        .doesNotContain("more");
  }

  @Test
  void lists_every_crossing_in_json() {
    JsonNode root = JsonMapper.builder().build().readTree(report(12).render(ReportFormat.JSON));

    assertThat(root.get("populations").get(0).get("crossings")).hasSize(12);
  }
}
