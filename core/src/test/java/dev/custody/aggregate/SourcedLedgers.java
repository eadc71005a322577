package dev.custody.aggregate;

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
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
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
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Ledgers whose figures come from several sources that agree, disagree or say the same, for the
 * properties of readings and aggregates: two custodians, two cohorts, four facilities in two
 * countries, control changes, censuses of accounts and of countries, and movements of every kind,
 * escapes from two facilities with one joint figure among them.
 *
 * <p>Each generated event is appended under the envelope reading and kept only when accepted, so
 * every ledger is valid; steps are drawn as intents, so a shrunk list of steps is still a ledger.
 */
final class SourcedLedgers {
  static final ActorId KEEPER_A = ActorId.of("keeper-a");
  static final ActorId KEEPER_B = ActorId.of("keeper-b");
  static final ActorId GROUP = ActorId.of("group");
  static final ImmutableList<ActorId> SOURCES =
      ImmutableList.of(ActorId.of("src-a"), ActorId.of("src-b"), ActorId.of("src-c"));
  static final ImmutableList<Cohort> COHORTS =
      ImmutableList.of(
          Cohort.of(CohortCategory.FIGHTERS, GROUP),
          Cohort.of(CohortCategory.FAMILY_MEMBERS, GROUP));
  static final CountryCode SY = CountryCode.of("SY");
  static final CountryCode IQ = CountryCode.of("IQ");
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final int FACILITIES = 4;

  /** How the claims of a figure relate to each other. */
  enum Voices {
    /** One claim. */
    ONE,
    /** Several sources saying the same estimate. */
    SAME,
    /** Several sources whose ranges all contain the true count. */
    AGREEING,
    /** Several sources, some of which may miss the true count by far. */
    CONFLICTING
  }

  /** One step: what to do, with which facilities, cohorts and sources, and how much. */
  record Step(int kind, int a, int b, int cohort, int percent, int voicesSeed) {}

  /** A generated ledger with the events it was built from. */
  record Case(Ledger ledger, ImmutableList<Event> events, Voices voices) {
    /** An instant after every event. */
    Instant end() {
      return events.stream()
          .map(e -> e.when().end())
          .max(Instant::compareTo)
          .orElse(START)
          .plus(Duration.ofHours(1));
    }

    @Override
    public String toString() {
      StringBuilder text = new StringBuilder(voices + ", " + ledger);
      events.forEach(e -> text.append("\n  ").append(e));
      return text.toString();
    }
  }

  private SourcedLedgers() {}

  static Arbitrary<Case> cases() {
    return cases(Arbitraries.of(Voices.class));
  }

  static Arbitrary<Case> cases(Arbitrary<Voices> voices) {
    Arbitrary<Step> steps =
        Combinators.combine(
                Arbitraries.integers().between(0, 7),
                Arbitraries.integers().between(0, FACILITIES - 1),
                Arbitraries.integers().between(0, FACILITIES - 1),
                Arbitraries.integers().between(0, 1),
                Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 1_000))
            .as(Step::new);
    return Combinators.combine(
            voices,
            Arbitraries.longs().between(0, 2_000).list().ofSize(FACILITIES * 2),
            steps.list().ofMinSize(8).ofMaxSize(30))
        .as(SourcedLedgers::build);
  }

  static World world() {
    List<Actor> actors = new ArrayList<>();
    actors.add(Actor.of(KEEPER_A, "Keeper A", ActorKind.STATE));
    actors.add(Actor.of(KEEPER_B, "Keeper B", ActorKind.NON_STATE_ARMED_GROUP));
    actors.add(Actor.of(GROUP, "Group", ActorKind.DESIGNATED_ORGANISATION));
    for (ActorId source : SOURCES) {
      actors.add(Actor.of(source, "Source " + source, ActorKind.MEDIA));
    }
    List<Facility> facilities = new ArrayList<>();
    for (int i = 0; i < FACILITIES; i++) {
      facilities.add(
          Facility.of(
              facility(i),
              "Facility " + i,
              i % 2 == 0 ? FacilityKind.PRISON : FacilityKind.DETENTION_CAMP,
              Location.in(country(i))));
    }
    return World.of(actors, facilities);
  }

  static FacilityId facility(int i) {
    return FacilityId.of("facility-" + i);
  }

  static CountryCode country(int facility) {
    return facility == 2 ? IQ : SY;
  }

  static ActorId keeper(int facility) {
    return facility % 2 == 0 ? KEEPER_A : KEEPER_B;
  }

  static Account held(int facility, int cohort) {
    return Account.heldAt(keeper(facility), facility(facility), COHORTS.get(cohort));
  }

  static Case build(Voices voices, List<Long> openings, List<Step> steps) {
    Ledger ledger = Ledger.of(world());
    List<Event> events = new ArrayList<>();
    long[] truth = new long[FACILITIES * 2];
    long[] atLarge = new long[FACILITIES * 2];
    int[] clock = {0};
    for (int i = 0; i < FACILITIES; i++) {
      ledger =
          add(
              ledger,
              events,
              ControlChanged.first(id("control", i), next(clock), facility(i), keeper(i)));
      for (int c = 0; c < 2; c++) {
        long opening = openings.get(i * 2 + c);
        truth[i * 2 + c] = opening;
        When when = next(clock);
        ledger =
            add(
                ledger,
                events,
                CensusTaken.of(
                    id("count-" + c, i),
                    when,
                    CensusScope.account(held(i, c)),
                    figure(opening, voices, i * 31 + c, when)));
        ledger =
            add(
                ledger,
                events,
                CensusTaken.of(
                    id("none-at-large-" + c, i),
                    next(clock),
                    CensusScope.account(Account.atLargeFrom(facility(i), COHORTS.get(c))),
                    Figure.of(Claim.of(Estimate.exactly(0), Source.of(SOURCES.get(0)), when))));
      }
    }
    int n = 0;
    for (Step step : steps) {
      int a = step.a();
      int b = step.b();
      int c = step.cohort();
      When when = next(clock);
      EventId id = EventId.of("step-" + n++);
      Figure size;
      Event event;
      switch (step.kind()) {
        case 0: // transfer, possibly across a border
          if (a == b) {
            continue;
          }
          long moved = truth[a * 2 + c] * step.percent() / 100;
          size = figure(moved, voices, step.voicesSeed(), when);
          event =
              DetaineesTransferred.builder()
                  .id(id)
                  .when(when)
                  .from(held(a, c))
                  .to(held(b, c))
                  .size(size)
                  .build();
          if (accepted(ledger, event)) {
            truth[a * 2 + c] -= moved;
            truth[b * 2 + c] += moved;
          }
          break;
        case 1:
          long escaped = truth[a * 2 + c] * step.percent() / 100;
          event =
              DetaineesEscaped.of(
                  id, when, held(a, c), figure(escaped, voices, step.voicesSeed(), when));
          if (accepted(ledger, event)) {
            truth[a * 2 + c] -= escaped;
            atLarge[a * 2 + c] += escaped;
          }
          break;
        case 2:
          long recaptured = atLarge[a * 2 + c] * step.percent() / 100;
          event =
              DetaineesRecaptured.of(
                  id,
                  when,
                  Account.atLargeFrom(facility(a), COHORTS.get(c)),
                  held(b, c),
                  figure(recaptured, voices, step.voicesSeed(), when));
          if (accepted(ledger, event)) {
            atLarge[a * 2 + c] -= recaptured;
            truth[b * 2 + c] += recaptured;
          }
          break;
        case 3:
          long released = truth[a * 2 + c] * step.percent() / 100;
          event =
              DetaineesReleased.of(
                  id, when, held(a, c), figure(released, voices, step.voicesSeed(), when));
          if (accepted(ledger, event)) {
            truth[a * 2 + c] -= released;
          }
          break;
        case 4: // the other keeper takes over; custodians of the accounts stay as recorded
          event =
              ControlChanged.of(
                  id, when, facility(a), controller(ledger, a), other(controller(ledger, a)));
          break;
        case 5:
          long inCountry = 0;
          for (int i = 0; i < FACILITIES; i++) {
            if (country(i).equals(country(a))) {
              inCountry += truth[i * 2 + c];
            }
          }
          event =
              CensusTaken.of(
                  id,
                  when,
                  CensusScope.country(country(a)).withCohort(COHORTS.get(c)),
                  figure(inCountry, voices, step.voicesSeed(), when));
          break;
        case 7: // a joint escape from two facilities, one figure over both
          if (a == b) {
            continue;
          }
          long fromA = truth[a * 2 + c] * step.percent() / 100;
          long fromB = truth[b * 2 + c] * step.percent() / 100;
          event =
              DetaineesEscaped.jointly(
                  id,
                  when,
                  ImmutableList.of(held(a, c), held(b, c)),
                  figure(fromA + fromB, voices, step.voicesSeed(), when));
          if (accepted(ledger, event)) {
            truth[a * 2 + c] -= fromA;
            truth[b * 2 + c] -= fromB;
            atLarge[a * 2 + c] += fromA;
            atLarge[b * 2 + c] += fromB;
          }
          break;
        default:
          event =
              CensusTaken.of(
                  id,
                  when,
                  CensusScope.account(held(a, c)),
                  figure(truth[a * 2 + c], voices, step.voicesSeed(), when));
      }
      ledger = add(ledger, events, event);
    }
    return new Case(ledger, ImmutableList.copyOf(events), voices);
  }

  private static boolean accepted(Ledger ledger, Event event) {
    return ledger.append(event).isAccepted();
  }

  private static ActorId controller(Ledger ledger, int facility) {
    return ledger.controllerAt(facility(facility), Instant.MAX).orElseThrow();
  }

  private static ActorId other(ActorId keeper) {
    return keeper.equals(KEEPER_A) ? KEEPER_B : KEEPER_A;
  }

  private static Ledger add(Ledger ledger, List<Event> events, Event event) {
    AppendResult result = ledger.append(event);
    if (!result.isAccepted()) {
      return ledger;
    }
    events.add(event);
    return result.ledger();
  }

  /** The claims of a figure whose true count is {@code truth}, shaped by {@code voices}. */
  static Figure figure(long truth, Voices voices, int seed, When when) {
    int sources = voices == Voices.ONE ? 1 : 2 + seed % 2;
    List<Claim> claims = new ArrayList<>();
    for (int s = 0; s < sources; s++) {
      Estimate estimate;
      int shape = (seed / 3 + s * 7) % 6;
      switch (voices) {
        case ONE:
        case SAME:
          estimate = around(truth, seed % 6);
          break;
        case AGREEING:
          estimate = around(truth, shape);
          break;
        default:
          estimate =
              s == sources - 1 && seed % 4 == 0
                  ? Estimate.atLeast(truth * 3 + 50)
                  : around(truth, shape);
      }
      claims.add(Claim.of(estimate, Source.of(SOURCES.get((seed + s) % SOURCES.size())), when));
    }
    return Figure.of(claims);
  }

  /** An estimate whose range contains {@code truth}. */
  private static Estimate around(long truth, int shape) {
    switch (shape) {
      case 0:
        return Estimate.exactly(truth);
      case 1:
        return truth == 0 ? Estimate.exactly(0) : Estimate.about(truth);
      case 2:
        return Estimate.between(Math.max(0, truth - 5), truth + 10);
      case 3:
        return Estimate.atLeast(truth / 2);
      case 4:
        return Estimate.upTo(truth + 20);
      default:
        return Estimate.between(truth, truth * 2 + 1);
    }
  }

  private static EventId id(String prefix, int i) {
    return EventId.of(prefix + "-" + i);
  }

  private static When next(int[] clock) {
    return When.at(START.plus(Duration.ofHours(clock[0]++)));
  }
}
