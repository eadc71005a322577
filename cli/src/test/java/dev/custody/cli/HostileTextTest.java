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
 * that would reorder what is shown: every command prints them as visible escapes, and every problem
 * stays on its line.
 */
class HostileTextTest {
  private static final Path HOSTILE = Path.of("src", "test", "resources", "hostile");

  /** Names, notes, titles and descriptions that the reader accepts, each hostile. */
  private static final String TEXT = HOSTILE.resolve("hostile-text.json").toString();

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
  void check_passes_a_scenario_with_hostile_names_in_one_line() {
    Outcome outcome = check("check", TEXT);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out()).isEqualTo("hostile-text.json: 15 events, no errors\n");
  }

  @Test
  void the_text_report_shows_names_with_their_escapes_and_no_line_of_theirs() {
    Outcome outcome = check("report", TEXT);

    assertThat(outcome.exitCode()).isZero();
    assertPrintable(outcome.out());
    // long names wrap in their columns: each escape is whole on a line
    assertThat(outcome.out())
        .contains("Syrian \\u001b[2J\\u001b[HDemocratic Forces")
        .contains("Government \\u202eof Syria\\u202c")
        .contains("\\u2066isolated\\u2069")
        .contains("prison\\r\\nhostile-text.json: 15 events,")
        .contains("decide \\u001b]0;pwned\\u0007how to integrate")
        .contains("Ceasefire\\nhostile-text.json: 15 events, no errors");
    assertThat(lines(outcome.out()))
        .noneSatisfy(line -> assertThat(line).startsWith("hostile-text.json: 15 events"));
  }

  @Test
  void the_markdown_report_escapes_control_characters_and_markup_in_table_cells() {
    Outcome outcome = check("report", TEXT, "--format", "markdown");

    assertThat(outcome.exitCode()).isZero();
    assertPrintable(outcome.out());
    assertThat(outcome.out())
        // the backslash of an escape is itself escaped, so that Markdown shows it
        .contains("Syrian \\\\u001b\\[2J\\\\u001b\\[HDemocratic Forces")
        .contains("al-Hol\\\\tcamp\\\\u009b2J\\\\u007f\\\\u200b\\|\\`\\#")
        .contains("integrate \\| \\`code\\` \\# heading");
    assertThat(lines(outcome.out()))
        .noneSatisfy(line -> assertThat(line).startsWith("hostile-text.json: 15 events"));
  }

  @Test
  void the_json_report_escapes_what_a_terminal_acts_on_and_reads_back_to_the_names()
      throws IOException {
    Outcome outcome = check("report", TEXT, "--format", "json");
    CustodyDocument document = CustodyJson.standard().read(Path.of(TEXT));

    assertThat(outcome.exitCode()).isZero();
    assertPrintable(outcome.out());
    assertThat(outcome.out())
        .contains("\"Syrian \\u001b[2J\\u001b[HDemocratic Forces\"")
        .contains("\"al-Hol\\tcamp\\u009b2J\\u007f\\u200b|`#\"");
    JsonNode report = JSON.readTree(outcome.out());
    assertThat(name(report.get("actors"), "sdf"))
        .isEqualTo(document.world().actor(ActorId.of("sdf")).orElseThrow().name())
        .contains("\u001b[2J");
    assertThat(name(report.get("actors"), "syria-gov")).contains("\u202e").contains("\u2069");
    assertThat(name(report.get("facilities"), "al-hol"))
        .isEqualTo(document.world().facility(FacilityId.of("al-hol")).orElseThrow().name());
  }

  @Test
  void the_chart_prints_its_title_printable(@TempDir Path directory) {
    Outcome outcome = check("chart", TEXT, "-o", directory.resolve("chart.png").toString());

    assertThat(outcome.exitCode()).isZero();
    assertPrintable(outcome.both());
    assertThat(outcome.out()).contains("Hostile \\u001b[2J\\u001b[Htitle, ");
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
