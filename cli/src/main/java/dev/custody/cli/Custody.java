package dev.custody.cli;

import dev.custody.cli.internal.PrintableText;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParseResult;

/**
 * The {@code custody} command line: {@code custody check FILE}, {@code custody report FILE} and
 * {@code custody chart FILE -o timeline.png}.
 *
 * <p>Whatever goes wrong, the command says what and where in a line or a few, and exits with a code
 * that says what kind of thing went wrong: it never prints a stack trace or the name of a Java
 * exception, and never prints what a scenario holds unescaped (a name cannot clear the screen or
 * add a line of its own; see {@link dev.custody.cli.internal.PrintableText}).
 */
@Command(
    name = "custody",
    mixinStandardHelpOptions = true,
    version = "custody 0.1.0-SNAPSHOT",
    description =
        "Checks, reports on and charts custody scenarios written in the custody/2 format (or custody/1).",
    subcommands = {CheckCommand.class, ReportCommand.class, ChartCommand.class},
    footerHeading = "%nTimes:%n",
    footer = {
      "A date given for an instant (--at, --from, --to) is read in the scenario's zone: the zone"
          + " of its earliest event, UTC when it has none. The report tells the time there and"
          + " names the zone."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all is well",
      "1:the rules report errors",
      "2:the input cannot be read or its figures or times are beyond what the command handles,"
          + " the output cannot be written, or the command line is wrong",
      "3:an internal error of the command; please report it",
      "4:out of memory or stack: the scenario is too large for this run; run it with more"
          + " (JAVA_TOOL_OPTIONS=-Xmx4g)"
    })
public final class Custody implements Callable<Integer> {

  /** Exit code when the rules report errors in an otherwise readable scenario. */
  public static final int RULES_BROKEN = 1;

  /**
   * Exit code for input that cannot be read (or whose counts overflow, or whose times are beyond
   * the years 1 to 9999), output that cannot be written, and usage errors.
   */
  public static final int UNREADABLE = 2;

  /**
   * Exit code for a failure of the command itself: the library failing where it should have refused
   * the input with a message, or any other error the command did not foresee.
   */
  public static final int INTERNAL_ERROR = 3;

  /** Exit code when the run runs out of memory or stack: the scenario is too large for it. */
  public static final int OUT_OF_MEMORY = 4;

  private final Progress progress;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Creates the command, which shows no progress; picocli calls this. */
  public Custody() {
    this(Progress.quiet());
  }

  private Custody(Progress progress) {
    this.progress = progress;
  }

  /**
   * Runs the command line and exits the JVM with its code. Draws off screen, and shows the progress
   * of long runs on stderr when the command runs in a terminal.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    // a chart is drawn into an image in memory: never look for a display
    System.setProperty("java.awt.headless", "true");
    PrintWriter err = new PrintWriter(System.err, true);
    Progress progress = System.console() != null ? Progress.on(err) : Progress.quiet();
    System.exit(run(new PrintWriter(System.out, true), err, progress, args));
  }

  /**
   * Runs the command line with the given output streams, without exiting and without showing
   * progress: what {@link #main(String[])} does, for tests and embedding.
   *
   * @param out where results go
   * @param err where problems and usage go
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, Progress.quiet(), args);
  }

  private static int run(PrintWriter out, PrintWriter err, Progress progress, String... args) {
    return execute(commandLine(out, err, progress), args);
  }

  /** The command line, printing to {@code out} and {@code err}, not yet run. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, Progress progress) {
    CommandLine line = new CommandLine(new Custody(progress));
    line.setOut(out);
    line.setErr(err);
    // every failure goes to the err of the whole command line, whichever subcommand it ends
    line.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          if (exception instanceof CommandFailedException failed) {
            failed.lines().forEach(l -> line.getErr().println(PrintableText.of(l)));
            return failed.exitCode();
          }
          return failed(line.getErr(), exception, parseResult);
        });
    return line;
  }

  /**
   * Runs {@code line} with {@code args}. Whatever escapes a command, an {@link Error} too, ends as
   * one line on stderr and an exit code of its own.
   */
  static int execute(CommandLine line, String... args) {
    int code;
    try {
      code = line.execute(args);
    } catch (Throwable escaped) {
      // picocli hands the handler exceptions only: errors, out of memory first, come here
      code = failed(line.getErr(), escaped, line.getParseResult());
    }
    line.getOut().flush();
    line.getErr().flush();
    return code;
  }

  private static int failed(PrintWriter err, Throwable failure, @Nullable ParseResult parsed) {
    UnexpectedFailure unexpected = UnexpectedFailure.of(failure, scenarioCommand(parsed));
    err.println(PrintableText.of(unexpected.line()));
    return unexpected.exitCode();
  }

  /** The subcommand that was running, if it works on a scenario. */
  private static Optional<ScenarioCommand> scenarioCommand(@Nullable ParseResult parsed) {
    ParseResult last = parsed;
    while (last != null && last.hasSubcommand()) {
      last = last.subcommand();
    }
    return last != null && last.commandSpec().userObject() instanceof ScenarioCommand command
        ? Optional.of(command)
        : Optional.empty();
  }

  /** The progress of the run, which the subcommands show. */
  Progress progress() {
    return progress;
  }

  /**
   * Without a subcommand, prints the usage to stderr: a command line that does nothing is wrong.
   *
   * @return {@link #UNREADABLE}
   */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return UNREADABLE;
  }
}
