package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.event.Event;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios as JSON Lines: a header, then one event a line. They read back equal to what was
 * written, grow by appended lines, report each problem at its line, and hold each line, not the
 * stream, to the limits of a document.
 */
class EventLinesTest {
  private static final CustodyJson JSON = CustodyJson.standard();
  private static final Path REFERENCE =
      Path.of("..", "examples", "scenarios", "northeast-syria-2026.json");

  private static CustodyDocument reference() throws IOException {
    return JSON.read(REFERENCE);
  }

  @Nested
  class Writing {
    @Test
    void the_header_comes_first_then_one_compact_event_a_line() throws IOException {
      CustodyDocument document = reference();

      List<String> lines = JSON.writeLines(document).lines().toList();

      assertThat(lines).hasSize(1 + document.events().size());
      assertThat(lines.get(0)).startsWith("{\"format\":\"custody/2\"").doesNotContain("\"events\"");
      assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).startsWith("{"));
      assertThat(JSON.writeLines(document)).endsWith("}\n").doesNotContain("\n\n");
    }

    @Test
    void the_reference_scenario_reads_back_equal() throws IOException {
      CustodyDocument document = reference();

      assertThat(JSON.readLines(JSON.writeLines(document), "reference.jsonl")).isEqualTo(document);
    }

    @Test
    void a_file_written_reads_back_equal(@TempDir Path dir) throws IOException {
      CustodyDocument document = reference();
      Path file = dir.resolve("reference.jsonl");

      JSON.writeLines(document, file);

      assertThat(JSON.readLines(file)).isEqualTo(document);
    }
  }

  @Nested
  class Appending {
    @Test
    void events_appended_one_line_at_a_time_give_the_whole_scenario(@TempDir Path dir)
        throws IOException {
      CustodyDocument document = reference();
      List<String> lines = JSON.writeLines(document).lines().toList();
      Path file = dir.resolve("growing.jsonl");
      Files.writeString(file, lines.get(0) + "\n", StandardCharsets.UTF_8);
      Function<Event, String> writer = JSON.lineWriter(lines.get(0), "growing.jsonl");

      for (Event event : document.events()) {
        Files.writeString(
            file,
            writer.apply(event),
            StandardCharsets.UTF_8,
            java.nio.file.StandardOpenOption.APPEND);
      }

      assertThat(JSON.readLines(file)).isEqualTo(document);
    }

    @Test
    void an_event_is_written_with_the_cohort_ids_the_header_declares() throws IOException {
      CustodyDocument document = reference();
      List<String> lines = JSON.writeLines(document).lines().toList();
      Matcher first =
          Pattern.compile("\"cohorts\":\\[\\{\"id\":\"([^\"]+)\"").matcher(lines.get(0));
      assertThat(first.find()).isTrue();
      String id = "\"" + first.group(1) + "\"";
      String header = lines.get(0).replace(id, "\"as-the-analyst-calls-them\"");
      int at = 1;
      while (!lines.get(at).contains(id)) {
        at++;
      }
      Event event = document.events().get(at - 1);

      String line = JSON.lineWriter(header, "renamed.jsonl").apply(event);

      assertThat(line).endsWith("}\n").doesNotContain(id).contains("as-the-analyst-calls-them");
      StringBuilder renamed = new StringBuilder(header).append('\n');
      for (int i = 1; i < lines.size(); i++) {
        renamed.append(
            i == at ? line : lines.get(i).replace(id, "\"as-the-analyst-calls-them\"") + "\n");
      }
      assertThat(JSON.readLines(renamed.toString(), "renamed.jsonl")).isEqualTo(document);
    }

    @Test
    void an_event_naming_a_cohort_the_header_lacks_is_refused() throws IOException {
      CustodyDocument document = reference();
      String header =
          JSON.writeLines(CustodyDocument.of(document.title(), document.world(), List.of()))
              .lines()
              .findFirst()
              .orElseThrow();
      Event transfer =
          document.events().stream()
              .filter(e -> !e.movements().isEmpty())
              .findFirst()
              .orElseThrow();
      Function<Event, String> writer = JSON.lineWriter(header, "empty.jsonl");

      assertThatThrownBy(() -> writer.apply(transfer))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(transfer.id().toString())
          .hasMessageContaining("which the header does not declare");
    }

    @Test
    void a_header_that_is_not_one_is_refused() {
      assertThatThrownBy(() -> JSON.lineWriter("{\"format\":\"custody/2\"}", "bad.jsonl"))
          .isInstanceOf(InvalidDocumentException.class)
          .hasMessageContaining("title");
    }
  }

  @Nested
  class Problems {
    private String header() throws IOException {
      return JSON.writeLines(reference()).lines().findFirst().orElseThrow();
    }

    private List<String> eventLines() throws IOException {
      List<String> lines = JSON.writeLines(reference()).lines().toList();
      return lines.subList(1, lines.size());
    }

    private Problem onlyProblem(String text) {
      try {
        JSON.readLines(text, "s.jsonl");
      } catch (InvalidDocumentException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
      }
      throw new AssertionError("read without a problem: " + text);
    }

    @Test
    void a_bad_value_in_an_event_is_reported_at_its_line_from_the_event_root() throws IOException {
      List<String> events = eventLines();
      String broken = events.get(2).replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"Not An Id\"");

      Problem problem =
          onlyProblem(header() + "\n" + events.get(0) + "\n" + events.get(1) + "\n" + broken);

      assertThat(problem.line()).isEqualTo(OptionalInt.of(4));
      assertThat(problem.path()).isEqualTo("$.id");
    }

    @Test
    void blank_lines_are_skipped_and_still_counted() throws IOException {
      List<String> events = eventLines();
      String broken = events.get(0).replaceFirst("\\{", "{\"unknown\":1,");

      Problem problem = onlyProblem("\n" + header() + "\n\n  \n" + broken + "\n\n");

      assertThat(problem.line()).isEqualTo(OptionalInt.of(5));
      assertThat(problem.path()).isEqualTo("$.unknown");
    }

    @Test
    void malformed_json_is_reported_at_its_line_and_column() throws IOException {
      Problem problem = onlyProblem(header() + "\r\n" + eventLines().get(0) + "\r\n{\"id\": ,}");

      assertThat(problem.kind()).isEqualTo(Problem.Kind.MALFORMED);
      assertThat(problem.line()).isEqualTo(OptionalInt.of(3));
      assertThat(problem.column()).isPresent();
    }

    @Test
    void a_rule_broken_by_an_event_is_reported_at_its_line() throws IOException {
      CustodyDocument document = reference();
      List<String> lines = JSON.writeLines(document).lines().toList();
      String duplicate = lines.get(lines.size() - 1);

      try {
        JSON.readLines(String.join("\n", lines) + "\n" + duplicate, "s.jsonl");
        throw new AssertionError("a duplicated event was read");
      } catch (InvalidDocumentException e) {
        assertThat(e.problems())
            .anySatisfy(
                p -> {
                  assertThat(p.line())
                      .isIn(OptionalInt.of(lines.size()), OptionalInt.of(lines.size() + 1));
                  assertThat(p.path()).startsWith("$");
                  assertThat(p.path()).doesNotContain("events[");
                });
      }
    }

    @Test
    void a_header_listing_events_is_refused() throws IOException {
      Problem problem = onlyProblem(JSON.write(reference()).replace("\n", ""));

      assertThat(problem.line()).isEqualTo(OptionalInt.of(1));
      assertThat(problem.path()).isEqualTo("$.events");
      assertThat(problem.message()).contains("each event is a line of its own");
    }

    @Test
    void a_line_that_is_not_an_object_is_refused() throws IOException {
      Problem problem = onlyProblem(header() + "\n[1, 2]");

      assertThat(problem.line()).isEqualTo(OptionalInt.of(2));
      assertThat(problem.path()).isEqualTo("$");
      assertThat(problem.message()).contains("an event must be an object, not array");
    }

    @Test
    void an_empty_stream_is_refused() {
      Problem problem = onlyProblem("\n \n");

      assertThat(problem.message()).contains("the stream is empty");
    }

    @Test
    void bytes_that_are_not_utf8_are_reported_at_their_line() throws IOException {
      byte[] head = (header() + "\n").getBytes(StandardCharsets.UTF_8);
      byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
      byte[] all = new byte[head.length + bad.length];
      System.arraycopy(head, 0, all, 0, head.length);
      System.arraycopy(bad, 0, all, head.length, bad.length);

      try {
        JSON.readLines(new java.io.ByteArrayInputStream(all), "s.jsonl");
        throw new AssertionError("read");
      } catch (InvalidDocumentException e) {
        assertThat(e.problems())
            .singleElement()
            .satisfies(
                p -> {
                  assertThat(p.line()).isEqualTo(OptionalInt.of(2));
                  assertThat(p.message()).contains("not UTF-8");
                });
      }
    }
  }

  @Nested
  class Limits {
    @Test
    void each_line_is_held_to_the_limit_of_a_document_not_the_stream() throws IOException {
      CustodyDocument document = reference();
      String lines = JSON.writeLines(document);
      int longest =
          lines
              .lines()
              .mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length)
              .max()
              .orElseThrow();
      CustodyJson tight = JSON.withLimits(dev.custody.json.Limits.of(longest, 32, 10_000, 100));

      assertThat(lines.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(longest * 2);
      assertThat(tight.readLines(lines, "s.jsonl")).isEqualTo(document);
    }

    @Test
    void a_line_over_the_limit_is_refused_at_its_line() throws IOException {
      String lines = JSON.writeLines(reference());
      CustodyJson tiny = JSON.withLimits(dev.custody.json.Limits.of(64, 32, 10_000, 100));

      try {
        tiny.readLines(lines, "s.jsonl");
        throw new AssertionError("read");
      } catch (InvalidDocumentException e) {
        assertThat(e.problems())
            .singleElement()
            .satisfies(
                p -> {
                  assertThat(p.line()).isEqualTo(OptionalInt.of(1));
                  assertThat(p.message()).contains("over 64 bytes");
                });
      }
    }
  }
}
