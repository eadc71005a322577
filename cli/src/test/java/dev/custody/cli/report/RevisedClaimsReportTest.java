package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A source that revises itself ("hundreds" escaped, later "dozens"): the report keeps the earlier
 * claim in the claims table, marked superseded, and reads the figure by the later one, with no
 * conflict between the source and itself.
 */
class RevisedClaimsReportTest {
  private static final String CASE =
      """
      {
        "format": "custody/2",
        "title": "Revised",
        "actors": [
          {"id": "keeper", "name": "Keeper", "kind": "state"},
          {"id": "group", "name": "Group", "kind": "designated-organisation"}
        ],
        "facilities": [
          {"id": "north-jail", "name": "North jail", "kind": "prison", "country": "SY"}
        ],
        "cohorts": [
          {"id": "fighters", "category": "fighters", "affiliation": "group"}
        ],
        "events": [
          {"type": "census-taken", "id": "count", "when": {"day": "2026-01-02"},
           "scope": {"account": {"kind": "at-large", "facility": "north-jail",
                                 "cohort": "fighters"}},
           "count": [
             {"estimate": "between 200 and 900", "source": "keeper",
              "reported": {"day": "2026-01-02"}},
             {"estimate": "between 24 and 96", "source": "keeper",
              "reported": {"day": "2026-01-04"}},
             {"estimate": "between 30 and 60", "source": "group",
              "reported": {"day": "2026-01-03"}}
           ]}
        ]
      }
      """;

  private static final Ledger LEDGER = CustodyJson.standard().read(CASE, "revised.json").ledger();

  private static Report report() {
    return Report.of(LEDGER, Instant.parse("2026-01-05T12:00:00Z"), Optional.empty());
  }

  @Test
  void theTextReportKeepsTheEarlierClaimMarkedAndCountsTheLaterOne() {
    String text = report().render(ReportFormat.TEXT);

    assertThat(text)
        .contains("count (census-taken) count: 3 claims, no conflict")
        .contains("between 200 and 900")
        .contains("reported, superseded by a later claim,")
        .contains(
            "1 claim is superseded by a later claim of the same source: on record, not in the")
        .doesNotContain("on record only (refuted, retracted or misattributed)");
    assertThat(report().render(ReportFormat.MARKDOWN))
        .contains("| id | status |")
        .contains("reported, superseded by a later claim, not counted |");
  }

  @Test
  void theJsonReportMarksTheSupersededClaim() {
    String json = report().render(ReportFormat.JSON).replaceAll("\\s+", "");

    assertThat(json)
        .contains("\"superseded\":true,\"counted\":false")
        .contains("\"onRecordOnly\":1");
  }
}
