package dev.custody.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code custody} command line: {@code custody check FILE}, {@code custody report FILE} and
 * {@code custody chart FILE -o timeline.png}.
 */
@Command(
    name = "custody",
    mixinStandardHelpOptions = true,
    version = "custody 0.1.0-SNAPSHOT",
    description =
        "Checks, reports on and charts custody scenarios written in the custody/1 format.",
    subcommands = {CheckCommand.class, ReportCommand.class, ChartCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all is well",
      "1:the rules report errors",
      "2:the input cannot be read, or the command line is wrong"
    })
public final class Custody implements Runnable {

  /** Exit code when the rules report errors in an otherwise readable scenario. */
  public static final int RULES_BROKEN = 1;

  /** Exit code for unreadable input and for usage errors. */
  public static final int UNREADABLE = 2;

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public Custody() {}

  /**
   * Runs the command line and exits the JVM with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /**
   * Runs the command line with the given output streams, without exiting: what {@link
   * #main(String[])} does, for tests and embedding.
   *
   * @param out where results go
   * @param err where problems and usage go
   * @param args the arguments
   * @return the exit code
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine line = new CommandLine(new Custody());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(
        (exception, commandLine, parseResult) -> {
          // bad input never ends in a stack trace: say what failed, on one line
          commandLine.getErr().println("custody: " + exception);
          return UNREADABLE;
        });
    int code = line.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Without a subcommand, prints the usage. */
  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
