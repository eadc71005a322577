package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.testkit.GeneratedLedger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** Any valid ledger written as JSON Lines reads back equal, whole and grown line by line. */
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
}
