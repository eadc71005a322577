package dev.custody.ledger;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Valid ledgers for the model-wide properties: a world of a few facilities held by one keeper,
 * opening censuses for every account, then transfers, escapes, recaptures and releases whose exact
 * sizes never exceed the balances they draw on. Steps are generated as intents and read against a
 * running model, so a shrunk list of intents is still a valid ledger.
 */
final class GeneratedLedgers {
  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId GROUP = ActorId.of("group");
  static final Cohort COHORT = Cohort.of(CohortCategory.FIGHTERS, GROUP);
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private GeneratedLedgers() {}

  /** One generated case: its world, its events in time order, and the people it opened with. */
  record Case(World world, ImmutableList<Event> events, long opened, Map<Account, Long> expected) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(world + ", opened " + opened);
      events.forEach(e -> text.append("\n  ").append(e));
      return text.toString();
    }
  }

  record Step(int kind, int a, int b, int percent) {}

  static Arbitrary<Case> cases() {
    Arbitrary<Step> steps =
        Combinators.combine(
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 100))
            .as(Step::new);
    return Combinators.combine(
            Arbitraries.integers().between(1, 5),
            Arbitraries.longs().between(0, 1_000).list().ofSize(5),
            steps.list().ofMaxSize(40))
        .as(GeneratedLedgers::build);
  }

  static Account held(int facility) {
    return Account.heldAt(KEEPER, facility(facility), COHORT);
  }

  static Account atLarge(int facility) {
    return Account.atLargeFrom(facility(facility), COHORT);
  }

  static FacilityId facility(int index) {
    return FacilityId.of("facility-" + index);
  }

  static Figure exactly(long count, When when) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(KEEPER), when));
  }

  static Case build(int facilities, List<Long> openings, List<Step> steps) {
    List<Facility> built = new ArrayList<>();
    for (int i = 0; i < facilities; i++) {
      built.add(
          Facility.of(
              facility(i),
              "Facility " + i,
              FacilityKind.PRISON,
              Location.in(CountryCode.of("SY"))));
    }
    World world =
        World.of(
            List.of(
                Actor.of(KEEPER, "Keeper", ActorKind.STATE),
                Actor.of(GROUP, "Group", ActorKind.DESIGNATED_ORGANISATION)),
            built);
    ImmutableList.Builder<Event> events = ImmutableList.builder();
    Map<Account, Long> model = new HashMap<>();
    int[] clock = {0};
    long opened = 0;
    for (int i = 0; i < facilities; i++) {
      // every event has its own instant, so that the time order does not depend on arrival
      events.add(
          ControlChanged.first(EventId.of("control-" + i), next(clock), facility(i), KEEPER));
      events.add(census("count-" + i, next(clock), held(i), openings.get(i)));
      events.add(census("none-at-large-" + i, next(clock), atLarge(i), 0));
      model.put(held(i), openings.get(i));
      model.put(atLarge(i), 0L);
      opened += openings.get(i);
    }
    Account released = Account.released(COHORT);
    events.add(census("none-released", next(clock), released, 0));
    model.put(released, 0L);
    int n = 0;
    for (Step step : steps) {
      int a = step.a() % facilities;
      int b = step.b() % facilities;
      When when = next(clock);
      EventId id = EventId.of("step-" + n++);
      switch (step.kind()) {
        case 0:
          if (a == b) {
            continue;
          }
          long moved = share(model.get(held(a)), step.percent());
          events.add(
              DetaineesTransferred.builder()
                  .id(id)
                  .when(when)
                  .from(held(a))
                  .to(held(b))
                  .size(exactly(moved, when))
                  .build());
          move(model, held(a), held(b), moved);
          break;
        case 1:
          long escaped = share(model.get(held(a)), step.percent());
          events.add(DetaineesEscaped.of(id, when, held(a), exactly(escaped, when)));
          move(model, held(a), atLarge(a), escaped);
          break;
        case 2:
          long recaptured = share(model.get(atLarge(a)), step.percent());
          events.add(
              DetaineesRecaptured.of(id, when, atLarge(a), held(a), exactly(recaptured, when)));
          move(model, atLarge(a), held(a), recaptured);
          break;
        default:
          long freed = share(model.get(held(a)), step.percent());
          events.add(DetaineesReleased.of(id, when, held(a), exactly(freed, when)));
          move(model, held(a), released, freed);
      }
    }
    return new Case(world, events.build(), opened, Map.copyOf(model));
  }

  private static CensusTaken census(String id, When when, Account account, long count) {
    return CensusTaken.of(EventId.of(id), when, CensusScope.account(account), exactly(count, when));
  }

  private static When next(int[] clock) {
    return When.at(START.plus(Duration.ofHours(clock[0]++)));
  }

  private static long share(long balance, int percent) {
    return balance * percent / 100;
  }

  private static void move(Map<Account, Long> model, Account from, Account to, long count) {
    model.put(from, model.get(from) - count);
    model.put(to, model.get(to) + count);
  }
}
