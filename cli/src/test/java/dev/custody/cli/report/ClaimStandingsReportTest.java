package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report's sources section shows a claim's words as printed, its standing, the claims kept on
 * record only, and disputes without a number beside the figure they dispute.
 */
class ClaimStandingsReportTest {
  private static final String CASE =
      """
      {
        "format": "custody/2",
        "title": "Cells",
        "actors": [
          {"id": "keeper", "name": "Keeper", "kind": "state"},
          {"id": "group", "name": "Group", "kind": "designated-organisation"},
          {"id": "outlet", "name": "Outlet", "kind": "media"},
          {"id": "hrw", "name": "Human Rights Watch", "kind": "ngo"}
        ],
        "facilities": [
          {"id": "north-jail", "name": "North jail", "kind": "prison", "country": "SY"}
        ],
        "cohorts": [
          {"id": "fighters", "category": "fighters", "affiliation": "group"}
        ],
        "events": [
          {"type": "census-taken", "id": "count", "when": {"day": "2026-01-02"},
           "scope": {"account": {"kind": "held", "custodian": "keeper", "facility": "north-jail",
                                 "cohort": "fighters"}},
           "count": [
             {"estimate": "some two dozen", "source": "keeper", "reported": {"day": "2026-01-02"},
              "id": "search"},
             {"estimate": "1,500", "source": "outlet", "description": "a resident",
              "relayed": true, "reported": {"day": "2026-01-02"},
              "status": "refuted", "refutedBy": "search"},
             {"dispute": "no independent verification", "source": "hrw",
              "reported": {"day": "2026-01-03"}}
           ]},
          {"type": "census-taken", "id": "alone", "when": {"day": "2026-01-02"},
           "scope": {"account": {"kind": "at-large", "facility": "north-jail", "cohort": "fighters"}},
           "count": [
             {"estimate": "dozens", "source": "group", "reported": {"day": "2026-01-02"}},
             {"units": {"unit": "families", "count": "12",
                        "peoplePer": {"estimate": "between 4 and 6", "source": "keeper",
                                      "reported": {"day": "2026-01-01"}}},
              "source": "keeper", "reported": {"day": "2026-01-02"}},
             {"dispute": "could not be confirmed", "source": "hrw",
              "reported": {"day": "2026-01-03"}}
           ]}
        ]
      }
      """;

  private static final Ledger LEDGER = CustodyJson.standard().read(CASE, "cells.json").ledger();
  private static final Report REPORT =
      Report.of(LEDGER, Instant.parse("2026-01-04T12:00:00Z"), Optional.empty());

  @Test
  void theTextReportShowsStandingsAndDisputes() {
    String text = REPORT.render(ReportFormat.TEXT);
    assertThat(text)
        .contains("some two dozen (22-26)")
        .contains("2 figures with several claims, all reconcilable.")
        .contains("count (census-taken) count: 2 claims, no conflict, disputed")
        .contains("refuted by search,")
        .contains("not counted")
        .contains("1 claim is on record only (refuted, retracted or misattributed)")
        .contains("disputed by hrw, reported 2026-01-03 (Z): no independent verification.")
        .contains("alone (census-taken) count: 2 claims, no conflict, disputed")
        .contains("disputed by hrw, reported 2026-01-03 (Z): could not be confirmed.")
        .contains("envelope   some two dozen (22-26)")
        .contains("dozens (24-99)")
        .doesNotContain("1,500 (best");
  }

  @Test
  void theMarkdownReportHasAStatusColumnOnlyWhereAClaimHasAStanding() {
    String markdown = REPORT.render(ReportFormat.MARKDOWN);
    assertThat(markdown)
        .contains(
            "| 12 families at between 4 and 6 per family (keeper): between 48 and 72 people |")
        .contains("| id | status |")
        .contains("refuted by search, not counted");
  }

  @Test
  void theJsonReportSaysWhatCounts() throws Exception {
    JsonNode json = JsonMapper.builder().build().readTree(REPORT.render(ReportFormat.JSON));
    String all = json.toString();
    assertThat(all)
        .contains("\"unit\":\"families\"")
        .contains("\"status\":\"refuted by search\"")
        .contains("\"counted\":false")
        .contains("\"disputed\":true")
        .contains("\"onRecordOnly\":1")
        .contains("\"words\":\"no independent verification\"");
  }
}
