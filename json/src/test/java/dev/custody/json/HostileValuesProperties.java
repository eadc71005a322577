package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid for the schema, fatal for the model: whatever a document holds, reading returns it or
 * refuses it with problems that have paths, and never lets another exception through. The documents
 * are the example scenarios with one to three values (any field, any element of an array, any
 * object) set to an edge: the ends of the counts and of {@code java.time}, every spelling of every
 * kind (an {@code outside} account as a census's scope), blank and invisible text, other JSON
 * types, whole objects that the schema allows and the model does not. A document the reader accepts
 * is one the schema accepts too, its ledger checks, and it writes and prints.
 */
class HostileValuesProperties {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final List<JsonNode> SCENARIOS =
      List.of(
          scenario("northeast-syria-2026.json"),
          scenario("small-case.json"),
          MAPPER.readTree(CustodyJsonTest.VALID));

  private static JsonNode scenario(String name) {
    try {
      return MAPPER.readTree(Files.readString(Path.of("..", "examples", "scenarios", name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every place in a tree a value can be put: each field of an object, each array element. */
  private record Place(JsonNode parent, String field, int index) {
    void set(JsonNode value) {
      if (parent instanceof ObjectNode object) {
        object.set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private static void places(JsonNode node, List<Place> out) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        out.add(new Place(object, field.getKey(), -1));
        places(field.getValue(), out);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        out.add(new Place(array, null, i));
        places(array.get(i), out);
      }
    }
  }

  private static final List<String> EDGE_JSON =
      List.of(
          "null",
          "true",
          "0",
          "-1",
          "1",
          "1.5",
          "-0.0",
          "1e308",
          "91",
          "-181",
          "10001",
          "9223372036854775807",
          "-9223372036854775808",
          "{}",
          "[]",
          "[{}]",
          "\"\"",
          "\"   \"",
          "\"\\u0000\"",
          "\"\\u200b\\u200b\"",
          "\"\\u00a0\"",
          "\"\\u202eevil\"",
          "\"a\\u001b[2Jb\"",
          "\"line\\nbreak\"",
          "\"\\ud800\"",
          "\"outside\"",
          "\"held\"",
          "\"at-large\"",
          "\"released\"",
          "\"repatriated\"",
          "\"dead\"",
          "\"state\"",
          "\"prison\"",
          "\"fighters\"",
          "\"ceasefire\"",
          "\"census-taken\"",
          "\"detainees-transferred\"",
          "\"agreement-concluded\"",
          "\"exactly 9223372036854775807\"",
          "\"exactly 9,223,372,036,854,775,807\"",
          "\"between 0 and 9223372036854775807\"",
          "\"about 9223372036854775807 (0-9223372036854775807)\"",
          "\"over 9223372036854775806\"",
          "\"at least 9223372036854775807 (best 9223372036854775807)\"",
          "\"exactly 0\"",
          "\"unknown\"",
          "\"+999999999-12-30\"",
          "\"-999999999-01-01\"",
          "\"0000-12-31\"",
          "\"9999-12-31\"",
          "\"2026-02-30\"",
          "\"+10000-01\"",
          "\"+1000000000-12-31T23:59:59.999999999Z\"",
          "\"-1000000000-01-01T00:00:00Z\"",
          "\"9999-12-31T23:59:59.999999999Z\"",
          "\"2026-01-21T23:59:60Z\"",
          "\"+18:00\"",
          "\"-18:00\"",
          "\"Etc/GMT+12\"",
          "\"ZZ\"",
          "\"SY\"",
          "\"keeper\"",
          "\"sdf\"",
          "\"plan\"",
          "\"pact\"",
          "\"transfer-to-iraq\"",
          "{\"instant\": \"+1000000000-12-31T23:59:59.999999999Z\", \"zone\": \"+18:00\"}",
          "{\"instant\": \"-1000000000-01-01T00:00:00Z\", \"zone\": \"-18:00\"}",
          "{\"day\": \"+999999999-12-30\"}",
          "{\"day\": \"9999-12-31\", \"zone\": \"-12:00\"}",
          "{\"day\": \"0001-01-01\", \"zone\": \"+14:00\"}",
          "{\"week\": \"9999-12-25\", \"zone\": \"-12:00\"}",
          "{\"from\": \"0001-01-01\", \"to\": \"9999-12-31\"}",
          "{\"month\": \"9999-12\", \"zone\": \"Pacific/Kiritimati\"}",
          "{\"kind\": \"outside\", \"cohort\": \"fighters\"}",
          "{\"account\": {\"kind\": \"outside\", \"cohort\": \"fighters\"}}",
          "{\"account\": {\"kind\": \"outside\", \"cohort\": \"fighters-isis\"}}",
          "{\"kind\": \"held\", \"custodian\": \"keeper\", \"country\": \"SY\", \"cohort\":"
              + " \"fighters\"}",
          "{\"facilities\": []}",
          "[{\"estimate\": \"exactly 9223372036854775807\", \"source\": \"keeper\","
              + " \"reported\": {\"day\": \"2026-01-02\"}}]",
          "[{\"estimate\": \"exactly 9223372036854775807\", \"source\": \"sdf\","
              + " \"reported\": {\"day\": \"2026-01-02\"}}]",
          "{\"deadline\": {\"day\": \"9999-12-31\", \"zone\": \"+14:00\"},"
              + " \"decided\": {\"day\": \"0001-01-01\"}}",
          "{\"id\": \"x\", \"name\": \"X\", \"kind\": \"state\", \"parent\": \"x\"}");

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<JsonNode> edges = Arbitraries.of(EDGE_JSON).map(MAPPER::readTree);
    Arbitrary<List<Integer>> at =
        Arbitraries.integers().between(0, 1_000_000).list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(Arbitraries.of(SCENARIOS), at, edges.list().ofSize(3))
        .as(
            (scenario, where, values) -> {
              JsonNode copy = scenario.deepCopy();
              for (int i = 0; i < where.size(); i++) {
                List<Place> places = new ArrayList<>();
                places(copy, places);
                places.get(where.get(i) % places.size()).set(values.get(i).deepCopy());
              }
              return MAPPER.writeValueAsString(copy);
            });
  }

  /** The document without its null fields, which the reader reads as absent and the schema not. */
  private static String withoutNulls(String json) {
    JsonNode root = MAPPER.readTree(json);
    removeNulls(root);
    return MAPPER.writeValueAsString(root);
  }

  private static void removeNulls(JsonNode node) {
    if (node instanceof ObjectNode object) {
      List<String> nulls = new ArrayList<>();
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (field.getValue().isNull()) {
          nulls.add(field.getKey());
        } else {
          removeNulls(field.getValue());
        }
      }
      nulls.forEach(object::remove);
    } else if (node instanceof ArrayNode array) {
      array.forEach(HostileValuesProperties::removeNulls);
    }
  }

  @Property(tries = 500)
  void a_document_reads_or_is_refused_with_paths_and_nothing_else_escapes(
      @ForAll("documents") String json) {
    check(json);
  }

  /** Every edge of the same JSON type in every place of the small case, one at a time. */
  @Test
  void every_value_of_the_small_case_set_to_every_edge_of_its_type() {
    JsonNode scenario = SCENARIOS.get(1);
    List<Place> places = new ArrayList<>();
    places(scenario, places);
    List<String> failures = new ArrayList<>();
    for (int p = 0; p < places.size(); p++) {
      for (String edge : EDGE_JSON) {
        JsonNode value = MAPPER.readTree(edge);
        JsonNode copy = scenario.deepCopy();
        List<Place> copied = new ArrayList<>();
        places(copy, copied);
        Place place = copied.get(p);
        JsonNode old =
            place.field() != null
                ? place.parent().get(place.field())
                : place.parent().get(place.index());
        if (old.getNodeType() != value.getNodeType() && !value.isNull()) {
          continue;
        }
        place.set(value);
        String json = MAPPER.writeValueAsString(copy);
        try {
          check(json);
        } catch (AssertionError | RuntimeException e) {
          failures.add(e + "\n  in " + json);
        }
      }
    }
    assertThat(failures).as(String.join("\n", failures)).isEmpty();
  }

  private static void check(String json) {
    CustodyDocument document;
    try {
      document = CustodyJson.standard().read(json, "hostile.json");
    } catch (InvalidDocumentException e) {
      assertThat(e.problems()).isNotEmpty();
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.path()).startsWith("$"));
      assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("java.");
      return;
    }
    assertThat(Schemas.errors(withoutNulls(json)))
        .as("the schema accepts what the reader reads")
        .isEmpty();
    JsonNode root = MAPPER.readTree(json);
    assertThat(document.events()).as("nothing is lost").hasSize(root.get("events").size());
    assertThat(document.world().actors()).hasSize(root.get("actors").size());
    assertThat(document.world().facilities()).hasSize(root.get("facilities").size());
    Ledger ledger = document.ledger();
    assertThat(ledger.verdict().errors()).isEmpty();
    assertThat(CustodyJson.standard().read(CustodyJson.standard().write(document), "again.json"))
        .isEqualTo(document);
    for (Event event : ledger.events()) {
      assertThat(event.toString()).isNotBlank();
      assertThat(event.when().toString()).isNotBlank();
    }
  }
}
