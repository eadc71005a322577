package dev.custody.json;

import static dev.custody.json.CustodyJsonTest.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Text that is not what it seems: the format is UTF-8, decoded strictly; names are one line of
 * visible characters, free text may also break lines and tab; and no message shows a value raw.
 */
class TextTest {
  private static final CustodyJson JSON = CustodyJson.standard();

  private static List<Problem> problems(byte[] bytes) {
    try {
      JSON.read(new ByteArrayInputStream(bytes), "case.json");
    } catch (InvalidDocumentException e) {
      return e.problems();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected the document to be refused");
  }

  private static Problem onlyProblem(byte[] bytes) {
    List<Problem> problems = problems(bytes);
    assertThat(problems).as("%s", problems).hasSize(1);
    return problems.get(0);
  }

  private static Problem onlyProblem(String json) {
    return onlyProblem(json.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);
    return both;
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }

  @Nested
  class Encoding {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "UTF-16LE|FF FE|UTF-16 (little-endian), by the byte order mark at byte 0",
          "UTF-16BE|FE FF|UTF-16 (big-endian), by the byte order mark at byte 0",
          "UTF-16LE||UTF-16 (little-endian), by the zero byte at byte 1",
          "UTF-16BE||UTF-16 (big-endian), by the zero byte at byte 0",
          "UTF-32LE|FF FE 00 00|UTF-32 (little-endian), by the byte order mark at byte 0",
          "UTF-32BE|00 00 FE FF|UTF-32 (big-endian), by the byte order mark at byte 0",
          "UTF-32LE||UTF-32 (little-endian), by the zero byte at byte 1",
          "UTF-32BE||UTF-32 (big-endian), by the zero byte at byte 0",
        })
    void utf16_and_utf32_are_refused_with_or_without_a_byte_order_mark(
        String charset, String mark, String seen) {
      byte[] bom = new byte[0];
      if (mark != null) {
        String[] hex = mark.split(" ");
        bom = new byte[hex.length];
        for (int i = 0; i < hex.length; i++) {
          bom[i] = (byte) Integer.parseInt(hex[i], 16);
        }
      }
      byte[] document = concat(bom, VALID.getBytes(Charset.forName(charset)));

      Problem problem = onlyProblem(document);

      assertThat(problem.kind()).isEqualTo(Problem.Kind.MALFORMED);
      assertThat(problem.path()).isEqualTo("$");
      assertThat(problem.toString())
          .isEqualTo(
              "case.json: $: not readable as JSON: the document is "
                  + seen
                  + "; the format is UTF-8");
    }

    @Test
    void a_utf8_byte_order_mark_is_read_past() {
      byte[] document = concat(bytes(0xEF, 0xBB, 0xBF), VALID.getBytes(StandardCharsets.UTF_8));

      assertThat(JSON.read(VALID, "case.json").title()).isEqualTo("A breakout");
      try {
        assertThat(JSON.read(new ByteArrayInputStream(document), "case.json").title())
            .isEqualTo("A breakout");
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    }

    @ParameterizedTest
    @CsvSource({
      "C0 AF, 0xC0",
      "E0 80 AF, 0xE0",
      "F0 80 80 AF, 0xF0",
      "ED A0 80, 0xED",
      "F4 90 80 80, 0xF4",
      "80, 0x80",
      "FF, 0xFF",
    })
    void overlong_surrogate_and_malformed_utf8_is_refused_at_its_byte(String sequence, String b) {
      String[] hex = sequence.split(" ");
      byte[] bad = new byte[hex.length];
      for (int i = 0; i < hex.length; i++) {
        bad[i] = (byte) Integer.parseInt(hex[i], 16);
      }
      String[] halves = VALID.split("A breakout", 2);
      byte[] head = (halves[0] + "A").getBytes(StandardCharsets.UTF_8);
      byte[] document =
          concat(concat(head, bad), (" breakout" + halves[1]).getBytes(StandardCharsets.UTF_8));

      Problem problem = onlyProblem(document);

      assertThat(problem.kind()).isEqualTo(Problem.Kind.MALFORMED);
      assertThat(problem.line()).hasValue(3);
      assertThat(problem.toString())
          .isEqualTo(
              String.format(
                  "case.json:3: $: not readable as JSON: byte %,d (%s) is not UTF-8 (a malformed,"
                      + " overlong or surrogate sequence); the format is UTF-8",
                  head.length, b));
    }
  }

  @Nested
  class Names {
    private Problem named(String name) {
      return onlyProblem(VALID.replace("\"name\": \"Keeper\"", "\"name\": \"" + name + "\""));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "\\u0000|field (name) must not be blank",
          "Kee\\u0000per|field (name) must not contain control characters: U+0000 at character 4",
          "Keeper\\u001b[2J|field (name) must not contain control characters: U+001B at"
              + " character 7",
          "Kee\\tper|field (name) must not contain control characters: U+0009 at character 4",
          "Keeper\\nok|field (name) must not contain control characters: U+000A at character 7",
          "\\u202eKeeper|field (name) must not contain format characters (bidi controls,"
              + " zero-width and other invisible marks): U+202E at character 1",
          "Kee\\u200bper|field (name) must not contain format characters (bidi controls,"
              + " zero-width and other invisible marks): U+200B at character 4",
          "Keeper\\u2028|field (name) must not contain line or paragraph separators: U+2028 at"
              + " character 7",
          "Keeper\\ud800|field (name) must not contain a lone surrogate: U+D800 at character 7",
          "\\u200b\\u200b|field (name) must not be blank",
          "\\u00a0\\u3000 |field (name) must not be blank",
          "'   '|field (name) must not be blank",
        })
    void a_name_is_one_line_of_visible_characters(String name, String message) {
      Problem problem = named(name);

      assertThat(problem.kind()).isEqualTo(Problem.Kind.VALUE);
      assertThat(problem.path()).isEqualTo("$.actors[0].name");
      assertThat(problem.message()).isEqualTo(message);
      assertThat(problem.toString()).doesNotContainPattern("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Cs}]");
    }

    @Test
    void a_bare_alias_is_a_name() {
      Problem problem =
          onlyProblem(
              VALID.replace(
                  "\"kind\": \"state\"}", "\"kind\": \"state\", \"aliases\": [\"K\\u001b\"]}"));

      assertThat(problem.path()).isEqualTo("$.actors[0].aliases[0]");
      assertThat(problem.message())
          .isEqualTo("field (aliases) must not contain control characters: U+001B at character 2");
    }

    @Test
    void free_text_may_break_lines_and_tab_but_holds_no_other_control() {
      String noted =
          VALID.replace(
              "\"estimate\": \"exactly 10\",",
              "\"estimate\": \"exactly 10\", \"note\": \"first line\\n\\tsecond\",");
      assertThat(JSON.read(noted, "case.json").events()).hasSize(5);

      Problem problem = onlyProblem(noted.replace("\\tsecond", "\\u001b[2Jsecond"));

      assertThat(problem.path()).isEqualTo("$.events[3].size[0].note");
      assertThat(problem.message())
          .isEqualTo(
              "field (note) must not contain control characters other than newline and tab:"
                  + " U+001B at character 12");
    }
  }

  @Nested
  class Messages {
    @Test
    void a_value_is_shown_escaped_so_that_it_cannot_forge_a_line() {
      Problem problem =
          onlyProblem(
              VALID.replace(
                  "\"exactly 10\"", "\"exactly 10\\ncase.json: 5 events, no errors\\u001b[2J\""));

      assertThat(problem.path()).isEqualTo("$.events[3].size[0].estimate");
      assertThat(problem.toString())
          .startsWith(
              "case.json: $.events[3].size[0].estimate: value (exactly 10\\ncase.json: 5 events,"
                  + " no errors\\u001b[2J) must be an estimate")
          .doesNotContain("\n")
          .doesNotContain("\u001b");
      assertThat(problem.value().orElseThrow()).doesNotContain("\n");
    }
  }
}
