package dev.custody.benchmarks;

import dev.custody.aggregate.Balances;
import dev.custody.aggregate.Dimension;
import dev.custody.aggregate.Population;
import dev.custody.aggregate.Totals;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import java.time.Instant;
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
 * The main aggregates of a report, each alone, at the end of a {@link Workload} of {@code size}
 * events ({@value SingleAppendBenchmark#FACILITIES} opening censuses, then transfers): the balances
 * with their provenance ({@link Balances#of}), the totals by custodian and by facility ({@link
 * Totals#of(Ledger, Dimension, Instant)}), and every census carried forward ({@link
 * Population#allOf}). The score is milliseconds per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AggregatesBenchmark {

  /** A ledger of {@code size} events and its last instant. */
  @State(Scope.Benchmark)
  public static class Aggregated {
    /** The number of events in the ledger. */
    @Param({"10000", "100000"})
    public int size;

    Ledger ledger;
    Instant end;

    /** Builds the ledger and finds the last instant. */
    @Setup(Level.Trial)
    public void build() {
      Workload workload =
          Workload.of(SingleAppendBenchmark.FACILITIES, size - SingleAppendBenchmark.FACILITIES);
      ledger = Ledger.of(workload.world()).appendAll(workload.events()).ledger();
      end = workload.instantThrough(1.0);
    }
  }

  /**
   * Every balance and its provenance.
   *
   * @param aggregated the ledger
   * @return the balances, for JMH to consume
   */
  @Benchmark
  public Balances balances(Aggregated aggregated) {
    return Balances.of(aggregated.ledger, aggregated.end);
  }

  /**
   * The totals by custodian.
   *
   * @param aggregated the ledger
   * @return the totals, for JMH to consume
   */
  @Benchmark
  public Totals<ActorId> totalsByCustodian(Aggregated aggregated) {
    return Totals.of(aggregated.ledger, Dimension.CUSTODIAN, aggregated.end);
  }

  /**
   * The totals by facility, a group per account here.
   *
   * @param aggregated the ledger
   * @return the totals, for JMH to consume
   */
  @Benchmark
  public Totals<FacilityId> totalsByFacility(Aggregated aggregated) {
    return Totals.of(aggregated.ledger, Dimension.FACILITY, aggregated.end);
  }

  /**
   * Every census carried forward to the end.
   *
   * @param aggregated the ledger
   * @return the populations, for JMH to consume
   */
  @Benchmark
  public List<Population> populations(Aggregated aggregated) {
    return Population.allOf(aggregated.ledger, aggregated.end);
  }
}
