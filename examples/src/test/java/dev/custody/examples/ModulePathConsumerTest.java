package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tiny consumer module, {@code requires dev.custody.core; requires dev.custody.json;}, compiles
 * and runs on the module path against the built jars: the published jars have stable module names.
 *
 * <p>Automatic modules declare no dependencies, so the application adds the explicit modules they
 * use, Guava's {@code com.google.common} and for JSON Jackson's {@code tools.jackson.databind},
 * with {@code --add-modules} (or its own {@code requires}).
 *
 * <p>It needs the jars, which {@code ./mvnw verify} builds before this module's tests run; a run
 * that finds only class directories (tests of this module alone) skips it and says so.
 */
class ModulePathConsumerTest {

  private static List<Path> classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(Path::of)
        .toList();
  }

  private static Path custodyJar(String artifact) {
    return classPath().stream()
        .filter(p -> p.getFileName().toString().startsWith(artifact))
        .findFirst()
        .orElseThrow(() -> new AssertionError(artifact + " is not on the class path"));
  }

  @Test
  void the_published_jars_name_their_modules() throws IOException {
    Path core = custodyJar("custody-core");
    assumeTrue(core.toString().endsWith(".jar"), "custody-core is a class directory here: " + core);

    for (String[] jar :
        List.of(
            new String[] {"custody-core", "dev.custody.core"},
            new String[] {"custody-json", "dev.custody.json"},
            new String[] {"custody-cli", "dev.custody.cli"},
            new String[] {"custody-testkit", "dev.custody.testkit"})) {
      try (JarFile file = new JarFile(custodyJar(jar[0]).toFile())) {
        assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .isEqualTo(jar[1]);
      }
    }
  }

  @Test
  void a_consumer_module_compiles_and_runs_on_the_module_path(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path core = custodyJar("custody-core");
    assumeTrue(core.toString().endsWith(".jar"), "custody-core is a class directory here: " + core);
    Path source = dir.resolve("src/consumer");
    Files.createDirectories(source.resolve("consumer"));
    Files.writeString(
        source.resolve("module-info.java"),
        "module consumer {\n  requires dev.custody.core;\n  requires dev.custody.json;\n}\n");
    Files.writeString(
        source.resolve("consumer/Main.java"),
        """
        package consumer;

        import dev.custody.json.CustodyJson;
        import dev.custody.model.Estimate;

        public class Main {
          public static void main(String[] args) {
            System.out.println(Estimate.about(150).minus(Estimate.exactly(81)));
            System.out.println(CustodyJson.FORMAT);
          }
        }
        """);
    String modulePath =
        classPath().stream()
            .filter(p -> p.toString().endsWith(".jar"))
            .filter(p -> !p.getFileName().toString().startsWith("custody-testkit"))
            .map(Path::toString)
            .collect(Collectors.joining(java.io.File.pathSeparator));
    Path classes = dir.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();

    int compiled =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "--module-path",
            modulePath,
            "-d",
            classes.toString(),
            source.resolve("module-info.java").toString(),
            source.resolve("consumer/Main.java").toString());

    assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "--module-path",
            classes + java.io.File.pathSeparator + modulePath,
            // automatic modules cannot declare what they need: the explicit modules they use
            // (Guava, Jackson) must be added, or required by the application
            "--add-modules",
            "com.google.common,tools.jackson.databind",
            "--module",
            "consumer/consumer.Main"));
    Process run = new ProcessBuilder(command).redirectErrorStream(true).start();
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output).isEqualTo("about 69 (61-77)\ncustody/1\n");
  }
}
