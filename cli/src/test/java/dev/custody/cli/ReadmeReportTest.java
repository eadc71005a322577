package dev.custody.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's first command exists, and the report lines it shows are what it prints. */
class ReadmeReportTest {

  @Test
  void the_readme_shows_the_first_lines_the_report_prints() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher shown =
        Pattern.compile("The report\\nbegins:\\n\\n```text\\n(.*?)```", Pattern.DOTALL)
            .matcher(readme);
    assertThat(shown.find()).as("README.md shows the report's first lines").isTrue();

    String printed = BadInputCorpusTest.check("report", ReferenceScenario.FILE.toString()).out();

    assertThat(printed)
        .startsWith(
            "Custody report as of 2026-02-12 24:00 Damascus time (2026-02-12T21:00:00Z)\n"
                + "==========================================================================\n");
    assertThat(printed).startsWith(shown.group(1));
    assertThat(readme).contains("./custody report examples/scenarios/northeast-syria-2026.json");
    assertThat(Path.of("..", "custody")).isExecutable();
    assertThat(Path.of("..", "docs", "timeline.png")).isRegularFile();
  }
}
