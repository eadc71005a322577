package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.AT_LARGE_SHADDADI;
import static dev.custody.ledger.LedgerTest.END;
import static dev.custody.ledger.LedgerTest.IRAQ_SITE;
import static dev.custody.ledger.LedgerTest.OPENING;
import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.WORLD;
import static dev.custody.ledger.LedgerTest.accepted;
import static dev.custody.ledger.LedgerTest.at;
import static dev.custody.ledger.LedgerTest.census;
import static dev.custody.ledger.LedgerTest.escape;
import static dev.custody.ledger.LedgerTest.recapture;
import static dev.custody.ledger.LedgerTest.transfer;
import static dev.custody.ledger.LedgerTest.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.custody.event.Event;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import dev.custody.model.When;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The structure behind a ledger: a shared journal that in-order appends extend in place, forks for
 * everything else, and checkpoints of the fold. None of it may show: a fork, a checkpoint or a race
 * between threads gives the ledgers and situations that replaying the same events from the first
 * would give.
 */
class LedgerForkTest {

  /** An escape or a recapture of one person a minute from the 19th: {@code count} of them. */
  private static List<Event> churn(String prefix, int count) {
    List<Event> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      When minute = When.at(at(19, 0).plusSeconds(60L * i));
      events.add(
          i % 2 == 0
              ? escape(prefix + i, minute, 1)
              : recapture(prefix + i, minute, SDF_SHADDADI, 1));
    }
    return events;
  }

  private static Ledger scratch(List<Event> events) {
    return accepted(Ledger.of(WORLD, Reading.envelope(), Integer.MAX_VALUE).appendAll(events));
  }

  /** Instants from the 18th to the end of the month, every {@code hours} hours. */
  private static List<Instant> instants(int hours) {
    List<Instant> instants = new ArrayList<>();
    for (Instant t = at(18, 0); !t.isAfter(END); t = t.plusSeconds(3_600L * hours)) {
      instants.add(t);
    }
    return instants;
  }

  private static void assertSameAsReplay(Ledger ledger) {
    for (Instant instant : instants(3)) {
      assertThat(ledger.situationAt(instant))
          .as("at %s", instant)
          .isEqualTo(scratch(ledger.eventsBy(instant)).situationAt(instant));
    }
    assertThat(ledger.verdict()).isEqualTo(scratch(ledger.events()).verdict());
  }

  @Test
  void a_late_event_in_a_long_ledger_gives_the_situations_of_a_replay_from_scratch() {
    Ledger before = accepted(LedgerTest.opened().appendAll(churn("c", 3_000)));
    Event late = escape("late", When.at(at(19, 0).plusSeconds(60L * 1_500 + 30)), 1);

    Ledger after = accepted(before.append(late));

    assertThat(after.size()).isEqualTo(before.size() + 1);
    assertThat(after.events().get(OPENING.size() + 1_501)).isEqualTo(late);
    assertThat(after.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(999));
    assertThat(before.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(1_000));
    assertThat(before.event(late.id())).isEmpty();
    assertSameAsReplay(after);
    assertSameAsReplay(before);
  }

  @Test
  void a_late_event_that_breaks_a_later_one_is_rejected_after_a_checkpoint_too() {
    Ledger before = accepted(LedgerTest.opened().appendAll(churn("c", 2_000)));
    // the recaptures after it would then take back more than escaped
    Event late =
        recapture("late", When.at(at(19, 0).plusSeconds(60L * 1_000 + 30)), SDF_SHADDADI, 1);

    AppendResult result = before.append(late);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.ledger()).isSameAs(before);
    assertSameAsReplay(before);
  }

  @Test
  void appends_from_a_shared_ledger_in_two_threads_fork_and_neither_sees_the_other()
      throws Exception {
    for (int round = 0; round < 20; round++) {
      Ledger shared =
          accepted(Ledger.of(WORLD, Reading.envelope(), 2).appendAll(plusChurn("s", 200)));
      List<Ledger> results =
          runTogether(
              List.<Callable<Ledger>>of(
                  () -> appendEach(shared, churnAfter("a", 60)),
                  () -> appendEach(shared, lateEscapes("b", 60)),
                  () -> {
                    for (int i = 0; i < 20; i++) {
                      assertThat(shared.situationAt(END).balance(SDF_SHADDADI))
                          .isEqualTo(Estimate.exactly(1_000));
                    }
                    return shared;
                  }));

      Ledger a = results.get(0);
      Ledger b = results.get(1);
      assertThat(a.size()).isEqualTo(shared.size() + 60);
      assertThat(b.size()).isEqualTo(shared.size() + 60);
      assertThat(a.events()).noneMatch(e -> e.id().value().startsWith("b"));
      assertThat(b.events()).noneMatch(e -> e.id().value().startsWith("a"));
      assertThat(a.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(1_000));
      assertThat(b.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(940));
      assertThat(shared.events()).isEqualTo(plusChurn("s", 200));
      assertSameAsReplay(a);
      assertSameAsReplay(b);
    }
  }

  private static List<Event> plusChurn(String prefix, int count) {
    List<Event> events = new ArrayList<>(OPENING);
    events.addAll(churn(prefix, count));
    return events;
  }

  /** Escapes and recaptures after the shared ledger's: in time order. */
  private static List<Event> churnAfter(String prefix, int count) {
    List<Event> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      When minute = When.at(at(25, 0).plusSeconds(60L * i));
      events.add(
          i % 2 == 0
              ? escape(prefix + i, minute, 1)
              : recapture(prefix + i, minute, SDF_SHADDADI, 1));
    }
    return events;
  }

  /** Escapes dated among the shared ledger's events, each later one earlier: all late. */
  private static List<Event> lateEscapes(String prefix, int count) {
    List<Event> events = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      events.add(escape(prefix + i, When.at(at(19, 0).plusSeconds(60L * (count - i) + 30)), 1));
    }
    return events;
  }

  private static Ledger appendEach(Ledger from, List<Event> events) {
    Ledger ledger = from;
    for (Event event : events) {
      ledger = accepted(ledger.append(event));
    }
    return ledger;
  }

  @Test
  void forks_upon_forks_stay_a_few_levels_deep() {
    Ledger ledger = LedgerTest.opened();
    int forks = 0;
    for (int round = 0; round < 500; round++) {
      int minute = 10 * round;
      for (int i = 0; i < 10; i++) {
        ledger =
            accepted(
                ledger.append(
                    census("n" + (minute + i), minuteOf(minute + i + 1), AT_LARGE_SHADDADI, 0)));
      }
      // late: before the last census of the round
      ledger =
          accepted(
              ledger.append(census("late" + round, minuteOf(minute + 9), AT_LARGE_SHADDADI, 0)));
      forks++;
    }

    assertThat(ledger.size()).isEqualTo(OPENING.size() + 5_500);
    assertThat(ledger.depth()).isLessThanOrEqualTo(2 + 32 - Integer.numberOfLeadingZeros(forks));
    assertThat(ledger.events().get(ledger.size() - 2).id()).isEqualTo(EventId.of("late499"));
    assertThat(ledger.verdict()).isEqualTo(scratch(ledger.events()).verdict());
  }

  private static When minuteOf(int minute) {
    return When.at(at(19, 0).plusSeconds(60L * minute));
  }

  @Test
  void an_overflow_in_a_late_event_leaves_every_ledger_as_it_was() {
    List<Event> events = plusChurn("c", 20);
    events.add(census("full", when(18, 2), IRAQ_SITE, Estimate.MAX_COUNT));
    Ledger full = accepted(Ledger.of(WORLD, Reading.envelope(), 1).merge(events));
    Event overflowing = transfer("overflowing", when(18, 3), SDF_SHADDADI, IRAQ_SITE, 1);

    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> full.append(overflowing));

    assertThat(full.event(overflowing.id())).isEmpty();
    assertThat(full.size()).isEqualTo(events.size());
    assertThat(full.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(1_000));
    assertSameAsReplay(accepted(full.append(escape("after", when(26, 0), 1))));
  }

  @Test
  void after_an_overflow_in_place_the_next_append_forks_from_a_checkpoint() {
    List<Event> events = plusChurn("c", 20);
    events.add(census("full", when(18, 2), IRAQ_SITE, Estimate.MAX_COUNT));
    Ledger full = accepted(Ledger.of(WORLD, Reading.envelope(), 1).merge(events));
    Event overflowing = transfer("overflowing", when(26, 0), SDF_SHADDADI, IRAQ_SITE, 1);

    assertThatExceptionOfType(ArithmeticException.class).isThrownBy(() -> full.append(overflowing));
    Ledger next = accepted(full.append(escape("after", when(26, 1), 1)));

    assertThat(next.events()).doesNotContain(overflowing);
    assertThat(next.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(999));
    assertSameAsReplay(next);
  }

  /** Runs the tasks in threads of their own, released at once, and returns their results. */
  private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch ready = new CountDownLatch(tasks.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return task.call();
                }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
