/**
 * The {@code custody} command: {@code check} validates a scenario file, {@code report} prints the
 * analysis of the reference case's kind for any scenario, {@code chart} draws its balances over
 * time. {@link dev.custody.cli.Custody#main(String[])} runs it; {@link
 * dev.custody.cli.Custody#run(java.io.PrintWriter, java.io.PrintWriter, String...)} runs it without
 * exiting. Exit codes: 0 when all is well, 1 when the rules report errors, 2 on unreadable input,
 * unwritable output or a usage error, 3 on an internal error, 4 when the run runs out of memory or
 * stack. No message names a Java exception or shows a stack trace, and every text a scenario holds
 * is printed with its control and invisible format characters escaped.
 */
@NullMarked
package dev.custody.cli;

import org.jspecify.annotations.NullMarked;
