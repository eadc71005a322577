package dev.custody.ledger;

import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.Event;
import dev.custody.event.RunningTotalReported;
import dev.custody.ledger.Checkpoints.Checkpoint;
import dev.custody.model.AgreementId;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The shared, append-only record behind {@link Ledger}s: a ledger is a journal and a length, and
 * reads the journal's first {@code length} events, which never change once written.
 *
 * <p><b>Levels.</b> A journal holds its own events from position {@code base} on and shares the
 * events before {@code base} with its {@code parent}, whose events below {@code base} are the same
 * and never change either. A root has no parent and a base of 0. Every level indexes its own events
 * by id (a {@link PositionIndex}) and by the agreement they conclude ({@code conclusions}); a
 * look-up walks from the level to the root, each level answering for the positions it owns, so that
 * no index is ever copied whole. The event being checked in place is not in the id index until it
 * is accepted, so that the index only grows.
 *
 * <p><b>Extending in place.</b> A ledger whose length is the journal's may append an event that
 * sorts last by advancing the journal in place: it takes the journal's {@code claim} by a
 * compare-and-set from that length, checks the event against the journal's live fold ({@link
 * State}), writes it and releases the claim at the new length (a write with release semantics,
 * which the next holder's compare-and-set acquires). Only the holder of the claim touches the live
 * fold and the length, so no lock is needed, and whoever loses the race forks instead. A check or
 * fold that throws leaves the claim taken for ever: the fold may be half-applied, and every later
 * append to a ledger of this journal forks. Events are stored in segments of 16, 32, 64 and so on,
 * never moved, so that appending copies nothing.
 *
 * <p><b>Forking.</b> Any other change (a late event, an append to an older ledger, a merge, a lost
 * race) makes a new level whose parent holds the unchanged events before {@code first}, the first
 * position that changes: its own events are the new tail, checked against the fold the events
 * before them make. That fold starts from the nearest checkpoint at or before {@code first}, so a
 * fork costs time proportional to its tail, plus at most one checkpoint's spacing and copy. To keep
 * look-ups short, a new level absorbs its parent when the parent's rank is not above its own, as in
 * a binary counter: ranks strictly decrease from the root (which is never absorbed), so a chain of
 * levels is at most about {@code log2} of the number of forks deep, and an event is copied by
 * absorption at most that many times.
 *
 * <p><b>Checkpoints.</b> A checkpoint is a copy of the fold after the first {@code p} events,
 * frozen: nothing writes to it, so any thread may read it and a fork or {@link
 * Ledger#situationAt(Instant)} starts from a copy of it. One is taken when the events since the
 * last are at least {@link #DEFAULT_SPACING} (64) and at least {@value #WEIGHT_FACTOR} times the
 * fold's {@linkplain State#weight() weight}, its number of entries: copying it then costs at most a
 * quarter of an entry per event, checkpoints take at most a quarter of an entry of memory per
 * event, and a replay from the nearest one folds at most {@code max(64, 4 w)} events. A level keeps
 * its checkpoints past its base; those at or below its base are its parent's.
 */
final class Journal {

  /** The fewest events between two checkpoints. */
  static final int DEFAULT_SPACING = 64;

  /** Checkpoints are at least this many times the fold's weight apart. */
  static final int WEIGHT_FACTOR = 4;

  /** How many events {@link #readAhead} reads for at once. */
  static final int READ_AHEAD = 8;

  /** The rank of a root, which no fork absorbs. */
  private static final int ROOT = Integer.MAX_VALUE;

  /** The claim while a writer holds it, or for ever after a writer threw. */
  private static final int TAKEN = -1;

  /** The length of the first segment of a level's own events; each next one is twice as long. */
  private static final int FIRST_SEGMENT = 16;

  private final World world;
  private final Reading reading;
  private final @Nullable Journal parent;
  private final int base;
  private final int rank;
  private final int spacing;

  /** Own events: the one at position {@code base + i} is in segment {@code log2(i + 16)}. */
  private final Event[][] segments = new Event[32][];

  /** The positions of own events by id; it reads each id from the event at its position. */
  private final PositionIndex positions = new PositionIndex(this::ownId);

  private final ConcurrentHashMap<AgreementId, Integer> conclusions = new ConcurrentHashMap<>();

  /**
   * The positions of this level's own movements dated by a period ({@link State#isPeriod}), in
   * order: few, and written rarely, so a copy-on-write list that readers of other levels may walk.
   */
  private final CopyOnWriteArrayList<Integer> periods = new CopyOnWriteArrayList<>();

  /** The length at which the journal may be extended in place, or {@link #TAKEN}. */
  private final AtomicInteger claim = new AtomicInteger(TAKEN);

  /** Written and read by the holder of the claim only: others know their own length. */
  private int length;

  private volatile Checkpoints checkpoints = Checkpoints.NONE;

  /** What the live fold resolves references against: every event registered. */
  private final Map<EventId, Event> events = new EventsView(this, Integer.MAX_VALUE);

  private final Map<AgreementId, When> concluded = new ConclusionsView(this, Integer.MAX_VALUE);

  // written only by the holder of the claim, or before the journal is published
  private State state;
  private int lastCheckpoint;
  private int registered;

  /** What {@link #readAhead} read, which means nothing. */
  private int readAheadSink;

  // room for what readAhead reads, used only by the holder of the claim
  private final Event[] aheadEvents = new Event[READ_AHEAD];
  private final int[] aheadHashes = new int[READ_AHEAD];
  private final Account[] aheadAccounts = new Account[2 * READ_AHEAD];
  private final int[] aheadNumbers = new int[2 * READ_AHEAD];

  /** The event {@link #advance} is checking, which the index holds only once it is accepted. */
  private @Nullable Event candidate;

  /** Whether this level was given a running total ({@link RunningTotalReported}) to hold. */
  private volatile boolean runningTotals;

  private Journal(
      World world, Reading reading, @Nullable Journal parent, int base, int rank, int spacing) {
    this.world = world;
    this.reading = reading;
    this.parent = parent;
    this.base = base;
    this.rank = rank;
    this.spacing = spacing;
    this.registered = base;
    this.lastCheckpoint = base;
    this.state = new State(world, reading, events, concluded);
  }

  /** An empty journal over {@code world}, folding under {@code reading}. */
  static Journal empty(World world, Reading reading, int spacing) {
    Journal journal = new Journal(world, reading, null, 0, ROOT, spacing);
    journal.claim.set(0);
    return journal;
  }

  /** The number of levels from this one to the root, itself included. */
  int depth() {
    int depth = 0;
    for (Journal level = this; level != null; level = level.parent) {
      depth++;
    }
    return depth;
  }

  /** The end of a view with that limit: the limit, or every event registered for the live fold. */
  private int end(int limit) {
    return limit == Integer.MAX_VALUE ? registered : limit;
  }

  /** The number of events written, for the holder of the claim or a test. */
  int length() {
    return length;
  }

  /** The event at {@code position}, which is below the length of the ledger asking. */
  Event eventAt(int position) {
    Journal level = this;
    while (position < level.base) {
      level = level.parent;
    }
    return level.own(position - level.base);
  }

  /** The events from position {@code from} to {@code to}, exclusive, in order. */
  List<Event> events(int from, int to) {
    List<Event> out = new ArrayList<>(to - from);
    copy(out, from, to);
    return out;
  }

  private void copy(List<Event> out, int from, int to) {
    if (from < base) {
      parent.copy(out, from, Math.min(to, base));
    }
    for (int i = Math.max(from, base); i < to; i++) {
      out.add(own(i - base));
    }
  }

  /**
   * The position of the event with that id among the first {@code limit} events, or -1. Ids are
   * unique within a journal, so an id a level owns at or past the limit is nowhere below it.
   */
  int positionOf(EventId id, int limit) {
    for (Journal level = this; level != null && limit > 0; level = level.parent) {
      if (limit > level.base) {
        int position = level.positions.get(id);
        if (position >= 0) {
          return position < limit ? position : -1;
        }
      }
      limit = Math.min(limit, level.base);
    }
    return -1;
  }

  /** The time of the first conclusion of {@code agreement} among the first {@code limit} events. */
  @Nullable When concludedAt(AgreementId agreement, int limit) {
    When first = null;
    for (Journal level = this; level != null && limit > 0; level = level.parent) {
      if (limit > level.base) {
        Integer position = level.conclusions.get(agreement);
        if (position != null && position < limit) {
          first = level.own(position - level.base).when();
        }
      }
      limit = Math.min(limit, level.base);
    }
    return first;
  }

  /**
   * Takes the right to extend this journal in place for a ledger of {@code length} events: only
   * when the journal holds exactly that many and nobody else holds the right.
   */
  boolean claim(int length) {
    return claim.compareAndSet(length, TAKEN);
  }

  /** Gives back the right taken by {@link #claim(int)}, at the journal's length. */
  void release() {
    claim.setRelease(length);
  }

  /**
   * Checks {@code event} against the live fold and, when accepted, writes it at the end, folds it
   * and publishes the new length; when rejected, leaves the journal as it was. Only the holder of
   * the claim calls this, with an event whose id the journal does not hold (the ledger checks).
   *
   * @throws RuntimeException whatever a check or the fold throws (an overflowing balance): the
   *     caller must then not release the claim, since the fold may be half-applied
   */
  Verdict advance(Event event) {
    int position = length;
    noteRunningTotal(event);
    store(position - base, event);
    candidate = event;
    registered = position + 1;
    AgreementId agreement = concludes(event, position);
    indexPeriod(event, position);
    Verdict verdict;
    try {
      state.checking(event);
      verdict = Rule.checkAll(event, state);
      if (verdict.isAccepted()) {
        state.apply(event);
      }
    } catch (RuntimeException e) {
      forget(position, agreement);
      throw e;
    }
    if (!verdict.isAccepted()) {
      forget(position, agreement);
      return verdict;
    }
    candidate = null;
    positions.put(event.id(), position);
    checkpointIfDue(position + 1);
    length = position + 1;
    return verdict;
  }

  /**
   * Reads ahead for a bulk append: the slots of the index of ids and of the live fold that checking
   * and folding {@code events} from {@code from} on, {@value #READ_AHEAD} of them, will read, so
   * that in a large ledger their cache misses overlap instead of coming one after another. It reads
   * in passes over the events, each needing only what the one before read (the events, then their
   * ids, then the slots of the ids' hashes): within a pass, nothing waits on another miss. Only the
   * holder of the claim calls this; it changes nothing the journal or its fold keeps.
   */
  void readAhead(List<? extends Event> events, int from) {
    int count = Math.min(READ_AHEAD, events.size() - from);
    for (int j = 0; j < count; j++) {
      aheadEvents[j] = events.get(from + j);
    }
    for (int j = 0; j < count; j++) {
      aheadHashes[j] = aheadEvents[j].id().hashCode();
    }
    int touched = 0;
    for (int j = 0; j < count; j++) {
      touched += positions.touch(aheadHashes[j]);
    }
    touched += state.touch(aheadEvents, count, aheadAccounts, aheadNumbers);
    // kept, so that the reads are made; the events are not kept alive
    readAheadSink += touched;
    Arrays.fill(aheadEvents, 0, count, null);
  }

  /**
   * {@link #readAhead} for a fork checking its own events from position {@code from} on: of the
   * live fold only, since the index of ids holds them already.
   */
  private void readAheadOwn(int from) {
    int count = Math.min(READ_AHEAD, registered - from);
    for (int j = 0; j < count; j++) {
      aheadEvents[j] = own(from + j - base);
    }
    readAheadSink += state.touch(aheadEvents, count, aheadAccounts, aheadNumbers);
    Arrays.fill(aheadEvents, 0, count, null);
  }

  /** Writes {@code event} at {@code position}, the next one, and indexes it; for forks. */
  private void register(Event event, int position) {
    noteRunningTotal(event);
    store(position - base, event);
    positions.put(event.id(), position);
    registered = position + 1;
    concludes(event, position);
    indexPeriod(event, position);
  }

  private void noteRunningTotal(Event event) {
    if (!runningTotals && event instanceof RunningTotalReported) {
      runningTotals = true;
    }
  }

  /** Whether any level of this journal was given a running total, even one rejected since. */
  private boolean holdsRunningTotals() {
    for (Journal level = this; level != null; level = level.parent) {
      if (level.runningTotals) {
        return true;
      }
    }
    return false;
  }

  /** Indexes {@code event} among the movements dated by a period, if it is one. */
  private void indexPeriod(Event event, int position) {
    if (State.isPeriod(event)) {
      periods.add(position);
    }
  }

  /**
   * The movements dated by a period among the first {@code limit} events (every event registered
   * for {@link Integer#MAX_VALUE}) whose period holds {@code instant} strictly inside it: those
   * that may have moved anyone before {@code instant}, and after it.
   */
  List<Event> periodsAround(Instant instant, int limit) {
    // asked for every movement checked, and almost always of levels without periods: nothing is
    // allocated then
    List<Event> found = null;
    int end = end(limit);
    for (Journal level = this; level != null && end > 0; level = level.parent) {
      if (end > level.base && !level.periods.isEmpty()) {
        for (int position : level.periods) {
          if (position < end) {
            Event event = eventAt(position);
            if (event.when().start().isBefore(instant) && instant.isBefore(event.when().end())) {
              if (found == null) {
                found = new ArrayList<>();
              }
              found.add(event);
            }
          }
        }
      }
      end = Math.min(end, level.base);
    }
    return found == null ? List.of() : found;
  }

  /**
   * Indexes {@code event} by the agreement it concludes, if any.
   *
   * @return the agreement when the event is the first conclusion of it this level holds, for {@link
   *     #forget}; null otherwise
   */
  private @Nullable AgreementId concludes(Event event, int position) {
    if (event instanceof AgreementConcluded conclusion) {
      AgreementId agreement = conclusion.agreement().id();
      return conclusions.putIfAbsent(agreement, position) == null ? agreement : null;
    }
    return null;
  }

  /** Undoes what {@link #advance} wrote for a candidate it did not accept. */
  private void forget(int position, @Nullable AgreementId agreement) {
    if (agreement != null) {
      conclusions.remove(agreement);
    }
    if (!periods.isEmpty() && periods.get(periods.size() - 1) == position) {
      periods.remove(periods.size() - 1);
    }
    store(position - base, null);
    candidate = null;
    registered = position;
  }

  /** The id of the own event at {@code position}, which the index holds. */
  private EventId ownId(int position) {
    return own(position - base).id();
  }

  /**
   * Makes room in this level's index for its own events up to a journal of {@code length} events: a
   * bulk append that knows how many are coming builds it once, not through every size.
   */
  void reserve(int length) {
    positions.reserve(length - base);
  }

  private Event own(int index) {
    int j = index + FIRST_SEGMENT;
    int segment = 31 - Integer.numberOfLeadingZeros(j);
    return segments[segment][j - (1 << segment)];
  }

  private void store(int index, @Nullable Event event) {
    int j = index + FIRST_SEGMENT;
    int segment = 31 - Integer.numberOfLeadingZeros(j);
    Event[] events = segments[segment];
    if (events == null) {
      events = new Event[1 << segment];
      segments[segment] = events;
    }
    events[j - (1 << segment)] = event;
  }

  /** Takes a checkpoint after the first {@code position} events if one is due. */
  private void checkpointIfDue(int position) {
    int since = position - lastCheckpoint;
    if (since >= spacing && position > base && since >= (long) WEIGHT_FACTOR * state.weight()) {
      checkpoints = checkpoints.plus(new Checkpoint(position, state.copy(events, concluded)));
      lastCheckpoint = position;
    }
  }

  /** The last checkpoint at or before {@code position}, or null when there is none. */
  private @Nullable Checkpoint nearest(int position) {
    int limit = position;
    for (Journal level = this; level != null; level = level.parent) {
      if (limit > level.base) {
        Checkpoint found = level.checkpoints.floor(limit);
        if (found != null) {
          return found;
        }
      }
      limit = Math.min(limit, level.base);
    }
    return null;
  }

  /** The checkpoints of this journal past {@code from} and at or before {@code to}, in order. */
  private List<Checkpoint> checkpointsBetween(int from, int to) {
    List<Checkpoint> found = new ArrayList<>();
    int limit = to;
    for (Journal level = this; level != null && limit > from; level = level.parent) {
      Checkpoints own = level.checkpoints;
      for (int k = own.floorIndex(limit); k >= 0 && own.entries[k].position() > from; k--) {
        found.add(own.entries[k]);
      }
      limit = Math.min(limit, level.base);
    }
    Collections.reverse(found);
    return found;
  }

  /** The fold after the first {@code count} events, from the nearest checkpoint. */
  Situation situationAt(int count, Instant instant) {
    Checkpoint start = nearest(count);
    if (start != null && start.position() == count) {
      return start.state().snapshot(instant);
    }
    State fold =
        start == null
            ? new State(world, reading, events, concluded)
            : start.copy(events, concluded);
    for (int i = start == null ? 0 : start.position(); i < count; i++) {
      fold.apply(eventAt(i));
    }
    return fold.snapshot(instant);
  }

  /**
   * The folds after the first {@code counts[k]} events, for ascending counts, in one pass from the
   * checkpoint nearest the first: each snapshot costs the events between it and the one before,
   * never a fold from the start.
   */
  List<Situation> situationsAt(int[] counts, Instant[] instants) {
    List<Situation> situations = new ArrayList<>(counts.length);
    if (counts.length == 0) {
      return situations;
    }
    Checkpoint start = nearest(counts[0]);
    State fold =
        start == null
            ? new State(world, reading, events, concluded)
            : start.copy(events, concluded);
    int folded = start == null ? 0 : start.position();
    for (int k = 0; k < counts.length; k++) {
      // copying a checkpoint ahead costs its weight; folding up to it, the events between
      Checkpoint ahead = nearest(counts[k]);
      if (ahead != null && ahead.position() - folded > ahead.state().weight()) {
        fold = ahead.copy(events, concluded);
        folded = ahead.position();
      }
      for (; folded < counts[k]; folded++) {
        fold.apply(eventAt(folded));
      }
      situations.add(fold.snapshot(instants[k]));
    }
    return situations;
  }

  /**
   * Checks the first {@code count} events again, each against the fold of those before it, with
   * references resolving among all of them; every event is folded, whatever it breaks.
   */
  List<Violation> recheck(int count) {
    State fold =
        new State(world, reading, new EventsView(this, count), new ConclusionsView(this, count));
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Event next = eventAt(i);
      fold.checking(next);
      found.addAll(Rule.checkAll(next, fold).violations());
      fold.apply(next);
    }
    return found;
  }

  /**
   * A new root holding the first {@code count} events of this journal, folded under {@code
   * reading}.
   */
  Journal replayed(int count, Reading reading) {
    Journal root = new Journal(world, reading, null, 0, ROOT, spacing);
    root.reserve(count);
    for (int i = 0; i < count; i++) {
      root.register(eventAt(i), i);
    }
    for (int i = 0; i < count; i++) {
      root.state.apply(root.own(i));
      root.checkpointIfDue(i + 1);
    }
    root.publish(count);
    return root;
  }

  /**
   * A new root over the same world and reading, with the same spacing, holding {@code events},
   * which are in ledger order, folded without checking them: what a ledger as known at an instant
   * reads.
   */
  Journal known(List<Event> events) {
    Journal root = new Journal(world, reading, null, 0, ROOT, spacing);
    root.reserve(events.size());
    for (int i = 0; i < events.size(); i++) {
      root.register(events.get(i), i);
    }
    for (int i = 0; i < events.size(); i++) {
      root.state.apply(root.own(i));
      root.checkpointIfDue(i + 1);
    }
    root.publish(events.size());
    return root;
  }

  private void publish(int length) {
    this.length = length;
    claim.set(length);
  }

  /**
   * What a fork gave: the new journal when every event checked was accepted, and the violations.
   */
  record Fork(@Nullable Journal journal, List<Violation> violations) {}

  /**
   * Forks this journal: the first {@code first} events of it, then {@code tail}, whose events are
   * each checked against the fold of the events before them, leaving out any of them with an error
   * so that one rejected event does not make the events after it look wrong. References resolve
   * among all the events, before or after.
   *
   * @return the new journal, when no event has an error, and every violation found in the tail
   * @throws RuntimeException whatever a check or the fold throws (an overflowing balance); this
   *     journal is unchanged
   */
  Fork fork(int first, List<Event> tail) {
    Journal parent = first == 0 ? null : levelBelow(first);
    int newBase = first;
    int newRank = parent == null ? ROOT : 0;
    while (parent != null && parent.rank <= newRank) {
      newRank = parent.rank == newRank ? newRank + 1 : newRank;
      newBase = parent.base;
      parent = parent.parent;
    }
    Journal fork = new Journal(world, reading, parent, newBase, newRank, spacing);
    fork.reserve(first + tail.size());
    for (int i = newBase; i < first; i++) {
      fork.register(eventAt(i), i);
    }
    for (int i = 0; i < tail.size(); i++) {
      fork.register(tail.get(i), first + i);
    }
    fork.checkpoints = Checkpoints.of(checkpointsBetween(newBase, first));
    return fork.replayFrom(first);
  }

  /** The deepest level of this journal that owns events before {@code position}. */
  private Journal levelBelow(int position) {
    Journal level = this;
    while (level.base >= position) {
      level = level.parent;
    }
    return level;
  }

  /** Folds this new fork from the checkpoint before {@code first}, checking from {@code first}. */
  private Fork replayFrom(int first) {
    Checkpoint start = nearest(first);
    if (start != null) {
      state = start.copy(events, concluded);
      lastCheckpoint = start.position();
    } else {
      lastCheckpoint = 0;
    }
    for (int i = lastCheckpoint; i < first; i++) {
      state.apply(eventAt(i));
      checkpointIfDue(i + 1);
    }
    List<Violation> found = new ArrayList<>();
    boolean accepted = true;
    for (int i = first; i < registered; i++) {
      if ((i - first) % READ_AHEAD == 0) {
        readAheadOwn(i);
      }
      Event next = own(i - base);
      state.checking(next);
      Verdict verdict = Rule.checkAll(next, state);
      found.addAll(verdict.violations());
      if (verdict.isAccepted()) {
        state.apply(next);
        if (accepted) {
          checkpointIfDue(i + 1);
        }
      } else {
        if (accepted && holdsRunningTotals()) {
          // from here on the fold skips an event the journal holds, so the sums a running total
          // reads can no longer be taken from the journal's first events: keep them now
          state.keepFlows();
        }
        accepted = false;
      }
    }
    if (!accepted) {
      return new Fork(null, found);
    }
    publish(registered);
    return new Fork(this, found);
  }

  /**
   * The events a fold resolves references against, by id: the first {@code limit} events of a
   * journal, or every event registered. Look-ups walk the journal's levels; iterating reads the
   * events in order.
   */
  static final class EventsView extends AbstractMap<EventId, Event> {
    private final Journal journal;
    private final int limit;

    EventsView(Journal journal, int limit) {
      this.journal = journal;
      this.limit = limit;
    }

    @Override
    public @Nullable Event get(Object key) {
      if (!(key instanceof EventId id)) {
        return null;
      }
      Event candidate = limit == Integer.MAX_VALUE ? journal.candidate : null;
      if (candidate != null && candidate.id().equals(id)) {
        return candidate;
      }
      int position = journal.positionOf(id, limit);
      return position < 0 ? null : journal.eventAt(position);
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    /** The event at {@code position}, which is below the limit and the journal's events. */
    Event at(int position) {
      return journal.eventAt(position);
    }

    /**
     * The movements dated by a period, among these events, whose period holds {@code instant}
     * strictly inside it.
     */
    List<Event> periodsAround(Instant instant) {
      return journal.periodsAround(instant, limit);
    }

    @Override
    public Set<Map.Entry<EventId, Event>> entrySet() {
      int end = journal.end(limit);
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<EventId, Event>> iterator() {
          return new Iterator<>() {
            private int next = 0;

            @Override
            public boolean hasNext() {
              return next < end;
            }

            @Override
            public Map.Entry<EventId, Event> next() {
              if (next >= end) {
                throw new NoSuchElementException();
              }
              Event event = journal.eventAt(next++);
              return Map.entry(event.id(), event);
            }
          };
        }

        @Override
        public int size() {
          return end;
        }
      };
    }
  }

  /**
   * The time of the first conclusion of each agreement among the events of an {@link EventsView}.
   */
  static final class ConclusionsView extends AbstractMap<AgreementId, When> {
    private final Journal journal;
    private final int limit;

    ConclusionsView(Journal journal, int limit) {
      this.journal = journal;
      this.limit = limit;
    }

    @Override
    public @Nullable When get(Object key) {
      return key instanceof AgreementId agreement ? journal.concludedAt(agreement, limit) : null;
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public Set<Map.Entry<AgreementId, When>> entrySet() {
      Map<AgreementId, When> first = new LinkedHashMap<>();
      int end = journal.end(limit);
      for (int i = 0; i < end; i++) {
        if (journal.eventAt(i) instanceof AgreementConcluded conclusion) {
          first.putIfAbsent(conclusion.agreement().id(), conclusion.when());
        }
      }
      return Collections.unmodifiableMap(first).entrySet();
    }
  }
}
