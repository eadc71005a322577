package dev.custody.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FilterFunction;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report that comes late, within the allowed lateness, and changes the verdict of an event the
 * job had already judged: an escape before a census, arriving after it. The census agreed with the
 * balance when it was judged; with the escape in the ledger it no longer does, and the job says so,
 * so that the last verdict of every event is the library's.
 */
class LateReportRevisesVerdictsTest {
  static final String THEATRE = "late-escape";

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
        "title": "An escape before a census, reported after it",
        "actors": [
          {"id": "keeper", "name": "Keeper", "kind": "non-state-armed-group"},
          {"id": "group", "name": "Group", "kind": "designated-organisation"}
        ],
        "facilities": [{"id": "jail", "name": "Jail", "kind": "prison", "country": "SY"}],
        "cohorts": [{"id": "fighters", "category": "fighters", "affiliation": "group"}],
        "events": [
          {
            "type": "census-taken",
            "id": "first-count",
            "when": {"day": "2026-01-01"},
            "scope": {
              "account": {"kind": "held", "custodian": "keeper", "facility": "jail", "cohort": "fighters"}
            },
            "count": [{"estimate": "exactly 200", "source": "keeper", "reported": {"day": "2026-01-01"}}]
          },
          {
            "type": "detainees-escaped",
            "id": "escape",
            "when": {"day": "2026-01-03"},
            "from": {"kind": "held", "custodian": "keeper", "facility": "jail", "cohort": "fighters"},
            "size": [{"estimate": "exactly 50", "source": "keeper", "reported": {"day": "2026-01-03"}}]
          },
          {
            "type": "census-taken",
            "id": "count",
            "when": {"day": "2026-01-05"},
            "scope": {
              "account": {"kind": "held", "custodian": "keeper", "facility": "jail", "cohort": "fighters"}
            },
            "count": [{"estimate": "exactly 200", "source": "keeper", "reported": {"day": "2026-01-05"}}]
          },
          {
            "type": "census-taken",
            "id": "later-count",
            "when": {"day": "2026-01-09"},
            "scope": {
              "account": {"kind": "held", "custodian": "keeper", "facility": "jail", "cohort": "fighters"}
            },
            "count": [{"estimate": "exactly 200", "source": "keeper", "reported": {"day": "2026-01-09"}}]
          }
        ]
      }
      """;

  /** A line that only makes the input wait, so that the watermark passes the reports before it. */
  private static final String PAUSE = "pause";

  @Test
  void aLateEscapeGivesTheCensusAfterItItsNewVerdict(@TempDir Path directory) throws Exception {
    ScenarioReports reports = ScenarioReports.of(THEATRE, DOCUMENT);
    Ledger library = CustodyJson.standard().read(DOCUMENT, THEATRE).ledger();
    List<String> lines = new ArrayList<>();
    String escape = null;
    for (ScenarioReports.Line line : reports.reports()) {
      if (line.eventId().equals("escape")) {
        escape = line.text();
      } else {
        lines.add(line.text());
      }
    }
    lines.add(PAUSE);
    lines.add(escape); // the watermark is about 2026-01-08, five days after the escape
    Path input = directory.resolve("reports.jsonl");
    Files.write(input, lines);

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(1);
    CustodyStreams out =
        Scenarios.job(Map.of(THEATRE, reports))
            .outOfOrderness(Duration.ofDays(1))
            .allowedLateness(Duration.ofDays(7))
            .build()
            .apply(
                env.fromSource(
                        FileSource.forRecordStreamFormat(
                                new TextLineInputFormat(),
                                new org.apache.flink.core.fs.Path(input.toUri()))
                            .build(),
                        WatermarkStrategy.noWatermarks(),
                        "reports")
                    .filter(new Pause()));
    String run = "late-escape-";
    Collected.clear(run);
    out.verdicts().sinkTo(Collected.into(run + "verdicts"));
    out.refused().sinkTo(Collected.into(run + "refused"));
    env.execute("a late escape");

    assertThat(Collected.<Refusal>get(run + "refused")).isEmpty();
    List<EventVerdict> verdicts = Collected.get(run + "verdicts");
    assertThat(verdicts)
        .filteredOn(v -> v.eventId().equals("escape"))
        .singleElement()
        .satisfies(v -> assertThat(v.late()).as("the escape came late").isTrue());
    assertThat(verdicts)
        .as("the census after the escape is judged again once the escape is in the ledger")
        .filteredOn(v -> v.eventId().equals("count"))
        .extracting(EventVerdict::verdict)
        .hasSize(2)
        .last()
        .asString()
        .contains("CUS-009");
    assertThat(
            verdicts.stream()
                .collect(
                    Collectors.toMap(
                        EventVerdict::eventId, EventVerdict::verdict, (first, last) -> last)))
        .isEqualTo(Scenarios.verdicts(library));
  }

  private static final class Pause implements FilterFunction<String> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean filter(String line) throws InterruptedException {
      if (line.equals(PAUSE)) {
        Thread.sleep(2_000);
        return false;
      }
      return true;
    }
  }
}
