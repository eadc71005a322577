package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.When;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Model-wide invariants of the ledger, over generated valid ledgers (see {@link GeneratedLedgers}).
 * Tries are kept moderate for CI; jqwik's default seed policy (a random seed, reported on failure
 * and replayed first by the jqwik database) applies.
 */
class LedgerProperties {

  @Provide
  Arbitrary<GeneratedLedgers.Case> cases() {
    return GeneratedLedgers.cases();
  }

  private static Ledger replay(GeneratedLedgers.Case generated) {
    AppendResult result = Ledger.of(generated.world()).appendAll(generated.events());
    assertThat(result.isAccepted()).as("%s\n%s", result.verdict(), generated).isTrue();
    return result.ledger();
  }

  private static Instant end() {
    return Instant.parse("2030-01-01T00:00:00Z");
  }

  @Property(tries = 200)
  void nobody_is_created_or_lost_and_no_balance_is_negative(
      @ForAll("cases") GeneratedLedgers.Case generated) {
    Situation situation = replay(generated).situationAt(end());

    long total = situation.balances().values().stream().mapToLong(Estimate::best).sum();
    assertThat(total).isEqualTo(generated.opened());
    generated
        .expected()
        .forEach(
            (account, count) -> {
              assertThat(situation.balance(account)).isEqualTo(Estimate.exactly(count));
              assertThat(situation.balance(account).low()).isNotNegative();
            });
  }

  @Property(tries = 200)
  void a_rejected_event_leaves_the_ledger_as_it_was(
      @ForAll("cases") GeneratedLedgers.Case generated,
      @ForAll @IntRange(min = 0, max = 4) int facility) {
    Ledger ledger = replay(generated);
    int from = facility % generated.world().facilities().size();
    int to = (from + 1) % generated.world().facilities().size();
    long held = generated.expected().get(GeneratedLedgers.held(from));
    When when = When.at(end().minusSeconds(60));
    Event overdraw =
        DetaineesTransferred.builder()
            .id(EventId.of("overdraw"))
            .when(when)
            .from(GeneratedLedgers.held(from))
            .to(GeneratedLedgers.held(to == from ? (from + 1) % 5 : to))
            .size(GeneratedLedgers.exactly(held + 1, when))
            .build();
    Situation before = ledger.situationAt(end());

    AppendResult result = ledger.append(overdraw);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.ledger()).isSameAs(ledger).isEqualTo(replay(generated));
    assertThat(ledger.situationAt(end())).isEqualTo(before);
    assertThat(ledger.events()).isEqualTo(generated.events());
  }

  @Property(tries = 60)
  void the_arrival_order_of_reports_does_not_change_the_situation(
      @ForAll("cases") GeneratedLedgers.Case generated, @ForAll long seed) {
    Ledger inOrder = replay(generated);
    List<Event> arrivals = new ArrayList<>(generated.events());
    Collections.shuffle(arrivals, new Random(seed));

    // an application holds back a report the ledger cannot take yet and offers it again later
    Deque<Event> pending = new ArrayDeque<>(arrivals);
    Ledger ledger = Ledger.of(generated.world());
    int sinceProgress = 0;
    while (!pending.isEmpty() && sinceProgress <= pending.size()) {
      Event next = pending.removeFirst();
      AppendResult result = ledger.append(next);
      if (result.isAccepted()) {
        ledger = result.ledger();
        sinceProgress = 0;
      } else {
        pending.addLast(next);
        sinceProgress++;
      }
    }

    if (!pending.isEmpty()) {
      // reports that need one another (an escape and a recapture that a later transfer relies
      // on) are accepted together
      AppendResult together = ledger.merge(pending);
      assertThat(together.isAccepted()).as("%s", together.verdict()).isTrue();
      ledger = together.ledger();
    }
    assertThat(ledger.events()).isEqualTo(inOrder.events());
    assertThat(ledger.situationAt(end())).isEqualTo(inOrder.situationAt(end()));
  }

  @Property(tries = 100)
  void the_situation_at_an_instant_is_the_replay_of_exactly_the_events_done_by_then(
      @ForAll("cases") GeneratedLedgers.Case generated,
      @ForAll @IntRange(min = 0, max = 70) int hours) {
    Ledger ledger = replay(generated);
    Instant instant = GeneratedLedgers.START.plusSeconds(hours * 3_600L + 1_800);
    List<Event> done =
        generated.events().stream().filter(e -> e.when().isCertainlyBy(instant)).toList();

    Ledger prefix = Ledger.of(generated.world()).appendAll(done).ledger();

    assertThat(ledger.situationAt(instant)).isEqualTo(prefix.situationAt(instant));
    assertThat(prefix.size()).isEqualTo(done.size());
  }

  @Property(tries = 100)
  void replaying_the_same_events_gives_equal_ledgers(
      @ForAll("cases") GeneratedLedgers.Case generated) {
    assertThat(replay(generated)).isEqualTo(replay(generated));
    assertThat(replay(generated).situationAt(end()))
        .isEqualTo(replay(generated).situationAt(end()));
    assertThat(replay(generated).verdict().violations()).isEmpty();
  }
}
