/**
 * The report of the {@code custody} command: {@link dev.custody.cli.report.Report}, everything the
 * aggregates of {@code dev.custody.aggregate} compute from a ledger at an instant, as an immutable
 * model, rendered as text, Markdown or JSON by {@link
 * dev.custody.cli.report.Report#render(ReportFormat)}. The renderers are implementation: the JSON
 * one writes with Jackson, which no signature here shows.
 *
 * <p>Everything here is a pure function of a ledger and an instant: nothing reads a clock, the
 * environment or files, and the same input gives the same output.
 */
@NullMarked
package dev.custody.cli.report;

import org.jspecify.annotations.NullMarked;
