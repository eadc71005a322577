/**
 * The {@code custody} command: {@code check} validates a scenario file, {@code report} prints the
 * analysis of the reference case's kind for any scenario, {@code chart} draws its balances over
 * time. Exit codes: 0 when all is well, 1 when the rules report errors, 2 on unreadable input or a
 * usage error.
 */
@NullMarked
package dev.custody.examples.cli;

import org.jspecify.annotations.NullMarked;
