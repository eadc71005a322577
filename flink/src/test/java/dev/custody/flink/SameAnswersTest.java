package dev.custody.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * The job on Flink's MiniCluster, parallelism 2, over every example scenario at once, its reports
 * shuffled within the out-of-orderness: every event gets the verdict the library gives it, every
 * theatre's last snapshot is the library's situation at that instant (balances, controllers and the
 * status of every deadline), and the deadlines that lapse unmet are alerted at their lapse.
 */
class SameAnswersTest {
  static final int PARALLELISM = 2;

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(PARALLELISM)
              .build());

  @Test
  void shuffledReportsGiveTheLibrarysVerdictsSituationsAndLapses(@TempDir Path directory)
      throws Exception {
    Map<String, ScenarioReports> scenarios = Scenarios.all();
    assertThat(scenarios).containsKey(Scenarios.REFERENCE).hasSizeGreaterThanOrEqualTo(2);
    Duration bound = Duration.ofDays(2);
    Path input = directory.resolve("reports.jsonl");
    Files.write(input, Scenarios.shuffledWithin(scenarios.values(), bound, 20260120L));

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(PARALLELISM);
    CustodyStreams out =
        Scenarios.job(scenarios)
            .outOfOrderness(bound)
            .build()
            .apply(
                env.fromSource(
                        FileSource.forRecordStreamFormat(
                                new TextLineInputFormat(),
                                new org.apache.flink.core.fs.Path(input.toUri()))
                            .build(),
                        WatermarkStrategy.noWatermarks(),
                        "reports")
                    .setParallelism(1));
    String run = "same-answers-";
    Collected.clear(run);
    out.verdicts().sinkTo(Collected.into(run + "verdicts"));
    out.alerts().sinkTo(Collected.into(run + "alerts"));
    out.snapshots().sinkTo(Collected.into(run + "snapshots"));
    out.refused().sinkTo(Collected.into(run + "refused"));
    env.execute("same answers");

    assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
    List<EventVerdict> verdicts = Collected.get(run + "verdicts");
    List<Alert> alerts = Collected.get(run + "alerts");
    List<SituationSnapshot> snapshots = Collected.get(run + "snapshots");
    assertThat(Collected.<Refusal>get(run + "refused")).isEmpty();

    for (String theatre : scenarios.keySet()) {
      Ledger library = Scenarios.ledger(theatre);
      Map<String, String> job =
          verdicts.stream()
              .filter(v -> v.theatre().equals(theatre))
              .collect(Collectors.toMap(EventVerdict::eventId, EventVerdict::verdict));
      assertThat(job).as(theatre).isEqualTo(Scenarios.verdicts(library));

      SituationSnapshot last =
          snapshots.stream()
              .filter(s -> s.theatre().equals(theatre))
              .max(Comparator.comparing(SituationSnapshot::asOf))
              .orElseThrow();
      assertThat(last.events()).isEqualTo(library.size());
      assertThat(last.situation()).isEqualTo(Scenarios.situation(library, last.asOf()));
      for (SituationSnapshot snapshot : snapshots) {
        if (snapshot.theatre().equals(theatre)) {
          assertThat(snapshot.situation()).isEqualTo(Scenarios.situation(library, snapshot.asOf()));
        }
      }

      TreeSet<String> lapsed =
          alerts.stream()
              .filter(a -> a.theatre().equals(theatre) && a.kind() == Alert.Kind.DEADLINE_LAPSED)
              .map(a -> a.subject() + " at " + a.at())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(lapsed).as(theatre).isEqualTo(Scenarios.lapses(library));
    }
    assertThat(alerts)
        .extracting(Alert::toString)
        .anyMatch(
            a ->
                a.startsWith(
                    "2026-01-24T21:00:00Z northeast-syria-2026 DEADLINE_LAPSED"
                        + " ceasefire-2026-01-20/decide-integration"));
    assertThat(alerts).noneMatch(a -> a.kind() == Alert.Kind.RULE_ERROR);
  }
}
