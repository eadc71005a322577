package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.AgreementKind;
import dev.custody.event.AccountKind;
import dev.custody.model.ActorKind;
import dev.custody.model.CohortCategory;
import dev.custody.model.FacilityKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
}
