package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Keeps the code shown in a document equal to code a test compiles and runs: the test marks regions
 * with {@code // <MARKER> BEGIN name} and {@code // <MARKER> END name}, the document shows each
 * region in a java block after {@code <!-- example: name -->}.
 */
final class Snippets {
  private Snippets() {}

  static void assertDocumentShows(String document, String testSource, String marker) {
    Map<String, String> regions = new LinkedHashMap<>();
    Matcher region =
        Pattern.compile(
                "// " + marker + " BEGIN (\\S+)\\n(.*?)// " + marker + " END \\1", Pattern.DOTALL)
            .matcher(
                read(Path.of("src", "test", "java", "dev", "custody", "examples", testSource)));
    while (region.find()) {
      regions.put(region.group(1), region.group(2));
    }
    Map<String, String> shown = new LinkedHashMap<>();
    Matcher block =
        Pattern.compile("<!-- example: (\\S+) -->\\s*```java\\n(.*?)```", Pattern.DOTALL)
            .matcher(read(Path.of("..", "docs", document)));
    while (block.find()) {
      shown.put(block.group(1), block.group(2));
    }

    assertThat(regions).as("regions marked in %s", testSource).isNotEmpty();
    assertThat(shown.keySet())
        .as("examples of %s", document)
        .containsExactlyElementsOf(regions.keySet());
    regions.forEach(
        (name, code) ->
            assertThat(normalized(shown.get(name)))
                .as("%s in %s", name, document)
                .isEqualTo(normalized(code)));
  }

  private static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String normalized(String code) {
    return code.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
