package dev.custody.cli;

import static dev.custody.cli.BadInputCorpusTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.cli.BadInputCorpusTest.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever goes wrong, {@code custody} says what and where (the file, the field, the value), exits
 * with 1 or 2, and never shows Java's insides: no exception's name, no stack trace.
 */
class CommandFailuresTest {
  private static final String REFERENCE = ReferenceScenario.FILE.toString();
  private static final Path BEYOND = Path.of("src", "test", "resources", "beyond-range");

  private static String beyond(String file) {
    return BEYOND.resolve(file).toString();
  }

  /** Runs {@code command} on {@code file}; a chart, into a directory that does not exist. */
  private static Outcome run(String command, String file) {
    return command.equals("chart")
        ? check(command, file, "-o", "/nonexistent/x.png")
        : check(command, file);
  }

  /** Nothing of Java's insides: no exception class, no stack frame. */
  private static void assertSaysItInItsOwnWords(Outcome outcome) {
    assertThat(outcome.both())
        .doesNotContain("Exception")
        .doesNotContain("java.")
        .doesNotContain("\tat ")
        .doesNotContain("Caused by");
  }

  @Test
  void a_chart_into_a_directory_that_does_not_exist() {
    Outcome outcome = check("chart", REFERENCE, "-o", "/nonexistent/x.png");

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.out()).isEmpty();
    assertThat(outcome.err())
        .isEqualTo(
            "/nonexistent/x.png: cannot be written: the directory /nonexistent does not exist\n");
    assertSaysItInItsOwnWords(outcome);
  }

  @Test
  void a_chart_onto_a_directory(@TempDir Path directory) {
    Outcome outcome = check("chart", REFERENCE, "-o", directory.toString());

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err()).startsWith(directory + ": cannot be written: ");
    assertSaysItInItsOwnWords(outcome);
  }

  @Test
  void a_file_that_does_not_exist() {
    for (String command : new String[] {"check", "report", "chart"}) {
      Outcome outcome = run(command, "missing.json");

      assertThat(outcome.exitCode()).as(command).isEqualTo(Custody.UNREADABLE);
      assertThat(outcome.err())
          .as(command)
          .isEqualTo("missing.json: cannot be read: no such file or directory\n");
      assertSaysItInItsOwnWords(outcome);
    }
  }

  @Test
  void a_directory_given_as_the_file(@TempDir Path directory) {
    Outcome outcome = check("report", directory.toString());

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err())
        .isEqualTo(directory + ": cannot be read: it is a directory, not a file\n");
  }

  @Test
  void a_count_that_overflows_when_a_transfer_adds_to_it() {
    for (String command : new String[] {"check", "report"}) {
      Outcome outcome = check(command, beyond("count-overflow.json"));

      assertThat(outcome.exitCode()).as(command).isEqualTo(Custody.UNREADABLE);
      assertThat(outcome.out()).isEmpty();
      assertThat(outcome.err())
          .as(command)
          .isEqualTo(
              "count-overflow.json: $.events[4].count[0].estimate: value (exactly"
                  + " 9223372036854775807) must be an estimate like \"about 150\": Estimate.low"
                  + " (9,223,372,036,854,775,807) must not exceed the largest count,"
                  + " Estimate.MAX_COUNT (1,000,000,000,000,000)\n"
                  + "count-overflow.json: 1 problem\n");
      assertSaysItInItsOwnWords(outcome);
    }
  }

  @Test
  void counts_whose_total_would_overflow_are_refused_by_every_command() {
    for (String command : new String[] {"check", "report", "chart"}) {
      Outcome outcome = run(command, beyond("total-overflow.json"));

      assertThat(outcome.exitCode()).as(command).isEqualTo(Custody.UNREADABLE);
      assertThat(outcome.out()).isEmpty();
      assertThat(outcome.err())
          .as(command)
          .startsWith("total-overflow.json: $.events[2].count[0].estimate:")
          .contains("must not exceed the largest count, Estimate.MAX_COUNT (1,000,000,000,000,000)")
          .endsWith("total-overflow.json: 2 problems\n");
      assertSaysItInItsOwnWords(outcome);
    }
  }

  @Test
  void an_event_a_billion_years_away() {
    for (String command : new String[] {"check", "report", "chart"}) {
      Outcome outcome = run(command, beyond("far-instant.json"));

      assertThat(outcome.exitCode()).as(command).isEqualTo(Custody.UNREADABLE);
      assertThat(outcome.err())
          .as(command)
          .isEqualTo(
              "far-instant.json: $.events[10].when.instant: value (+1000000000-01-01T00:00:00Z)"
                  + " must be an instant within the years 1 to 9999\n"
                  + "far-instant.json: 1 problem\n");
      assertSaysItInItsOwnWords(outcome);
    }
  }

  @Test
  void an_instant_before_the_calendar_in_a_zone() {
    for (String command : new String[] {"check", "report", "chart"}) {
      Outcome outcome = run(command, beyond("before-the-calendar.json"));

      assertThat(outcome.exitCode()).as(command).isEqualTo(Custody.UNREADABLE);
      assertThat(outcome.err())
          .as(command)
          .isEqualTo(
              "before-the-calendar.json: $.events[10].when.instant: value"
                  + " (-1000000000-01-01T00:00:00Z) must be an instant within the years 1 to"
                  + " 9999\n"
                  + "before-the-calendar.json: 1 problem\n");
      assertSaysItInItsOwnWords(outcome);
    }
  }

  @Test
  void an_event_on_the_last_day_but_one_of_the_calendar() {
    for (String command : new String[] {"check", "report", "chart"}) {
      Outcome outcome = run(command, beyond("far-day.json"));

      assertThat(outcome.exitCode()).as(command).isEqualTo(Custody.UNREADABLE);
      assertThat(outcome.err())
          .as(command)
          .isEqualTo(
              "far-day.json: $.events[10].when.day: value (+999999999-12-30) must be a date"
                  + " within the years 1 to 9999\n"
                  + "far-day.json: 1 problem\n");
      assertSaysItInItsOwnWords(outcome);
    }
  }

  @Test
  void an_instant_or_a_date_on_the_command_line_beyond_the_years_shown() {
    Outcome instant = check("report", REFERENCE, "--at", "+1000000000-01-01T00:00:00Z");
    Outcome date = check("report", REFERENCE, "--at", "+999999999-12-30");
    Outcome from = check("chart", REFERENCE, "-o", "/nonexistent/x.png", "--from", "-0001-01-01");

    for (Outcome outcome : new Outcome[] {instant, date, from}) {
      assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
      assertThat(outcome.out()).isEmpty();
      assertSaysItInItsOwnWords(outcome);
    }
    assertThat(instant.err())
        .contains(
            "'+1000000000-01-01T00:00:00Z' must fall in the years 1 to 9999, which the command"
                + " shows");
    assertThat(date.err())
        .contains("'+999999999-12-30' must fall in the years 1 to 9999, which the command shows");
    assertThat(from.err()).contains("--from").contains("'-0001-01-01' must fall in the years");
  }

  @Test
  void a_chart_whose_span_ends_before_it_starts() {
    Outcome outcome =
        check(
            "chart",
            REFERENCE,
            "-o",
            "/nonexistent/x.png",
            "--from",
            "2026-01-25",
            "--to",
            "2026-01-20");

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err())
        .contains(
            "--from (2026-01-24T21:00:00Z) must be before --to (2026-01-20T21:00:00Z), or the"
                + " chart has no span");
    assertSaysItInItsOwnWords(outcome);
  }

  @Test
  void no_arguments_print_the_usage_and_exit_with_two() {
    Outcome outcome = check();

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err()).startsWith("Usage: custody");
    assertSaysItInItsOwnWords(outcome);
  }

  @Test
  void the_bad_input_corpus_and_every_command_say_it_in_their_own_words() throws IOException {
    try (var files = Files.list(BadInputCorpusTest.CORPUS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        for (String command : new String[] {"check", "report", "chart"}) {
          Outcome outcome = run(command, file.toString());

          assertThat(outcome.exitCode()).as("%s %s", command, file).isBetween(0, 2);
          assertSaysItInItsOwnWords(outcome);
        }
      }
    }
  }
}
