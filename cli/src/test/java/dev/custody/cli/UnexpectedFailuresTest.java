package dev.custody.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.cli.BadInputCorpusTest.Outcome;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever escapes a command, the library's runtime exceptions, running out of memory or stack, any
 * error, ends as one line on stderr that names the file and what the command was doing, with an
 * exit code of its own (3 or 4, never 1, which means the rules report errors), and no stack trace
 * or Java class name.
 */
class UnexpectedFailuresTest {

  /** A subcommand that fails as it is told to, on the file it is given. */
  @Command(name = "explode")
  static final class Exploding implements Callable<Integer>, ScenarioCommand {
    private final Supplier<Throwable> failure;

    @CommandLine.Parameters(index = "0")
    private Path file;

    Exploding(Supplier<Throwable> failure) {
      this.failure = failure;
    }

    @Override
    public Path file() {
      return file;
    }

    @Override
    public String activity() {
      return "exploding";
    }

    @Override
    public Integer call() throws Exception {
      Throwable thrown = failure.get();
      if (thrown instanceof Error error) {
        throw error;
      }
      throw (Exception) thrown;
    }
  }

  private static Outcome explode(Supplier<Throwable> failure) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line =
        Custody.commandLine(new PrintWriter(out), new PrintWriter(err), Progress.quiet());
    line.addSubcommand(new Exploding(failure));
    int code = Custody.execute(line, "explode", "big.json");
    return new Outcome(code, out.toString(), err.toString());
  }

  /** One line, in the command's own words. */
  private static void assertOneLineInItsOwnWords(Outcome outcome) {
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).endsWith("\n");
    assertThat(outcome.err().lines().count()).as(outcome.err()).isEqualTo(1);
    assertThat(outcome.err())
        .startsWith("custody: ")
        .doesNotContain("Exception")
        .doesNotContain("Error")
        .doesNotContain("java.")
        .doesNotContain("\tat ");
  }

  @Test
  void a_runtime_exception_of_the_library_is_an_internal_error() {
    Outcome outcome =
        explode(
            () ->
                new IllegalArgumentException("CensusScope.account (outside: x) cannot be counted"));

    assertThat(outcome.exitCode()).isEqualTo(Custody.INTERNAL_ERROR);
    assertThat(outcome.err())
        .isEqualTo(
            "custody: internal error while exploding big.json; please report it, with the"
                + " command line and the file if you can share it\n");
    assertOneLineInItsOwnWords(outcome);
  }

  @Test
  void a_null_pointer_or_an_assertion_is_an_internal_error() {
    for (Supplier<Throwable> failure :
        List.<Supplier<Throwable>>of(
            NullPointerException::new,
            () -> new AssertionError("state"),
            IllegalStateException::new)) {
      Outcome outcome = explode(failure);

      assertThat(outcome.exitCode()).isEqualTo(Custody.INTERNAL_ERROR);
      assertThat(outcome.err()).startsWith("custody: internal error while exploding big.json");
      assertOneLineInItsOwnWords(outcome);
    }
  }

  @Test
  void running_out_of_memory_says_how_to_give_more() {
    // a real one: no JVM allocates an array this large
    Outcome outcome =
        explode(
            () -> {
              long[] tooLarge = new long[Integer.MAX_VALUE];
              return new AssertionError(tooLarge.length);
            });

    assertThat(outcome.exitCode()).isEqualTo(Custody.OUT_OF_MEMORY);
    assertThat(outcome.err())
        .startsWith("custody: out of memory while exploding big.json: the scenario is too large")
        .containsPattern("run it with more, such as JAVA_TOOL_OPTIONS=-Xmx\\d+g\n$");
    assertOneLineInItsOwnWords(outcome);
  }

  @Test
  void running_out_of_stack_says_how_to_give_more() {
    Outcome outcome = explode(() -> new AssertionError(depth(0)));

    assertThat(outcome.exitCode()).isEqualTo(Custody.OUT_OF_MEMORY);
    assertThat(outcome.err())
        .startsWith("custody: out of stack while exploding big.json: ")
        .contains("JAVA_TOOL_OPTIONS=-Xss64m");
    assertOneLineInItsOwnWords(outcome);
  }

  /** Recurses until the stack runs out. */
  private static long depth(long n) {
    return depth(n + 1) + 1;
  }

  @Test
  void a_failure_outside_a_scenario_command_names_no_file() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line =
        Custody.commandLine(new PrintWriter(out), new PrintWriter(err), Progress.quiet());
    line.addSubcommand(
        "fail",
        new CommandLine(
            CommandSpec.wrapWithoutInspection(
                (Callable<Integer>)
                    () -> {
                      throw new IllegalStateException();
                    })));

    int code = Custody.execute(line, "fail");

    assertThat(code).isEqualTo(Custody.INTERNAL_ERROR);
    assertThat(err.toString())
        .isEqualTo(
            "custody: internal error; please report it, with the command line and the file if"
                + " you can share it\n");
  }

  @Test
  void the_help_documents_every_exit_code() {
    Outcome outcome = BadInputCorpusTest.check("--help");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .contains("Exit codes:")
        .containsPattern("\\n\\s+1\\s+the rules report errors")
        .containsPattern("\\n\\s+2\\s+the input cannot be read")
        .containsPattern("\\n\\s+3\\s+an internal error of the command")
        .containsPattern("\\n\\s+4\\s+out of memory or stack");
  }

  /**
   * A figure with thousands of claims that all conflict with one another: a report on it lists
   * every pair of them, millions, unless the library sums them up. In a JVM of 64 MiB the report
   * either fits or ends with the one line that says so; never with a stack trace and exit 1.
   */
  @Test
  void a_report_on_thousands_of_conflicting_claims_in_little_memory(@TempDir Path directory)
      throws IOException, InterruptedException {
    Path scenario = directory.resolve("conflicts.json");
    Files.writeString(scenario, conflictingClaims(5000), StandardCharsets.UTF_8);

    Outcome outcome = runInAnotherJvm("-Xmx64m", "report", scenario.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isIn(0, Custody.OUT_OF_MEMORY);
    assertThat(outcome.err()).doesNotContain("\tat ").doesNotContain("Exception");
    if (outcome.exitCode() == Custody.OUT_OF_MEMORY) {
      assertThat(outcome.err())
          .startsWith("custody: out of memory while reporting " + scenario + ": ")
          .hasLineCount(1);
    }
  }

  /** The reference scenario, with {@code claims} claims of its escape, each far from the others. */
  private static String conflictingClaims(int claims) throws IOException {
    JsonMapper json = JsonMapper.builder().build();
    ObjectNode scenario = (ObjectNode) json.readTree(ReferenceScenario.FILE.toFile());
    for (var event : scenario.get("events")) {
      if (event.get("type").asString().equals("detainees-escaped")) {
        ArrayNode size = ((ObjectNode) event).putArray("size");
        for (int i = 0; i < claims; i++) {
          ObjectNode claim = size.addObject();
          claim.put("estimate", "exactly " + (i * 10 + 1));
          claim.put("source", "sdf");
          claim.putObject("reported").put("day", "2026-01-21").put("zone", "Asia/Damascus");
        }
      }
    }
    return json.writeValueAsString(scenario);
  }

  /** Runs the command in a JVM of its own, with its own memory, as {@code ./custody} runs it. */
  private static Outcome runInAnotherJvm(String jvmOption, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(jvmOption);
    command.add("-Djava.awt.headless=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Custody.class.getName());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Outcome(process.exitValue(), "", err);
  }
}
