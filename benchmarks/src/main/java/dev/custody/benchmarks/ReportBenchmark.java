package dev.custody.benchmarks;

import dev.custody.cli.report.Report;
import dev.custody.cli.report.ReportFormat;
import dev.custody.ledger.Ledger;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What {@code custody report} costs once the scenario is read: {@link Report#of(Ledger, Instant,
 * Optional, Optional)} at the end of the last event, every section computed, then rendered as text
 * or JSON ({@code report}), or computed alone ({@code compute}). The ledger is a {@link Workload}
 * of {@code size} events ({@value SingleAppendBenchmark#FACILITIES} opening censuses, then
 * transfers), built once per trial; reading the file is left out (see {@code ReadBenchmark} and the
 * timings of the command). The score is milliseconds per report.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

  /** A ledger of {@code size} events and the instant of its report. */
  @State(Scope.Benchmark)
  public static class Reported {
    /** The number of events in the ledger. */
    @Param({"10000", "100000"})
    public int size;

    Ledger ledger;
    Instant end;

    /** Builds the ledger, checks that every event was accepted, and finds the last instant. */
    @Setup(Level.Trial)
    public void build() {
      Workload workload =
          Workload.of(SingleAppendBenchmark.FACILITIES, size - SingleAppendBenchmark.FACILITIES);
      ledger = Ledger.of(workload.world()).appendAll(workload.events()).ledger();
      if (ledger.events().size() != size) {
        throw new IllegalStateException(
            "the ledger holds " + ledger.events().size() + " events, not " + size);
      }
      end = workload.instantThrough(1.0);
    }
  }

  /** The format a report is rendered in; only {@code report} depends on it. */
  @State(Scope.Benchmark)
  public static class Rendered {
    /** The format: text or json. */
    @Param({"text", "json"})
    public String format;

    ReportFormat chosen;

    /** Finds the format by its name. */
    @Setup(Level.Trial)
    public void choose() {
      chosen = ReportFormat.named(format);
    }
  }

  /**
   * The report, computed and rendered, as the command prints it.
   *
   * @param reported the ledger
   * @param rendered the format
   * @return the text, for JMH to consume
   */
  @Benchmark
  public String report(Reported reported, Rendered rendered) {
    return Report.of(reported.ledger, reported.end, Optional.empty(), Optional.empty())
        .render(rendered.chosen);
  }

  /**
   * The report computed, not rendered.
   *
   * @param reported the ledger
   * @return the report, for JMH to consume
   */
  @Benchmark
  public Report compute(Reported reported) {
    return Report.of(reported.ledger, reported.end, Optional.empty(), Optional.empty());
  }
}
