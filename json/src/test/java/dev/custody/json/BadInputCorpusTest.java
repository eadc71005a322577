package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.custody.rules.Rule;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.io.IOException;
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
 * The bad-input corpus, {@code src/test/resources/bad-input/}, read by the reader it tests. Its
 * manifest, {@code expected.tsv}, gives for every file the exit code of {@code custody check} and a
 * fragment of what it prints. At this level that means: a file of exit code 2 cannot be read, and a
 * problem says the fragment; a file of exit code 1 is sound JSON of the format, but the ledger
 * rejects an event under the rule the fragment names, which the reader reports as a rule problem; a
 * file of exit code 0 reads, and the ledger's verdict holds the named rule as a warning only.
 */
class BadInputCorpusTest {
  private static final Path CORPUS = Path.of("src", "test", "resources", "bad-input");

  /** One line of the manifest. */
  record Expectation(String file, int exitCode, String fragment) {
    /** The rule code the fragment starts with, for exit codes 0 and 1: "CUS-008". */
    String rule() {
      return fragment.split(" ", 2)[0];
    }
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
  Stream<DynamicTest> every_file_reads_as_its_line_of_the_manifest_says() throws IOException {
    return manifest().stream()
        .map(expected -> DynamicTest.dynamicTest(expected.file(), () -> verify(expected)));
  }

  private static void verify(Expectation expected) throws IOException {
    Path file = CORPUS.resolve(expected.file());
    switch (expected.exitCode()) {
      case 2:
        {
          InvalidDocumentException unreadable =
              catchThrowableOfType(
                  InvalidDocumentException.class, () -> CustodyJson.standard().read(file));
          assertThat(unreadable).as("%s is unreadable", file).isNotNull();
          assertThat(unreadable.isRejectedByRules()).isFalse();
          assertThat(unreadable.problems())
              .anySatisfy(p -> assertThat(p.toString()).contains(expected.fragment()));
          return;
        }
      case 1:
        {
          InvalidDocumentException rejected =
              catchThrowableOfType(
                  InvalidDocumentException.class, () -> CustodyJson.standard().read(file));
          assertThat(rejected).as("%s is rejected", file).isNotNull();
          assertThat(rejected.isRejectedByRules()).as(rejected.getMessage()).isTrue();
          assertThat(rejected.problems())
              .anySatisfy(p -> assertThat(p.rule()).contains(expected.rule()));
          return;
        }
      case 0:
        {
          Verdict verdict = CustodyJson.standard().read(file).ledger().verdict();
          assertThat(verdict.errors()).isEmpty();
          assertThat(verdict.warnings()).extracting(Violation::code).contains(expected.rule());
          assertThat(expected.fragment()).isEqualTo(expected.rule() + " warning");
          return;
        }
      default:
        throw new AssertionError("exit code " + expected.exitCode() + " of " + expected.file());
    }
  }

  @Test
  void every_file_has_a_line_in_the_manifest() throws IOException {
    List<String> listed = manifest().stream().map(Expectation::file).toList();
    List<String> files;
    try (Stream<Path> all = Files.list(CORPUS)) {
      files =
          all.map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .sorted()
              .toList();
    }

    assertThat(files).hasSizeGreaterThanOrEqualTo(100);
    assertThat(listed).containsExactlyInAnyOrderElementsOf(files);
  }

  @Test
  void every_rule_of_the_catalogue_has_a_file() throws IOException {
    List<Expectation> manifest = manifest();
    for (Rule rule : Rule.values()) {
      assertThat(manifest)
          .as(rule.code())
          .anySatisfy(
              e -> {
                assertThat(e.exitCode()).isLessThan(2);
                assertThat(e.rule()).isEqualTo(rule.code());
              });
    }
  }
}
