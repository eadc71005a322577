/**
 * The rule catalogue that checks each event against the situation it applies to: every {@link
 * dev.custody.rules.Rule} has a stable code ({@code CUS-001}...), a severity and a one-line
 * summary, and reports {@link dev.custody.rules.Violation}s, all of which a {@link
 * dev.custody.rules.Verdict} collects. The rules read the situation through a {@link
 * dev.custody.rules.RuleContext}; the ledger provides it.
 *
 * <p><b>From a code to its rule.</b> Violations, verdicts, rejected appends and the problems of
 * {@code custody-json} name a rule by its code ({@code CUS-004 error in recapture-1 (size): ...}).
 * {@link dev.custody.rules.Rule#ofCode(String) Rule.ofCode("CUS-004")} maps such a code to its
 * constant, here {@link dev.custody.rules.Rule#RECAPTURE_EXCEEDS_AT_LARGE}, and {@link
 * dev.custody.rules.Rule#code()} maps a constant back to its code; {@code docs/rules.md} explains
 * each rule under its code.
 *
 * <p>What no source contradicts is not an error: balances are read, by default, as the envelope of
 * all claims, and an account nobody counted is unknown, so a movement out of it is never rejected.
 */
@NullMarked
package dev.custody.rules;

import org.jspecify.annotations.NullMarked;
