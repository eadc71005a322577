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
 * The report shows counts in families as the sources said them: beside the source's own people
 * figure ("776 people (192 families)"), or alone with the people not stated ("750 families (people
 * not stated)"), never a number of people no source gave.
 */
class FamiliesReportTest {
  private static final String CASE =
      """
      {
        "format": "custody/2",
        "title": "Families",
        "actors": [
          {"id": "ministry", "name": "Ministry", "kind": "state"},
          {"id": "camp", "name": "Camp administration", "kind": "state"},
          {"id": "group", "name": "Group", "kind": "designated-organisation"}
        ],
        "facilities": [
          {"id": "camp-hol", "name": "Camp", "kind": "displacement-camp", "country": "SY"}
        ],
        "cohorts": [
          {"id": "families", "category": "family-members", "affiliation": "group"}
        ],
        "events": [
          {"type": "census-taken", "id": "first", "when": {"day": "2026-01-02"},
           "scope": {"account": {"kind": "held", "custodian": "camp", "facility": "camp-hol",
                                 "cohort": "families"}},
           "count": [
             {"units": {"unit": "families", "count": "192"}, "estimate": "an estimated 776",
              "source": "ministry", "reported": {"day": "2026-01-02"}},
             {"units": {"unit": "families", "count": "150"},
              "source": "camp", "reported": {"day": "2026-01-02"}},
             {"estimate": "about 800", "source": "camp", "reported": {"day": "2026-01-02"}}
           ]}
        ]
      }
      """;

  private static final Ledger LEDGER = CustodyJson.standard().read(CASE, "families.json").ledger();
  private static final Report REPORT =
      Report.of(LEDGER, Instant.parse("2026-01-04T12:00:00Z"), Optional.empty());

  @Test
  void theTextReportShowsThePeopleAsStatedAndTheFamiliesBesideThem() {
    String text = REPORT.render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("an estimated 776 (737-815) people (192 families)")
        .contains("150 families (people not stated)")
        .contains("first (census-taken) count: 3 claims, no conflict")
        // the families alone bound the people from below only: the envelope is open above, and
        // the consensus is what the people figures agree on
        .contains("envelope at least 150 (best 776)")
        .contains("consensus about 776 (760-815)")
        .contains("camp 150 families (people not stated) 2026-01-02 (Z)")
        .doesNotContain("150 people");
  }

  @Test
  void theMarkdownReportHasTheSameFigures() {
    String markdown = REPORT.render(ReportFormat.MARKDOWN);

    assertThat(markdown)
        .contains("| an estimated 776 (737-815) people (192 families) |")
        .contains("| 150 families (people not stated) |");
  }

  @Test
  void theJsonReportSaysWhetherThePeopleWereStated() throws Exception {
    JsonNode json = JsonMapper.builder().build().readTree(REPORT.render(ReportFormat.JSON));
    String all = json.toString();

    assertThat(all)
        .contains("\"unit\":\"families\"")
        .contains("\"peopleStated\":true")
        .contains("\"peopleStated\":false")
        .contains("150 families (people not stated) according to camp")
        .doesNotContain("peoplePer");
  }
}
