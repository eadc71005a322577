package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file or a text of JSON Lines, whose lines are parsed on a worker thread ahead of the reader
 * ({@link ReadAhead}), reads into the same document, or is refused with the same problems in the
 * same order, as a stream read on the calling thread alone; and the worker is gone when the read
 * returns or throws. The streams are long enough to fill many blocks and the budget of lines held
 * ahead.
 */
class EventLinesReadAheadTest {
  private static final CustodyJson JSON = CustodyJson.standard();
  private static final int FACILITIES = 20;
  private static final int TRANSFERS = 6_000;

  /** A scenario of censuses then transfers, as {@code GenerateScenario} writes it. */
  private static List<String> lines() {
    List<String> lines = new ArrayList<>();
    StringBuilder header =
        new StringBuilder(
            "{\"format\":\"custody/2\",\"title\":\"Generated\",\"actors\":["
                + "{\"id\":\"custodian\",\"name\":\"Custodian\",\"kind\":\"non-state-armed-group\"},"
                + "{\"id\":\"affiliation\",\"name\":\"Affiliation\","
                + "\"kind\":\"designated-organisation\"},"
                + "{\"id\":\"monitor\",\"name\":\"Monitor\",\"kind\":\"ngo\"}],\"facilities\":[");
    for (int f = 0; f < FACILITIES; f++) {
      header
          .append(f == 0 ? "" : ",")
          .append(
              String.format(
                  Locale.ROOT,
                  "{\"id\":\"facility-%d\",\"name\":\"Facility %d\",\"kind\":\"prison\","
                      + "\"country\":\"SY\"}",
                  f,
                  f));
    }
    header.append(
        "],\"cohorts\":[{\"id\":\"fighters-affiliation\",\"category\":\"fighters\","
            + "\"affiliation\":\"affiliation\"}]}");
    lines.add(header.toString());
    for (int f = 0; f < FACILITIES; f++) {
      lines.add(
          String.format(
              Locale.ROOT,
              "{\"type\":\"census-taken\",\"id\":\"census-%d\",\"when\":{\"instant\":"
                  + "\"2026-01-01T00:00:00Z\",\"zone\":\"Z\"},\"scope\":{\"account\":"
                  + "{\"kind\":\"held\",\"custodian\":\"custodian\",\"facility\":\"facility-%d\","
                  + "\"cohort\":\"fighters-affiliation\"}},\"count\":[{\"estimate\":"
                  + "\"exactly 100,000\",\"source\":\"monitor\",\"reported\":{\"instant\":"
                  + "\"2026-01-01T00:00:00Z\",\"zone\":\"Z\"}}]}",
              f,
              f));
    }
    for (int t = 0; t < TRANSFERS; t++) {
      String when =
          String.format(
              Locale.ROOT, "2026-01-01T%02d:%02d:%02dZ", 1 + t / 3600, t / 60 % 60, t % 60);
      lines.add(
          String.format(
              Locale.ROOT,
              "{\"type\":\"detainees-transferred\",\"id\":\"transfer-%d\",\"when\":{\"instant\":"
                  + "\"%s\",\"zone\":\"Z\"},\"from\":{\"kind\":\"held\",\"custodian\":\"custodian\","
                  + "\"facility\":\"facility-%d\",\"cohort\":\"fighters-affiliation\"},\"to\":"
                  + "{\"kind\":\"held\",\"custodian\":\"custodian\",\"facility\":\"facility-%d\","
                  + "\"cohort\":\"fighters-affiliation\"},\"size\":[{\"estimate\":\"exactly %d\","
                  + "\"source\":\"monitor\",\"reported\":{\"instant\":\"%s\",\"zone\":\"Z\"}}]}",
              t,
              when,
              t % FACILITIES,
              (t * 7 + 1) % FACILITIES,
              1 + t % 5,
              when));
    }
    return lines;
  }

  private static byte[] joined(List<String> lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** A way of reading the bytes of a scenario. */
  private interface Read {
    CustodyDocument read(byte[] bytes) throws IOException;
  }

  /** The document read, or the problems that refused it. */
  private static Object outcome(Read read, byte[] bytes) throws IOException {
    try {
      return read.read(bytes);
    } catch (InvalidDocumentException e) {
      return e.problems();
    }
  }

  private static boolean workerAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("custody-lines") && t.isAlive());
  }

  /**
   * Reads {@code bytes} on the calling thread alone, then as a text and as a file read ahead, and
   * checks that all three agree and that no worker is left; returns what the first gave.
   */
  private static Object sameEveryWay(byte[] bytes, Path dir) throws IOException {
    return sameEveryWay(JSON, bytes, dir);
  }

  private static Object sameEveryWay(CustodyJson json, byte[] bytes, Path dir) throws IOException {
    Object alone = outcome(b -> json.readLines(new ByteArrayInputStream(b), "s.jsonl"), bytes);
    Path file = dir.resolve("s.jsonl");
    Files.write(file, bytes);

    Object fromFile = outcome(b -> json.readLines(file), bytes);
    assertThat(workerAlive()).isFalse();
    Object fromText =
        outcome(b -> json.readLines(new String(b, StandardCharsets.UTF_8), "s.jsonl"), bytes);
    assertThat(workerAlive()).isFalse();

    assertThat(fromFile).isEqualTo(alone);
    assertThat(fromText).isEqualTo(alone);
    return alone;
  }

  @SuppressWarnings("unchecked")
  private static List<Problem> problems(Object outcome) {
    assertThat(outcome).isInstanceOf(List.class);
    return (List<Problem>) outcome;
  }

  @Test
  void a_long_valid_stream_reads_into_the_same_document(@TempDir Path dir) throws IOException {
    Object read = sameEveryWay(joined(lines()), dir);

    assertThat(read).isInstanceOf(CustodyDocument.class);
    assertThat(((CustodyDocument) read).events()).hasSize(FACILITIES + TRANSFERS);
  }

  @Test
  void bad_values_throughout_are_reported_in_the_same_order(@TempDir Path dir) throws IOException {
    List<String> lines = lines();
    for (int i = 50; i < lines.size(); i += 997) {
      lines.set(i, lines.get(i).replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"Not An Id\""));
    }
    lines.set(3000, lines.get(3000).replaceFirst("\\{", "{\"unknown\":1,"));

    List<Problem> problems = problems(sameEveryWay(joined(lines), dir));

    assertThat(problems).hasSizeGreaterThan(6);
    assertThat(problems)
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(OptionalInt.of(3001));
              assertThat(p.path()).isEqualTo("$.unknown");
            });
    assertThat(problems.stream().mapToInt(p -> p.line().orElseThrow())).isSorted();
  }

  @Test
  void malformed_json_in_the_middle_stops_the_read_at_its_line(@TempDir Path dir)
      throws IOException {
    List<String> lines = lines();
    lines.set(3210, "{\"id\": ,}");
    // a problem before it is not reported: the malformed line ends the read
    lines.set(100, lines.get(100).replaceFirst("\\{", "{\"unknown\":1,"));

    List<Problem> problems = problems(sameEveryWay(joined(lines), dir));

    assertThat(problems)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(Problem.Kind.MALFORMED);
              assertThat(p.line()).isEqualTo(OptionalInt.of(3211));
            });
  }

  @Test
  void a_line_over_the_limit_in_the_middle_is_refused_at_its_line(@TempDir Path dir)
      throws IOException {
    List<String> lines = lines();
    String longest = "{\"note\":\"" + "x".repeat(17 << 20) + "\"}";
    lines.set(4000, longest);

    List<Problem> problems = problems(sameEveryWay(joined(lines), dir));

    assertThat(problems)
        .singleElement()
        .asString()
        .contains("4001")
        .contains("the limit of one line");
  }

  @Test
  void bytes_that_are_not_utf8_in_the_middle_are_refused_at_their_line(@TempDir Path dir)
      throws IOException {
    List<String> lines = lines();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < lines.size(); i++) {
      if (i == 2500) {
        bytes.write(
            new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'});
      } else {
        bytes.write(lines.get(i).getBytes(StandardCharsets.UTF_8));
      }
      bytes.write('\n');
    }
    Object alone =
        outcome(b -> JSON.readLines(new ByteArrayInputStream(b), "s.jsonl"), bytes.toByteArray());
    Path file = dir.resolve("s.jsonl");
    Files.write(file, bytes.toByteArray());

    Object ahead = outcome(b -> JSON.readLines(file), bytes.toByteArray());

    assertThat(ahead).isEqualTo(alone);
    assertThat(problems(ahead))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(OptionalInt.of(2501));
              assertThat(p.message()).contains("not UTF-8");
            });
    assertThat(workerAlive()).isFalse();
  }

  @Test
  void a_rule_broken_in_the_middle_is_reported_at_its_line(@TempDir Path dir) throws IOException {
    List<String> lines = lines();
    lines.set(4500, lines.get(4400));

    List<Problem> problems = problems(sameEveryWay(joined(lines), dir));

    assertThat(problems).anySatisfy(p -> assertThat(p.line()).isEqualTo(OptionalInt.of(4501)));
  }

  @Test
  void blank_lines_and_returns_are_counted_alike(@TempDir Path dir) throws IOException {
    List<String> lines = lines();
    lines.set(1000, "   ");
    lines.set(2000, "");
    lines.set(5000, lines.get(5000).replaceFirst("\"id\":\"[^\"]*\"", "\"id\":\"Not An Id\""));
    byte[] bytes = String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);

    List<Problem> problems = problems(sameEveryWay(bytes, dir));

    assertThat(problems)
        .singleElement()
        .satisfies(p -> assertThat(p.line()).isEqualTo(OptionalInt.of(5001)));
  }

  @Test
  void a_missing_file_is_not_read_and_leaves_no_worker(@TempDir Path dir) {
    try {
      JSON.readLines(dir.resolve("absent.jsonl"));
      throw new AssertionError("read");
    } catch (IOException expected) {
      assertThat(workerAlive()).isFalse();
    }
  }
}
