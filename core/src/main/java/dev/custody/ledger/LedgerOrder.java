package dev.custody.ledger;

import dev.custody.event.AgreementConcluded;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.PlannedMovement;
import dev.custody.event.TransferPlanned;
import dev.custody.model.When;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The order of a ledger's events: by the end of their {@link When}, then by its start; among events
 * of the same time, an event comes after those it refers to (a transfer after its plan, an
 * obligation met after its agreement's conclusion), and the others keep their order of arrival.
 */
final class LedgerOrder {

  /** Ledger order: by the end of an event's time, then by its start; stable sorts keep arrival. */
  static final Comparator<Event> ORDER =
      Comparator.comparing((Event e) -> e.when().end()).thenComparing(e -> e.when().start());

  private LedgerOrder() {}

  /**
   * Inserts {@code additions} into {@code events}, which are in ledger order, each in its place:
   * after the events it ties with, unless it is one they refer to. Sorts the additions once and
   * merges them in, so that inserting many events costs {@code n log n}, not {@code n} each.
   *
   * <p>{@code events} may be the tail of a ledger, from its first event that does not sort before
   * every addition: the events before such a tail neither move nor share a time with an addition.
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
    } else if (event instanceof ObligationBreached breached) {
      return breached.agreement();
    }
    return null;
  }
}
