package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Items taken ahead on a worker thread come out in the source's order, each once, followed by the
 * end or by what the source threw; the items held ahead stay within the budget, and the worker is
 * gone once the reader is closed, whether it reached the end, a failure, or neither.
 */
class ReadAheadTest {

  /** Counts from 0 to {@code count - 1}, then throws {@code failure} if any, or ends. */
  private static final class Counting implements ReadAhead.Source<Integer> {
    private final int count;
    private final @Nullable Exception failure;
    private final AtomicInteger taken = new AtomicInteger();

    Counting(int count, @Nullable Exception failure) {
      this.count = count;
      this.failure = failure;
    }

    @Override
    public @Nullable Integer next() throws IOException {
      int next = taken.getAndIncrement();
      if (next < count) {
        return next;
      }
      if (failure instanceof IOException) {
        throw (IOException) failure;
      }
      if (failure != null) {
        throw (RuntimeException) failure;
      }
      return null;
    }
  }

  private static List<Integer> all(ReadAhead<Integer> ahead) throws IOException {
    List<Integer> items = new ArrayList<>();
    Integer item;
    while ((item = ahead.next()) != null) {
      items.add(item);
    }
    return items;
  }

  @Test
  void every_item_comes_out_once_in_order_then_the_end_again_and_again() throws IOException {
    int count = ReadAhead.BLOCK * 7 + 3;
    ReadAhead<Integer> ahead = new ReadAhead<>(new Counting(count, null), i -> 1, "test");
    try (ahead) {
      List<Integer> items = all(ahead);

      assertThat(items).hasSize(count);
      for (int i = 0; i < count; i++) {
        assertThat(items.get(i)).isEqualTo(i);
      }
      assertThat(ahead.next()).isNull();
      assertThat(ahead.next()).isNull();
    }
    assertThat(ahead.workerAlive()).isFalse();
  }

  @Test
  void an_empty_source_ends_at_once() throws IOException {
    try (ReadAhead<Integer> ahead = new ReadAhead<>(new Counting(0, null), i -> 1, "test")) {
      assertThat(ahead.next()).isNull();
    }
  }

  @Test
  void a_failure_comes_after_the_items_before_it_and_the_worker_is_gone() throws IOException {
    IllegalStateException failure = new IllegalStateException("line 1001");
    ReadAhead<Integer> ahead = new ReadAhead<>(new Counting(1000, failure), i -> 1, "test");
    List<Integer> items = new ArrayList<>();
    try (ahead) {
      assertThatThrownBy(
              () -> {
                Integer item;
                while ((item = ahead.next()) != null) {
                  items.add(item);
                }
              })
          .isSameAs(failure);
    }
    assertThat(items).hasSize(1000);
    assertThat(ahead.workerAlive()).isFalse();
  }

  @Test
  void an_io_failure_is_thrown_as_the_source_threw_it() throws IOException {
    IOException failure = new IOException("disk gone");
    try (ReadAhead<Integer> ahead = new ReadAhead<>(new Counting(3, failure), i -> 1, "test")) {
      assertThat(ahead.next()).isZero();
      assertThat(ahead.next()).isEqualTo(1);
      assertThat(ahead.next()).isEqualTo(2);
      assertThatThrownBy(ahead::next).isSameAs(failure);
    }
  }

  @Test
  void an_error_of_the_worker_reaches_the_reader() throws IOException {
    ReadAhead.Source<Integer> failing =
        () -> {
          throw new StackOverflowError("deep");
        };
    try (ReadAhead<Integer> ahead = new ReadAhead<>(failing, i -> 1, "test")) {
      assertThatThrownBy(ahead::next).isInstanceOf(StackOverflowError.class).hasMessage("deep");
    }
  }

  @Test
  void a_reader_that_stops_early_stops_the_worker() throws IOException {
    // a source without end: only closing stops the worker, which waits for room in the budget
    AtomicInteger taken = new AtomicInteger();
    ReadAhead.Source<Integer> endless = taken::getAndIncrement;
    ReadAhead<Integer> ahead = new ReadAhead<>(endless, i -> 1, "test");
    try (ahead) {
      assertThat(ahead.next()).isZero();
      assertThat(ahead.next()).isEqualTo(1);
    }
    assertThat(ahead.workerAlive()).isFalse();
  }

  @Test
  void the_items_taken_ahead_stay_within_the_budget() throws IOException, InterruptedException {
    // each item weighs a tenth of the budget: at most ten are held ahead, and one more in hand
    int weight = ReadAhead.BUDGET / 10;
    Counting source = new Counting(1_000, null);
    try (ReadAhead<Integer> ahead = new ReadAhead<>(source, i -> weight, "test")) {
      assertThat(ahead.next()).isZero();
      Thread.sleep(200);
      // at least the one handed over, however slowly the worker runs; never more than the budget
      // allows
      assertThat(source.taken.get()).isBetween(1, 1 + 10 + 1);
      assertThat(all(ahead)).hasSize(999);
    }
  }

  @Test
  void an_item_heavier_than_the_budget_is_taken_alone() throws IOException, InterruptedException {
    Counting source = new Counting(20, null);
    try (ReadAhead<Integer> ahead = new ReadAhead<>(source, i -> Integer.MAX_VALUE, "test")) {
      assertThat(ahead.next()).isZero();
      Thread.sleep(200);
      // the one handed over, the one held ahead, and the one waiting for room
      assertThat(source.taken.get()).isLessThanOrEqualTo(3);
      assertThat(all(ahead)).hasSize(19);
    }
  }

  @Test
  void the_worker_is_a_daemon_and_closing_twice_is_harmless() throws IOException {
    AtomicInteger taken = new AtomicInteger();
    ReadAhead.Source<Integer> endless = taken::getAndIncrement;
    ReadAhead<Integer> ahead = new ReadAhead<>(endless, i -> 1, "read-ahead-daemon-test");
    assertThat(ahead.next()).isZero();
    // without end, the worker waits for room in the budget until it is closed
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(t -> t.getName().equals("read-ahead-daemon-test"))
        .singleElement()
        .satisfies(t -> assertThat(t.isDaemon()).isTrue());
    ahead.close();
    ahead.close();
    assertThat(ahead.workerAlive()).isFalse();
  }
}
