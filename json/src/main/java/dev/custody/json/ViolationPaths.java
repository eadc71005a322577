package dev.custody.json;

import static dev.custody.json.FormatNames.EVENTS;

import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.EventId;
import dev.custody.rules.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the events of a sound document against the rules, and turns each violation into a {@link
 * Problem} at the JSON path of the event and field it names. A violation knows the event by id, not
 * by its place in the document: this is where the one becomes the other.
 */
final class ViolationPaths {
  private ViolationPaths() {}

  /**
   * Appends each event in turn, as the ledger would receive them, and returns a problem for every
   * violation of every rejection, in the order found.
   */
  static List<Problem> problems(String source, World world, List<Event> events) {
    List<Problem> problems = new ArrayList<>();
    Ledger ledger = Ledger.of(world);
    for (int i = 0; i < events.size(); i++) {
      AppendResult result = ledger.append(events.get(i));
      if (result.isAccepted()) {
        ledger = result.ledger();
        continue;
      }
      for (Violation violation : result.verdict().errors()) {
        // a late event can make events after it break a rule: the violation names which
        int at =
            events.get(i).id().equals(violation.event())
                ? i
                : indexOf(events, violation.event(), i);
        problems.add(
            ImmutableProblem.builder()
                .kind(Problem.Kind.RULE)
                .source(source)
                .path("$." + EVENTS + "[" + at + "]." + violation.field())
                .field(violation.field())
                .value(violation.event().toString())
                .rule(violation.code())
                .message(violation.message())
                .build());
      }
    }
    return problems;
  }

  /** Returns where the event with {@code id} is, at or before {@code fallback}, else fallback. */
  private static int indexOf(List<Event> events, EventId id, int fallback) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).id().equals(id) && i <= fallback) {
        return i;
      }
    }
    return fallback;
  }
}
