package dev.custody.json;

import static dev.custody.json.FormatNames.COUNT;
import static dev.custody.json.FormatNames.ESTIMATE;
import static dev.custody.json.FormatNames.EVENTS;
import static dev.custody.json.FormatNames.SIZE;

import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.rules.Rule;
import dev.custody.rules.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks the events of a sound document against the rules, and turns each violation into a {@link
 * Problem} at the JSON path of the event and field it names. A violation knows the event by id, not
 * by its place in the document: this is where the one becomes the other.
 */
final class ViolationPaths {
  private ViolationPaths() {}

  /** A problem and the place in the document of the event it is about, to sort problems by. */
  private record Found(int index, Problem problem) {}

  /**
   * Merges the events into an empty ledger, as a set whose references resolve whatever the order
   * written, and returns a problem for every error, in document order, capped as a {@link
   * ProblemReport} caps them. An id used twice is a problem of the later use; the other events are
   * then checked without it.
   */
  static List<Problem> problems(String source, World world, List<Event> events) {
    return checked(source, world, events).problems();
  }

  /**
   * The problems of {@link #problems}, and the ledger of the events when they have none, which
   * checking them built.
   */
  record Checked(List<Problem> problems, @Nullable Ledger ledger) {}

  /** As {@link #problems}, keeping the ledger built. */
  static Checked checked(String source, World world, List<Event> events) {
    // the merge refuses ids used twice before it checks anything: when it finds none, it checked
    // every event as a merge of the unique ones would, and the table of places is only needed to
    // place errors
    AppendResult merged;
    try {
      merged = Ledger.of(world).merge(events);
    } catch (ArithmeticException e) {
      return new Checked(List.of(overflow(source, events)), null);
    }
    boolean repeats = false;
    for (Violation violation : merged.verdict().violations()) {
      repeats |= violation.rule() == Rule.DUPLICATE_EVENT_ID;
    }
    if (!repeats && merged.verdict().errors().isEmpty()) {
      return new Checked(List.of(), merged.ledger());
    }
    return placed(source, world, events);
  }

  /** As {@link #checked}, finding each event's place in the document first. */
  private static Checked placed(String source, World world, List<Event> events) {
    List<Found> found = new ArrayList<>();
    List<Event> unique = new ArrayList<>(events.size());
    Map<EventId, Integer> places = new HashMap<>();
    List<Integer> repeated = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      if (places.putIfAbsent(events.get(i).id(), i) == null) {
        unique.add(events.get(i));
      } else {
        repeated.add(i);
      }
    }
    if (!repeated.isEmpty()) {
      duplicates(source, world, events, repeated, found);
    }
    AppendResult result;
    try {
      result = Ledger.of(world).merge(unique);
    } catch (ArithmeticException e) {
      return new Checked(List.of(overflow(source, events)), null);
    }
    for (Violation violation : result.verdict().errors()) {
      found.add(new Found(places.get(violation.event()), problem(source, violation, places)));
    }
    found.sort(Comparator.comparingInt(Found::index));
    ProblemReport report = new ProblemReport(source);
    found.forEach(f -> report.add(f.problem()));
    List<Problem> problems = report.problems();
    return new Checked(
        problems, problems.isEmpty() && result.isAccepted() ? result.ledger() : null);
  }

  /** Reports each later use of an id, with the ledger's own words for it. */
  private static void duplicates(
      String source, World world, List<Event> events, List<Integer> repeated, List<Found> found) {
    List<Violation> violations = Ledger.of(world).merge(events).verdict().errors();
    int next = 0;
    for (Violation violation : violations) {
      if (violation.rule() != Rule.DUPLICATE_EVENT_ID || next == repeated.size()) {
        continue;
      }
      int at = repeated.get(next++);
      Map<EventId, Integer> place = Map.of(violation.event(), at);
      found.add(new Found(at, problem(source, violation, place)));
    }
  }

  /**
   * The problem of events whose figures add up past what a count holds, at the largest figure of
   * the document: the ledger's sums overflow without saying which event, and the largest figure is
   * the one to look at first.
   */
  private static Problem overflow(String source, List<Event> events) {
    String path = "$." + EVENTS;
    Estimate largest = Estimate.exactly(0);
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      String field =
          event instanceof CensusTaken
              ? COUNT
              : event instanceof RunningTotalReported ? FormatNames.TOTAL : SIZE;
      for (Figure figure : figures(event)) {
        for (int c = 0; c < figure.claims().size(); c++) {
          Estimate estimate = figure.claims().get(c).estimate();
          if (largestOf(estimate) > largestOf(largest)) {
            largest = estimate;
            path = "$." + EVENTS + "[" + i + "]." + field + "[" + c + "]." + ESTIMATE;
          }
        }
      }
    }
    return Problem.of(
        Problem.Kind.VALUE,
        source,
        path,
        largest.toString(),
        String.format(
            "counts overflow: the figures add up past %,d, the most a count can hold; the largest"
                + " figure of the document is here (%s)",
            Long.MAX_VALUE, largest));
  }

  private static List<Figure> figures(Event event) {
    if (event instanceof CensusTaken census) {
      return List.of(census.count());
    } else if (event instanceof RunningTotalReported total) {
      return List.of(total.total());
    } else if (event instanceof TransferPlanned plan) {
      return List.of(plan.size());
    }
    return event.movements().stream().map(Movement::size).toList();
  }

  private static long largestOf(Estimate estimate) {
    return estimate.hasUpperBound() ? estimate.high() : Math.max(estimate.low(), estimate.best());
  }

  private static Problem problem(String source, Violation violation, Map<EventId, Integer> places) {
    int at = places.get(violation.event());
    return ImmutableProblem.builder()
        .kind(Problem.Kind.RULE)
        .source(source)
        .path("$." + EVENTS + "[" + at + "]." + violation.field())
        .field(violation.field())
        .value(violation.event().toString())
        .rule(violation.code())
        .message(VisibleText.of(violation.message()))
        .build();
  }
}
