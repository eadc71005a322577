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
 * Running totals ("104 recaptured by the 21st", "130 by the 23rd"): the report shows each beside
 * the movements recorded by then, in text, Markdown and JSON, and finds no conflict between them.
 */
class RunningTotalsReportTest {
  private static final String CASE =
      """
      {
        "format": "custody/2",
        "title": "Running totals",
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
          {"type": "detainees-escaped", "id": "breakout", "when": {"day": "2026-01-20"},
           "from": {"kind": "held", "custodian": "keeper", "facility": "north-jail",
                    "cohort": "fighters"},
           "size": [{"estimate": "between 200 and 400", "source": "keeper",
                     "reported": {"day": "2026-01-20"}}]},
          {"type": "detainees-recaptured", "id": "caught-21", "when": {"day": "2026-01-21"},
           "from": {"kind": "at-large", "facility": "north-jail", "cohort": "fighters"},
           "to": {"kind": "held", "custodian": "keeper", "facility": "north-jail",
                  "cohort": "fighters"},
           "size": [{"estimate": "exactly 104", "source": "keeper",
                     "reported": {"day": "2026-01-21"}}]},
          {"type": "running-total-reported", "id": "by-21", "when": {"day": "2026-01-21"},
           "flow": "recaptured", "scope": {"facilities": ["north-jail"]},
           "total": [{"estimate": "exactly 104", "source": "keeper",
                      "reported": {"day": "2026-01-21"}}]},
          {"type": "running-total-reported", "id": "by-23", "when": {"day": "2026-01-23"},
           "flow": "recaptured", "scope": {"facilities": ["north-jail"]},
           "total": [{"estimate": "exactly 130", "source": "keeper",
                      "reported": {"day": "2026-01-24"}}]}
        ]
      }
      """;

  private static final Ledger LEDGER = CustodyJson.standard().read(CASE, "totals.json").ledger();

  private static Report report() {
    return Report.of(LEDGER, Instant.parse("2026-01-25T12:00:00Z"), Optional.empty());
  }

  @Test
  void theTextReportShowsEachTotalBesideTheMovementsRecordedByThen() {
    // the text wraps long lines: compare the words
    String text = report().render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("Running totals by ")
        .contains("by-21: recaptured, facilities [north-jail]")
        .contains(
            "exactly 104 recaptured by 2026-01-21, according to keeper (2026-01-21); movements"
                + " recorded by then: exactly 104 (caught-21)")
        .contains(
            "exactly 130 recaptured by 2026-01-23, according to keeper (2026-01-24); movements"
                + " recorded by then: exactly 104 (caught-21); by the best values, 26 not"
                + " recorded")
        .doesNotContain("apart")
        .doesNotContain("CUS-020");
    assertThat(LEDGER.verdict().violations()).isEmpty();
  }

  @Test
  void aTotalThatIsOnlyARumourSaysSo() {
    Ledger rumoured =
        CustodyJson.standard()
            .read(
                CASE.replace(
                    "\"total\": [{\"estimate\": \"exactly 130\", \"source\": \"keeper\",",
                    "\"total\": [{\"estimate\": \"exactly 130\", \"source\": \"keeper\","
                        + " \"status\": \"rumoured\","),
                "totals.json")
            .ledger();
    Report report = Report.of(rumoured, Instant.parse("2026-01-25T12:00:00Z"), Optional.empty());

    assertThat(report.render(ReportFormat.TEXT).replaceAll("\\s+", " "))
        .contains(
            "exactly 130 recaptured by 2026-01-23, according to keeper (2026-01-24; rumoured)")
        .contains("exactly 104 recaptured by 2026-01-21, according to keeper (2026-01-21);");
  }

  @Test
  void recapturesCountedOnlyAsRunningTotalsArePointedToFromTheEscapes() {
    // no recapture movement: the escapes table says none recorded, and points to the totals
    String noMovement =
        Report.of(
                CustodyJson.standard()
                    .read(
                        CASE.replaceAll("(?s)\\{\"type\": \"detainees-recaptured\".*?\\]\\},", ""),
                        "totals.json")
                    .ledger(),
                Instant.parse("2026-01-25T12:00:00Z"),
                Optional.empty())
            .render(ReportFormat.TEXT)
            .replaceAll("\\s+", " ");
    assertThat(noMovement)
        .contains("none recorded")
        .contains(
            "Where the table says none recorded, no recapture was recorded as a movement; the"
                + " running totals of recaptures that name this facility count some: by-21,"
                + " by-23.");
    // with the movement on record, the table has it, and no pointer is needed
    assertThat(report().render(ReportFormat.TEXT)).doesNotContain("Where the table says none");
  }

  @Test
  void theUnrecordedDifferenceIsGroupedLikeEveryOtherNumber() {
    Ledger large =
        CustodyJson.standard()
            .read(
                CASE.replace("between 200 and 400", "between 9,000 and 10,000")
                    .replace("exactly 130", "exactly 8,702"),
                "totals.json")
            .ledger();
    Report report = Report.of(large, Instant.parse("2026-01-25T12:00:00Z"), Optional.empty());

    assertThat(report.render(ReportFormat.TEXT).replaceAll("\\s+", " "))
        .contains("by the best values, 8,598 not recorded")
        .doesNotContain("8598");
    assertThat(report.render(ReportFormat.MARKDOWN).replaceAll("\\s+", " "))
        .contains("by the best values, 8,598 not recorded");
  }

  @Test
  void theMarkdownReportHasTheSameLines() {
    assertThat(report().render(ReportFormat.MARKDOWN).replaceAll("\\s+", " "))
        .contains("Running totals by ")
        .contains("movements recorded by then: exactly 104 (caught-21); by the best values, 26");
  }

  @Test
  void theJsonReportCarriesEachTotalAndWhatWasRecorded() {
    JsonNode json = JsonMapper.builder().build().readTree(report().render(ReportFormat.JSON));

    JsonNode second = json.get("runningTotals").get(1);
    assertThat(second.get("event").asString()).isEqualTo("by-23");
    assertThat(second.get("flow").asString()).isEqualTo("recaptured");
    assertThat(second.get("total").get("best").asLong()).isEqualTo(130);
    assertThat(second.get("recorded").get("best").asLong()).isEqualTo(104);
    assertThat(second.get("unrecorded").asLong()).isEqualTo(26);
    assertThat(second.get("disagrees").asBoolean()).isFalse();
    assertThat(second.get("movements").get(0).asString()).isEqualTo("caught-21");
    assertThat(json.get("reconciliation").get("conflicting").asInt()).isZero();
  }

  @Test
  void asKnownOnTheTwentySecondTheLaterTotalIsNotShown() {
    String text =
        Report.of(
                LEDGER,
                Instant.parse("2026-01-25T12:00:00Z"),
                Optional.empty(),
                Optional.of(Instant.parse("2026-01-22T12:00:00Z")))
            .render(ReportFormat.TEXT);

    assertThat(text).contains("by-21: recaptured").doesNotContain("by-23");
  }

  @Test
  void aReportWithoutRunningTotalsHasNoSuchSection() {
    Ledger none =
        CustodyJson.standard()
            .read(
                CASE.replace("running-total-reported", "census-taken")
                    .replace("\"flow\": \"recaptured\", ", "")
                    .replace("\"total\":", "\"count\":"),
                "none.json")
            .ledger();

    String text =
        Report.of(none, Instant.parse("2026-01-25T12:00:00Z"), Optional.empty())
            .render(ReportFormat.TEXT);
    assertThat(text).doesNotContain("Running totals");
    assertThat(
            Report.of(none, Instant.parse("2026-01-25T12:00:00Z"), Optional.empty())
                .render(ReportFormat.JSON))
        .doesNotContain("runningTotals");
  }
}
