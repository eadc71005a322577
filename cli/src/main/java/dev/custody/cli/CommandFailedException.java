package dev.custody.cli;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Ends a subcommand with a message for its user and an exit code: an input that cannot be read, an
 * output that cannot be written, figures or times beyond what the command handles. The message says
 * what and where, in the user's terms; it never carries a stack trace or the name of a Java
 * exception.
 *
 * <p>The message is kept as its lines, each of which may quote the scenario (a name, a value, a
 * JSON path): the command makes each {@linkplain dev.custody.cli.internal.PrintableText printable}
 * as it prints it, so that no quoted value can add a line of its own.
 */
final class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final ImmutableList<String> lines;

  /** A failure with the exit code the run ends with and the message, one line. */
  CommandFailedException(int exitCode, String line) {
    this(exitCode, List.of(line));
  }

  /** A failure with the exit code the run ends with and the message, one or more lines. */
  CommandFailedException(int exitCode, List<String> lines) {
    // no stack trace: the user sees the message, never the trace
    super(String.join("\n", lines), null, false, false);
    this.exitCode = exitCode;
    this.lines = ImmutableList.copyOf(lines);
  }

  int exitCode() {
    return exitCode;
  }

  /** The lines of the message, as they were given: not yet made printable. */
  ImmutableList<String> lines() {
    return lines;
  }
}
