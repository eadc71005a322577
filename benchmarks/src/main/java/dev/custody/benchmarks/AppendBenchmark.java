package dev.custody.benchmarks;

import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of appending one event to a ledger of n events, as n grows: a late event (dated before
 * others, so inserted in its place) against an event in time order. The score is microseconds per
 * appended event.
 *
 * <p>{@link #late} inserts one late event into the same ledger of F censuses and n movements each
 * invocation (the ledger is immutable, so every insert starts from the same n events), cycling
 * through {@value #LATE} late events dated at random points of the ledger; {@link #recent} does the
 * same with events dated among the last {@value #RECENT} movements. {@link #inOrder} appends
 * {@value #IN_ORDER} events dated after all others to a copy of the same ledger made before each
 * invocation (not timed, but its allocation counts under {@code -prof gc}), since an in-order
 * append advances the ledger it extends in place.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AppendBenchmark {

  /** The number of distinct late events cycled through. */
  public static final int LATE = 256;

  /** The most events after a {@link #recent} one. */
  public static final int RECENT = 100;

  /** The number of in-order events appended by one invocation. */
  public static final int IN_ORDER = 1_000;

  /** A ledger of F censuses and n movements, with late and next events for it. */
  @State(Scope.Thread)
  public static class Base {
    /** F: the number of facilities. */
    @Param({"1000"})
    public int facilities;

    /** n: the number of movements already in the ledger. */
    @Param({"1000", "10000", "100000"})
    public int movements;

    Ledger ledger;
    Event[] late;
    Event[] recent;
    List<Event> next;
    int cursor;

    /** Builds the ledger and checks that it accepts a late event and the next events cleanly. */
    @Setup(Level.Trial)
    public void build() {
      Workload workload = Workload.of(facilities, movements);
      ledger = Ledger.of(workload.world()).appendAll(workload.events()).ledger();
      late = new Event[LATE];
      for (int j = 0; j < LATE; j++) {
        late[j] = workload.lateEvent(j);
      }
      recent = new Event[LATE];
      for (int j = 0; j < LATE; j++) {
        recent[j] = workload.recentEvent(j, RECENT);
      }
      next = workload.nextEvents(IN_ORDER);
      requireClean(ledger.append(late[0])); // each insert replays the ledger: check one
      requireClean(ledger.append(recent[0]));
      requireClean(ledger.withReading(ledger.reading()).appendAll(next));
    }

    private static void requireClean(AppendResult result) {
      if (!result.verdict().violations().isEmpty()) {
        throw new IllegalStateException("the benchmark events must be accepted cleanly: " + result);
      }
    }
  }

  /** The ledger that in-order appends extend, a fresh copy for every invocation. */
  @State(Scope.Thread)
  public static class Head {
    Ledger ledger;

    /**
     * Copies the base ledger into a ledger of its own; not timed.
     *
     * @param base the base ledger
     */
    @Setup(Level.Invocation)
    public void copy(Base base) {
      ledger = base.ledger.withReading(base.ledger.reading());
    }
  }

  /**
   * Inserts one late event into the ledger of n movements.
   *
   * @param base the ledger and late events
   * @return the ledger with the late event, for JMH to consume
   */
  @Benchmark
  public Ledger late(Base base) {
    Event event = base.late[base.cursor];
    base.cursor = (base.cursor + 1) % LATE;
    return base.ledger.append(event).ledger();
  }

  /**
   * Inserts one event that arrived a little late, among the last {@value #RECENT} movements, into
   * the ledger of n movements: what a stream of reports slightly out of order costs.
   *
   * @param base the ledger and recent events
   * @return the ledger with the event, for JMH to consume
   */
  @Benchmark
  public Ledger recent(Base base) {
    Event event = base.recent[base.cursor];
    base.cursor = (base.cursor + 1) % LATE;
    return base.ledger.append(event).ledger();
  }

  /**
   * Appends {@value #IN_ORDER} events in time order to a ledger of n movements.
   *
   * @param base the next events
   * @param head the ledger to extend
   * @param cost the cost counters, which unlike {@code -prof gc} leave out the copy
   * @return the extended ledger, for JMH to consume
   */
  @Benchmark
  @OperationsPerInvocation(IN_ORDER)
  public Ledger inOrder(Base base, Head head, ReplayBenchmark.Cost cost) {
    cost.start();
    Ledger ledger = head.ledger.appendAll(base.next).ledger();
    cost.stop(IN_ORDER);
    return ledger;
  }
}
