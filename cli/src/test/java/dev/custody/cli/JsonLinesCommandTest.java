package dev.custody.cli;

import static dev.custody.cli.BadInputCorpusTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.cli.BadInputCorpusTest.Outcome;
import dev.custody.json.CustodyJson;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scenario named {@code *.jsonl} is read as JSON Lines: the same report as the document it was
 * written from, problems at their lines, each line held to the standard limit and the whole file
 * only to a {@code --max-size} given.
 */
class JsonLinesCommandTest {

  private static Path asLines(Path directory) throws IOException {
    Path file = directory.resolve("northeast-syria-2026.jsonl");
    CustodyJson json = CustodyJson.standard();
    json.writeLines(json.read(ReferenceScenario.FILE), file);
    return file;
  }

  @Test
  void check_and_report_read_json_lines_as_the_document(@TempDir Path directory)
      throws IOException {
    Path file = asLines(directory);

    Outcome checked = check("check", file.toString());
    Outcome lines = check("report", file.toString());
    Outcome document = check("report", ReferenceScenario.FILE.toString());

    assertThat(checked.exitCode()).as(checked.err()).isZero();
    assertThat(checked.out()).isEqualTo("northeast-syria-2026.jsonl: 20 events, no errors\n");
    assertThat(lines.exitCode()).as(lines.err()).isZero();
    assertThat(lines.out()).isEqualTo(document.out());
  }

  @Test
  void a_problem_is_reported_at_its_line(@TempDir Path directory) throws IOException {
    Path file = asLines(directory);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    lines.set(3, lines.get(3).replaceFirst("\\{", "{\"colour\":\"red\","));
    Files.write(file, lines, StandardCharsets.UTF_8);

    Outcome outcome = check("check", file.toString());

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err()).startsWith("northeast-syria-2026.jsonl:4: $.colour: ");
  }

  @Test
  void a_file_over_16_mib_is_read_when_no_line_is(@TempDir Path directory) throws IOException {
    Path file = asLines(directory);
    try (Writer out =
        Files.newBufferedWriter(
            file, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
      String blank = " ".repeat(1 << 16) + "\n";
      for (int i = 0; i < 17 * 16; i++) {
        out.write(blank);
      }
    }
    assertThat(Files.size(file)).isGreaterThan(17L << 20);

    Outcome outcome = check("check", file.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
  }

  @Test
  void a_max_size_given_caps_the_whole_file(@TempDir Path directory) throws IOException {
    Path file = asLines(directory);

    Outcome outcome = check("check", "--max-size", "1KiB", file.toString());

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err())
        .startsWith("northeast-syria-2026.jsonl: the file has ")
        .contains("over the --max-size of 1,024");
  }
}
