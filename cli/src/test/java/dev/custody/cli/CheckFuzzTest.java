package dev.custody.cli;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Coverage-guided fuzzing of {@code custody check} with Jazzer: whatever bytes the file holds, the
 * command ends with exit code 0 (the rules hold; it says so on stdout), 1 (the rules report errors)
 * or 2 (the file cannot be read), the last two with their reasons on stderr; and nothing it prints
 * shows a stack frame or a Java class name that the file did not hold itself. Exit code 3 (internal
 * error) or 4 (out of memory or stack) is a finding, and so is anything that escapes the command.
 *
 * <p>The seeds are the bad-input corpus and the example scenarios, the dictionary the reader's. It
 * runs with the {@code fuzz} profile, {@code ./mvnw -B verify -Pfuzz}, which sets {@code
 * JAZZER_FUZZ}; the build's {@code verify} leaves it out, as the reader's own fuzz test covers what
 * the command reads.
 */
class CheckFuzzTest {
  private static final Path FILE = temporaryFile();
  private static final StringWriter OUT = new StringWriter();
  private static final StringWriter ERR = new StringWriter();

  /**
   * One command line for every run, as picocli allows: building it costs several times what a check
   * of a small file does, and it does not depend on the file.
   */
  private static final CommandLine COMMAND =
      Custody.commandLine(new PrintWriter(OUT), new PrintWriter(ERR), Progress.quiet());

  /** What a Java throwable leaks into a message: its class name, a package, a stack frame. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "java\\.|Exception|[A-Z]\\w*Error\\b|\\bat [\\w$]+(?:\\.[\\w$<>]+)+\\(|\\tat ");

  /** A JSON escape of one UTF-16 unit, which a value in a message shows decoded. */
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

  /** The file each run checks: in memory where the system has such a folder, as Linux does. */
  private static Path temporaryFile() {
    Path memory = Path.of("/dev/shm");
    try {
      Path file =
          Files.isDirectory(memory) && Files.isWritable(memory)
              ? Files.createTempFile(memory, "fuzzed", ".json")
              : Files.createTempFile("fuzzed", ".json");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Stream<Arguments> seeds() throws IOException {
    List<Path> files;
    try (Stream<Path> corpus = Files.list(BadInputCorpusTest.CORPUS);
        Stream<Path> scenarios = Files.list(Path.of("..", "examples", "scenarios"))) {
      files =
          Stream.concat(corpus, scenarios)
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .sorted()
              .toList();
    }
    return files.stream()
        .map(file -> Arguments.of(Named.of(file.getFileName().toString(), bytes(file))));
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @MethodSource("seeds")
  @DictionaryFile(resourcePath = "ReaderFuzzTest.dict")
  @FuzzTest(maxDuration = "10s")
  void any_file_is_checked_with_an_exit_code_and_reasons_that_show_no_internals(byte[] input)
      throws IOException {
    Files.write(FILE, input);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Custody.run(new PrintWriter(out), new PrintWriter(err), "check", FILE.toString());

    String printed = out + "" + err;
    check(code >= 0 && code <= 2, "exit code " + code + ":\n" + printed);
    if (code == 0) {
      check(
          out.toString().contains(" events, no errors"),
          "a pass that does not say so:\n" + printed);
    } else {
      check(!err.toString().isBlank(), "exit code " + code + " without a reason:\n" + printed);
    }
    checkNothingLeaks(printed, input);
  }

  /**
   * Fails if {@code printed} shows a Java class name or stack frame, except one the input holds,
   * which a message may quote as a value (plain or as JSON escapes).
   */
  private static void checkNothingLeaks(String printed, byte[] input) {
    Matcher leak = INTERNALS.matcher(printed);
    if (!leak.find()) {
      return;
    }
    String text =
        UNICODE_ESCAPE
            .matcher(new String(input, StandardCharsets.UTF_8))
            .replaceAll(
                unit ->
                    Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(unit.group(1), 16))));
    do {
      check(text.contains(leak.group()), "it prints " + leak.group() + ":\n" + printed);
    } while (leak.find());
  }

  /** An assertion without AssertJ, whose cost would slow every run of the fuzzer. */
  private static void check(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError(what);
    }
  }
}
