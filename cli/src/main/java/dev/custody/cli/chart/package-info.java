/**
 * The timeline chart of the {@code custody} command: {@link dev.custody.cli.chart.Timeline}, the
 * balances of every account of a ledger over a span of time with the changes of control and the
 * deadlines in it, as plain data; and {@link dev.custody.cli.chart.TimelineChart}, which draws a
 * timeline as a PNG image.
 *
 * <p>Both are pure functions of a ledger and instants: nothing here reads a clock, the environment
 * or files, and the same input gives the same output.
 */
@NullMarked
package dev.custody.cli.chart;

import org.jspecify.annotations.NullMarked;
