package dev.custody.json;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.custody.ledger.Ledger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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

/**
 * Coverage-guided fuzzing of the reader with Jazzer: whatever bytes a file holds, reading either
 * returns a document whose ledger accepts its events and which, written and read back, is the same
 * document with the same events; or it throws an {@link InvalidDocumentException} with at least one
 * problem, each at a JSON path, whose messages name no Java class and show no stack frame that the
 * input did not hold itself. Anything else that escapes ({@code RuntimeException}, {@code
 * StackOverflowError}, {@code OutOfMemoryError}) is a finding.
 *
 * <p>The seeds are the bad-input corpus and the example scenarios; the dictionary, {@code
 * ReaderFuzzTest.dict}, holds the format's names. The build runs this class in a surefire execution
 * of its own with {@code JAZZER_FUZZ} set, which runs every seed and then mutates them for {@code
 * jazzer.max_duration}; without it (from an IDE) only the seeds run. A finding is written to {@code
 * src/test/resources/dev/custody/json/ReaderFuzzTestInputs/}, whose files are run as seeds from
 * then on; one worth keeping belongs in the bad-input corpus, with its line in {@code
 * expected.tsv}.
 */
class ReaderFuzzTest {
  private static final CustodyJson JSON = CustodyJson.standard();

  /** What a Java throwable leaks into a message: its class name, a package, a stack frame. */
  private static final Pattern INTERNALS =
      Pattern.compile(
          "java\\.|Exception|[A-Z]\\w*Error\\b|\\bat [\\w$]+(?:\\.[\\w$<>]+)+\\(|\\tat ");

  /** A JSON escape of one UTF-16 unit, which a value in a message shows decoded. */
  private static final Pattern UNICODE_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");

  static Stream<Arguments> seeds() throws IOException {
    List<Path> files;
    try (Stream<Path> corpus = Files.list(Path.of("src", "test", "resources", "bad-input"));
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
  void any_bytes_are_read_or_refused_with_problems(byte[] input) throws IOException {
    CustodyDocument document;
    try {
      document = JSON.read(new ByteArrayInputStream(input), "fuzzed.json");
    } catch (InvalidDocumentException refused) {
      check(!refused.problems().isEmpty(), "a refusal without problems");
      for (Problem problem : refused.problems()) {
        check(problem.path().startsWith("$"), "a problem without a path: " + problem);
        checkNothingLeaks(problem.toString(), input);
      }
      return;
    }
    Ledger ledger = document.ledger();
    check(ledger.verdict().errors().isEmpty(), "a document read with errors: " + ledger.verdict());
    String written = JSON.write(document);
    CustodyDocument again = JSON.read(written, "written.json");
    check(
        again.ledger().events().equals(ledger.events()),
        "the events changed on writing and reading:\n" + written);
    check(again.equals(document), "the document changed on writing and reading:\n" + written);
    check(JSON.write(again).equals(written), "the document is written another way the second time");
  }

  /**
   * Fails if {@code message} shows a Java class name or stack frame, except one the input holds,
   * which a message may quote as a value (plain or as JSON escapes).
   */
  static void checkNothingLeaks(String message, byte[] input) {
    Matcher leak = INTERNALS.matcher(message);
    if (!leak.find()) {
      return;
    }
    String text = unescaped(new String(input, StandardCharsets.UTF_8));
    do {
      check(text.contains(leak.group()), "a message shows " + leak.group() + ": " + message);
    } while (leak.find());
  }

  private static String unescaped(String text) {
    return UNICODE_ESCAPE
        .matcher(text)
        .replaceAll(
            unit ->
                Matcher.quoteReplacement(
                    String.valueOf((char) Integer.parseInt(unit.group(1), 16))));
  }

  /** An assertion without AssertJ, whose cost would slow every run of the fuzzer. */
  private static void check(boolean holds, String what) {
    if (!holds) {
      throw new AssertionError(what);
    }
  }
}
