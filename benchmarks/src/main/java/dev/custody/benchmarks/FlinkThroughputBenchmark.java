package dev.custody.benchmarks;

import dev.custody.flink.CustodyJob;
import dev.custody.flink.CustodyStreams;
import dev.custody.flink.EventVerdict;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The streaming job over many theatres ({@link TheatresWorkload}: by default 1,000 theatres of
 * 1,000 events, one million reports), on a local Flink in the benchmark's JVM, at parallelism 1 and
 * 2: one operation is one whole run, from starting the local cluster to the end of the input.
 *
 * <p>The reports are read from {@code reports.jsonl} by Flink's file source, in time order; the job
 * holds each until the watermark passes it (out-of-orderness one day), appends it to its theatre's
 * ledger in keyed state, emits its verdict, a snapshot per theatre every 30 days of event time with
 * the population threshold checked (1,200), and an alert when each theatre's deadline lapses. The
 * outputs go to sinks that count the verdicts and discard the rest; a run that does not give one
 * accepted verdict per report fails.
 *
 * <p>The score is seconds per run (single shot); reports per second are the workload's events
 * divided by it. The fixed cost of a run (starting the local cluster, submitting the job) is what
 * the same run costs with {@code -p eventsPerTheatre=20}. After each shot the benchmark prints the
 * CPU time of the whole process ({@link ProcessCpu}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class FlinkThroughputBenchmark {

  /** Accepted verdicts of the current run, counted by the sink in this JVM. */
  static final AtomicLong ACCEPTED = new AtomicLong();

  /** The workload on disk and the job over it. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The number of theatres. */
    @Param({"1000"})
    public int theatres;

    /** The number of events of each theatre. */
    @Param({"1000"})
    public int eventsPerTheatre;

    /** The parallelism of the job. */
    @Param({"1", "2"})
    public int parallelism;

    TheatresWorkload workload;
    CustodyJob job;

    /**
     * Writes the workload under {@code benchmarks/target/theatres} (or the directory of the system
     * property {@code custody.workload}) unless it is there, and builds the job.
     *
     * @throws IOException if the workload cannot be written or read
     */
    @Setup(Level.Trial)
    public void build() throws IOException {
      Path directory =
          Path.of(System.getProperty("custody.workload", "benchmarks/target/theatres"))
              .resolve(theatres + "x" + eventsPerTheatre);
      workload = TheatresWorkload.in(directory, theatres, eventsPerTheatre);
      CustodyJob.Builder builder =
          CustodyJob.builder()
              .outOfOrderness(Duration.ofDays(1))
              .snapshotPeriod(Duration.ofDays(30))
              .populationThreshold(1_200);
      try (Stream<Path> files = Files.list(workload.worlds())) {
        for (Path file : files.sorted().toList()) {
          builder.world(
              file.getFileName().toString().replaceFirst("\\.json$", ""), Files.readString(file));
        }
      }
      job = builder.build();
    }
  }

  /**
   * One whole run of the job over the workload.
   *
   * @param input the workload and the job
   * @return the number of accepted verdicts
   * @throws Exception if the job fails or does not accept every report
   */
  @Benchmark
  public long job(Input input) throws Exception {
    ACCEPTED.set(0);
    ProcessCpu cpu = new ProcessCpu();
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(input.parallelism);
    CustodyStreams out =
        input.job.apply(
            env.fromSource(
                    FileSource.forRecordStreamFormat(
                            new TextLineInputFormat(),
                            new org.apache.flink.core.fs.Path(input.workload.reports().toUri()))
                        .build(),
                    WatermarkStrategy.noWatermarks(),
                    "reports")
                .setParallelism(1));
    out.verdicts().sinkTo(new CountingSink());
    out.alerts().sinkTo(new DiscardingSink<>());
    out.snapshots().sinkTo(new DiscardingSink<>());
    out.refused().sinkTo(new DiscardingSink<>());
    env.execute("throughput");
    long accepted = ACCEPTED.get();
    if (accepted != input.workload.events()) {
      throw new IllegalStateException(
          "the job accepted " + accepted + " of " + input.workload.events() + " reports");
    }
    cpu.print(accepted);
    return accepted;
  }

  /** Counts accepted verdicts in this JVM, where the local cluster runs its tasks. */
  private static final class CountingSink implements Sink<EventVerdict> {
    private static final long serialVersionUID = 1L;

    @Override
    public SinkWriter<EventVerdict> createWriter(WriterInitContext context) {
      return new SinkWriter<>() {
        @Override
        public void write(EventVerdict verdict, Context context) {
          if (verdict.accepted()) {
            ACCEPTED.incrementAndGet();
          }
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
      };
    }
  }
}
