package dev.custody.benchmarks;

import com.google.common.collect.ImmutableSortedMap;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * What asking a ledger at many instants costs against asking at one: the situation at the last
 * instant alone ({@code one}), at {@code instants} instants spread evenly over the ledger's time in
 * one pass ({@link Ledger#situationsAt(Iterable)}, {@code manyInOnePass}), and at the same instants
 * one call each ({@code manyOneByOne}). The target: many in one pass within twice the time of one,
 * at 100 instants over 100,000 events. The score is milliseconds per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ManyInstantsBenchmark {

  /** A ledger of {@code size} events and the instants to ask at. */
  @State(Scope.Benchmark)
  public static class Asked {
    /** The number of events in the ledger. */
    @Param({"10000", "100000"})
    public int size;

    /** The number of instants asked at. */
    @Param({"100", "10000"})
    public int instants;

    Ledger ledger;
    List<Instant> spread;
    Instant last;

    /** Builds the ledger and the instants, evenly spread from the first event to the last. */
    @Setup(Level.Trial)
    public void build() {
      Workload workload =
          Workload.of(SingleAppendBenchmark.FACILITIES, size - SingleAppendBenchmark.FACILITIES);
      ledger = Ledger.of(workload.world()).appendAll(workload.events()).ledger();
      spread = new ArrayList<>(instants);
      for (int i = 1; i <= instants; i++) {
        spread.add(workload.instantThrough((double) i / instants));
      }
      last = spread.get(spread.size() - 1);
    }
  }

  /**
   * The situation at the last instant.
   *
   * @param asked the ledger and instants
   * @return the situation, for JMH to consume
   */
  @Benchmark
  public Situation one(Asked asked) {
    return asked.ledger.situationAt(asked.last);
  }

  /**
   * The situations at every instant, in one pass.
   *
   * @param asked the ledger and instants
   * @return the situations, for JMH to consume
   */
  @Benchmark
  public ImmutableSortedMap<Instant, Situation> manyInOnePass(Asked asked) {
    return asked.ledger.situationsAt(asked.spread);
  }

  /**
   * The situations at every instant, one call each.
   *
   * @param asked the ledger and instants
   * @return the situations, for JMH to consume
   */
  @Benchmark
  public List<Situation> manyOneByOne(Asked asked) {
    List<Situation> situations = new ArrayList<>(asked.spread.size());
    for (Instant instant : asked.spread) {
      situations.add(asked.ledger.situationAt(instant));
    }
    return situations;
  }
}
