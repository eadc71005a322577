package dev.custody.ledger;

import dev.custody.agreement.Agreement;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.PlannedMovement;
import dev.custody.event.RunningTotalReported;
import dev.custody.internal.Periods;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.Reading;
import dev.custody.model.When;
import dev.custody.rules.RuleContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The mutable fold of a ledger's events: balances, controllers, agreements and plan totals. It is
 * private to the ledger, which publishes immutable {@link Situation}s from it; one instance is only
 * ever advanced by the ledger that owns it.
 */
final class State implements RuleContext {
  /** The balance of an account with no balance yet, and of an account nobody recorded. */
  private static final Estimate UNKNOWN = Estimate.unknown();

  private final World world;
  private final Reading reading;
  private final Map<EventId, Event> ledgerEvents;
  private final Map<AgreementId, When> ledgerConclusions;

  /**
   * The balances, numbered densely with low, best and high values in arrays, and the time of the
   * census that last set each: a movement changes them in place.
   */
  private final DenseBalances balances;

  private final HashMap<FacilityId, ActorId> controllers = new HashMap<>();
  private final HashMap<FacilityId, When> controlTimes = new HashMap<>();
  private final HashMap<FacilityId, Event> controlRecords = new HashMap<>();
  private final HashMap<AgreementId, Agreement> agreements = new HashMap<>();
  private final HashMap<EventId, Estimate> transferred = new HashMap<>();
  private final HashMap<EventId, Estimate> resolved = new HashMap<>();

  /** How the ledger split each joint movement applied so far, by its event. */
  private final HashMap<EventId, JointSplit> jointSplits = new HashMap<>();

  /**
   * The sum of the movements between each pair of accounts so far: what running totals count, kept
   * only once one asks ({@link #recordedToward}), or from the start when there is no journal to
   * read the events folded before from.
   */
  private final Flows flowed;

  /** The number of events folded: the first {@code folded} events of the journal, in order. */
  private int folded;

  private Event current;

  /**
   * A state before any event, answering questions about other events from the maps given, which the
   * ledger keeps up to date.
   */
  State(
      World world,
      Reading reading,
      Map<EventId, Event> ledgerEvents,
      Map<AgreementId, When> ledgerConclusions) {
    this(
        world,
        reading,
        ledgerEvents,
        ledgerConclusions,
        new DenseBalances(),
        new Flows(!(ledgerEvents instanceof Journal.EventsView)));
  }

  private State(
      World world,
      Reading reading,
      Map<EventId, Event> ledgerEvents,
      Map<AgreementId, When> ledgerConclusions,
      DenseBalances balances,
      Flows flowed) {
    this.world = world;
    this.reading = reading;
    this.ledgerEvents = ledgerEvents;
    this.ledgerConclusions = ledgerConclusions;
    this.balances = balances;
    this.flowed = flowed;
  }

  private void setBalance(Account account, Estimate balance) {
    balances.set(account, balance);
  }

  /** The number of {@code account}'s balance, which is unknown when nothing recorded it before. */
  private int numberOf(Account account) {
    int number = balances.numberOf(account);
    if (number < 0) {
      setBalance(account, UNKNOWN);
      number = balances.numberOf(account);
    }
    return number;
  }

  /**
   * Sets the balance of the account a census counted. Cohorts that nest keep disjoint accounts: the
   * account of the wider cohort holds the rest of it, so a count of it (which counts the nested
   * accounts too) leaves it the count minus theirs, and a count of a nested cohort takes those it
   * counts out of the rest of the nearest wider account on record, which already held them.
   */
  private void count(Account account, CensusTaken census) {
    Estimate counted = reading.of(census.count());
    int here = balances.firstAt(account);
    Estimate nested = nestedIn(account, here);
    Account rest = null;
    for (int n = here; n >= 0; n = balances.nextAt(n)) {
      Account other = balances.account(n);
      if (world.encloses(other, account)
          && (rest == null || world.isWithin(other.cohort(), rest.cohort()))) {
        rest = other;
      }
    }
    if (rest != null) {
      Estimate before = balances.get(account);
      Estimate held = balances.get(rest);
      setBalance(rest, (before == null ? held : held.plus(before)).minus(counted));
    }
    setBalance(account, nested == null ? counted : counted.minus(nested));
    balances.setCensusTime(balances.numberOf(account), census.when());
  }

  /**
   * The sum of the balances of the accounts nested in {@code account} (of cohorts within its cohort
   * at the same place), or null when none has a balance.
   */
  private Estimate nestedIn(Account account) {
    return nestedIn(account, balances.firstAt(account));
  }

  /**
   * {@link #nestedIn(Account)} among the accounts at its place, numbered from {@code here} on (-1
   * for none).
   */
  private Estimate nestedIn(Account account, int here) {
    Estimate nested = null;
    for (int n = here; n >= 0; n = balances.nextAt(n)) {
      if (world.encloses(account, balances.account(n))) {
        nested = nested == null ? balances.get(n) : nested.plus(balances.get(n));
      }
    }
    return nested;
  }

  /** The balance of {@code account} and of the accounts nested in it: the whole of its cohort. */
  private Estimate wholeOf(Account account) {
    Estimate nested = nestedIn(account);
    return nested == null ? balance(account) : balance(account).plus(nested);
  }

  /** Sets the event the next rule checks are about. */
  void checking(Event event) {
    this.current = event;
    balances.atHand(event);
  }

  /**
   * Reads ahead what checking and folding {@code events} will read of the balances, when there are
   * enough of them for it to be worth it ({@link DenseBalances#isLarge()}), without writing
   * anything the fold keeps: see {@link DenseBalances#touch}. {@code touchedAccounts} and {@code
   * touchedNumbers} are room for twice {@code count} accounts and numbers; they are left empty of
   * accounts. The value means nothing.
   */
  int touch(Event[] events, int count, Account[] touchedAccounts, int[] touchedNumbers) {
    if (!balances.isLarge()) {
      return 0;
    }
    int accounts = 0;
    // the accounts of each event's first movement: all of a transfer's
    for (int e = 0; e < count; e++) {
      Event event = events[e];
      List<Movement> movements = event.movements();
      if (!movements.isEmpty() && accounts + 2 <= touchedAccounts.length) {
        Movement movement = movements.get(0);
        touchedAccounts[accounts++] = movement.from();
        touchedAccounts[accounts++] = movement.to();
      }
    }
    int touched = balances.touch(touchedAccounts, touchedNumbers, accounts);
    Arrays.fill(touchedAccounts, 0, accounts, null);
    return touched;
  }

  /** Applies an accepted event. */
  void apply(Event event) {
    folded++;
    balances.atHand(event);
    Estimate movedByEvent = null;
    List<Movement> movements = event.movements();
    Estimate[] joint = applyJoint(event, movements);
    for (int i = 0; i < movements.size(); i++) {
      Movement movement = movements.get(i);
      Estimate size = joint == null ? sizeOf(movement) : joint[i];
      if (movement.allOfThem()) {
        // the balance moves whole, so the account is empty, not "balance minus balance"
        resolved.put(event.id(), size);
        setBalance(movement.from(), Estimate.exactly(0));
      } else if (movement.from().kind() != AccountKind.OUTSIDE) {
        // balance(from).minus(...), in place
        int from = numberOf(movement.from());
        balances.minus(from, outOf(from, event.when(), size));
      }
      // balance(to).plus(...), in place
      int to = numberOf(movement.to());
      balances.plus(to, sinceCensus(balances.censusTime(to), event.when(), size));
      movedByEvent = movedByEvent == null ? size : movedByEvent.plus(size);
      flowed.add(movement.from(), movement.to(), size, planOf(event));
    }
    if (event instanceof CensusTaken census) {
      List<Account> counted = census.scope().accountCounted();
      if (!counted.isEmpty()) {
        count(counted.get(0), census);
      }
    } else if (event instanceof ControlChanged change) {
      controllers.put(change.facility(), change.to());
      controlTimes.put(change.facility(), change.when());
      controlRecords.put(change.facility(), change);
    } else if (event instanceof ControlReported report) {
      // contested, abandoned or unknown: no controller on record until a later record names one
      if (report.holder().isPresent()) {
        controllers.put(report.facility(), report.holder().get());
      } else {
        controllers.remove(report.facility());
      }
      controlTimes.put(report.facility(), report.when());
      controlRecords.put(report.facility(), report);
    } else if (event instanceof PlannedMovement movement) {
      if (movement.plan().isPresent()) {
        transferred.merge(
            movement.plan().get(),
            movedByEvent == null ? reading.of(movement.size()) : movedByEvent,
            Estimate::plus);
      }
      if (movement instanceof CustodyHandedOver handover && handover.withControl()) {
        FacilityId facility = handover.from().facility().orElseThrow();
        controllers.put(facility, handover.receiver());
        controlTimes.put(facility, handover.when());
        controlRecords.put(facility, handover);
      }
    } else if (event instanceof AgreementConcluded concluded) {
      agreements.put(concluded.agreement().id(), concluded.agreement());
    } else if (event instanceof ObligationMet met) {
      Agreement agreement = agreements.get(met.agreement());
      if (agreement != null) {
        agreement
            .obligation(met.obligation())
            .filter(o -> o.met().isEmpty() && o.waived().isEmpty() && !o.isBreached())
            .ifPresent(
                o ->
                    agreements.put(
                        agreement.id(), agreement.withObligation(o.withMet(met.when()))));
      }
    } else if (event instanceof DeadlineExtended revised) {
      revise(revised);
    } else if (event instanceof ObligationBreached breached) {
      Agreement agreement = agreements.get(breached.agreement());
      if (agreement != null) {
        agreement
            .obligation(breached.obligation())
            .filter(o -> o.met().isEmpty() && o.waived().isEmpty())
            .ifPresent(
                o ->
                    agreements.put(
                        agreement.id(), agreement.withObligation(o.withBreach(breached.breach()))));
      }
    }
  }

  /**
   * Splits a joint movement (one figure over several origins) before any of its parts moves, and
   * records the split: the range of each part, from the origins' balances before it, and what the
   * origins and the destinations hold together after it. Null for any other event.
   */
  private Estimate[] applyJoint(Event event, List<Movement> movements) {
    Estimate[] parts = splitOf(movements);
    if (parts == null) {
      return null;
    }
    Estimate figure = reading.of(movements.get(0).size());
    JointSplit.Builder split = JointSplit.builder().event(event.id()).figure(figure);
    Estimate origins = Estimate.exactly(0);
    Estimate destinations = Estimate.exactly(0);
    java.util.Set<Account> entered = new java.util.LinkedHashSet<>();
    for (int i = 0; i < movements.size(); i++) {
      Movement movement = movements.get(i);
      split.putParts(movement.from(), parts[i]);
      origins = origins.plus(balance(movement.from()));
      if (entered.add(movement.to())) {
        destinations = destinations.plus(balance(movement.to()));
      }
    }
    split.addAllDestinations(entered);
    if (!isPeriod(event)) {
      split.originsTogether(origins.minus(figure)).destinationsTogether(destinations.plus(figure));
    }
    jointSplits.put(event.id(), split.build());
    return parts;
  }

  /**
   * The range each part of a joint movement moves, from the balances of its origins now; null when
   * the movements are not the parts of a joint figure.
   */
  private Estimate[] splitOf(List<Movement> movements) {
    if (movements.isEmpty() || !movements.get(0).isJointPart()) {
      return null;
    }
    List<Estimate> held = new java.util.ArrayList<>(movements.size());
    for (int i = 0; i < movements.size(); i++) {
      held.add(balance(movements.get(i).from()));
    }
    return JointSplit.parts(reading.of(movements.get(0).size()), held);
  }

  /**
   * Applies a revision of a deadline, earlier or later, that rule {@code CUS-013} lets through: one
   * of an open obligation with a deadline or a term, lapsing after the agreement (and the term)
   * begins.
   */
  private void revise(DeadlineExtended revised) {
    Agreement agreement = agreements.get(revised.agreement());
    if (agreement == null) {
      return;
    }
    Instant lapses = revised.deadline().lapsesAt();
    agreement
        .obligation(revised.obligation())
        .filter(o -> o.latestDeadline().isPresent())
        .filter(o -> o.met().isEmpty() && o.waived().isEmpty() && !o.isBreached())
        .filter(o -> lapses.isAfter(agreement.concluded().start()))
        .filter(o -> o.term().isEmpty() || lapses.isAfter(o.term().get().start().start()))
        .ifPresent(
            o ->
                agreements.put(
                    agreement.id(),
                    agreement.withObligation(o.withRevision(revised.deadline(), revised.when()))));
  }

  /**
   * Checks if {@code event} moves people over a period: its time spans more than one day ("between
   * 2011 and 2015", a week, a month), so that any share of its movements may have happened before a
   * census taken during it. A movement of an instant or of one day is not.
   */
  static boolean isPeriod(Event event) {
    return !event.movements().isEmpty()
        && !event.when().isInstant()
        && !event.when().firstDate().equals(event.when().lastDate());
  }

  /** The size of {@code movement}: its figure under the reading, or the balance it empties. */
  private Estimate sizeOf(Movement movement) {
    return movement.allOfThem()
        ? allOf(balance(movement.from()), reading.of(movement.size()))
        : reading.of(movement.size());
  }

  /**
   * What a movement of all of them moves: the balance it empties, narrowed by what its claims say
   * when the two agree ("all 2,400 inmates were moved" out of a prison nobody counted moves 2,400,
   * not an unknown number), best the claims' own within that; the balance alone when the claims say
   * nothing ("unknown") or no count both allow.
   */
  private static Estimate allOf(Estimate balance, Estimate claimed) {
    if (!claimed.hasUpperBound() && claimed.low() == 0 || !balance.overlaps(claimed)) {
      return balance;
    }
    Estimate both = balance.intersection(claimed);
    long best = within(claimed.best(), both.low(), both.hasUpperBound() ? both.high() : -1);
    return both.best() == best ? both : both.withBest(best);
  }

  /** {@code value} moved into {@code low..high} by the least it takes; {@code high} -1 for none. */
  private static long within(long value, long low, long high) {
    return Math.max(low, high < 0 ? value : Math.min(value, high));
  }

  /**
   * What a movement of {@code size} at {@code when} changes {@code account} by: all of it, or, when
   * the movement is dated by a period and a census taken strictly inside that period set the
   * account's balance, only the share that came after the census, which may be anything from none
   * to all of it. Its best value is the share of the period left after the census, as if the
   * movement were spread evenly over the period.
   */
  private Estimate sinceCensus(@Nullable When counted, When when, Estimate size) {
    return counted == null ? size : Periods.shareAfter(size, when, counted.end());
  }

  /**
   * What a movement of {@code size} at {@code when} takes out of {@code from}: {@link
   * #sinceCensus}, whose best value, for a share after a census, is at most the best the account
   * holds, since the even spread it assumes is only a guess.
   */
  private Estimate outOf(Account from, When when, Estimate size) {
    int number = balances.numberOf(from);
    // no balance, no census: all of it
    return number < 0 ? size : outOf(number, when, size);
  }

  /** {@link #outOf(Account, When, Estimate)} of the balance numbered {@code from}. */
  private Estimate outOf(int from, When when, Estimate size) {
    Estimate share = sinceCensus(balances.censusTime(from), when, size);
    if (share == size) {
      return size;
    }
    long most = balances.best(from);
    return share.best() > most ? share.withBest(Math.max(share.low(), most)) : share;
  }

  /**
   * How many {@code movement} of the event being checked takes out of its {@code from} account: its
   * size, or only the share a census during its period has not already counted.
   */
  @Override
  public Estimate moved(Movement movement) {
    if (movement.isJointPart() && current != null) {
      List<Movement> movements = current.movements();
      Estimate[] parts = splitOf(movements);
      int part = movements.indexOf(movement);
      if (parts != null && part >= 0) {
        return parts[part];
      }
    }
    Estimate size = sizeOf(movement);
    return current == null || movement.allOfThem()
        ? size
        : outOf(movement.from(), current.when(), size);
  }

  /**
   * The balances {@code scope} may hold at {@code when}: its balances now, widened by every
   * movement dated by a period that holds {@code when} strictly inside it and comes later in the
   * ledger, since any share of it, from none to all, may have happened by then.
   */
  @Override
  public Estimate possibleBalanceOf(CensusScope scope, When when) {
    Estimate balance = balanceOf(scope);
    if (!(ledgerEvents instanceof Journal.EventsView view)) {
      return balance;
    }
    long low = balance.low();
    long high = balance.hasUpperBound() ? balance.high() : -1;
    boolean widened = false;
    List<Event> periods = view.periodsAround(when.end());
    for (int p = 0; p < periods.size(); p++) {
      Event period = periods.get(p);
      if (period == current || !period.when().end().isAfter(when.end())) {
        continue;
      }
      for (Movement movement : period.movements()) {
        boolean out = scope.covers(movement.from(), world::countryOf, world::isWithin);
        boolean in = scope.covers(movement.to(), world::countryOf, world::isWithin);
        if (out == in) {
          continue;
        }
        widened = true;
        Estimate size = reading.of(movement.size());
        if (out) {
          low = movement.allOfThem() || !size.hasUpperBound() ? 0 : Math.max(0, low - size.high());
        } else if (high >= 0) {
          high =
              movement.allOfThem() || !size.hasUpperBound() ? -1 : Math.addExact(high, size.high());
        }
      }
    }
    if (!widened) {
      return balance;
    }
    long best = within(balance.best(), low, high);
    return high < 0 ? Estimate.atLeast(low).withBest(best) : Estimate.of(low, best, high);
  }

  /**
   * The situation after the events folded. It only reads this fold, and keeps nothing it makes:
   * checkpoints, which nothing writes, answer it for any thread.
   */
  Situation snapshot(Instant asOf) {
    // filled in the order the accounts were first given a balance, as the map of balances was
    Map<Account, Estimate> byAccount = new HashMap<>();
    for (int i = 0; i < balances.size(); i++) {
      byAccount.put(balances.account(i), balances.peek(i));
    }
    return Situation.snapshot(
        asOf, reading, byAccount, controllers, agreements, resolved, jointSplits);
  }

  @Override
  public Reading reading() {
    return reading;
  }

  @Override
  public boolean knowsActor(ActorId actor) {
    return world.actors().containsKey(actor);
  }

  @Override
  public boolean knowsFacility(FacilityId facility) {
    return world.facilities().containsKey(facility);
  }

  /**
   * Whether the world knows the names {@code account} holds: remembered for an account with a
   * balance, once known, since the world of a fold never changes.
   */
  @Override
  public boolean knowsNamesOf(Account account) {
    int number = balances.numberOf(account);
    if (number >= 0 && balances.namesKnown(number)) {
      return true;
    }
    boolean known = RuleContext.super.knowsNamesOf(account);
    if (known && number >= 0) {
      balances.setNamesKnown(number);
    }
    return known;
  }

  @Override
  public Optional<Operation> operation(OperationId id) {
    return world.operation(id);
  }

  @Override
  public Optional<CountryCode> countryOf(FacilityId facility) {
    return world.countryOf(facility);
  }

  @Override
  public Optional<Event> event(EventId id) {
    Event found = ledgerEvents.get(id);
    return found == null || found == current ? Optional.empty() : Optional.of(found);
  }

  @Override
  public Optional<When> concluded(AgreementId id) {
    return Optional.ofNullable(ledgerConclusions.get(id));
  }

  @Override
  public Estimate balance(Account account) {
    Estimate balance = balances.get(account);
    return balance == null ? UNKNOWN : balance;
  }

  @Override
  public boolean mayExceedBalance(Estimate amount, Account account) {
    int number = balances.numberOf(account);
    // no balance on record: unknown, with no high end, so nothing exceeds it
    return number >= 0 && balances.isExceededBy(number, amount);
  }

  @Override
  public boolean hasRecorded(Account account) {
    return balances.numberOf(account) >= 0;
  }

  @Override
  public Estimate balanceOf(CensusScope scope) {
    List<Account> single = scope.accountCounted();
    if (!single.isEmpty()) {
      return wholeOf(single.get(0));
    }
    if (scope.isJoint()) {
      Estimate sum = Estimate.exactly(0);
      for (Account part : scope.joint().get()) {
        sum = sum.plus(wholeOf(part));
      }
      return sum;
    }
    long low = 0;
    long best = 0;
    for (int i = 0; i < balances.size(); i++) {
      if (scope.covers(balances.account(i), world::countryOf, world::isWithin)) {
        low = Math.addExact(low, balances.low(i));
        best = Math.addExact(best, balances.best(i));
      }
    }
    // accounts nobody recorded may lie in the scope too: the sum has no upper bound
    return Estimate.atLeast(low).withBest(best);
  }

  @Override
  public Optional<ActorId> controllerOf(FacilityId facility) {
    return Optional.ofNullable(controllers.get(facility));
  }

  @Override
  public Optional<Event> lastControlRecord(FacilityId facility) {
    return Optional.ofNullable(controlRecords.get(facility));
  }

  @Override
  public Optional<When> controlRecordedAt(FacilityId facility) {
    return Optional.ofNullable(controlTimes.get(facility));
  }

  @Override
  public Optional<Agreement> agreement(AgreementId id) {
    return Optional.ofNullable(agreements.get(id));
  }

  @Override
  public Estimate recordedToward(RunningTotalReported total) {
    if (!flowed.isKept()) {
      keepFlows();
    }
    return flowed.toward(total, world::countryOf);
  }

  /**
   * Keeps the sums of the movements between accounts from now on, starting from the events folded
   * so far, which are the first {@link #folded} of the journal this fold reads its events from.
   * Their sizes are as {@link #apply} took them: the figure under the reading; for a movement of
   * all of them, the balance it emptied, which {@code resolved} holds; for a part of a joint
   * movement, the range its split gave it.
   */
  void keepFlows() {
    if (flowed.isKept()) {
      return;
    }
    flowed.start();
    Journal.EventsView events = (Journal.EventsView) ledgerEvents;
    for (int p = 0; p < folded; p++) {
      Event event = events.at(p);
      List<Movement> movements = event.movements();
      for (int i = 0; i < movements.size(); i++) {
        Movement movement = movements.get(i);
        Estimate size =
            movement.allOfThem()
                ? resolved.get(event.id())
                : movement.isJointPart()
                    ? jointSplits.get(event.id()).parts().get(movement.from())
                    : reading.of(movement.size());
        flowed.add(movement.from(), movement.to(), size, planOf(event));
      }
    }
  }

  /** The plan an event's movements were made under, null when none. */
  private static @Nullable EventId planOf(Event event) {
    return event instanceof PlannedMovement planned ? planned.plan().orElse(null) : null;
  }

  @Override
  public Estimate transferredUnder(EventId plan) {
    Estimate sum = transferred.get(plan);
    return sum == null ? Estimate.exactly(0) : sum;
  }

  /**
   * A copy of this fold that answers questions about other events from the maps given: a checkpoint
   * of a journal, or the start of a replay from one. Every field the fold keeps must be copied
   * here; {@code StateCopyTest} fails for one that is not.
   */
  State copy(Map<EventId, Event> ledgerEvents, Map<AgreementId, When> ledgerConclusions) {
    State copy =
        new State(world, reading, ledgerEvents, ledgerConclusions, balances.copy(), flowed.copy());
    copy.folded = folded;
    copy.controllers.putAll(controllers);
    copy.controlTimes.putAll(controlTimes);
    copy.controlRecords.putAll(controlRecords);
    copy.agreements.putAll(agreements);
    copy.transferred.putAll(transferred);
    copy.resolved.putAll(resolved);
    copy.jointSplits.putAll(jointSplits);
    return copy;
  }

  /** The number of entries of the fold: what a {@link #copy} costs, in time and in memory. */
  int weight() {
    return balances.size()
        + controllers.size()
        + controlTimes.size()
        + controlRecords.size()
        + agreements.size()
        + transferred.size()
        + resolved.size()
        + jointSplits.size()
        + balances.censusCount()
        + balances.placeCount()
        + flowed.weight();
  }
}
