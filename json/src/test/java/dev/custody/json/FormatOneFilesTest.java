package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code custody/1} file the repository keeps as a valid document (the example scenarios)
 * still reads under the {@code custody/2} reader, and reads back equal once written as {@code
 * custody/2}.
 */
class FormatOneFilesTest {
  private static final CustodyJson JSON = CustodyJson.standard();

  @Test
  void every_custody_1_scenario_of_the_repository_reads_unchanged() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(Path.of("..", "examples", "scenarios"))) {
      files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    int formatOne = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (!text.contains("\"format\": \"custody/1\"")) {
        continue;
      }
      formatOne++;
      CustodyDocument document = JSON.read(file);
      String written = JSON.write(document);
      assertThat(written).as("%s written", file).contains("\"format\": \"custody/2\"");
      assertThat(JSON.read(written, file.getFileName().toString()))
          .as("%s read back", file)
          .isEqualTo(document);
    }
    assertThat(formatOne).as("custody/1 scenarios found").isPositive();
  }
}
