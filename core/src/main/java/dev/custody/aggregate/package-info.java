/**
 * Answers computed from a ledger: totals of those held by custodian, controller, country, facility
 * kind or cohort beside the censuses that counted them ({@link dev.custody.aggregate.Totals}), how
 * far a transfer plan has got ({@link dev.custody.aggregate.PlanProgress}), how many of those who
 * escaped from a facility are still at large ({@link dev.custody.aggregate.AtLarge}), who has left
 * custody, released, repatriated or dead, by origin and destination ({@link
 * dev.custody.aggregate.LeftCustody}), who came into custody and how ({@link
 * dev.custody.aggregate.Intakes}), the same answer under every source's reading ({@link
 * dev.custody.aggregate.Readings}, {@link dev.custody.aggregate.ByReading}), which figures the
 * sources cannot reconcile ({@link dev.custody.aggregate.Reconciliation}), deadlines with the time
 * left ({@link dev.custody.aggregate.DeadlineReport}) and who controlled a facility when ({@link
 * dev.custody.aggregate.ControlTimeline}).
 *
 * <p>Every result is an immutable value computed from the events of a {@link
 * dev.custody.ledger.Ledger} under its {@link dev.custody.model.Reading}; nothing is stored beside
 * the events, so the same ledger always gives the same answers.
 */
@NullMarked
package dev.custody.aggregate;

import org.jspecify.annotations.NullMarked;
