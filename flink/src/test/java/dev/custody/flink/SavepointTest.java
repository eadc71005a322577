package dev.custody.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.ledger.Ledger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job stopped with a savepoint in the middle of its input and started again from it ends as the
 * library does: every event has exactly one verdict across the two runs, the library's, and the
 * last snapshots and the lapses are the library's. The ledgers cross the savepoint through {@link
 * LedgerSerializer}.
 */
class SavepointTest {
  private static final int PARALLELISM = 2;

  /** Lines read by the throttle, across the runs; the test stops the first run part-way. */
  private static final AtomicInteger READ = new AtomicInteger();

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(PARALLELISM)
              .build());

  @Test
  void stoppedWithASavepointAndRestoredTheJobEndsAsTheLibraryDoes(@TempDir Path directory)
      throws Exception {
    Map<String, ScenarioReports> scenarios = Scenarios.all();
    Duration bound = Duration.ofDays(2);
    List<String> lines = Scenarios.shuffledWithin(scenarios.values(), bound, 7L);
    Path input = directory.resolve("reports.jsonl");
    Files.write(input, lines);
    String run = "savepoint-";
    Collected.clear(run);
    READ.set(0);

    JobClient first =
        start(scenarios, input, lines.size(), bound, run, null).executeAsync("before");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (READ.get() < lines.size() / 2 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    String savepoint =
        first
            .stopWithSavepoint(
                false,
                directory.resolve("savepoints").toUri().toString(),
                SavepointFormatType.CANONICAL)
            .get(30, TimeUnit.SECONDS);
    first.getJobExecutionResult().get(30, TimeUnit.SECONDS);
    int beforeStop = Collected.<EventVerdict>get(run + "verdicts").size();
    assertThat(READ.get()).isLessThan(lines.size());

    start(scenarios, input, lines.size(), bound, run, savepoint).execute("after");

    List<EventVerdict> verdicts = Collected.get(run + "verdicts");
    // the ledgers held events when the savepoint was taken, and took more after the restore
    assertThat(beforeStop).isPositive().isLessThan(verdicts.size());
    List<SituationSnapshot> snapshots = Collected.get(run + "snapshots");
    List<Alert> alerts = Collected.get(run + "alerts");
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
      assertThat(last.situation()).isEqualTo(Scenarios.situation(library, last.asOf()));
      TreeSet<String> lapsed =
          alerts.stream()
              .filter(a -> a.theatre().equals(theatre) && a.kind() == Alert.Kind.DEADLINE_LAPSED)
              .map(a -> a.subject() + " at " + a.at())
              .collect(Collectors.toCollection(TreeSet::new));
      assertThat(lapsed).as(theatre).isEqualTo(Scenarios.lapses(library));
    }
    List<String> subjects = new ArrayList<>();
    alerts.forEach(a -> subjects.add(a.theatre() + " " + a.subject() + " " + a.at()));
    assertThat(subjects).doesNotHaveDuplicates();
  }

  private static StreamExecutionEnvironment start(
      Map<String, ScenarioReports> scenarios,
      Path input,
      int lines,
      Duration bound,
      String run,
      String savepoint) {
    Configuration configuration = new Configuration();
    if (savepoint != null) {
      configuration.set(StateRecoveryOptions.SAVEPOINT_PATH, savepoint);
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(configuration);
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
                    .uid("reports")
                    .setParallelism(1)
                    .map(new Throttle(lines))
                    .uid("throttle")
                    .setParallelism(1));
    out.verdicts().sinkTo(Collected.into(run + "verdicts")).uid("verdicts");
    out.alerts().sinkTo(Collected.into(run + "alerts")).uid("alerts");
    out.snapshots().sinkTo(Collected.into(run + "snapshots")).uid("snapshots");
    out.refused().sinkTo(Collected.into(run + "refused")).uid("refused");
    return env;
  }

  /**
   * Slows the input down, the second half more, so that the first run is stopped with part of it
   * still to come even on a busy machine.
   */
  private static final class Throttle implements MapFunction<String, String> {
    private static final long serialVersionUID = 1L;
    private final int lines;

    Throttle(int lines) {
      this.lines = lines;
    }

    @Override
    public String map(String line) throws InterruptedException {
      Thread.sleep(READ.get() < lines / 2 ? 20 : 150);
      READ.incrementAndGet();
      return line;
    }
  }
}
