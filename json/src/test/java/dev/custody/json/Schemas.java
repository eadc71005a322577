package dev.custody.json;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** The format's JSON Schema, loaded once, and validation against it. */
final class Schemas {
  private static final Schema SCHEMA = load();

  private Schemas() {}

  private static Schema load() {
    try (InputStream in = CustodyJson.class.getResourceAsStream(CustodyJson.SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("no schema at " + CustodyJson.SCHEMA_RESOURCE);
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }
}
