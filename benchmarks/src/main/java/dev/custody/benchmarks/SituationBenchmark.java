package dev.custody.benchmarks;

import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import java.time.Instant;
import java.util.Random;
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
 * The cost of one {@link Ledger#situationAt(Instant)} at an instant anywhere in a ledger of 1,000
 * to 1,000,000 events, as a chart or a report asking at many instants pays it. The score is
 * microseconds per call; the instants cycle through {@value #INSTANTS} drawn uniformly over the
 * ledger's time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SituationBenchmark {

  /** The number of instants cycled through. */
  public static final int INSTANTS = 256;

  /** A ledger of {@code size} events and instants to ask at. */
  @State(Scope.Thread)
  public static class Asked {
    /** The number of events in the ledger. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    Ledger ledger;
    Instant[] instants;
    int cursor;

    /** Builds the ledger and the instants. */
    @Setup(Level.Trial)
    public void build() {
      Workload workload =
          Workload.of(SingleAppendBenchmark.FACILITIES, size - SingleAppendBenchmark.FACILITIES);
      ledger = Ledger.of(workload.world()).appendAll(workload.events()).ledger();
      Random random = new Random(Workload.SEED);
      instants = new Instant[INSTANTS];
      for (int i = 0; i < INSTANTS; i++) {
        instants[i] = workload.instantThrough(random.nextDouble());
      }
    }
  }

  /**
   * Asks the ledger for its situation at the next instant.
   *
   * @param asked the ledger and instants
   * @return the situation, for JMH to consume
   */
  @Benchmark
  public Situation situationAt(Asked asked) {
    Instant instant = asked.instants[asked.cursor];
    asked.cursor = (asked.cursor + 1) % INSTANTS;
    return asked.ledger.situationAt(instant);
  }
}
