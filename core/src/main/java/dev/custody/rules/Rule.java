package dev.custody.rules;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule catalogue: every check an event must pass, with a stable code, the most serious {@link
 * Severity} it reports, and a one-line summary. {@code docs/rules.md} documents each one; a test
 * keeps the two in step.
 *
 * <p>Codes are stable: a rule is never renumbered, and a retired code is never reused.
 */
public enum Rule {
  /** CUS-001. */
  ACCOUNT_OVERDRAWN(
      "CUS-001",
      Severity.ERROR,
      "More people move out of an account than it holds: an error when even the low end of the"
          + " movement exceeds the high end of the balance, a warning when only the best values do."),
  /** CUS-002. */
  TRANSFER_WITHOUT_CONTROL(
      "CUS-002",
      Severity.ERROR,
      "A transfer out of a facility by a custodian other than the actor recorded as controlling"
          + " the facility at that time."),
  /** CUS-003. */
  CONTROL_CHANGE_FROM_WRONG_CONTROLLER(
      "CUS-003",
      Severity.ERROR,
      "A change of control whose \"from\" is not the current controller, or a first control of"
          + " a facility that already has one."),
  /** CUS-004. */
  RECAPTURE_EXCEEDS_AT_LARGE(
      "CUS-004",
      Severity.ERROR,
      "More recaptured than are at large: an error when even the low end of the recapture exceeds"
          + " the high end of those at large, a warning when only the best values do."),
  /** CUS-005. */
  UNKNOWN_REFERENCE(
      "CUS-005",
      Severity.ERROR,
      "An event names an actor or facility the world does not know, or an agreement, obligation"
          + " or plan the ledger does not hold."),
  /** CUS-006. */
  TRANSFER_BEYOND_PLAN(
      "CUS-006",
      Severity.ERROR,
      "Transfers under a plan exceed its size: an error when even their low end exceeds the plan's"
          + " high end, a warning when only the best values do."),
  /** CUS-007. */
  BEFORE_REFERENT(
      "CUS-007",
      Severity.ERROR,
      "An event dated certainly before the agreement or plan it refers to existed."),
  /** CUS-008. */
  OBLIGATION_MET_LATE(
      "CUS-008",
      Severity.WARNING,
      "An obligation met certainly after its deadline in force had lapsed."),
  /** CUS-009. */
  CENSUS_DISAGREES(
      "CUS-009",
      Severity.WARNING,
      "A census that cannot agree with the balances it covers: no count it allows is a count the"
          + " balances allow."),
  /** CUS-010. */
  DUPLICATE_EVENT_ID(
      "CUS-010", Severity.ERROR, "An event whose id an earlier event of the ledger already has."),
  /** CUS-011. */
  TRANSFER_OUTSIDE_PLAN(
      "CUS-011",
      Severity.ERROR,
      "A transfer naming a plan whose origin or cohort does not admit it."),
  /** CUS-012. */
  OBLIGATION_ALREADY_SETTLED(
      "CUS-012", Severity.ERROR, "An obligation met that was already met or waived."),
  /** CUS-013. */
  EXTENSION_NOT_LATER(
      "CUS-013",
      Severity.ERROR,
      "A deadline extension for an obligation without a deadline or already met or waived, or to"
          + " a deadline that does not lapse after the latest recorded one."),
  /** CUS-014. */
  AGREEMENT_ALREADY_CONCLUDED(
      "CUS-014", Severity.ERROR, "An agreement concluded under an id the ledger already holds.");

  private final String code;
  private final Severity severity;
  private final String summary;

  Rule(String code, Severity severity, String summary) {
    this.code = code;
    this.severity = severity;
    this.summary = summary;
  }

  /**
   * Returns the stable code.
   *
   * @return the code, such as {@code "CUS-001"}
   */
  public String code() {
    return code;
  }

  /**
   * Returns the most serious severity the rule reports; some rules also warn.
   *
   * @return the severity
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the rule in one line.
   *
   * @return the summary
   */
  public String summary() {
    return summary;
  }

  /**
   * Returns every violation of this rule by {@code event}, in the situation {@code context}
   * describes.
   *
   * @param event the event to check
   * @param context the situation just before it
   * @return the violations, empty when the event keeps the rule
   */
  public ImmutableList<Violation> check(Event event, RuleContext context) {
    List<Violation> found = new ArrayList<>(0);
    RuleChecks.check(this, event, context, found);
    return ImmutableList.copyOf(found);
  }

  /**
   * Returns every violation of every rule by {@code event}, in the order of the rule codes.
   *
   * @param event the event to check
   * @param context the situation just before it
   * @return the verdict
   */
  public static Verdict checkAll(Event event, RuleContext context) {
    List<Violation> found = null;
    for (Rule rule : RuleChecks.rulesFor(event)) {
      if (found == null) {
        found = new ArrayList<>(0);
      }
      RuleChecks.check(rule, event, context, found);
    }
    return found == null || found.isEmpty() ? Verdict.clean() : Verdict.of(found);
  }

  /**
   * Returns the rule with a code.
   *
   * @param code the code, such as {@code "CUS-001"}
   * @return the rule
   * @throws IllegalArgumentException if no rule has that code
   */
  public static Rule ofCode(String code) {
    for (Rule rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(String.format("Rule.code (\"%s\") names no rule", code));
  }
}
