package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document is read whole or refused: no event is left out in silence. An optional field given as
 * {@code null} is absent, as elsewhere in the format.
 */
class NothingDroppedTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Path REFERENCE =
      Path.of("..", "examples", "scenarios", "northeast-syria-2026.json");

  @Test
  void a_time_whose_zone_is_null_is_in_utc_and_its_event_is_kept() throws IOException {
    JsonNode root = MAPPER.readTree(Files.readString(REFERENCE, StandardCharsets.UTF_8));
    ((ObjectNode) root.get("events").get(0).get("when")).putNull("zone");

    CustodyDocument document =
        CustodyJson.standard().read(MAPPER.writeValueAsString(root), "zone-null.json");

    assertThat(document.events()).hasSize(root.get("events").size());
    assertThat(document.events())
        .filteredOn(
            e -> e.id().toString().equals(root.get("events").get(0).get("id").stringValue()))
        .singleElement()
        .satisfies(e -> assertThat(e.when().zone()).isEqualTo(ZoneOffset.UTC));
  }
}
