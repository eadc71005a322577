package dev.custody.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code custody check} on every file of the bad-input corpus, which lives beside the reader
 * it tests in {@code json/src/test/resources/bad-input/}: each ends with the exit code and prints
 * the message fragment that {@code expected.tsv} gives for it, and none prints a stack trace.
 */
class BadInputCorpusTest {
  static final Path CORPUS = Path.of("..", "json", "src", "test", "resources", "bad-input");

  /** One line of the manifest. */
  record Expectation(String file, int exitCode, String fragment) {}

  /** What a run printed and returned. */
  record Outcome(int exitCode, String out, String err) {
    String both() {
      return out + err;
    }
  }

  static Outcome check(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Custody.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Outcome(code, out.toString(), err.toString());
  }

  private static List<Expectation> manifest() throws IOException {
    List<Expectation> expectations = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", 3);
      expectations.add(new Expectation(fields[0], Integer.parseInt(fields[1]), fields[2]));
    }
    return expectations;
  }

  @TestFactory
  Stream<DynamicTest> every_file_gives_its_exit_code_and_message() throws IOException {
    return manifest().stream()
        .map(
            expected ->
                DynamicTest.dynamicTest(
                    expected.file(),
                    () -> {
                      Outcome outcome = check("check", CORPUS.resolve(expected.file()).toString());

                      assertThat(outcome.exitCode())
                          .as(outcome.both())
                          .isEqualTo(expected.exitCode());
                      assertThat(outcome.both()).contains(expected.fragment());
                      assertThat(outcome.both())
                          .doesNotContain("\tat ")
                          .doesNotContain("Exception in thread");
                    }));
  }

  @Test
  void the_corpus_is_large_and_every_file_has_an_expectation() throws IOException {
    List<String> listed = manifest().stream().map(Expectation::file).toList();
    List<String> files;
    try (Stream<Path> all = Files.list(CORPUS)) {
      files =
          all.map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .sorted()
              .toList();
    }

    assertThat(files).hasSizeGreaterThanOrEqualTo(20);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void every_rule_of_the_catalogue_has_a_file() throws IOException {
    for (dev.custody.rules.Rule rule : dev.custody.rules.Rule.values()) {
      assertThat(manifest())
          .as(rule.code())
          .anySatisfy(e -> assertThat(e.fragment()).startsWith(rule.code()));
    }
  }

  @Test
  void a_file_that_does_not_exist_is_unreadable() {
    Outcome outcome = check("check", CORPUS.resolve("no-such-file.json").toString());

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err())
        .isEqualTo(
            CORPUS.resolve("no-such-file.json") + ": cannot be read: no such file or directory\n");
  }

  @Test
  void a_clean_scenario_passes() {
    Outcome outcome = check("check", ReferenceScenario.FILE.toString());

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).isEqualTo("northeast-syria-2026.json: 20 events, no errors\n");
  }

  @Test
  void a_usage_error_exits_with_two() {
    Outcome outcome = check("check");

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err()).contains("Missing required parameter: 'FILE'");
  }
}
