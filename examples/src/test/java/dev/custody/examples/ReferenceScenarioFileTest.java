package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The reference scenario as a file, {@code examples/scenarios/northeast-syria-2026.json}, is the
 * same case as the one built in Java, and every example scenario validates against the format's
 * JSON Schema.
 */
class ReferenceScenarioFileTest {
  private static final Path SCENARIOS = Path.of("scenarios");
  private static final Path REFERENCE = SCENARIOS.resolve("northeast-syria-2026.json");

  @Test
  void the_file_holds_the_case_built_in_java() throws IOException {
    CustodyDocument read = CustodyJson.standard().read(REFERENCE);

    assertThat(read).isEqualTo(NortheastSyria2026.document());
    assertThat(read.ledger()).isEqualTo(NortheastSyria2026.ledger());
  }

  @Test
  void the_file_is_exactly_what_the_writer_writes_for_it() throws IOException {
    assertThat(Files.readString(REFERENCE, StandardCharsets.UTF_8))
        .isEqualTo(CustodyJson.standard().write(NortheastSyria2026.document()));
  }

  @Test
  void every_example_scenario_validates_against_the_schema() throws IOException {
    Schema schema;
    try (InputStream in = CustodyJson.class.getResourceAsStream(CustodyJson.SCHEMA_RESOURCE)) {
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(SCENARIOS)) {
      files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }

    assertThat(files).contains(REFERENCE);
    for (Path file : files) {
      assertThat(schema.validate(Files.readString(file), InputFormat.JSON))
          .as("%s", file)
          .isEmpty();
    }
  }
}
