package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.testkit.GeneratedLedger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Any valid ledger written as JSON Lines reads back equal, whole and grown line by line; any damage
 * to the lines is refused with problems at lines, never with another exception.
 */
class EventLinesProperties {
  private static final CustodyJson JSON = CustodyJson.standard();

  @Property(tries = 60)
  void generated_ledgers_read_back_equal(@ForAll GeneratedLedger generated) {
    CustodyDocument document =
        CustodyDocument.of("generated", generated.world(), generated.events());

    assertThat(JSON.readLines(JSON.writeLines(document), "generated.jsonl")).isEqualTo(document);
  }

  @Property(tries = 60)
  void appended_lines_give_the_same_document(@ForAll GeneratedLedger generated) {
    CustodyDocument document =
        CustodyDocument.of("generated", generated.world(), generated.events());
    String header = JSON.writeLines(document).lines().findFirst().orElseThrow();
    var writer = JSON.lineWriter(header, "generated.jsonl");
    StringBuilder lines = new StringBuilder(header).append('\n');
    document.events().forEach(e -> lines.append(writer.apply(e)));

    assertThat(JSON.readLines(lines.toString(), "generated.jsonl")).isEqualTo(document);
  }

  @Property(tries = 150)
  void damaged_lines_are_refused_with_problems_at_their_lines(
      @ForAll GeneratedLedger generated,
      @ForAll @IntRange(min = 0, max = 10_000) int at,
      @ForAll @IntRange(min = 0, max = 40) int cut,
      @ForAll("damage") String inserted) {
    CustodyDocument document =
        CustodyDocument.of("generated", generated.world(), generated.events());
    String lines = JSON.writeLines(document);
    int start = Math.min(at, lines.length());
    String damaged =
        lines.substring(0, start)
            + inserted
            + lines.substring(Math.min(lines.length(), start + cut));

    try {
      JSON.readLines(damaged, "damaged.jsonl");
    } catch (InvalidDocumentException e) {
      assertThat(e.problems())
          .isNotEmpty()
          .allSatisfy(
              p -> {
                assertThat(p.line()).isPresent();
                assertThat(p.path()).startsWith("$").doesNotContain("$.events[");
                assertThat(p.message()).doesNotContain("java.").doesNotContain("jackson");
              });
    }
  }

  @Provide
  Arbitrary<String> damage() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "", "\n", "\r\n", "{", "}", "[", "\"", ",", "\"events\":[],", "null", "\n\n"),
        Arbitraries.strings().withChars("{}[]\":,\n 0123456789abc-").ofMaxLength(12));
  }

  @Property(tries = 40)
  void lines_read_in_pieces_of_any_size_read_the_same(
      @ForAll GeneratedLedger generated,
      @ForAll @IntRange(min = 1, max = 300) int piece,
      @ForAll boolean crlf)
      throws IOException {
    CustodyDocument document =
        CustodyDocument.of("generated", generated.world(), generated.events());
    String lines = JSON.writeLines(document);
    byte[] bytes = (crlf ? lines.replace("\n", "\r\n") : lines).getBytes(StandardCharsets.UTF_8);
    InputStream trickle =
        new ByteArrayInputStream(bytes) {
          @Override
          public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, piece));
          }
        };

    assertThat(JSON.readLines(trickle, "trickle.jsonl")).isEqualTo(document);
  }
}
