package dev.custody.cli;

import static dev.custody.cli.BadInputCorpusTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.cli.BadInputCorpusTest.Outcome;
import dev.custody.cli.internal.PrintableText;
import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scenarios whose names, notes and values hold what a terminal acts on (ESC[2J clears the screen),
 * line breaks and carriage returns that would forge a "no errors" line, and bidirectional overrides
 * that would reorder what is shown. The reader refuses such names and quotes them escaped, one
 * problem a line; the line breaks and tabs that free text may hold are printed as visible escapes
 * by every command and format.
 */
class HostileTextTest {
  private static final Path HOSTILE = Path.of("src", "test", "resources", "hostile");

  /** Names and titles that hold what a terminal acts on: the reader refuses them, quoting them. */
  private static final String TEXT = HOSTILE.resolve("hostile-text.json").toString();

  /**
   * The same scenario with printable names, and free text (descriptions, notes) that breaks lines
   * and tabs, as the format allows, to forge a line of its own.
   */
  private static final String NOTES = HOSTILE.resolve("hostile-notes.json").toString();

  /** Estimates the reader refuses, quoting them, and a field name with an escape sequence. */
  private static final String FORGED = HOSTILE.resolve("forged-estimate.json").toString();

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Nothing a terminal would act on, hide or reorder: only line feeds end the lines. */
  private static void assertPrintable(String printed) {
    int[] unsafe =
        printed.codePoints().filter(c -> c != '\n' && PrintableText.isUnsafe(c)).toArray();

    assertThat(unsafe).as("unsafe characters in:%n%s", printed).isEmpty();
  }

  private static List<String> lines(String printed) {
    return printed.isEmpty() ? List.of() : Arrays.asList(printed.split("\n", -1));
  }

  @Test
  void check_prints_every_refused_value_on_the_line_of_its_problem() {
    Outcome outcome = check("check", FORGED);

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.out()).isEmpty();
    assertPrintable(outcome.err());
    List<String> lines = lines(outcome.err());
    // a problem per line, the count, and the end of the last line
    assertThat(lines.get(lines.size() - 1)).isEmpty();
    assertThat(lines).hasSize(5);
    assertThat(lines.subList(0, 3))
        .allSatisfy(line -> assertThat(line).startsWith("forged-estimate.json: $"));
    assertThat(lines).noneSatisfy(line -> assertThat(line).endsWith("no errors"));
    assertThat(outcome.err())
        .contains("$.actors[0].colour\\u001b[2J\\u202e: field (colour\\u001b[2J\\u202e)")
        .contains("value (over 1,000\\nforged-estimate.json: 15 events, no errors)")
        .contains("value (about 150\\r\\u001b[2Kforged-estimate.json: 15 events, no errors)")
        .endsWith("forged-estimate.json: 3 problems\n");
  }

  @Test
  void every_command_prints_hostile_text_as_visible_escapes() {
    for (String[] command :
        new String[][] {
          {"check", TEXT},
          {"report", TEXT},
          {"report", TEXT, "--format", "markdown"},
          {"report", TEXT, "--format", "json"},
          {"check", FORGED},
          {"report", FORGED},
        }) {
      Outcome outcome = check(command);

      assertThat(outcome.exitCode()).as(String.join(" ", command)).isBetween(0, 2);
      assertPrintable(outcome.both());
    }
  }

  @Test
  void check_refuses_hostile_names_one_problem_a_line() {
    Outcome outcome = check("check", TEXT);

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertPrintable(outcome.err());
    List<String> lines = lines(outcome.err());
    assertThat(lines.get(lines.size() - 1)).isEmpty();
    assertThat(lines.subList(0, lines.size() - 2))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).startsWith("hostile-text.json: $"));
    assertThat(outcome.err())
        .contains(
            "hostile-text.json: $.actors[4].name: field (name) must not contain control"
                + " characters: U+001B at character 8");
    assertThat(lines).noneSatisfy(line -> assertThat(line).startsWith("hostile-text.json: 15"));
  }

  @Test
  void check_passes_free_text_that_breaks_lines_and_tabs() {
    Outcome outcome = check("check", NOTES);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).isEqualTo("hostile-notes.json: 15 events, no errors\n");
  }

  @Test
  void the_text_report_shows_line_breaks_and_tabs_as_escapes_and_no_line_of_theirs() {
    Outcome outcome = check("report", NOTES);

    assertThat(outcome.exitCode()).isZero();
    assertPrintable(outcome.out());
    assertThat(outcome.out())
        .contains("a U.S. official\\nhostile-notes.json:")
        .contains("decide\\thow to integrate | `code` # heading\\nhostile-notes.json: 15 events");
    assertThat(lines(outcome.out()))
        .noneSatisfy(line -> assertThat(line).startsWith("hostile-notes.json: 15 events"));
  }

  @Test
  void the_markdown_report_escapes_control_characters_and_markup_in_table_cells() {
    Outcome outcome = check("report", NOTES, "--format", "markdown");

    assertThat(outcome.exitCode()).isZero();
    assertPrintable(outcome.out());
    assertThat(outcome.out())
        // the backslash of an escape is itself escaped, so that Markdown shows it
        .contains("| a U.S. official\\\\nhostile-notes.json: 15 events, no errors (usa) |")
        .contains("al-Hol camp\\|\\`\\#");
    assertThat(lines(outcome.out()))
        .noneSatisfy(line -> assertThat(line).startsWith("hostile-notes.json: 15 events"));
  }

  @Test
  void the_json_report_escapes_line_breaks_and_reads_back_to_the_texts() throws IOException {
    Outcome outcome = check("report", NOTES, "--format", "json");
    CustodyDocument document = CustodyJson.standard().read(Path.of(NOTES));

    assertThat(outcome.exitCode()).isZero();
    assertPrintable(outcome.out());
    assertThat(outcome.out())
        .contains("\"a U.S. official\\nhostile-notes.json: 15 events, no errors\"");
    JsonNode report = JSON.readTree(outcome.out());
    assertThat(name(report.get("facilities"), "al-hol"))
        .isEqualTo(document.world().facility(FacilityId.of("al-hol")).orElseThrow().name())
        .isEqualTo("al-Hol camp|`#");
    assertThat(name(report.get("actors"), "sdf"))
        .isEqualTo(document.world().actor(ActorId.of("sdf")).orElseThrow().name());
  }

  @Test
  void the_chart_prints_its_title_printable(@TempDir Path directory) {
    Outcome outcome = check("chart", NOTES, "-o", directory.resolve("chart.png").toString());

    assertThat(outcome.exitCode()).isZero();
    assertPrintable(outcome.both());
    assertThat(outcome.out()).contains("Hostile title, ");
  }

  private static String name(JsonNode items, String id) {
    return StreamSupport.stream(items.spliterator(), false)
        .filter(item -> item.get("id").asString().equals(id))
        .findFirst()
        .orElseThrow()
        .get("name")
        .asString();
  }
}
