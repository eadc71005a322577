package dev.custody.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Progress is shown on a terminal for a large file, on one line that the end clears, and never
 * where the command runs without one: in tests, pipes and files.
 */
class ProgressTest {

  /** The reference scenario, padded with blank lines past the size that shows progress. */
  private static Path large(Path directory) throws IOException {
    Path file = directory.resolve("large.json");
    String json = Files.readString(ReferenceScenario.FILE, StandardCharsets.UTF_8);
    Files.writeString(
        file,
        json + "\n".repeat((int) Progress.LARGE_FILE - json.length() + 1),
        StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void a_terminal_sees_the_steps_of_a_large_file_on_one_line_then_nothing(@TempDir Path dir)
      throws IOException {
    Path file = large(dir);
    StringWriter terminal = new StringWriter();
    Progress progress = Progress.on(new PrintWriter(terminal));

    progress.startReading(file);
    progress.step("computing the report");
    progress.clear();

    String reading = "custody: reading large.json (1.0 MB) and checking its events...";
    String computing = "custody: computing the report...";
    assertThat(terminal.toString())
        .isEqualTo(
            "\r"
                + reading
                + "\r"
                + computing
                + " ".repeat(reading.length() - computing.length())
                + "\r"
                + " ".repeat(computing.length())
                + "\r");
  }

  @Test
  void a_terminal_sees_nothing_of_a_small_file() {
    StringWriter terminal = new StringWriter();
    Progress progress = Progress.on(new PrintWriter(terminal));

    progress.startReading(ReferenceScenario.FILE);
    progress.step("computing the report");
    progress.clear();

    assertThat(terminal.toString()).isEmpty();
  }

  @Test
  void a_run_without_a_terminal_shows_no_progress_even_for_a_large_file(@TempDir Path dir)
      throws IOException {
    Path file = large(dir);

    BadInputCorpusTest.Outcome check = BadInputCorpusTest.check("check", file.toString());
    BadInputCorpusTest.Outcome report = BadInputCorpusTest.check("report", file.toString());

    assertThat(check.err()).isEmpty();
    assertThat(check.out()).isEqualTo("large.json: 20 events, no errors\n");
    assertThat(report.err()).isEmpty();
    assertThat(report.exitCode()).isZero();
  }
}
