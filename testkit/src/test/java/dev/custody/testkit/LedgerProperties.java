package dev.custody.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Model-wide invariants of the ledger over whole generated ledgers ({@code @ForAll GeneratedLedger}
 * comes from the testkit's own provider): nobody is created or lost, no balance is negative, joint
 * escapes are generated and split exactly as the model counts them, a rejected event leaves the
 * ledger as it was, the arrival order of reports does not matter, and replays are deterministic.
 *
 * <p>Tries: jqwik's default, set to 200 for every property in {@code junit-platform.properties} and
 * raised to 2,000 by the {@code thorough} Maven profile. Seeds: jqwik draws a random seed per run,
 * prints it with any failure, and replays a failure first on the next run from its database.
 */
class LedgerProperties {

  @Property
  void nobody_is_created_or_lost_and_no_balance_is_negative(@ForAll GeneratedLedger generated) {
    Situation situation = generated.ledger().situationAt(generated.end());

    long total = situation.balances().values().stream().mapToLong(Estimate::best).sum();
    assertThat(total).isEqualTo(generated.opened());
    for (Map.Entry<Account, Long> count : generated.counts().entrySet()) {
      assertThat(situation.balance(count.getKey()))
          .as("balance of %s", count.getKey())
          .isEqualTo(Estimate.exactly(count.getValue()));
      assertThat(count.getValue()).isNotNegative();
    }
  }

  @Property
  void joint_escapes_are_generated_and_split_exactly_as_the_model_counts(
      @ForAll GeneratedLedger generated) {
    boolean joint =
        generated.events().stream()
            .anyMatch(e -> e instanceof DetaineesEscaped escape && escape.isJoint());
    Statistics.label("joint escape")
        .collect(joint)
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 1));
    // the generator sizes each joint escape so that the ledger's split is exact: every part is
    // what the model moved out of its prison
    for (var split : generated.ledger().situationAt(generated.end()).jointSplits().values()) {
      split.parts().values().forEach(part -> assertThat(part.low()).isEqualTo(part.high()));
      assertThat(split.parts().values().stream().mapToLong(Estimate::best).sum())
          .isEqualTo(split.figure().best());
    }
  }

  @Property
  void a_rejected_event_leaves_the_ledger_as_it_was(
      @ForAll GeneratedLedger generated, @ForAll @IntRange(min = 1, max = 1_000) int excess) {
    Ledger ledger = generated.ledger();
    Account anchor = generated.heldAt(GeneratedLedger.ANCHOR);
    When when = When.at(generated.end());
    Event overdraw =
        DetaineesReleased.of(
            EventId.of("overdraw"),
            when,
            anchor,
            Figure.of(
                Claim.of(
                    Estimate.exactly(generated.count(anchor) + excess),
                    Source.of(GeneratedLedger.KEEPER),
                    when)));
    Situation before = ledger.situationAt(generated.end());

    AppendResult result = ledger.append(overdraw);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.ledger()).isSameAs(ledger);
    assertThat(ledger.situationAt(generated.end())).isEqualTo(before);
    assertThat(ledger.events()).isEqualTo(generated.events());
  }

  @Property
  void the_arrival_order_of_reports_does_not_change_the_situation(
      @ForAll GeneratedLedger generated, @ForAll long seed) {
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
      // reports that need one another are accepted together
      AppendResult together = ledger.merge(pending);
      assertThat(together.isAccepted()).as("%s", together.verdict()).isTrue();
      ledger = together.ledger();
    }

    assertThat(ledger.events()).isEqualTo(generated.ledger().events());
    assertThat(ledger.situationAt(generated.end()))
        .isEqualTo(generated.ledger().situationAt(generated.end()));
  }

  @Property
  void the_situation_at_an_instant_is_the_replay_of_exactly_the_events_done_by_then(
      @ForAll GeneratedLedger generated, @ForAll @IntRange(min = 0, max = 80) int hours) {
    Instant instant = GeneratedLedger.START.plusSeconds(hours * 3_600L + 1_800);
    List<Event> done =
        generated.events().stream().filter(e -> e.when().isCertainlyBy(instant)).toList();

    Ledger prefix = Ledger.of(generated.world()).appendAll(done).ledger();

    assertThat(generated.ledger().situationAt(instant)).isEqualTo(prefix.situationAt(instant));
    assertThat(prefix.size()).isEqualTo(done.size());
  }

  @Property
  void replaying_the_same_events_gives_equal_ledgers(@ForAll GeneratedLedger generated) {
    Ledger replayed = Ledger.of(generated.world()).appendAll(generated.events()).ledger();

    assertThat(replayed).isEqualTo(generated.ledger());
    assertThat(replayed.situationAt(generated.end()))
        .isEqualTo(generated.ledger().situationAt(generated.end()));
    assertThat(replayed.verdict().violations()).isEmpty();
  }
}
