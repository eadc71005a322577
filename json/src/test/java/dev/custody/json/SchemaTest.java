package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.AgreementKind;
import dev.custody.event.AccountKind;
import dev.custody.model.ActorKind;
import dev.custody.model.CohortCategory;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schema says what the reader reads: its enumerations are the model's. */
class SchemaTest {
  private static JsonNode schema() throws IOException {
    try (InputStream in = CustodyJson.class.getResourceAsStream(CustodyJson.SCHEMA_RESOURCE)) {
      return JsonMapper.builder().build().readTree(in);
    }
  }

  private static List<String> enumeration(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.get("enum").forEach(v -> values.add(v.stringValue()));
    return values;
  }

  private static List<String> kebab(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(FormatNames::spelling).toList();
  }

  @Test
  void every_enumeration_of_the_schema_is_the_models() throws IOException {
    JsonNode defs = schema().get("$defs");

    assertThat(enumeration(defs.at("/actor/properties/kind"))).isEqualTo(kebab(ActorKind.class));
    assertThat(enumeration(defs.at("/facility/properties/kind")))
        .isEqualTo(kebab(FacilityKind.class));
    assertThat(enumeration(defs.at("/cohort/properties/category")))
        .isEqualTo(kebab(CohortCategory.class));
    assertThat(enumeration(defs.at("/agreement/properties/kind")))
        .isEqualTo(kebab(AgreementKind.class));
    assertThat(enumeration(defs.at("/account/properties/kind")))
        .isEqualTo(kebab(AccountKind.class));
  }

  @Test
  void schema_returns_the_text_of_the_resource() throws IOException {
    String text = CustodyJson.schema();

    assertThat(JsonMapper.builder().build().readTree(text)).isEqualTo(schema());
    assertThat(text).contains("https://json-schema.org/draft/2020-12/schema");
  }

  @Test
  void the_schema_rejects_what_the_reader_rejects_for_its_structure() {
    assertThat(Schemas.errors("{\"format\": \"custody/3\"}")).isNotEmpty();
    assertThat(
            Schemas.errors(
                "{\"format\": \"custody/1\", \"title\": \"t\", \"actors\": [], \"facilities\": [],"
                    + " \"events\": [], \"extra\": 1}"))
        .isNotEmpty();
    assertThat(
            Schemas.errors(
                "{\"format\": \"custody/1\", \"title\": \"t\", \"actors\": [], \"facilities\": [],"
                    + " \"events\": []}"))
        .isEmpty();
  }

  @Test
  void the_schemas_estimate_pattern_accepts_what_the_reader_reads_and_no_more() throws IOException {
    Pattern pattern = Pattern.compile(schema().at("/$defs/estimate/pattern").stringValue());
    List<String> texts =
        List.of(
            "785",
            "1000",
            "1,500 (1,450-1,549)",
            "500 (450-549)",
            "1,500 (1,450-1,549) (best 1,520)",
            "three",
            "none",
            "no one",
            "nobody",
            "zero",
            "exactly 150",
            "exactly three",
            "about 150",
            "about 150 (145-155)",
            "about thirty",
            "some two dozen",
            "a dozen",
            "two dozen (22-26)",
            "half a dozen",
            "a thousand",
            "one hundred",
            "an estimated 3,500",
            "close to 850",
            "nearly 5,000",
            "almost a thousand",
            "just under 100",
            "just over a dozen (13-14)",
            "dozens",
            "dozens (30-60)",
            "a few hundred",
            "several",
            "a handful",
            "a few",
            "scores",
            "tens of thousands",
            "fewer than 50",
            "under 100",
            "less than a dozen",
            "up to 200",
            "as many as 200",
            "at most 300",
            "no more than 300",
            "not more than 300",
            "over 1,000",
            "more than a thousand",
            "at least 1,000",
            "no fewer than 300",
            "no less than 300",
            "not less than 300",
            "1,000 or more",
            "a dozen or more",
            "between 100 and 200",
            "3,000 to 3,500",
            "60-90",
            "about 700-850",
            "around 60 to 90 (57-95)",
            "unknown",
            "over 1,000 (best 1,500)",
            "five hundred",
            "two thousand",
            "more than five hundred",
            "fifteen hundred (1,450-1,550)",
            "some",
            "some (best 5)",
            "from 300 to 850",
            "anywhere from 300 to 850",
            "between 500 to 1,000",
            "a dozen (best 13)",
            // refused by both
            "About 150",
            "Dozens",
            "a baker's dozen",
            "eleventy",
            "thirteen dozen",
            "dozens of",
            "150 people",
            "about",
            "more than",
            "none at all",
            "a few dozens",
            "scores of",
            "zero hundred",
            "some of them",
            "a five hundred",
            "from 300 - 850",
            "between 500 to");
    for (String text : texts) {
      boolean read;
      try {
        Estimate.parse(text);
        read = true;
      } catch (IllegalArgumentException e) {
        read = false;
      }
      assertThat(pattern.matcher(text).matches()).as("the schema on \"%s\"", text).isEqualTo(read);
    }
  }
}
