package dev.custody.ledger;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.custody.event.Account;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.ActorId;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import dev.custody.rules.Severity;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The record of what happened, in time order, each event checked by the {@link Rule} catalogue when
 * it arrives; and the answer to "what was the situation at time t?".
 *
 * <p><b>Order.</b> Events are kept in the order in which they had certainly happened: by the end of
 * their {@link When} (an instant's end is the instant), then by its start. Among events of the same
 * time, an event comes after those it refers to (a transfer after its plan, a plan, a meeting of an
 * obligation or an extension after the conclusion of its agreement), and the others keep their
 * order of arrival. So the events certainly done by an instant {@code t} are a prefix of the
 * ledger, and {@link #situationAt(Instant)} replays exactly that prefix.
 *
 * <p><b>References.</b> An event may refer to one recorded after it in the ledger: a transfer dated
 * on a day inside the span of its plan is certainly done before the plan is, and sorts first.
 * References resolve against every event of the ledger, before or after, so the same events give
 * the same ledger whichever order they arrive in, except for the order of events of the same time
 * that do not refer to one another.
 *
 * <p><b>Appending.</b> {@link #append(Event)} checks the event against the situation just before
 * it, under the ledger's {@link Reading} (by default the {@linkplain Reading#envelope() envelope},
 * so that nothing some source allows is rejected). An event with any error is rejected and the
 * ledger returned unchanged; warnings do not stop it. Reports arrive late: an event dated before
 * others is inserted in its place, and the events after it are checked again; an error in any of
 * them rejects the late event. An event that sorts last goes last, after the events of its time.
 *
 * <p><b>Structure and cost.</b> A ledger is a shared, append-only journal and a length: it reads
 * the journal's first {@code size()} events, which never change once written. Appending an event
 * that sorts last to the ledger whose length is the journal's extends the journal in place, after
 * an atomic compare-and-set that gives one appender at a time the journal's running fold: it costs
 * the same whatever the ledger's length, and copies, hashes and locks nothing. Any other change (a
 * late event, an append to an older ledger, an append that loses the race to another thread, a
 * merge) forks: the new ledger shares the unchanged events before the first one that changes, and
 * checks the rest from the nearest checkpoint of the fold (a frozen copy kept every {@code max(64,
 * 4 w)} events, {@code w} the number of accounts, controllers, agreements and plans of the fold),
 * so a late event costs time proportional to the events after it, plus at most one checkpoint's
 * spacing. {@link #situationAt(Instant)} folds from the nearest checkpoint too. {@link #events()},
 * {@link #verdict()}, {@link #withReading(Reading)}, {@link #equals(Object)} and {@link
 * #hashCode()} read every event.
 *
 * <p>This class is immutable and thread-safe: its answers never change, and two threads appending
 * to the same ledger get two ledgers, each with its own event and not the other's.
 */
public final class Ledger {

  private final World world;
  private final Reading reading;
  private final Journal journal;
  private final int size;

  /** The hash, computed on first use: 0 until then (racy but idempotent, as in {@code String}). */
  private int hash;

  /**
   * The verdict of every event, when this ledger was checked whole in one pass from its first event
   * (a merge into an empty ledger): {@link #verdict()} would check the same events against the same
   * folds again and find the same violations, so it answers from here. Null otherwise.
   */
  private final @Nullable Verdict checked;

  private Ledger(World world, Reading reading, Journal journal, int size) {
    this(world, reading, journal, size, null);
  }

  private Ledger(
      World world, Reading reading, Journal journal, int size, @Nullable Verdict checked) {
    this.world = world;
    this.reading = reading;
    this.journal = journal;
    this.size = size;
    this.checked = checked;
  }

  /**
   * Obtains an empty ledger over {@code world}, read as the envelope of all claims.
   *
   * @param world the actors and facilities events may name
   * @return the empty ledger
   */
  public static Ledger of(World world) {
    return of(world, Reading.envelope());
  }

  /**
   * Obtains an empty ledger over {@code world}, read under {@code reading}.
   *
   * @param world the actors and facilities events may name
   * @param reading how figures with several claims are read
   * @return the empty ledger
   */
  public static Ledger of(World world, Reading reading) {
    return of(world, reading, Journal.DEFAULT_SPACING);
  }

  /** An empty ledger whose checkpoints are at least {@code spacing} events apart, for tests. */
  static Ledger of(World world, Reading reading, int spacing) {
    checkNotNull(world, "world");
    Reading read = spokenFor(world, checkNotNull(reading, "reading"));
    return new Ledger(world, read, Journal.empty(world, read, spacing), 0);
  }

  /** The number of levels of the journal this ledger reads, for tests of its structure. */
  int depth() {
    return journal.depth();
  }

  /**
   * Returns the world of known actors and facilities.
   *
   * @return the world
   */
  public World world() {
    return world;
  }

  /**
   * Returns the reading under which balances are computed and events checked.
   *
   * @return the reading
   */
  public Reading reading() {
    return reading;
  }

  /**
   * Returns the events, in ledger order.
   *
   * @return the events
   */
  public ImmutableList<Event> events() {
    return ImmutableList.copyOf(journal.events(0, size));
  }

  /**
   * Returns the number of events.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the event with id {@code id}.
   *
   * @param id the id
   * @return the event, or empty when the ledger has none of that id
   */
  public Optional<Event> event(EventId id) {
    checkNotNull(id, "id");
    int position = journal.positionOf(id, size);
    return position < 0 ? Optional.empty() : Optional.of(journal.eventAt(position));
  }

  /**
   * Checks {@code event} against the situation just before it and returns the verdict with the
   * ledger that follows: this ledger plus the event when it is accepted, this ledger itself when it
   * is not.
   *
   * @param event the event to record
   * @return the verdict and the resulting ledger
   * @throws ArithmeticException if a balance or a sum of balances overflows a {@code long}; this
   *     ledger is left as it was
   */
  public AppendResult append(Event event) {
    checkNotNull(event, "event");
    int existing = journal.positionOf(event.id(), size);
    if (existing >= 0) {
      return AppendResult.of(
          Verdict.of(List.of(duplicate(event, journal.eventAt(existing)))), this);
    }
    if (!sortsLast(event, size)) {
      return insertAll(List.of(event));
    }
    if (!journal.claim(size)) {
      // an older ledger, or another thread appending to this one: branch off at the end
      return forked(journal.fork(size, List.of(event)), 1);
    }
    // if the check throws, the claim is never given back: the fold may be half-applied
    Verdict verdict = journal.advance(event);
    journal.release();
    return verdict.isAccepted()
        ? AppendResult.of(verdict, new Ledger(world, reading, journal, size + 1))
        : AppendResult.of(verdict, this);
  }

  private static Violation duplicate(Event event, Object holder) {
    return Violation.of(
        Rule.DUPLICATE_EVENT_ID,
        Severity.ERROR,
        event.id(),
        "id",
        String.format("id (%s) is already used by %s", event.id(), holder));
  }

  /** Checks if {@code event} sorts at or after the last of the first {@code length} events. */
  private boolean sortsLast(Event event, int length) {
    return length == 0 || LedgerOrder.ORDER.compare(journal.eventAt(length - 1), event) <= 0;
  }

  /**
   * Inserts events in their places, stable on ties, and checks everything from the first of them
   * on; accepts all or none. Only the events from the first that does not sort before every
   * addition are read and moved; the journal forks before the first that changes place.
   */
  private AppendResult insertAll(List<Event> additions) {
    Event earliest = Collections.min(additions, LedgerOrder.ORDER);
    int low = 0;
    int high = size;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (LedgerOrder.ORDER.compare(journal.eventAt(middle), earliest) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    List<Event> tail = journal.events(low, size);
    int changed = LedgerOrder.insertInOrder(tail, additions);
    int first = low + changed;
    return forked(journal.fork(first, tail.subList(changed, tail.size())), additions.size(), first);
  }

  /** The result of a fork that added {@code added} events to this ledger. */
  private AppendResult forked(Journal.Fork fork, int added) {
    return forked(fork, added, -1);
  }

  /**
   * The result of a fork that added {@code added} events and checked every event from position
   * {@code first} on. A fork from the first event checked the whole new ledger, each event against
   * the fold of those before it and with references resolving among all of them, as {@link
   * #verdict()} does: the new ledger keeps its verdict.
   */
  private AppendResult forked(Journal.Fork fork, int added, int first) {
    Verdict verdict = Verdict.of(fork.violations());
    Journal forked = fork.journal();
    return forked != null && verdict.isAccepted()
        ? AppendResult.of(
            verdict, new Ledger(world, reading, forked, size + added, first == 0 ? verdict : null))
        : AppendResult.of(verdict, this);
  }

  /**
   * Records several reports at once, each in its place in time, and checks the events from the
   * earliest of them on: all are accepted, or none is and this ledger is returned.
   *
   * <p>Late reports can depend on one another: an escape and the recapture of some of the escapees
   * may each be rejected alone, when a later event already recorded needs both, and accepted
   * together. A transfer may come before its plan, and an obligation met before the conclusion of
   * its agreement: the events given are a set, and references among them resolve. Events of equal
   * time keep the order given, after those already recorded, except that an event comes after those
   * it refers to. Merging into an empty ledger is how a whole record is read: it sorts the events
   * once, in {@code n log n}, and checks them in one replay.
   *
   * <p>Each event is checked against the situation that the events before it make, leaving out any
   * of them that has an error, so that one rejected report does not make the reports after it look
   * wrong.
   *
   * @param events the events to record
   * @return the verdict of every event checked, and the resulting ledger
   */
  public AppendResult merge(Iterable<? extends Event> events) {
    checkNotNull(events, "events");
    List<Event> additions = ImmutableList.copyOf(events);
    java.util.Set<EventId> ids = new java.util.HashSet<>(additions.size() * 4 / 3 + 1);
    List<Violation> duplicates = new ArrayList<>();
    for (Event event : additions) {
      int existing = journal.positionOf(event.id(), size);
      if (existing >= 0 || !ids.add(event.id())) {
        duplicates.add(
            duplicate(
                event,
                existing >= 0 ? journal.eventAt(existing) : "another event of the same merge"));
      }
    }
    if (!duplicates.isEmpty()) {
      return AppendResult.of(Verdict.of(duplicates), this);
    }
    return additions.isEmpty() ? AppendResult.of(Verdict.clean(), this) : insertAll(additions);
  }

  /**
   * Appends every event in turn, stopping at the first rejected one.
   *
   * @param events the events
   * @return the verdicts so far, combined, and the ledger after the last accepted event
   */
  public AppendResult appendAll(Iterable<? extends Event> events) {
    checkNotNull(events, "events");
    // copied first: the caller's iterator never runs while the journal is claimed
    ImmutableList<? extends Event> all = ImmutableList.copyOf(events);
    Iterator<? extends Event> remaining = all.iterator();
    List<Violation> found = new ArrayList<>();
    int length = size;
    Event next = null;
    if (remaining.hasNext() && journal.claim(size)) {
      journal.reserve(size + all.size());
      // events in time order are checked and written in place, under one claim; if a check
      // throws, the claim is never given back
      for (int k = 0; remaining.hasNext(); k++) {
        if (k % Journal.READ_AHEAD == 0) {
          journal.readAhead(all, k);
        }
        Event event = remaining.next();
        if (journal.positionOf(event.id(), length) >= 0 || !sortsLast(event, length)) {
          next = event;
          break;
        }
        Verdict verdict = journal.advance(event);
        found.addAll(verdict.violations());
        if (!verdict.isAccepted()) {
          journal.release();
          return AppendResult.of(Verdict.of(found), at(length));
        }
        length++;
      }
      journal.release();
    }
    Ledger ledger = at(length);
    while (next != null || remaining.hasNext()) {
      Event event = next != null ? next : remaining.next();
      next = null;
      AppendResult result = ledger.append(event);
      found.addAll(result.verdict().violations());
      if (!result.isAccepted()) {
        return AppendResult.of(Verdict.of(found), ledger);
      }
      ledger = result.ledger();
    }
    return AppendResult.of(found.isEmpty() ? Verdict.clean() : Verdict.of(found), ledger);
  }

  /** This ledger, or a later one of the same journal with {@code length} events. */
  private Ledger at(int length) {
    return length == size ? this : new Ledger(world, reading, journal, length);
  }

  /**
   * Returns the same events read under another reading. Events accepted under one reading may break
   * rules under another; {@link #verdict()} says which.
   *
   * @param reading the reading
   * @return the ledger under {@code reading}
   */
  public Ledger withReading(Reading reading) {
    Reading read = spokenFor(world, checkNotNull(reading, "reading"));
    return new Ledger(world, read, journal.replayed(size, read), size);
  }

  /**
   * Returns the ledger as it was known at {@code known}, the knowledge time: the record a reader
   * had of the events, with only what had certainly been reported by then. Asked at an instant
   * {@code t}, it answers "at t, as known at {@code known}"; every aggregate given it answers the
   * same way.
   *
   * <p>Each event is taken as {@link Event#asKnownAt(Instant)} gives it: an event with a figure
   * keeps only the claims reported by {@code known}, and is left out when none was; a control
   * report is known from its report; any other event (a change of control, an agreement, an
   * obligation met, extended or breached) from the end of its own time. An event that refers to a
   * plan or an agreement of this ledger that is left out is left out too, and so on transitively: a
   * transfer under a plan not yet reported, or an obligation met under an agreement not yet
   * concluded, was not yet known as such, and would otherwise name what the record does not hold.
   *
   * <p>The events keep their ids, times and order, and the world and reading are this ledger's.
   * Knowing later never removes anything: every event of the ledger as known at an instant is in
   * the ledger as known at any later one, and each claim of its figures too (a claim refuted by a
   * later report stands as reported until then). At an instant after every report and every event,
   * the ledger as known is this ledger itself.
   *
   * <p>The events are folded without being checked again: they were accepted with everything that
   * was reported later, and what was known earlier may fall short of that (a recapture known before
   * the escape it follows, a narrower envelope). {@link #verdict()} says what it breaks.
   *
   * @param known the knowledge time
   * @return the ledger as known then; this ledger when nothing in it was reported after {@code
   *     known}
   * @throws ArithmeticException if a balance or a sum of balances overflows a {@code long}
   */
  public Ledger asKnownAt(Instant known) {
    checkNotNull(known, "known");
    List<Event> events = AsKnown.events(journal.events(0, size), known);
    return events == null ? this : new Ledger(world, reading, journal.known(events), events.size());
  }

  /** The reading, taking as a source's own the claims of the actors that are part of it. */
  private static Reading spokenFor(World world, Reading reading) {
    return reading.source().map(s -> reading.withSpeakers(world.partsOf(s))).orElse(reading);
  }

  /**
   * Checks every event again against the situation before it, under this ledger's reading.
   *
   * @return every violation of every event: warnings only, for a ledger built by appending under
   *     its own reading
   */
  public Verdict verdict() {
    if (checked != null) {
      return checked;
    }
    return Verdict.of(journal.recheck(size));
  }

  /**
   * Returns the situation at {@code instant}: the fold of exactly the events that had certainly
   * happened by then, those whose time ends at or before it. It starts from the nearest checkpoint
   * before them, so it folds at most one checkpoint's spacing of events.
   *
   * @param instant the instant
   * @return the situation
   */
  public Situation situationAt(Instant instant) {
    checkNotNull(instant, "instant");
    return journal.situationAt(countBy(instant), instant);
  }

  /**
   * Returns the situation right after {@code event}: the fold of the events up to it and of it, in
   * ledger order, as of the end of its time. Events that share its time but come after it are not
   * in it, as they are in {@link #situationAt(Instant)} at that end: a count taken on a day and a
   * repatriation later that day, recorded after it, leave the count's own accounts as it found
   * them.
   *
   * @param event the id of an event of this ledger
   * @return the situation
   * @throws IllegalArgumentException if the ledger holds no event of that id
   */
  public Situation situationAfter(EventId event) {
    int position = positionOf(event, "situationAfter");
    return journal.situationAt(position + 1, journal.eventAt(position).when().end());
  }

  /**
   * Returns the situation right before {@code event}: the fold of the events before it in ledger
   * order, as of the end of its time. What a count found is set beside this, what the movements
   * recorded before it left its accounts, never beside the balance the count itself set.
   *
   * @param event the id of an event of this ledger
   * @return the situation
   * @throws IllegalArgumentException if the ledger holds no event of that id
   */
  public Situation situationBefore(EventId event) {
    int position = positionOf(event, "situationBefore");
    return journal.situationAt(position, journal.eventAt(position).when().end());
  }

  /** The position of {@code event} in this ledger, refused in {@code method}'s name if absent. */
  private int positionOf(EventId event, String method) {
    checkNotNull(event, "event");
    int position = journal.positionOf(event, size);
    if (position < 0) {
      throw new IllegalArgumentException(
          String.format("Ledger.%s event (%s) is not an event of the ledger", method, event));
    }
    return position;
  }

  /**
   * Returns the situation at each of {@code instants}, as {@link #situationAt(Instant)} gives it,
   * in one pass over the events: the fold starts from the checkpoint nearest the earliest instant
   * and goes forward, taking a snapshot at each, so that asking at many instants (the samples of a
   * chart, the dates of a timeline) costs the events between them and one snapshot each, not a fold
   * per instant.
   *
   * @param instants the instants, in any order; repeated ones count once
   * @return the situations by instant, in time order
   */
  public ImmutableSortedMap<Instant, Situation> situationsAt(Iterable<Instant> instants) {
    checkNotNull(instants, "instants");
    TreeSet<Instant> sorted = new TreeSet<>();
    for (Instant instant : instants) {
      sorted.add(checkNotNull(instant, "instants holds null"));
    }
    int[] counts = new int[sorted.size()];
    Instant[] at = sorted.toArray(new Instant[0]);
    for (int k = 0; k < at.length; k++) {
      counts[k] = countBy(at[k]);
    }
    List<Situation> situations = journal.situationsAt(counts, at);
    ImmutableSortedMap.Builder<Instant, Situation> byInstant = ImmutableSortedMap.naturalOrder();
    for (int k = 0; k < at.length; k++) {
      byInstant.put(at[k], situations.get(k));
    }
    return byInstant.build();
  }

  /**
   * Returns the events that had certainly happened by {@code instant}: those whose time ends at or
   * before it. They are a prefix of {@link #events()}, because the ledger orders events by the end
   * of their time, and they are exactly the events {@link #situationAt(Instant)} replays.
   *
   * @param instant the instant
   * @return the events done by then, in ledger order
   */
  public ImmutableList<Event> eventsBy(Instant instant) {
    checkNotNull(instant, "instant");
    return ImmutableList.copyOf(journal.events(0, countBy(instant)));
  }

  /** The number of events certainly done by {@code instant}: the length of a prefix. */
  private int countBy(Instant instant) {
    int low = 0;
    int high = size;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (journal.eventAt(middle).when().isCertainlyBy(instant)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * Returns who controlled {@code facility} at {@code instant}: the last recorded change of control
   * (or handover of custody with control) certainly done by then.
   *
   * @param facility the facility
   * @param instant the instant
   * @return the controller, or empty when no control was recorded by then
   */
  public Optional<ActorId> controllerAt(FacilityId facility, Instant instant) {
    checkNotNull(facility, "facility");
    checkNotNull(instant, "instant");
    ActorId controller = null;
    for (Event event : eventsBy(instant)) {
      if (event instanceof ControlChanged change && change.facility().equals(facility)) {
        controller = change.to();
      } else if (event instanceof CustodyHandedOver handover
          && handover.withControl()
          && handover.from().facility().orElseThrow().equals(facility)) {
        controller = handover.receiver();
      } else if (event instanceof ControlReported report && report.facility().equals(facility)) {
        // contested, abandoned or unknown: nobody controls it on record
        controller = report.holder().orElse(null);
      }
    }
    return Optional.ofNullable(controller);
  }

  /**
   * Returns every event that concerns {@code facility}, in ledger order: changes of its control,
   * movements into or out of its accounts, plans that name it, censuses and running totals that
   * count it.
   *
   * @param facility the facility
   * @return the events
   */
  public ImmutableList<Event> history(FacilityId facility) {
    checkNotNull(facility, "facility");
    return events().stream()
        .filter(event -> concerns(event, facility))
        .collect(ImmutableList.toImmutableList());
  }

  private boolean concerns(Event event, FacilityId facility) {
    for (Movement movement : event.movements()) {
      if (at(movement.from(), facility) || at(movement.to(), facility)) {
        return true;
      }
    }
    if (event instanceof ControlChanged change) {
      return change.facility().equals(facility);
    } else if (event instanceof ControlReported report) {
      return report.facility().equals(facility);
    } else if (event instanceof TransferPlanned plan) {
      return plan.namedFacilities().contains(facility)
          || plan.destination().equals(Optional.of(facility));
    } else if (event instanceof CensusTaken census) {
      return census.scope().account().map(a -> at(a, facility)).orElse(false)
          || census
              .scope()
              .joint()
              .map(j -> j.stream().anyMatch(a -> at(a, facility)))
              .orElse(false)
          || census.scope().facilities().map(f -> f.contains(facility)).orElse(false);
    } else if (event instanceof RunningTotalReported total) {
      return total.scope().account().map(a -> at(a, facility)).orElse(false)
          || total.scope().facilities().map(f -> f.contains(facility)).orElse(false);
    }
    return false;
  }

  private static boolean at(Account account, FacilityId facility) {
    return account.facility().equals(Optional.of(facility));
  }

  /**
   * Compares ledgers by world, reading and events.
   *
   * @param other the object to compare with
   * @return true if it is a ledger of the same world, reading and events in the same order
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Ledger that
        && size == that.size
        // a journal has one world and one reading, and its first events never change
        && (journal == that.journal
            || world.equals(that.world)
                && reading.equals(that.reading)
                && events().equals(that.events()));
  }

  /**
   * Returns a hash of the world, the reading and the events; the first call reads every event, so
   * it costs time proportional to the ledger's length, and no append calls it.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(world, reading, events());
      hash = h;
    }
    return h;
  }

  /**
   * Returns the ledger as "ledger of 8 events over world of 13 actors and 6 facilities (envelope)".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "ledger of " + size + " events over " + world + " (" + reading + ")";
  }
}
