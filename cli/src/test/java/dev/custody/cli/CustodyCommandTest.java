package dev.custody.cli;

import static dev.custody.cli.BadInputCorpusTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.cli.BadInputCorpusTest.Outcome;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code custody report} and {@code custody chart} on the reference scenario file. */
class CustodyCommandTest {
  private static final String REFERENCE = ReferenceScenario.FILE.toString();

  @Test
  void the_report_has_every_derived_figure() {
    Outcome outcome = check("report", REFERENCE, "--at", "2026-01-23T09:00:00Z");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out())
        .startsWith("Custody report as of 2026-01-23 12:00 Damascus time (2026-01-23T09:00:00Z)")
        .contains("between 74% and 82% (best 78%)")
        .contains("between 1,550 and 2,450 (best 2,000)")
        .contains("2.1%")
        .contains("between 61 and 77 (best 69)")
        .contains("up to 119")
        .contains("over 919")
        .contains("843 apart")
        .contains("801 apart")
        .contains("between 51% and 57% (best 54%)")
        .contains("1 day 12 hours left")
        .contains("syria-gov");
    assertThat(check("report", REFERENCE, "--at", "2026-01-25").out()).contains("lapsed");
  }

  @Test
  void a_date_means_the_end_of_that_day_in_the_zone_of_the_scenario() {
    Outcome outcome = check("report", REFERENCE, "--at", "2026-01-22");

    assertThat(outcome.out())
        .startsWith("Custody report as of 2026-01-22 24:00 Damascus time (2026-01-22T21:00:00Z)\n");
    assertThat(check("report", REFERENCE, "--at", "2026-01-25").out())
        .startsWith("Custody report as of 2026-01-25 24:00 Damascus time (2026-01-25T21:00:00Z)\n");
  }

  @Test
  void the_default_instant_is_the_end_of_the_last_event() {
    // the transfer mission's last running total, of 12 February
    assertThat(check("report", REFERENCE).out())
        .startsWith("Custody report as of 2026-02-12 24:00 Damascus time (2026-02-12T21:00:00Z)\n");
  }

  @Test
  void deadlines_are_written_as_people_write_them() {
    Outcome outcome = check("report", REFERENCE, "--at", "2026-01-23");

    assertThat(outcome.out())
        .containsPattern("decide-integration +sdf +pending +2026-01-24 24:00 Damascus time +1 day")
        .doesNotContain("[Asia/Damascus]")
        .doesNotContain("end of 2026-01-24");
  }

  @Test
  void a_scenario_in_utc_is_reported_in_utc() {
    Outcome outcome =
        check("report", "../examples/scenarios/small-case.json", "--at", "2026-01-09");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out())
        .startsWith("Custody report as of 2026-01-09 24:00 UTC (2026-01-10T00:00:00Z)\n")
        .contains("2026-01-10 24:00 UTC");
  }

  @Test
  void the_help_says_which_zone_a_date_is_read_in() {
    Outcome outcome = check("report", "--help");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out().replaceAll("\\s+", " "))
        .contains("a date means the end of that day in the scenario's zone")
        .contains("the zone of its earliest event (UTC when it has none)");
  }

  @Test
  void a_reading_changes_the_balances() {
    Outcome envelope = check("report", REFERENCE, "--at", "2026-01-23");
    Outcome government = check("report", REFERENCE, "--at", "2026-01-23", "--reading", "syria-gov");

    assertThat(government.exitCode()).isZero();
    assertThat(government.out())
        .contains("reading   according to syria-gov\n")
        .isNotEqualTo(envelope.out());
  }

  @Test
  void markdown_and_json_formats() throws IOException {
    Outcome markdown = check("report", REFERENCE, "--format", "markdown");
    Outcome json = check("report", REFERENCE, "--format", "json");

    assertThat(markdown.out()).startsWith("# Custody report").contains("| --- |");
    JsonNode tree = JsonMapper.builder().build().readTree(json.out());
    assertThat(tree.isObject()).isTrue();
    assertThat(json.out()).contains("\"text\": \"between 74% and 82% (best 78%)\"");
  }

  @Test
  void usage_errors_exit_with_two_and_say_why() {
    Outcome format = check("report", REFERENCE, "--format", "pdf");
    Outcome reading = check("report", REFERENCE, "--reading", "nobody");
    Outcome at = check("report", REFERENCE, "--at", "tomorrow");

    assertThat(format.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(format.err()).contains("--format: ");
    assertThat(reading.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(reading.err())
        .contains("--reading: 'nobody' is not envelope, consensus or an actor");
    assertThat(at.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(at.err())
        .contains("'tomorrow' is neither an instant like 2026-01-23T09:00:00Z nor a date");
  }

  @Test
  void a_report_of_a_file_the_rules_reject_exits_with_one() {
    Outcome outcome =
        check(
            "report",
            BadInputCorpusTest.CORPUS
                .resolve("cus-004-recapture-exceeds-at-large.json")
                .toString());

    assertThat(outcome.exitCode()).isEqualTo(Custody.RULES_BROKEN);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err()).contains("CUS-004");
  }

  @Test
  void the_chart_is_a_png_of_the_weeks_that_matter(@TempDir Path dir) throws IOException {
    Path png = dir.resolve("timeline.png");

    Outcome outcome = check("chart", REFERENCE, "-o", png.toString());

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).contains("2026-01-17T21:00:00Z to 2026-02-15T21:00:00Z");
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(700);
    assertThat(Files.size(png)).isGreaterThan(10_000);
  }

  @Test
  void the_chart_needs_an_output() {
    Outcome outcome = check("chart", REFERENCE);

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err()).contains("Missing required option: '--output=PNG'");
  }

  @Test
  void without_a_subcommand_the_usage_is_printed_and_the_exit_code_is_two() {
    Outcome outcome = check();

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err())
        .contains("Usage: custody")
        .contains("check")
        .contains("report")
        .contains("chart");
  }
}
