package dev.custody.ledger;

import dev.custody.event.AgreementConcluded;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import dev.custody.event.PlannedMovement;
import dev.custody.event.TransferPlanned;
import dev.custody.model.AgreementId;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The record behind a {@link Ledger}: its events in ledger order, the indexes that find them by id
 * and the agreements they conclude, and their fold (the {@link State} the rules ask). It exists so
 * that appending in time order costs the same whatever the ledger's length.
 *
 * <p><b>Order.</b> Events are sorted by {@link #ORDER}: by the end of their {@link When}, then by
 * its start; among events of the same time, an event comes after those it refers to (a transfer
 * after its plan, an obligation met after its agreement's conclusion), and the others keep their
 * order of arrival. Appending an event that sorts last is {@link #advance(Event, int) advancing}
 * the journal; any other addition builds a new journal and {@link #replay(List, int, boolean)
 * replays} the events into it.
 *
 * <p><b>Sharing.</b> The ledgers of one run of in-order appends share one journal, each knowing
 * only its own length: a ledger reads the first {@code size} events and never past them, so
 * advancing the journal for a later ledger changes none of an earlier ledger's answers. A ledger
 * may advance the journal in place only when it is its {@linkplain #isHead(int) head}, holding
 * every event the journal holds. A check or a fold that throws leaves the journal {@code broken},
 * its state possibly half-applied: no ledger advances it again, and later appends replay.
 *
 * <p>Mutable and not thread-safe by itself: every caller holds the journal's own lock ({@code
 * synchronized (journal)}) while it reads or advances it, so that the ledgers sharing it stay
 * thread-safe.
 */
final class Journal {

  /** Ledger order: by the end of an event's time, then by its start; stable sorts keep arrival. */
  private static final Comparator<Event> ORDER =
      Comparator.comparing((Event e) -> e.when().end()).thenComparing(e -> e.when().start());

  private final List<Event> events = new ArrayList<>();
  private final Map<EventId, Event> byId = new HashMap<>();
  private final Map<EventId, Integer> positions = new HashMap<>();
  private final Map<AgreementId, When> conclusions = new HashMap<>();
  private final State state;

  /** Set when a check or fold threw: the state may be half-applied and is never reused. */
  private boolean broken;

  /** An empty journal over {@code world}, folding under {@code reading}. */
  Journal(World world, Reading reading) {
    this.state = new State(world, reading, byId, conclusions);
  }

  /** The number of events the journal holds, for the longest ledger that shares it. */
  int length() {
    return events.size();
  }

  /** The first {@code length} events, as a view: callers copy it before they let go of the lock. */
  List<Event> prefix(int length) {
    return events.subList(0, length);
  }

  /** The position of the event with that id, or {@code Integer.MAX_VALUE} when there is none. */
  int indexOf(EventId id) {
    Integer position = positions.get(id);
    return position == null ? Integer.MAX_VALUE : position;
  }

  /** The event with that id, or null when there is none. */
  @Nullable Event event(EventId id) {
    return byId.get(id);
  }

  /**
   * Checks if a ledger of {@code length} events is the head of this journal: the journal is not
   * broken and holds no event past the ledger's, so that the ledger may advance it in place.
   */
  boolean isHead(int length) {
    return !broken && events.size() == length;
  }

  /** Checks if {@code event} sorts at or after the last of the first {@code length} events. */
  boolean isInOrder(Event event, int length) {
    return length == 0 || ORDER.compare(events.get(length - 1), event) <= 0;
  }

  /**
   * Checks {@code event} against the situation after the events so far and, when accepted, adds it
   * at {@code position}, the end of the journal, and folds it; when rejected, leaves the journal as
   * it was.
   *
   * @throws RuntimeException whatever a check or the fold throws (an overflowing balance): the
   *     journal is then broken
   */
  Verdict advance(Event event, int position) {
    byId.put(event.id(), event);
    positions.put(event.id(), position);
    boolean concludes = event instanceof AgreementConcluded;
    AgreementId concluded = concludes ? ((AgreementConcluded) event).agreement().id() : null;
    When previous = concludes ? conclusions.putIfAbsent(concluded, event.when()) : null;
    Verdict verdict;
    try {
      state.checking(event);
      verdict = Rule.checkAll(event, state);
      if (verdict.isAccepted()) {
        state.apply(event);
      }
    } catch (RuntimeException e) {
      // the fold may be half-applied: no ledger may advance this journal in place again
      broken = true;
      forget(event, concludes && previous == null ? concluded : null);
      throw e;
    }
    if (!verdict.isAccepted()) {
      forget(event, concludes && previous == null ? concluded : null);
      return verdict;
    }
    events.add(event);
    return verdict;
  }

  private void forget(Event event, @Nullable AgreementId concluded) {
    byId.remove(event.id());
    positions.remove(event.id());
    if (concluded != null) {
      conclusions.remove(concluded);
    }
  }

  /**
   * Fills this empty journal with {@code events}, already in ledger order: registers them all
   * first, so that an event may find one recorded after it, then folds them in turn, checking each
   * from position {@code checkFrom} on against the situation just before it.
   *
   * <p>When {@code foldRejected} is false, an event with an error is left out of the fold, so that
   * the events after it are checked against the situation without it, as if it had been rejected
   * alone; the journal then holds events its state does not, and serves only to report the verdict.
   * A ledger's own events are folded whatever they break.
   *
   * @return the violations found, in order; none when {@code checkFrom} is past the last event
   */
  List<Violation> replay(List<Event> events, int checkFrom, boolean foldRejected) {
    events.forEach(this::register);
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Event next = events.get(i);
      boolean accepted = true;
      if (i >= checkFrom) {
        state.checking(next);
        Verdict verdict = Rule.checkAll(next, state);
        found.addAll(verdict.violations());
        accepted = verdict.isAccepted();
      }
      if (accepted || foldRejected) {
        state.apply(next);
      }
      this.events.add(next);
    }
    return found;
  }

  private void register(Event event) {
    positions.put(event.id(), byId.size());
    byId.put(event.id(), event);
    if (event instanceof AgreementConcluded concluded) {
      conclusions.putIfAbsent(concluded.agreement().id(), concluded.when());
    }
  }

  /** The situation at {@code asOf} after every event of the journal. */
  Situation snapshot(Instant asOf) {
    return state.snapshot(asOf);
  }

  /**
   * Inserts {@code additions} into {@code events}, which are in ledger order, each in its place:
   * after the events it ties with, unless it is one they refer to. Sorts the additions once and
   * merges them in, so that inserting many events costs {@code n log n}, not {@code n} each.
   *
   * @return the position of the earliest event whose place changed; {@code events.size()} before
   *     the insertion when there are no additions
   */
  static int insertInOrder(List<Event> events, List<Event> additions) {
    List<Event> sorted = new ArrayList<>(additions);
    sorted.sort(ORDER);
    List<Event> merged = new ArrayList<>(events.size() + sorted.size());
    int i = 0;
    int j = 0;
    while (i < events.size() || j < sorted.size()) {
      boolean existing =
          j == sorted.size()
              || (i < events.size() && ORDER.compare(events.get(i), sorted.get(j)) <= 0);
      merged.add(existing ? events.get(i++) : sorted.get(j++));
    }
    referentsFirst(merged);
    int first = 0;
    while (first < events.size() && merged.get(first) == events.get(first)) {
      first++;
    }
    events.clear();
    events.addAll(merged);
    return first;
  }

  /**
   * Reorders each run of events of the same time so that an event comes after the events of the run
   * it refers to, keeping the order of arrival otherwise. Outside a run, time decides, and an event
   * refers to another recorded before or after it through the journal's index.
   */
  private static void referentsFirst(List<Event> events) {
    int start = 0;
    while (start < events.size()) {
      int end = start + 1;
      while (end < events.size() && ORDER.compare(events.get(start), events.get(end)) == 0) {
        end++;
      }
      if (end - start > 1) {
        orderRun(events.subList(start, end));
      }
      start = end;
    }
  }

  /** Sorts a run of events of the same time topologically, the earliest arrival first. */
  private static void orderRun(List<Event> run) {
    Map<Object, Integer> providers = new HashMap<>();
    for (int k = 0; k < run.size(); k++) {
      Object provided = provided(run.get(k));
      if (provided != null) {
        providers.putIfAbsent(provided, k);
      }
    }
    int[] waitingFor = new int[run.size()];
    Map<Integer, List<Integer>> waiters = new HashMap<>();
    boolean reordered = false;
    for (int k = 0; k < run.size(); k++) {
      Object needed = referent(run.get(k));
      Integer provider = needed == null ? null : providers.get(needed);
      if (provider != null && provider != k) {
        waitingFor[k] = 1;
        waiters.computeIfAbsent(provider, p -> new ArrayList<>()).add(k);
        reordered |= provider > k;
      }
    }
    if (!reordered) {
      return;
    }
    PriorityQueue<Integer> ready = new PriorityQueue<>();
    for (int k = 0; k < run.size(); k++) {
      if (waitingFor[k] == 0) {
        ready.add(k);
      }
    }
    List<Event> ordered = new ArrayList<>(run.size());
    while (!ready.isEmpty()) {
      int next = ready.poll();
      ordered.add(run.get(next));
      for (int waiter : waiters.getOrDefault(next, List.of())) {
        ready.add(waiter);
      }
    }
    for (int k = 0; k < run.size(); k++) {
      run.set(k, ordered.get(k));
    }
  }

  /**
   * What other events may refer to this one by: a conclusion's agreement, a plan's id, or null.
   * Only a conclusion and a plan provide, and a conclusion refers to nothing, so the references
   * within a run cannot form a cycle.
   */
  private static @Nullable Object provided(Event event) {
    if (event instanceof AgreementConcluded concluded) {
      return concluded.agreement().id();
    }
    return event instanceof TransferPlanned ? event.id() : null;
  }

  /** What this event refers to that another event provides: a plan, an agreement, or null. */
  private static @Nullable Object referent(Event event) {
    if (event instanceof PlannedMovement transfer) {
      return transfer.plan().orElse(null);
    } else if (event instanceof TransferPlanned plan) {
      return plan.agreement().orElse(null);
    } else if (event instanceof ObligationMet met) {
      return met.agreement();
    } else if (event instanceof DeadlineExtended extended) {
      return extended.agreement();
    }
    return null;
  }
}
