package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Nobody is counted twice: whatever the order of exact counts of "foreign nationals" at a prison
 * and of the nationals of Tajikistan among them, and whatever Tajiks are flown home between them,
 * the prison holds the latest count of the whole less those flown home since, the Tajiks their
 * latest count less those flown home since, and no balance is below zero.
 */
class NestedCohortsProperties {

  /** A step: a count of the whole (0), a count of the Tajiks (1), or a flight home (2). */
  record Step(int kind, int size) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Arbitraries.integers()
        .between(0, 2)
        .flatMap(
            kind ->
                Arbitraries.integers()
                    .between(kind == 2 ? 1 : 0, kind == 0 ? 1_000 : 100)
                    .map(size -> new Step(kind, size)))
        .list()
        .ofMinSize(1)
        .ofMaxSize(12);
  }

  @Property(tries = 500)
  void thePrisonHoldsTheWholeOnce(@ForAll("steps") List<Step> steps) {
    List<Event> events = new ArrayList<>();
    Long whole = null;
    Long tajiks = null;
    int day = 1;
    for (Step step : steps) {
      EventId id = EventId.of("e" + events.size());
      if (step.kind() == 0) {
        // a count of the whole never below the Tajiks on record: the counts agree
        long count = Math.max(step.size(), tajiks == null ? 0 : tajiks);
        events.add(census(id, day, NestedCohortsTest.PRISON_FOREIGN, count));
        whole = count;
      } else if (step.kind() == 1) {
        long count = whole == null ? step.size() : Math.min(step.size(), whole);
        events.add(census(id, day, NestedCohortsTest.PRISON_TAJIKS, count));
        tajiks = count;
      } else if (tajiks != null && step.size() <= tajiks) {
        events.add(
            DetaineesRepatriated.builder()
                .id(id)
                .when(NestedCohortsTest.day(day))
                .from(NestedCohortsTest.PRISON_TAJIKS)
                .destination(NestedCohortsTest.TJ)
                .size(NestedCohortsTest.said(Estimate.exactly(step.size()), day))
                .build());
        tajiks -= step.size();
        if (whole != null) {
          whole -= step.size();
        }
      }
      day++;
    }
    AppendResult result = Ledger.of(NestedCohortsTest.WORLD).appendAll(events);
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    Situation situation = result.ledger().situationAt(NestedCohortsTest.day(day).end());

    Estimate held = Estimate.exactly(0);
    for (var entry : situation.balances().entrySet()) {
      assertThat(entry.getValue().low()).isNotNegative();
      if (entry.getKey().isHeld()) {
        held = held.plus(entry.getValue());
      }
    }
    if (tajiks != null) {
      assertThat(situation.balance(NestedCohortsTest.PRISON_TAJIKS))
          .isEqualTo(Estimate.exactly(tajiks));
    }
    if (whole != null) {
      assertThat(held.isEqual(Estimate.exactly(whole)))
          .as("held %s, whole %s", held, whole)
          .isTrue();
    }
  }

  private static CensusTaken census(
      EventId id, int day, dev.custody.event.Account account, long count) {
    return CensusTaken.of(
        id,
        NestedCohortsTest.day(day),
        CensusScope.account(account),
        NestedCohortsTest.said(Estimate.exactly(count), day));
  }
}
