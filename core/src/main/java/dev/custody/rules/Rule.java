package dev.custody.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Event;
import dev.custody.internal.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The rule catalogue: every check an event must pass, with a stable code, the most serious {@link
 * Severity} it reports, and a one-line summary. {@code docs/rules.md} documents each one; a test
 * keeps the two in step.
 *
 * <p>Codes are stable: a rule is never renumbered, and a retired code is never reused.
 *
 * <p><b>From a code to a rule.</b> A {@link Violation} names its rule by code, as in {@code CUS-004
 * error in recaptured (size): ...}. {@link #ofCode(String) Rule.ofCode("CUS-004")} returns the
 * constant, here {@link #RECAPTURE_EXCEEDS_AT_LARGE}, and {@link #code()} goes back; {@link
 * Violation#rule()} gives the constant directly. The codes follow the order of declaration:
 *
 * <table class="striped">
 *   <caption>The code of each rule</caption>
 *   <thead>
 *   <tr><th scope="col">Code</th><th scope="col">Constant</th><th scope="col">Severity</th></tr>
 *   </thead>
 *   <tbody>
 *   <tr><td>{@code CUS-001}</td><td>{@link #ACCOUNT_OVERDRAWN}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-002}</td><td>{@link #TRANSFER_WITHOUT_CONTROL}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-003}</td><td>{@link #CONTROL_CHANGE_FROM_WRONG_CONTROLLER}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-004}</td><td>{@link #RECAPTURE_EXCEEDS_AT_LARGE}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-005}</td><td>{@link #UNKNOWN_REFERENCE}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-006}</td><td>{@link #TRANSFER_BEYOND_PLAN}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-007}</td><td>{@link #BEFORE_REFERENT}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-008}</td><td>{@link #OBLIGATION_MET_LATE}</td><td>warning</td></tr>
 *   <tr><td>{@code CUS-009}</td><td>{@link #CENSUS_DISAGREES}</td><td>warning</td></tr>
 *   <tr><td>{@code CUS-010}</td><td>{@link #DUPLICATE_EVENT_ID}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-011}</td><td>{@link #TRANSFER_OUTSIDE_PLAN}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-012}</td><td>{@link #OBLIGATION_ALREADY_SETTLED}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-013}</td><td>{@link #EXTENSION_NOT_LATER}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-014}</td><td>{@link #AGREEMENT_ALREADY_CONCLUDED}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-015}</td><td>{@link #RECAPTURE_EXCEEDS_RECORDED_ESCAPES}</td><td>warning</td></tr>
 *   <tr><td>{@code CUS-016}</td><td>{@link #REPATRIATION_OUTSIDE_NATIONALITY}</td><td>warning</td></tr>
 *   <tr><td>{@code CUS-017}</td><td>{@link #CONTROL_REPORTS_CONFLICT}</td><td>warning</td></tr>
 *   <tr><td>{@code CUS-018}</td><td>{@link #BREACH_OUTSIDE_OBLIGATION}</td><td>error</td></tr>
 *   <tr><td>{@code CUS-019}</td><td>{@link #REPORTED_BEFORE_EVENT}</td><td>warning</td></tr>
 *   <tr><td>{@code CUS-020}</td><td>{@link #RUNNING_TOTAL_BELOW_MOVEMENTS}</td><td>warning</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>A rule of severity error may also warn: see {@link #severity()}.
 *
 * <p><b>Adding a rule.</b> Each constant creates the check behind it, a class of this package named
 * after the rule ({@code AccountOverdrawnCheck} for {@link #ACCOUNT_OVERDRAWN}) that declares the
 * types of event it concerns; nothing else is keyed by rule. A new rule is one constant, with the
 * next code, one check class, and one section of {@code docs/rules.md}.
 */
public enum Rule {
  /** {@code CUS-001}: a movement out of an account exceeds its balance. */
  ACCOUNT_OVERDRAWN(
      "CUS-001",
      Severity.ERROR,
      "More people move out of an account than it holds: an error when even the low end of the"
          + " movement exceeds the high end of the balance, a warning when only the best values do.",
      AccountOverdrawnCheck::new),
  /**
   * {@code CUS-002}: a movement out of a facility by a custodian who neither controls it nor holds
   * anyone there.
   */
  TRANSFER_WITHOUT_CONTROL(
      "CUS-002",
      Severity.ERROR,
      "A movement out of a facility (a transfer, release, repatriation or handover) by a"
          + " custodian who neither controls the facility at that time nor is recorded as holding"
          + " anyone in that account.",
      TransferWithoutControlCheck::new),
  /** {@code CUS-003}: a change of control from someone other than the controller on record. */
  CONTROL_CHANGE_FROM_WRONG_CONTROLLER(
      "CUS-003",
      Severity.ERROR,
      "A change of control whose \"from\" is not the current controller, or a first control of"
          + " a facility that already has one.",
      ControlChangeFromWrongControllerCheck::new),
  /** {@code CUS-004}: a recapture exceeds those at large. */
  RECAPTURE_EXCEEDS_AT_LARGE(
      "CUS-004",
      Severity.ERROR,
      "More recaptured than are at large: an error when even the low end of the recapture exceeds"
          + " the high end of those at large, a warning when only the best values do.",
      RecaptureExceedsAtLargeCheck::new),
  /**
   * {@code CUS-005}: an event names an actor, facility, operation or phase, agreement, obligation
   * or plan nobody knows.
   */
  UNKNOWN_REFERENCE(
      "CUS-005",
      Severity.ERROR,
      "An event names an actor, facility, operation or phase the world does not know, or an"
          + " agreement, obligation or plan the ledger does not hold.",
      UnknownReferenceCheck::new),
  /** {@code CUS-006}: the movements under a plan exceed its size. */
  TRANSFER_BEYOND_PLAN(
      "CUS-006",
      Severity.ERROR,
      "Movements under a plan exceed its size: an error when even their low end exceeds the"
          + " plan's high end, a warning when only the best values do.",
      TransferBeyondPlanCheck::new),
  /** {@code CUS-007}: an event dated before the agreement or plan it refers to. */
  BEFORE_REFERENT(
      "CUS-007",
      Severity.ERROR,
      "An event dated certainly before the agreement or plan it refers to existed.",
      BeforeReferentCheck::new),
  /** {@code CUS-008}: an obligation met after its deadline lapsed. */
  OBLIGATION_MET_LATE(
      "CUS-008",
      Severity.WARNING,
      "An obligation met certainly after its deadline in force had lapsed.",
      ObligationMetLateCheck::new),
  /** {@code CUS-009}: a census the balances it covers contradict. */
  CENSUS_DISAGREES(
      "CUS-009",
      Severity.WARNING,
      "A census that cannot agree with the balances it covers: no count it allows is a count the"
          + " balances allow.",
      CensusDisagreesCheck::new),
  /** {@code CUS-010}: an event under an id already used. */
  DUPLICATE_EVENT_ID(
      "CUS-010",
      Severity.ERROR,
      "An event whose id an earlier event of the ledger already has.",
      DuplicateEventIdCheck::new),
  /**
   * {@code CUS-011}: a movement that the plan it names does not admit, or a running total of a
   * plan's movements of another flow.
   */
  TRANSFER_OUTSIDE_PLAN(
      "CUS-011",
      Severity.ERROR,
      "A movement naming a plan that is not for its kind of movement, whose origins do not admit"
          + " its facility, or whose cohort does not contain its cohort; a running total of a"
          + " plan's movements that counts another flow.",
      TransferOutsidePlanCheck::new),
  /** {@code CUS-012}: an obligation met that was already met, waived or breached. */
  OBLIGATION_ALREADY_SETTLED(
      "CUS-012",
      Severity.ERROR,
      "An obligation met that was already met, waived or breached.",
      ObligationAlreadySettledCheck::new),
  /**
   * {@code CUS-013}: a revision of a deadline that has nothing to revise, or that changes nothing.
   * The name is the one the rule had when a deadline could only be extended; a revision may now
   * bring a deadline forward.
   */
  EXTENSION_NOT_LATER(
      "CUS-013",
      Severity.ERROR,
      "A deadline revision for an obligation with neither a deadline nor a term, or already met,"
          + " waived or breached, or to a deadline that lapses before its agreement or term"
          + " begins: an error; a revision to the latest recorded deadline, or to one already past"
          + " when it was decided: a warning.",
      ExtensionNotLaterCheck::new),
  /** {@code CUS-014}: an agreement concluded twice. */
  AGREEMENT_ALREADY_CONCLUDED(
      "CUS-014",
      Severity.ERROR,
      "An agreement concluded under an id the ledger already holds.",
      AgreementAlreadyConcludedCheck::new),
  /** {@code CUS-015}: a recapture of more than the ledger records at large, uncounted. */
  RECAPTURE_EXCEEDS_RECORDED_ESCAPES(
      "CUS-015",
      Severity.WARNING,
      "More recaptured, by the best values, than the ledger records at large where nobody counted"
          + " those at large: a warning that says how many must have escaped without an event for"
          + " it.",
      RecaptureExceedsRecordedEscapesCheck::new),
  /** {@code CUS-016}: a repatriation to a country the cohort holds no nationals of. */
  REPATRIATION_OUTSIDE_NATIONALITY(
      "CUS-016",
      Severity.WARNING,
      "A repatriation to a country of which its cohort holds no nationals: a return to another"
          + " country is a transfer or a release.",
      RepatriationOutsideNationalityCheck::new),
  /** {@code CUS-017}: a control report that disagrees with the record of an overlapping time. */
  CONTROL_REPORTS_CONFLICT(
      "CUS-017",
      Severity.WARNING,
      "A report of a facility's control (held, contested, abandoned, unknown) that disagrees with"
          + " the record before it while their times overlap: a dispute between sources, kept"
          + " and flagged.",
      ControlReportsConflictCheck::new),
  /** {@code CUS-018}: a breach of an obligation that was not owed at the time. */
  BREACH_OUTSIDE_OBLIGATION(
      "CUS-018",
      Severity.ERROR,
      "A breach of an obligation already met or waived, or dated certainly before the term of an"
          + " obligation with a term begins or after it has ended.",
      BreachOutsideObligationCheck::new),
  /** {@code CUS-019}: a claim or report of an event reported before the event can have happened. */
  REPORTED_BEFORE_EVENT(
      "CUS-019",
      Severity.WARNING,
      "A claim, or a report of control, whose reported time certainly ends before the time of its"
          + " event certainly starts: it was reported before the event can have happened.",
      ReportedBeforeEventCheck::new),
  /**
   * {@code CUS-020}: a running total of a flow below the movements of that flow recorded by its
   * time.
   */
  RUNNING_TOTAL_BELOW_MOVEMENTS(
      "CUS-020",
      Severity.WARNING,
      "A running total of a flow (recaptured, released, dead... so far) that counts fewer, even at"
          + " its high end, than the low end of the movements of that flow recorded in its scope"
          + " before it; a total above them is not flagged, since movements may go unrecorded.",
      RunningTotalBelowMovementsCheck::new);

  /**
   * The rules that can report anything about each type of event, in code order, so that a ledger
   * runs only those: a transfer needs seven of the fifteen. Computed once per type.
   */
  private static final ClassValue<Rule[]> RULES_BY_TYPE =
      new ClassValue<>() {
        @Override
        protected Rule[] computeValue(Class<?> type) {
          return Arrays.stream(values()).filter(rule -> rule.appliesTo(type)).toArray(Rule[]::new);
        }
      };

  private final String code;
  private final Severity severity;
  private final String summary;
  private final RuleCheck check;

  /** A rule whose check {@code checkOf} creates, told the rule it reports. */
  Rule(String code, Severity severity, String summary, Function<Rule, RuleCheck> checkOf) {
    this.code = code;
    this.severity = severity;
    this.summary = summary;
    this.check = checkOf.apply(this);
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
    check.check(event, context, found);
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
    Rule[] rules = rulesFor(event);
    if (rules.length == 0) {
      return Verdict.clean();
    }
    // every event of a ledger passes here: the list the checks add to is the thread's, lent to one
    // call at a time (a call made while it is lent gets a list of its own), and Verdict.of copies
    Scratch scratch = SCRATCH.get();
    List<Violation> found = scratch.lent ? new ArrayList<>(0) : scratch.violations;
    boolean lent = !scratch.lent;
    scratch.lent = true;
    try {
      for (Rule rule : rules) {
        rule.check.check(event, context, found);
      }
      return found.isEmpty() ? Verdict.clean() : Verdict.of(found);
    } finally {
      if (lent) {
        found.clear();
        scratch.lent = false;
      }
    }
  }

  /** Each thread's list for the violations of the event being checked; see {@link #checkAll}. */
  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  private static final class Scratch {
    final List<Violation> violations = new ArrayList<>();
    boolean lent;
  }

  /**
   * Returns the rule with a code: the way from a code in a message to the constant. {@code
   * Rule.ofCode("CUS-004")} is {@link #RECAPTURE_EXCEEDS_AT_LARGE}; the class documentation lists
   * every code. The code must match exactly, upper case included; {@link #code()} is the inverse.
   *
   * @param code the code, such as {@code "CUS-001"}
   * @return the rule
   * @throws IllegalArgumentException if no rule has that code, such as {@code "CUS-999"} or {@code
   *     "cus-004"}
   */
  public static Rule ofCode(String code) {
    checkNotNull(code, "code");
    for (Rule rule : values()) {
      if (rule.code.equals(code)) {
        return rule;
      }
    }
    throw new IllegalArgumentException(
        String.format("Rule.code (%s) names no rule", Checks.quote(code)));
  }

  /** The rules that concern events of the type of {@code event}, in code order; not a copy. */
  static Rule[] rulesFor(Event event) {
    return RULES_BY_TYPE.get(event.getClass());
  }

  /** Checks if the rule concerns events of {@code type}, as its check declares. */
  boolean appliesTo(Class<?> type) {
    return check.appliesTo(type);
  }
}
