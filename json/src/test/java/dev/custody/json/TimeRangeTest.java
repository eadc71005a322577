package dev.custody.json;

import static dev.custody.json.CustodyJsonTest.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The format accepts times of the years 1 to 9999, every date and instant, an instant's date in its
 * zone too: the reader refuses the rest at the path of the value, with the range it expects.
 */
class TimeRangeTest {
  private static final String ESCAPE_DAY = "\"when\": {\"day\": \"2026-01-03\"}";

  private static Problem onlyProblem(String json) {
    List<Problem> problems;
    try {
      CustodyJson.standard().read(json, "case.json");
      throw new AssertionError("expected the document to be refused:\n" + json);
    } catch (InvalidDocumentException e) {
      problems = e.problems();
    }
    assertThat(problems).as("%s", problems).hasSize(1);
    return problems.get(0);
  }

  private static Problem escapeAt(String when) {
    return onlyProblem(VALID.replace(ESCAPE_DAY, "\"when\": " + when));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"day\": \"+999999999-12-30\"}|day|value (+999999999-12-30) must be a date within the"
            + " years 1 to 9999",
        "{\"day\": \"0000-12-31\"}|day|value (0000-12-31) must be a date within the years 1 to"
            + " 9999",
        "{\"day\": \"-0001-01-01\"}|day|value (-0001-01-01) must be a date within the years 1 to"
            + " 9999",
        "{\"from\": \"2026-01-01\", \"to\": \"+10000-01-01\"}|to|value (+10000-01-01) must be a"
            + " date within the years 1 to 9999",
        "{\"month\": \"+10000-01\"}|month|value (+10000-01) must be a month within the years 1 to"
            + " 9999",
        "{\"week\": \"9999-12-30\"}|week|value (9999-12-30) must be a week within the years 1 to"
            + " 9999: its last day is +10000-01-05",
        "{\"instant\": \"+1000000000-12-31T23:59:59.999999999Z\"}|instant|value"
            + " (+1000000000-12-31T23:59:59.999999999Z) must be an instant within the years 1 to"
            + " 9999",
        "{\"instant\": \"-1000000000-01-01T00:00:00Z\"}|instant|value"
            + " (-1000000000-01-01T00:00:00Z) must be an instant within the years 1 to 9999",
        "{\"instant\": \"+1000000001-12-31T23:59:59.999999999Z\"}|instant|value"
            + " (+1000000001-12-31T23:59:59.999999999Z) must be an instant within the years 1 to"
            + " 9999",
        "{\"instant\": \"-1000000001-01-01T00:00:00Z\"}|instant|value"
            + " (-1000000001-01-01T00:00:00Z) must be an instant within the years 1 to 9999",
        "{\"instant\": \"+9999999999-12-31T23:59:60Z\"}|instant|value"
            + " (+9999999999-12-31T23:59:60Z) must be an instant within the years 1 to 9999",
        "{\"instant\": \"9999-12-31T23:00:00Z\", \"zone\": \"+02:00\"}|instant|value"
            + " (9999-12-31T23:00:00Z) must be an instant within the years 1 to 9999 in its zone"
            + " too: in +02:00 it falls on +10000-01-01",
        "{\"instant\": \"0001-01-01T01:00:00Z\", \"zone\": \"-05:00\"}|instant|value"
            + " (0001-01-01T01:00:00Z) must be an instant within the years 1 to 9999 in its zone"
            + " too: in -05:00 it falls on 0000-12-31",
      })
  void a_time_beyond_the_years_1_to_9999_is_refused_at_its_path(
      String when, String field, String message) {
    Problem problem = escapeAt(when);

    assertThat(problem.kind()).isEqualTo(Problem.Kind.VALUE);
    assertThat(problem.path()).isEqualTo("$.events[3].when." + field);
    assertThat(problem.message()).isEqualTo(message);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"day\": \"0001-01-01\"}",
        "{\"day\": \"9999-12-31\", \"zone\": \"-12:00\"}",
        "{\"week\": \"9999-12-25\"}",
        "{\"month\": \"9999-12\"}",
        "{\"instant\": \"9999-12-31T23:59:59.999999999Z\"}",
        "{\"instant\": \"0001-01-01T00:00:00Z\"}",
        "{\"instant\": \"2016-12-31T23:59:60Z\"}",
      })
  void the_ends_of_the_range_and_real_leap_seconds_are_accepted(String when) {
    String json =
        VALID
            .replace(ESCAPE_DAY, "\"when\": " + when)
            .replace("\"reported\": {\"day\": \"2026-01-03\"}", "\"reported\": " + when);

    // the escape may now come before the census: only the time's own problems matter here
    try {
      CustodyJson.standard().read(json, "case.json");
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(Problem.Kind.RULE));
    }
  }

  @Test
  void a_leap_second_on_a_day_without_one_is_refused() {
    Problem problem = escapeAt("{\"instant\": \"2026-01-03T23:59:60Z\"}");

    assertThat(problem.path()).isEqualTo("$.events[3].when.instant");
    assertThat(problem.message())
        .isEqualTo(
            "value (2026-01-03T23:59:60Z) must be an instant like \"2026-01-21T09:00:00Z\": a"
                + " leap second (23:59:60) ends only the 27 days that had one, from 1972-06-30 to"
                + " 2016-12-31, in UTC");
  }

  @Test
  void the_dates_of_an_alias_are_held_to_the_same_range() {
    Problem alias =
        onlyProblem(
            VALID.replace(
                "\"kind\": \"state\"}",
                "\"kind\": \"state\", \"aliases\": [{\"name\": \"K\", \"from\": \"+10000-01-01\"}]}"));

    assertThat(alias.path()).isEqualTo("$.actors[0].aliases[0].from");
    assertThat(alias.message())
        .isEqualTo("value (+10000-01-01) must be a date within the years 1 to 9999");
  }
}
