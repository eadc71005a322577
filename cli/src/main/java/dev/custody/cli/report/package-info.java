/**
 * The report and chart of the {@code custody} command: {@link dev.custody.examples.report.Report},
 * everything the aggregates of {@code dev.custody.aggregate} compute from a ledger at an instant,
 * rendered as text, Markdown or JSON; and {@link dev.custody.examples.report.TimelineChart}, the
 * balances per account over time as a PNG.
 *
 * <p>Both are pure functions of a ledger and instants: nothing here reads a clock, the environment
 * or files, and the same input gives the same output.
 */
@NullMarked
package dev.custody.examples.report;

import org.jspecify.annotations.NullMarked;
