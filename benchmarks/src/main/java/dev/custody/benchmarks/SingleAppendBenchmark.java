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
 * The cost of one {@link Ledger#append(Event)} call in time order, as the ledger grows from 1,000
 * to 1,000,000 events: the score is microseconds per call, and a flat score means that an in-order
 * append costs the same at any length.
 *
 * <p>The ledger holds {@code size} events: {@value #FACILITIES} opening censuses, then transfers
 * (see {@link Workload}). Each call appends the next of {@code size / 10} transfers (at least
 * {@value #MIN_BATCH}) dated after everything, to the ledger the previous call returned, so the
 * ledger measured holds between {@code size} and {@code 1.1 size} events (1,200 at 1,000). When
 * fewer than {@value #BATCH} are left, the ledger is copied anew from the base one before the next
 * call (not timed): appending to the same ledger value twice would branch, which is not what this
 * measures. {@link #hundredAppends} makes {@value #BATCH} such calls at a time and reports the
 * thread's CPU time and allocation per call as well.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SingleAppendBenchmark {

  /** The number of facilities, each opened by a census. */
  public static final int FACILITIES = 100;

  /** The fewest events appended to one copy of the base ledger. */
  public static final int MIN_BATCH = 200;

  /** The appends of one invocation of {@link #hundredAppends}, between two readings of the cost. */
  public static final int BATCH = 100;

  /** The base ledger of {@code size} events and the events appended to its copies. */
  @State(Scope.Thread)
  public static class Head {
    /** The number of events in the ledger before the appends. */
    @Param({"1000", "10000", "100000", "1000000"})
    public int size;

    Ledger base;
    Event[] next;
    Ledger head;
    int cursor;

    /** Builds the base ledger and checks that it accepts the next events cleanly. */
    @Setup(Level.Trial)
    public void build() {
      Workload workload = Workload.of(FACILITIES, size - FACILITIES);
      base = Ledger.of(workload.world()).appendAll(workload.events()).ledger();
      if (base.size() != size) {
        throw new IllegalStateException("the base ledger must hold " + size + " events: " + base);
      }
      List<Event> events = workload.nextEvents(Math.max(MIN_BATCH, size / 10));
      next = events.toArray(new Event[0]);
      AppendResult check = copy().appendAll(events);
      if (!check.verdict().violations().isEmpty() || check.ledger().size() != size + next.length) {
        throw new IllegalStateException("the next events must be accepted cleanly: " + check);
      }
      head = copy();
    }

    /** Copies the base ledger when the next events are used up; not timed. */
    @Setup(Level.Invocation)
    public void refill() {
      if (cursor + BATCH > next.length) {
        head = copy();
        cursor = 0;
      }
    }

    private Ledger copy() {
      return base.withReading(base.reading());
    }
  }

  /**
   * Appends one event in time order to the ledger of {@code size} events and keeps the result.
   *
   * @param head the ledger and the next event
   * @return the verdict and the longer ledger, for JMH to consume
   */
  @Benchmark
  public AppendResult append(Head head) {
    AppendResult result = head.head.append(head.next[head.cursor++]);
    head.head = result.ledger();
    return result;
  }

  /**
   * Appends {@value #BATCH} events in time order, one {@code append} call each, and counts the
   * benchmark thread's CPU time and allocation around them: {@code cpuNanos / costedEvents} and
   * {@code allocatedBytes / costedEvents} are the cost of one call, which waiting for a processor
   * on a loaded machine does not inflate.
   *
   * @param head the ledger and the next events
   * @param cost the cost counters
   * @return the longer ledger, for JMH to consume
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public Ledger hundredAppends(Head head, ReplayBenchmark.Cost cost) {
    Ledger ledger = head.head;
    Event[] next = head.next;
    int cursor = head.cursor;
    cost.start();
    for (int i = 0; i < BATCH; i++) {
      ledger = ledger.append(next[cursor + i]).ledger();
    }
    cost.stop(BATCH);
    head.cursor = cursor + BATCH;
    head.head = ledger;
    return ledger;
  }
}
