package dev.custody.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An escape dated by a span that encloses a census recorded after it in the document: the job gives
 * every event the library's verdict and every snapshot the library's situation, whatever the order
 * in which the two reach it.
 */
class SpanEnclosingCensusTest {
  static final String THEATRE = "span-census";

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(1)
              .build());

  static final String DOCUMENT =
      """
      {
        "format": "custody/1",
        "title": "An escape over a span enclosing a later census",
        "actors": [
          {"id": "keeper", "name": "Keeper", "kind": "non-state-armed-group"},
          {"id": "group", "name": "Group", "kind": "designated-organisation"}
        ],
        "facilities": [],
        "cohorts": [{"id": "students", "category": "minors", "affiliation": "group"}],
        "events": [
          {
            "type": "detainees-taken-into-custody",
            "id": "taken",
            "when": {"day": "2014-04-14"},
            "to": {"kind": "held", "custodian": "keeper", "country": "NG", "cohort": "students"},
            "how": "capture",
            "size": [{"estimate": "exactly 200", "source": "keeper", "reported": {"day": "2014-04-15"}}]
          },
          {
            "type": "detainees-escaped",
            "id": "escapes",
            "when": {"from": "2014-04-14", "to": "2014-06-20"},
            "from": {"kind": "held", "custodian": "keeper", "country": "NG", "cohort": "students"},
            "size": [{"estimate": "exactly 57", "source": "keeper", "reported": {"day": "2014-06-21"}}]
          },
          {
            "type": "census-taken",
            "id": "still-held",
            "when": {"day": "2014-04-18"},
            "scope": {
              "account": {"kind": "held", "custodian": "keeper", "country": "NG", "cohort": "students"}
            },
            "count": [{"estimate": "exactly 85", "source": "keeper", "reported": {"day": "2014-04-18"}}]
          }
        ]
      }
      """;

  @Test
  void theJobGivesTheLibrarysAnswers(@TempDir Path directory) throws Exception {
    ScenarioReports reports = ScenarioReports.of(THEATRE, DOCUMENT);
    Ledger library = CustodyJson.standard().read(DOCUMENT, THEATRE).ledger();
    Path input = directory.resolve("reports.jsonl");
    Files.write(input, reports.reports().stream().map(ScenarioReports.Line::text).toList());

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(1);
    CustodyStreams out =
        Scenarios.job(Map.of(THEATRE, reports))
            .build()
            .apply(
                env.fromSource(
                    FileSource.forRecordStreamFormat(
                            new TextLineInputFormat(),
                            new org.apache.flink.core.fs.Path(input.toUri()))
                        .build(),
                    WatermarkStrategy.noWatermarks(),
                    "reports"));
    String run = "span-census-";
    Collected.clear(run);
    out.verdicts().sinkTo(Collected.into(run + "verdicts"));
    out.snapshots().sinkTo(Collected.into(run + "snapshots"));
    out.refused().sinkTo(Collected.into(run + "refused"));
    env.execute("span enclosing a census");

    assertThat(Collected.<Refusal>get(run + "refused")).isEmpty();
    Map<String, String> verdicts =
        Collected.<EventVerdict>get(run + "verdicts").stream()
            .collect(
                Collectors.toMap(
                    EventVerdict::eventId, EventVerdict::verdict, (first, revised) -> revised));
    assertThat(Collected.<EventVerdict>get(run + "verdicts"))
        .as("the census is judged again once the escape is in the ledger")
        .filteredOn(v -> v.eventId().equals("still-held"))
        .hasSize(2);
    List<SituationSnapshot> snapshots = Collected.get(run + "snapshots");
    assertThat(snapshots).isNotEmpty();
    for (SituationSnapshot snapshot : snapshots) {
      assertThat(snapshot.situation())
          .as("at %s", snapshot.asOf())
          .isEqualTo(Scenarios.situation(library, snapshot.asOf()));
    }
    for (String day :
        List.of("2014-04-18T12:00:00Z", "2014-04-19T00:00:00Z", "2014-06-21T00:00:00Z")) {
      Instant at = Instant.parse(day);
      assertThat(Scenarios.situation(library, at))
          .as("the library at %s", at)
          .isEqualTo(Scenarios.situation(inTimeOrder(reports), at));
    }
    assertThat(verdicts).isEqualTo(Scenarios.verdicts(library));
  }

  @Test
  void aCensusAfterTheSpanIsJudgedOnce(@TempDir Path directory) throws Exception {
    String document = DOCUMENT.replace("\"day\": \"2014-04-18\"", "\"day\": \"2014-06-22\"");
    ScenarioReports reports = ScenarioReports.of(THEATRE, document);
    Ledger library = CustodyJson.standard().read(document, THEATRE).ledger();
    Path input = directory.resolve("reports.jsonl");
    Files.write(input, reports.reports().stream().map(ScenarioReports.Line::text).toList());
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(1);
    CustodyStreams out =
        Scenarios.job(Map.of(THEATRE, reports))
            .build()
            .apply(
                env.fromSource(
                    FileSource.forRecordStreamFormat(
                            new TextLineInputFormat(),
                            new org.apache.flink.core.fs.Path(input.toUri()))
                        .build(),
                    WatermarkStrategy.noWatermarks(),
                    "reports"));
    String run = "span-census-after-";
    Collected.clear(run);
    out.verdicts().sinkTo(Collected.into(run + "verdicts"));
    env.execute("census after a span");

    List<EventVerdict> verdicts = Collected.get(run + "verdicts");
    assertThat(verdicts).hasSize(3);
    assertThat(
            verdicts.stream()
                .collect(Collectors.toMap(EventVerdict::eventId, EventVerdict::verdict)))
        .isEqualTo(Scenarios.verdicts(library));
  }

  /**
   * The ledger the events make appended one by one in the order of their times, as the job does.
   */
  private static Ledger inTimeOrder(ScenarioReports reports) {
    Ledger ledger = CustodyJson.standard().read(reports.world(), THEATRE).ledger();
    var reader = CustodyJson.standard().eventReader(reports.world(), THEATRE);
    for (ScenarioReports.Line line :
        reports.reports().stream().sorted(ScenarioReports.IN_TIME).toList()) {
      String event =
          line.text().substring(line.text().indexOf("\"event\":") + 8, line.text().length() - 1);
      ledger = ledger.append(reader.apply(event)).ledger();
    }
    return ledger;
  }
}
