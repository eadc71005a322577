/**
 * The rule catalogue that checks each event against the situation it applies to: every {@link
 * dev.custody.rules.Rule} has a stable code ({@code CUS-001}...), a severity and a one-line
 * summary, and reports {@link dev.custody.rules.Violation}s, all of which a {@link
 * dev.custody.rules.Verdict} collects. The rules read the situation through a {@link
 * dev.custody.rules.RuleContext}; the ledger provides it.
 *
 * <p><b>From a code to a rule.</b> Violations, verdicts, rejected appends and the problems of
 * {@code custody-json} print a rule's code ({@code CUS-004 error in recaptured (size): ...});
 * {@link dev.custody.rules.Rule#ofCode(String) Rule.ofCode("CUS-004")} returns the constant ({@link
 * dev.custody.rules.Rule#RECAPTURE_EXCEEDS_AT_LARGE}), and {@link dev.custody.rules.Rule#code()}
 * goes back. The {@link dev.custody.rules.Rule} class lists every code with its constant; {@code
 * docs/rules.md} explains each rule, with an example that breaks it and one that keeps it.
 *
 * <p>What no source contradicts is not an error: balances are read, by default, as the envelope of
 * all claims, and an account nobody counted is unknown, so a movement out of it is never rejected.
 *
 * <p>Each rule's check is a package-private class named after the rule ({@code
 * AccountOverdrawnCheck}, ...), created by its {@code Rule} constant and asking only the {@code
 * RuleContext}, in the way Checkstyle keeps one class per check.
 */
@NullMarked
package dev.custody.rules;

import org.jspecify.annotations.NullMarked;
