package dev.custody.cli;

import java.util.Locale;
import java.util.Optional;

/**
 * What the command says when something it did not foresee ends a run: the library failing where it
 * should have refused the file with a message, the JVM running out of memory or stack, any other
 * error. One line on stderr, naming the file and what the command was doing, without a stack trace
 * or a Java class name, and an exit code of its own: never 1, which means the rules report errors,
 * nor 2, which means the input or the command line is wrong.
 *
 * @param exitCode {@link Custody#INTERNAL_ERROR} or {@link Custody#OUT_OF_MEMORY}
 * @param line the line to print, without a line break
 */
record UnexpectedFailure(int exitCode, String line) {

  private static final long MEBIBYTE = 1L << 20;

  /**
   * Describes {@code failure}, which ended {@code command}, the subcommand under way, if any.
   *
   * @param failure what escaped the command
   * @param command the subcommand, empty when none was under way or it reads no scenario
   */
  static UnexpectedFailure of(Throwable failure, Optional<ScenarioCommand> command) {
    String during = command.map(c -> " while " + c.activity() + " " + c.file()).orElse("");
    if (failure instanceof OutOfMemoryError) {
      long max = Runtime.getRuntime().maxMemory() / MEBIBYTE;
      return new UnexpectedFailure(
          Custody.OUT_OF_MEMORY,
          String.format(
              Locale.ROOT,
              "custody: out of memory%s: the scenario is too large for the %,d MiB this run may"
                  + " use; run it with more, such as JAVA_TOOL_OPTIONS=-Xmx%dg",
              during,
              max,
              suggestedGibibytes(max)));
    }
    if (failure instanceof StackOverflowError) {
      return new UnexpectedFailure(
          Custody.OUT_OF_MEMORY,
          "custody: out of stack"
              + during
              + ": the scenario nests or chains too deeply for this run's stack; run it with a"
              + " larger one, such as JAVA_TOOL_OPTIONS=-Xss64m");
    }
    return new UnexpectedFailure(
        Custody.INTERNAL_ERROR,
        "custody: internal error"
            + during
            + "; please report it, with the command line and the file if you can share it");
  }

  /** Four times the memory the run had, in whole GiB, at least 2. */
  private static long suggestedGibibytes(long maxMebibytes) {
    return Math.max(2, (maxMebibytes * 4 + 1023) / 1024);
  }
}
