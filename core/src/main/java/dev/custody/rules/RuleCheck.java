package dev.custody.rules;

import dev.custody.event.Event;
import dev.custody.model.Reading;
import dev.custody.model.When;
import java.util.List;

/**
 * The check behind one {@link Rule} of the catalogue, in the way Checkstyle keeps one class per
 * check: which types of event the rule concerns, and every violation of the rule an event commits.
 *
 * <p>Each constant of {@link Rule} creates its own check, which then knows the rule it reports: a
 * new rule is one constant and one subclass, and nothing else is keyed by the rule. A check asks
 * the situation only through the {@link RuleContext} port, never the ledger.
 */
abstract class RuleCheck {
  private final Rule rule;
  private final Class<?>[] concerns;

  /**
   * A check of {@code rule} that can report something only about events of the types {@code
   * concerns} (or their subtypes); {@code Event.class} for every event.
   */
  RuleCheck(Rule rule, Class<?>... concerns) {
    this.rule = rule;
    this.concerns = concerns.clone();
  }

  /**
   * Checks if the rule concerns events of {@code type}: for any other type the check finds nothing,
   * and a ledger skips it.
   */
  final boolean appliesTo(Class<?> type) {
    for (Class<?> kind : concerns) {
      if (kind.isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds to {@code out} every violation of the rule by {@code event}, in the situation {@code
   * context} describes; adds nothing for an event of a type the rule does not concern.
   */
  abstract void check(Event event, RuleContext context, List<Violation> out);

  /** A violation of this check's rule by {@code event}, its message formatted from the values. */
  final Violation violation(
      Severity severity, Event event, String field, String format, Object... args) {
    return Violation.of(rule, severity, event.id(), field, String.format(format, args));
  }

  /** "the envelope reading", "the consensus reading", "the reading according to sdf". */
  static String words(Reading reading) {
    return reading.source().isPresent() ? "the reading " + reading : "the " + reading + " reading";
  }

  /**
   * An error when {@code event} certainly follows {@code since}; a warning when the two times
   * overlap, since the ledger's order is then not proof of what happened first.
   */
  static Severity certainlyAfter(When event, When since) {
    return event.isAfter(since) ? Severity.ERROR : Severity.WARNING;
  }
}
