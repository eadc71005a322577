package dev.custody.benchmarks;

import dev.custody.event.Account;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * Replaying a whole ledger: {@code Ledger.of(world).appendAll(events)}, every rule checked on every
 * event, against {@link Workload#fold(List) folding the same events} into a plain {@code
 * HashMap<Account, long[]>} with no checks.
 *
 * <p>The events are F opening censuses and N = {@value Workload#MOVEMENTS} transfers (see {@link
 * Workload}), built once per fork. The secondary result {@code events} is events per second; the
 * primary result is whole replays per second. Under {@code -prof gc}, {@code gc.alloc.rate.norm} is
 * bytes per replay: divide it by F + N for bytes per event. The {@link Cost} counters give the
 * benchmark thread's CPU time and allocation per event, which waiting for a processor on a loaded
 * machine does not inflate.
 *
 * <p>{@link #replay} reuses the same event objects every invocation, so whatever an event caches on
 * first use is cached from the second invocation on; {@link #replayFreshEvents} builds new events
 * before every measured replay (not timed) and replays them once, as a program reading a ledger
 * from a file would.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReplayBenchmark {

  /** The workload of one value of F, built once per fork. */
  @State(Scope.Benchmark)
  public static class Events {
    /** F: the number of facilities, each with one account. */
    @Param({"10", "1000", "100000"})
    public int facilities;

    World world;
    List<Event> events;

    /** Builds the workload and checks that the ledger accepts all of it. */
    @Setup(Level.Trial)
    public void build() {
      Workload workload = Workload.of(facilities, Workload.MOVEMENTS);
      world = workload.world();
      events = workload.events();
      AppendResult result = Ledger.of(world).appendAll(events);
      if (!result.verdict().violations().isEmpty() || result.ledger().size() != events.size()) {
        throw new IllegalStateException("the workload must be accepted cleanly: " + result);
      }
    }
  }

  /** A workload built anew before every iteration, so that no event has been read before. */
  @State(Scope.Thread)
  public static class FreshEvents {
    /** F: the number of facilities, each with one account. */
    @Param({"10", "1000", "100000"})
    public int facilities;

    World world;
    List<Event> events;

    /** Builds the workload; not timed. */
    @Setup(Level.Iteration)
    public void build() {
      Workload workload = Workload.of(facilities, Workload.MOVEMENTS);
      world = workload.world();
      events = workload.events();
    }
  }

  /** Counts the events replayed; JMH reports the count per second as {@code events}. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Counted {
    /** The events replayed in this iteration. */
    public long events;

    /** Starts each iteration at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      events = 0;
    }
  }

  /**
   * The benchmark thread's own cost, summed over the measured iterations: JMH reports the totals,
   * so {@code cpuNanos / costedEvents} is CPU time per event (the benchmark thread's, without the
   * garbage collector's threads or time spent waiting for a processor), and {@code allocatedBytes /
   * costedEvents} is bytes allocated per event.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Cost {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** The events replayed. */
    public long costedEvents;

    /** The CPU time of the benchmark thread, in nanoseconds. */
    public long cpuNanos;

    /** The bytes the benchmark thread allocated. */
    public long allocatedBytes;

    private long cpuStart;
    private long bytesStart;

    void start() {
      cpuStart = THREADS.getCurrentThreadCpuTime();
      bytesStart = THREADS.getCurrentThreadAllocatedBytes();
    }

    void stop(int events) {
      cpuNanos += THREADS.getCurrentThreadCpuTime() - cpuStart;
      allocatedBytes += THREADS.getCurrentThreadAllocatedBytes() - bytesStart;
      costedEvents += events;
    }
  }

  /**
   * Appends every event to an empty ledger, checking every rule.
   *
   * @param data the events
   * @param counted the event counter
   * @param cost the cost counters
   * @return the ledger, for JMH to consume
   */
  @Benchmark
  public Ledger replay(Events data, Counted counted, Cost cost) {
    cost.start();
    Ledger ledger = Ledger.of(data.world).appendAll(data.events).ledger();
    cost.stop(data.events.size());
    counted.events += data.events.size();
    return ledger;
  }

  /**
   * Folds the same events into a plain map with no checks.
   *
   * @param data the events
   * @param counted the event counter
   * @param cost the cost counters
   * @return the balances, for JMH to consume
   */
  @Benchmark
  public Map<Account, long[]> baseline(Events data, Counted counted, Cost cost) {
    cost.start();
    Map<Account, long[]> balances = Workload.fold(data.events);
    cost.stop(data.events.size());
    counted.events += data.events.size();
    return balances;
  }

  /**
   * Appends every event of a workload never read before to an empty ledger, once: one shot per
   * iteration, the score being seconds per replay of F + N events.
   *
   * @param data the fresh events
   * @param cost the cost counters
   * @return the ledger, for JMH to consume
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Ledger replayFreshEvents(FreshEvents data, Cost cost) {
    cost.start();
    Ledger ledger = Ledger.of(data.world).appendAll(data.events).ledger();
    cost.stop(data.events.size());
    return ledger;
  }
}
