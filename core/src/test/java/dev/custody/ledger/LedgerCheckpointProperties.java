package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.AT_LARGE_SHADDADI;
import static dev.custody.ledger.LedgerTest.END;
import static dev.custody.ledger.LedgerTest.IRAQ_SITE;
import static dev.custody.ledger.LedgerTest.OPENING;
import static dev.custody.ledger.LedgerTest.SDF_HASAKAH;
import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.SYRIA_HELD;
import static dev.custody.ledger.LedgerTest.WORLD;
import static dev.custody.ledger.LedgerTest.census;
import static dev.custody.ledger.LedgerTest.day;
import static dev.custody.ledger.LedgerTest.escape;
import static dev.custody.ledger.LedgerTest.recapture;
import static dev.custody.ledger.LedgerTest.transfer;
import static dev.custody.ledger.LedgerTest.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import dev.custody.event.Account;
import dev.custody.event.Event;
import dev.custody.model.Reading;
import dev.custody.model.When;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;

/**
 * Checkpoints and forks change no answer: a ledger whose fold is checkpointed every few events,
 * appended to in any order, late, on older versions (branches) and by merges, accepts and rejects
 * exactly what a ledger without checkpoints does, holds the same events and verdicts, and its
 * situation at any instant is the fold of its events from the first, replayed from scratch.
 *
 * <p>Statistics label each step accepted or rejected, on the newest version or an older one, and
 * late or in order. Tries: jqwik's default (200, from {@code junit-platform.properties}); seeds are
 * random, printed with any failure and replayed first from the jqwik database.
 */
class LedgerCheckpointProperties {

  private static final Account[] ACCOUNTS = {
    SDF_SHADDADI, SDF_HASAKAH, IRAQ_SITE, SYRIA_HELD, AT_LARGE_SHADDADI
  };

  /** One step: which earlier version to append to, and the event (or two, merged). */
  record Step(
      int version, int kind, int from, int to, int size, int day, int hour, boolean daily) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> step =
        Combinators.combine(
                Arbitraries.integers().between(0, 99),
                Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, ACCOUNTS.length - 1),
                Arbitraries.integers().between(0, ACCOUNTS.length - 1),
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(18, 30),
                Arbitraries.integers().between(0, 23),
                Arbitraries.of(true, false))
            .as(Step::new);
    return step.list().ofMinSize(1).ofMaxSize(60);
  }

  private static Event event(Step step, int n) {
    When when = step.daily() ? day(step.day()) : when(step.day(), step.hour());
    // the first four accounts are held, and only held accounts take transfers
    Account from = ACCOUNTS[step.from() % 4];
    Account to = ACCOUNTS[(step.from() + 1 + step.to() % 3) % 4];
    String id = "e" + n;
    return switch (step.kind()) {
      case 0, 1 -> transfer(id, when, from, to, step.size());
      case 2 -> escape(id, when, step.size());
      case 3 -> recapture(id, when, SDF_HASAKAH, step.size() / 2);
      default -> census(id, when, ACCOUNTS[step.to()], 300 + 10L * step.size());
    };
  }

  /**
   * Applies the steps to two families of ledgers built alike, one checkpointed every {@code
   * spacing} events and one never, and returns every version of the checkpointed one.
   */
  private static List<Ledger> build(List<Step> steps, int spacing) {
    List<Ledger> subject = new ArrayList<>();
    List<Ledger> plain = new ArrayList<>();
    subject.add(accepted(Ledger.of(WORLD, Reading.envelope(), spacing).appendAll(OPENING)));
    plain.add(accepted(Ledger.of(WORLD, Reading.envelope(), Integer.MAX_VALUE).appendAll(OPENING)));
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      // mostly the newest version, sometimes an older one: a branch
      int version = step.version() < 70 ? subject.size() - 1 : step.version() % subject.size();
      Event event = event(step, i);
      AppendResult mine;
      AppendResult theirs;
      if (step.kind() == 5) {
        Event other = event(new Step(0, 0, step.to(), step.from(), 1, 18, 2, false), 1_000 + i);
        mine = subject.get(version).merge(List.of(event, other));
        theirs = plain.get(version).merge(List.of(event, other));
      } else {
        mine = subject.get(version).append(event);
        theirs = plain.get(version).append(event);
      }
      assertThat(mine.verdict()).as("step %d: %s", i, event).isEqualTo(theirs.verdict());
      assertThat(mine.ledger().events()).isEqualTo(theirs.ledger().events());
      Ledger base = subject.get(version);
      boolean late = LedgerOrder.ORDER.compare(base.events().get(base.size() - 1), event) > 0;
      Statistics.label("step")
          .collect(
              mine.isAccepted() ? "accepted" : "rejected",
              version == subject.size() - 1 ? "head" : "branch",
              late ? "late" : "in order");
      if (mine.isAccepted()) {
        subject.add(mine.ledger());
        plain.add(theirs.ledger());
      }
    }
    // every fifth version and the last: a full check of each is a replay
    for (int v = subject.size() - 1; v >= 0; v -= 5) {
      assertThat(subject.get(v).verdict()).isEqualTo(plain.get(v).verdict());
      assertThat(subject.get(v)).isEqualTo(plain.get(v));
    }
    return subject;
  }

  private static Ledger accepted(AppendResult result) {
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  @Property
  void checkpointed_ledgers_accept_and_reject_what_ledgers_without_checkpoints_do(
      @ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 8) int spacing) {
    assertThat(build(steps, spacing)).isNotEmpty();
  }

  @Property(tries = 100)
  void the_situation_at_any_instant_is_the_fold_from_the_first_event(
      @ForAll("steps") List<Step> steps, @ForAll @IntRange(min = 1, max = 8) int spacing) {
    List<Ledger> versions = build(steps, spacing);
    for (Ledger ledger :
        List.of(versions.get(versions.size() - 1), versions.get(versions.size() / 2))) {
      for (Instant instant = when(18, 0).end();
          !instant.isAfter(END);
          instant = instant.plusSeconds(4 * 3_600)) {
        Ledger scratch =
            accepted(
                Ledger.of(WORLD, Reading.envelope(), Integer.MAX_VALUE)
                    .appendAll(ledger.eventsBy(instant)));
        assertThat(ledger.situationAt(instant))
            .as("at %s", instant)
            .isEqualTo(scratch.situationAt(instant));
      }
    }
  }

  @Property(tries = 100)
  void situations_at_many_instants_in_one_pass_are_those_at_each(
      @ForAll("steps") List<Step> steps,
      @ForAll @IntRange(min = 1, max = 8) int spacing,
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 7 * 24) Integer> hours) {
    List<Ledger> versions = build(steps, spacing);
    List<Instant> instants = new ArrayList<>();
    for (int hour : hours) {
      instants.add(when(17, 0).end().plusSeconds(hour * 3_600L));
    }
    for (Ledger ledger :
        List.of(versions.get(versions.size() - 1), versions.get(versions.size() / 2))) {
      ImmutableSortedMap<Instant, Situation> all = ledger.situationsAt(instants);

      assertThat(all.keySet()).containsExactlyElementsOf(new TreeSet<>(instants));
      all.forEach(
          (instant, situation) ->
              assertThat(situation).as("at %s", instant).isEqualTo(ledger.situationAt(instant)));
    }
  }
}
