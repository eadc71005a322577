package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.Ledger;
import dev.custody.rules.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link CustodyJson#eventReader}: events read one at a time, in the context of a document that
 * declares their cohorts, are the events of the document; what is wrong with one is reported at
 * paths from its own root, and the rules are left to the ledger.
 */
class EventReaderTest {
  private static final Path REFERENCE = Path.of("../examples/scenarios/northeast-syria-2026.json");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final String EMPTY_WORLD =
      """
      {"format": "custody/1", "title": "Somewhere", "actors": [], "facilities": [], "events": []}
      """;

  @Test
  void eachEventOfTheReferenceCaseReadAloneIsTheEventOfTheDocument() throws IOException {
    String text = Files.readString(REFERENCE);
    CustodyDocument document = CustodyJson.standard().read(text, "reference");
    Function<String, Event> reader = CustodyJson.standard().eventReader(text, "stream");
    List<Event> alone = new ArrayList<>();
    for (JsonNode event : MAPPER.readTree(text).get("events")) {
      alone.add(reader.apply(MAPPER.writeValueAsString(event)));
    }
    assertThat(alone).isEqualTo(document.events());
  }

  @Test
  void theRulesAreLeftToTheLedger() throws IOException {
    // a transfer naming a plan the ledger does not hold is read; the ledger then rejects it
    String text = Files.readString(REFERENCE);
    CustodyDocument document = CustodyJson.standard().read(text, "reference");
    Function<String, Event> reader = CustodyJson.standard().eventReader(text, "stream");
    JsonNode transfer = null;
    for (JsonNode event : MAPPER.readTree(text).get("events")) {
      if (event.get("type").asString().equals("detainees-transferred")) {
        transfer = event;
      }
    }
    Event read = reader.apply(MAPPER.writeValueAsString(transfer));
    assertThat(Ledger.of(document.world()).append(read).verdict().breaks(Rule.UNKNOWN_REFERENCE))
        .isTrue();
    assertThat(document.events()).filteredOn(e -> e instanceof TransferPlanned).hasSize(1);
  }

  @Test
  void anUndeclaredCohortIsReportedAtItsPathFromTheEventsRoot() {
    Function<String, Event> reader = CustodyJson.standard().eventReader(EMPTY_WORLD, "stream");
    String escape =
        """
        {"type": "detainees-escaped", "id": "breakout", "when": {"day": "2026-01-03"},
         "from": {"kind": "held", "custodian": "keeper", "facility": "north-jail",
                  "cohort": "fighters"},
         "size": [{"estimate": "exactly 10", "source": "keeper", "reported": {"day": "2026-01-03"}}]}
        """;
    assertThatThrownBy(() -> reader.apply(escape))
        .isInstanceOfSatisfying(
            InvalidDocumentException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              Problem problem = e.problems().get(0);
              assertThat(problem.kind()).isEqualTo(Problem.Kind.REFERENCE);
              assertThat(problem.source()).isEqualTo("stream");
              assertThat(problem.path()).isEqualTo("$.from.cohort");
            });
  }

  @Test
  void aDeclaredCohortIsFoundAndUnknownActorsAreLeftToTheRules() {
    Function<String, Event> reader =
        CustodyJson.standard().eventReader(CustodyJsonTest.VALID, "stream");
    String escape =
        """
        {"type": "detainees-escaped", "id": "breakout", "when": {"day": "2026-01-03"},
         "from": {"kind": "held", "custodian": "nobody", "facility": "north-jail",
                  "cohort": "fighters"},
         "size": [{"estimate": "exactly 10", "source": "keeper", "reported": {"day": "2026-01-03"}}]}
        """;
    assertThat(reader.apply(escape).id().toString()).isEqualTo("breakout");
  }

  @Test
  void textThatIsNotOneEventIsRefusedWithEveryProblem() {
    Function<String, Event> reader =
        CustodyJson.standard().eventReader(CustodyJsonTest.VALID, "stream");
    assertThatThrownBy(() -> reader.apply("{\"type\": \"census-taken\""))
        .isInstanceOfSatisfying(
            InvalidDocumentException.class,
            e -> assertThat(e.problems().get(0).kind()).isEqualTo(Problem.Kind.MALFORMED));
    assertThatThrownBy(() -> reader.apply(""))
        .isInstanceOfSatisfying(
            InvalidDocumentException.class,
            e -> assertThat(e.problems().get(0).kind()).isEqualTo(Problem.Kind.MALFORMED));
    assertThatThrownBy(() -> reader.apply("[1]"))
        .isInstanceOfSatisfying(
            InvalidDocumentException.class,
            e -> assertThat(e.problems().get(0).path()).isEqualTo("$"));
    assertThatThrownBy(
            () ->
                reader.apply(
                    "{\"type\": \"control-changed\", \"id\": \"control\", \"facility\":"
                        + " \"north-jail\", \"to\": \"keeper\", \"colour\": \"red\"}"))
        .isInstanceOfSatisfying(
            InvalidDocumentException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::path)
                    .containsExactlyInAnyOrder("$.when", "$.colour"));
  }

  @Test
  void aContextThatIsNotAValidDocumentIsRefusedAtOnce() {
    assertThatThrownBy(() -> CustodyJson.standard().eventReader("{}", "world"))
        .isInstanceOf(InvalidDocumentException.class);
  }
}
