package dev.custody.cli;

/**
 * Ends a subcommand with a message for its user and an exit code: an input that cannot be read, an
 * output that cannot be written, figures or times beyond what the command handles. The message says
 * what and where, in the user's terms; it never carries a stack trace or the name of a Java
 * exception.
 */
final class CommandFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  /** A failure with the exit code the run ends with and the message, one or more lines. */
  CommandFailedException(int exitCode, String message) {
    // no stack trace: the user sees the message, never the trace
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
