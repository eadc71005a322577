package dev.custody.ledger;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import dev.custody.event.Account;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The actors, facilities and operations a ledger knows: an event that names anyone or anything
 * else, or a phase an operation does not have, is rejected (rule {@code CUS-005}).
 *
 * <p>Ids are unique: two actors or two facilities with one id are refused. Every chain of
 * {@linkplain Actor#parent() parents} ends: an actor may be part of another, which may be part of a
 * third, but never, through any number of steps, part of itself (a parent the world does not know
 * ends the chain). The same holds of {@linkplain Actor#succeeds() successions}: no actor succeeds
 * itself through any number of predecessors.
 *
 * <p>The world also says which cohorts lie within which ({@link #isWithin(Cohort, Cohort)}): those
 * {@link Cohort#isWithin(Cohort)} computes (nationals of TJ within nationals of every country but
 * SY and IQ; minors within the detainees of the same affiliation), and those declared with {@link
 * #withCohortWithin(Cohort, Cohort)} (women within family members, when the sources count them so).
 * A declaration never makes two cohorts lie within each other. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class World {
  private static final int CYCLE_SHOWN = 10;

  World() {}

  /**
   * Obtains the world of {@code actors} and {@code facilities}, in the order given.
   *
   * @param actors the actors
   * @param facilities the facilities
   * @return the world
   * @throws IllegalArgumentException if two actors or two facilities share an id, or the actors'
   *     parents or successions form a cycle, naming the actors in it
   */
  public static World of(Iterable<Actor> actors, Iterable<Facility> facilities) {
    checkNotNull(facilities, "facilities");
    checkNotNull(actors, "actors");
    Map<ActorId, Actor> actorsById = new LinkedHashMap<>();
    for (Actor actor : actors) {
      if (actorsById.put(actor.id(), actor) != null) {
        throw new IllegalArgumentException(
            String.format("World.actors id (%s) must be unique; it appears twice", actor.id()));
      }
    }
    Map<FacilityId, Facility> facilitiesById = new LinkedHashMap<>();
    for (Facility facility : facilities) {
      if (facilitiesById.put(facility.id(), facility) != null) {
        throw new IllegalArgumentException(
            String.format(
                "World.facilities id (%s) must be unique; it appears twice", facility.id()));
      }
    }
    return ImmutableWorld.of(ImmutableMap.copyOf(actorsById), ImmutableMap.copyOf(facilitiesById));
  }

  /**
   * Obtains the world of {@code actors}, {@code facilities} and {@code operations}, in the order
   * given.
   *
   * @param actors the actors
   * @param facilities the facilities
   * @param operations the named operations that events may be part of
   * @return the world
   * @throws IllegalArgumentException if two actors, two facilities or two operations share an id,
   *     or the actors' parents or successions form a cycle, naming the actors in it
   */
  public static World of(
      Iterable<Actor> actors, Iterable<Facility> facilities, Iterable<Operation> operations) {
    checkNotNull(operations, "operations");
    World world = of(actors, facilities);
    Map<OperationId, Operation> operationsById = new LinkedHashMap<>();
    for (Operation operation : operations) {
      if (operationsById.put(operation.id(), operation) != null) {
        throw new IllegalArgumentException(
            String.format(
                "World.operations id (%s) must be unique; it appears twice", operation.id()));
      }
    }
    return ((ImmutableWorld) world).copyWithOperations(operationsById);
  }

  /**
   * Returns the actors by id.
   *
   * @return the actors
   */
  @Value.Parameter(order = 0)
  public abstract ImmutableMap<ActorId, Actor> actors();

  /**
   * Returns the facilities by id.
   *
   * @return the facilities
   */
  @Value.Parameter(order = 1)
  public abstract ImmutableMap<FacilityId, Facility> facilities();

  /**
   * Returns the named operations by id: programmes and campaigns that events may be part of.
   *
   * @return the operations, empty when none is declared
   */
  public abstract ImmutableMap<OperationId, Operation> operations();

  /**
   * Returns the declared nesting of cohorts: each cohort, mapped to the cohorts it was declared to
   * lie within. Nesting that {@link Cohort#isWithin(Cohort)} computes is not listed.
   *
   * @return the declarations, inner cohort to outer cohorts; empty when none was declared
   */
  public abstract ImmutableSetMultimap<Cohort, Cohort> cohortsWithin();

  @Value.Check
  final void check() {
    operations().forEach((id, operation) -> checkKey("operations", id, operation.id()));
    actors().forEach((id, actor) -> checkKey("actors", id, actor.id()));
    facilities().forEach((id, facility) -> checkKey("facilities", id, facility.id()));
    checkChainsEnd(actors(), "parents", "a chain of parents must end", Actor::parent);
    checkChainsEnd(
        actors(), "successions", "no actor succeeds itself, however far back", Actor::succeeds);
  }

  /**
   * Follows each actor's chain of {@code links} (parents, or predecessors) once, in linear time
   * overall: an actor whose chain was already followed to its end is not followed again.
   */
  private static void checkChainsEnd(
      Map<ActorId, Actor> actors,
      String links,
      String rule,
      java.util.function.Function<Actor, java.util.Optional<ActorId>> link) {
    Set<ActorId> ended = new HashSet<>();
    for (ActorId first : actors.keySet()) {
      List<ActorId> chain = new ArrayList<>();
      Set<ActorId> onChain = new HashSet<>();
      ActorId next = first;
      while (next != null && actors.containsKey(next) && !ended.contains(next)) {
        if (!onChain.add(next)) {
          List<ActorId> cycle = chain.subList(chain.indexOf(next), chain.size());
          // a cycle of thousands is named by its first actors and its length
          String shown =
              cycle.stream()
                  .limit(CYCLE_SHOWN)
                  .map(ActorId::toString)
                  .collect(Collectors.joining(" -> "));
          if (cycle.size() > CYCLE_SHOWN) {
            shown += String.format(" -> ... (%d actors in all)", cycle.size());
          }
          throw new IllegalArgumentException(
              String.format(
                  "World.actors %s (%s -> %s) must not form a cycle: %s",
                  links, shown, next, rule));
        }
        chain.add(next);
        next = link.apply(actors.get(next)).orElse(null);
      }
      ended.addAll(chain);
    }
  }

  private static void checkKey(String field, Object key, Object id) {
    if (!key.equals(id)) {
      throw new IllegalArgumentException(
          String.format("World.%s key (%s) must be the id of its value (%s)", field, key, id));
    }
  }

  /**
   * Returns the actor with id {@code id}.
   *
   * @param id the id
   * @return the actor, or empty when unknown
   */
  public final Optional<Actor> actor(ActorId id) {
    return Optional.ofNullable(actors().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the actors that speak for {@code actor}: those that are part of it, directly or through
   * others ({@link Actor#parent()}), such as its spokespeople, officials and sub-units. A reading
   * "according to" an actor takes their claims as its own.
   *
   * @param actor the actor
   * @return the ids of its parts, in the order of the world's actors; empty when it has none or is
   *     unknown
   */
  public final com.google.common.collect.ImmutableSet<ActorId> partsOf(ActorId actor) {
    checkNotNull(actor, "actor");
    com.google.common.collect.ImmutableSet.Builder<ActorId> parts =
        com.google.common.collect.ImmutableSet.builder();
    for (Actor candidate : actors().values()) {
      Set<ActorId> seen = new HashSet<>();
      Optional<ActorId> up = candidate.parent();
      // walk up the chain of parents; a cycle, which the world may hold, ends the walk
      while (up.isPresent() && seen.add(up.get())) {
        if (up.get().equals(actor)) {
          parts.add(candidate.id());
          break;
        }
        up = actor(up.get()).flatMap(Actor::parent);
      }
    }
    return parts.build();
  }

  /**
   * Returns the facility with id {@code id}.
   *
   * @param id the id
   * @return the facility, or empty when unknown
   */
  public final Optional<Facility> facility(FacilityId id) {
    return Optional.ofNullable(facilities().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the operation with id {@code id}.
   *
   * @param id the id
   * @return the operation, or empty when unknown
   */
  public final Optional<Operation> operation(OperationId id) {
    return Optional.ofNullable(operations().get(checkNotNull(id, "id")));
  }

  /**
   * Returns the country a facility is in.
   *
   * @param id the facility's id
   * @return the country, or empty when the facility is unknown
   */
  public final Optional<CountryCode> countryOf(FacilityId id) {
    return facility(id).map(f -> f.location().country());
  }

  /**
   * Returns a copy that also knows that everyone in {@code inner} is in {@code outer}: "the minors
   * held at the prison are among its detainees", where the cohorts' categories alone do not say so.
   *
   * @param inner the narrower cohort
   * @param outer the cohort that contains it
   * @return the world with the declaration
   * @throws IllegalArgumentException if the cohorts are equal, or {@code outer} already lies within
   *     {@code inner} (the two would be one population)
   */
  public final World withCohortWithin(Cohort inner, Cohort outer) {
    checkNotNull(inner, "inner");
    checkNotNull(outer, "outer");
    if (inner.equals(outer) || isWithin(outer, inner)) {
      throw new IllegalArgumentException(
          String.format(
              "World.cohortsWithin (%s within %s) must not form a cycle: %s already lies within %s",
              inner, outer, outer, inner));
    }
    return ((ImmutableWorld) this)
        .copyWithCohortsWithin(
            ImmutableSetMultimap.<Cohort, Cohort>builder()
                .putAll(cohortsWithin())
                .put(inner, outer)
                .build());
  }

  /**
   * Checks if everyone in {@code inner} is in {@code outer}: computed ({@link
   * Cohort#isWithin(Cohort)}), declared ({@link #withCohortWithin(Cohort, Cohort)}), or through a
   * chain of both. A cohort lies within itself.
   *
   * <p>The cost is linear in the number of declarations for each cohort reached, quadratic at
   * worst; with no declaration it is one {@link Cohort#isWithin(Cohort)}.
   *
   * @param inner the cohort that may lie within
   * @param outer the cohort that may contain it
   * @return true if every person of {@code inner} is one of {@code outer}
   */
  public final boolean isWithin(Cohort inner, Cohort outer) {
    checkNotNull(inner, "inner");
    checkNotNull(outer, "outer");
    if (inner.isWithin(outer)) {
      return true;
    }
    if (cohortsWithin().isEmpty()) {
      return false;
    }
    Set<Cohort> seen = new HashSet<>();
    Deque<Cohort> next = new ArrayDeque<>();
    next.add(inner);
    seen.add(inner);
    while (!next.isEmpty()) {
      Cohort cohort = next.poll();
      if (cohort.isWithin(outer)) {
        return true;
      }
      // a declaration about a wider cohort holds of every cohort within it
      for (Map.Entry<Cohort, Cohort> declared : cohortsWithin().entries()) {
        if (cohort.isWithin(declared.getKey()) && seen.add(declared.getValue())) {
          next.add(declared.getValue());
        }
      }
    }
    return false;
  }

  /**
   * Checks if the account {@code outer} is a wider cohort's account at the same place as {@code
   * inner}: the same kind, custodian, facility and country, a different cohort that contains {@code
   * inner}'s ({@link #isWithin(Cohort, Cohort)}). The ledger keeps the two disjoint: the wider
   * account holds the rest of its cohort there, and a count of it counts both.
   *
   * @param outer the account of the wider cohort
   * @param inner the account that may be nested in it
   * @return true if {@code inner} is nested in {@code outer}
   */
  public final boolean encloses(Account outer, Account inner) {
    checkNotNull(outer, "outer");
    checkNotNull(inner, "inner");
    return !outer.cohort().equals(inner.cohort())
        && outer.isAtSamePlaceAs(inner)
        && isWithin(inner.cohort(), outer.cohort());
  }

  /**
   * Returns a copy that also knows {@code actor}.
   *
   * @param actor the actor
   * @return the larger world
   * @throws IllegalArgumentException if an actor of that id is already known
   */
  public final World withActor(Actor actor) {
    checkNotNull(actor, "actor");
    return keepingNesting(
        of(
            com.google.common.collect.Iterables.concat(actors().values(), java.util.List.of(actor)),
            facilities().values(),
            operations().values()));
  }

  /**
   * Returns a copy that also knows {@code facility}.
   *
   * @param facility the facility
   * @return the larger world
   * @throws IllegalArgumentException if a facility of that id is already known
   */
  public final World withFacility(Facility facility) {
    checkNotNull(facility, "facility");
    return keepingNesting(
        of(
            actors().values(),
            com.google.common.collect.Iterables.concat(
                facilities().values(), java.util.List.of(facility)),
            operations().values()));
  }

  /**
   * Returns a copy that also knows {@code operation}.
   *
   * @param operation the operation
   * @return the larger world
   * @throws IllegalArgumentException if an operation of that id is already known
   */
  public final World withOperation(Operation operation) {
    checkNotNull(operation, "operation");
    return keepingNesting(
        of(
            actors().values(),
            facilities().values(),
            com.google.common.collect.Iterables.concat(
                operations().values(), java.util.List.of(operation))));
  }

  private World keepingNesting(World copy) {
    return ((ImmutableWorld) copy).copyWithCohortsWithin(cohortsWithin());
  }

  /**
   * Returns the world as "world of 13 actors and 6 facilities", with ", 1 operation" or more when
   * it declares any.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return "world of "
        + actors().size()
        + (actors().size() == 1 ? " actor" : " actors")
        + " and "
        + facilities().size()
        + (facilities().size() == 1 ? " facility" : " facilities")
        + (operations().isEmpty()
            ? ""
            : ", "
                + operations().size()
                + (operations().size() == 1 ? " operation" : " operations"));
  }
}
