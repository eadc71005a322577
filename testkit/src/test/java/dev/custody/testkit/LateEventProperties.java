package dev.custody.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * A late event is checked from the nearest checkpoint of the fold before it and inserted into a
 * ledger that shares the events before it; none of that may show. Over generated ledgers long
 * enough to hold checkpoints (40 to 200 steps), an event held back and appended last gives the
 * verdict, events, situations and full verdict of merging all the events into an empty ledger from
 * scratch.
 *
 * <p>Tries: 100 and 50, below the default of 200, because these ledgers are five times as long as
 * the default ones and each try replays them at many instants. Seeds: jqwik draws a random seed per
 * run, prints it with any failure, and replays a failure first on the next run from its database.
 */
class LateEventProperties {

  @Provide
  Arbitrary<GeneratedLedger> longer() {
    return CustodyArbitraries.ledgers().ofMaxSteps(200).ofMinSteps(40);
  }

  @Property(tries = 100)
  void an_event_held_back_and_appended_late_gives_the_ledger_of_a_replay_from_scratch(
      @ForAll("longer") GeneratedLedger generated,
      @ForAll @IntRange(min = 0, max = 9_999) int pick) {
    List<Event> others = new ArrayList<>(generated.events());
    Event late = others.remove(pick % others.size());
    AppendResult base = Ledger.of(generated.world()).merge(others);
    // the others may need the one held back: a plan, an agreement, people it brought
    Assume.that(base.isAccepted());
    List<Event> arrivals = new ArrayList<>(others);
    arrivals.add(late);

    AppendResult appended = base.ledger().append(late);
    AppendResult scratch = Ledger.of(generated.world()).merge(arrivals);

    boolean last = late.equals(appended.ledger().events().get(appended.ledger().size() - 1));
    Statistics.label("late event")
        .collect(appended.isAccepted() ? "accepted" : "rejected", last ? "last" : "inserted");
    assertThat(appended.isAccepted()).as("%s", appended.verdict()).isEqualTo(scratch.isAccepted());
    if (!appended.isAccepted()) {
      assertThat(appended.ledger()).isSameAs(base.ledger());
      return;
    }
    Ledger ledger = appended.ledger();
    assertThat(ledger.events()).isEqualTo(scratch.ledger().events());
    assertThat(ledger).isEqualTo(scratch.ledger());
    assertThat(ledger.verdict()).isEqualTo(scratch.ledger().verdict());
    for (Instant instant = GeneratedLedger.START;
        !instant.isAfter(generated.end());
        instant = instant.plusSeconds(3 * 3_600)) {
      assertThat(ledger.situationAt(instant))
          .as("at %s", instant)
          .isEqualTo(scratch.ledger().situationAt(instant));
    }
    assertThat(base.ledger().events()).doesNotContain(late);
  }

  @Property(tries = 50)
  void the_situation_at_many_instants_is_the_replay_of_the_events_done_by_each(
      @ForAll("longer") GeneratedLedger generated) {
    Ledger ledger = generated.ledger();
    for (Instant instant = GeneratedLedger.START;
        !instant.isAfter(generated.end());
        instant = instant.plusSeconds(3_600)) {
      List<Event> done = ledger.eventsBy(instant);
      Ledger replayed = Ledger.of(generated.world()).appendAll(done).ledger();

      assertThat(replayed.size()).isEqualTo(done.size());
      assertThat(ledger.situationAt(instant))
          .as("at %s", instant)
          .isEqualTo(replayed.situationAt(instant));
    }
  }
}
