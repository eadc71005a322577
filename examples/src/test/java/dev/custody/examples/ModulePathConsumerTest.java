package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.custody.examples.docs.CodeBlock;
import dev.custody.examples.docs.JavaRun;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Custody on the module path, as a modular application uses it: each published jar is an explicit
 * module with the dependencies its API exposes required transitively, a consumer module that names
 * only Custody's modules compiles and runs, and the README's and guide's examples compile and print
 * the same in a module as on the class path.
 *
 * <p>It needs the jars, which {@code ./mvnw verify} builds before this module's tests run; a run
 * that finds only class directories (tests of this module alone) skips it and says so.
 */
class ModulePathConsumerTest {

  private static List<Path> classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(Path::of)
        .toList();
  }

  private static Path custodyJar(String artifact) {
    return classPath().stream()
        .filter(p -> p.getFileName().toString().startsWith(artifact + "-"))
        .findFirst()
        .orElseThrow(() -> new AssertionError(artifact + " is not on the class path"));
  }

  /** Every jar of the test class path but the test frameworks' own. */
  private static String modulePath() {
    return classPath().stream()
        .filter(p -> p.toString().endsWith(".jar"))
        .map(Path::toString)
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static void assumeJars() {
    Path core = custodyJar("custody-core");
    assumeTrue(core.toString().endsWith(".jar"), "custody-core is a class directory here: " + core);
  }

  private static ModuleDescriptor descriptor(String artifact) {
    ModuleReference module =
        ModuleFinder.of(custodyJar(artifact)).findAll().stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError(artifact + " holds no module"));
    return module.descriptor();
  }

  @Test
  void every_published_jar_is_an_explicit_module_that_passes_on_the_api_it_exposes() {
    assumeJars();

    ModuleDescriptor core = descriptor("custody-core");
    assertThat(core.name()).isEqualTo("dev.custody.core");
    assertThat(core.isAutomatic()).isFalse();
    assertThat(core.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "dev.custody.model",
            "dev.custody.agreement",
            "dev.custody.event",
            "dev.custody.rules",
            "dev.custody.ledger",
            "dev.custody.aggregate");
    assertThat(core.requires())
        .filteredOn(r -> r.name().equals("com.google.common"))
        .singleElement()
        .satisfies(
            r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));

    ModuleDescriptor json = descriptor("custody-json");
    assertThat(json.name()).isEqualTo("dev.custody.json");
    assertThat(json.requires())
        .filteredOn(r -> r.name().equals("dev.custody.core"))
        .singleElement()
        .satisfies(
            r -> assertThat(r.modifiers()).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));

    ModuleDescriptor cli = descriptor("custody-cli");
    assertThat(cli.name()).isEqualTo("dev.custody.cli");
    assertThat(cli.exports())
        .extracting(ModuleDescriptor.Exports::source)
        .containsExactlyInAnyOrder(
            "dev.custody.cli", "dev.custody.cli.report", "dev.custody.cli.chart");
    assertThat(cli.requires())
        .filteredOn(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .extracting(ModuleDescriptor.Requires::name)
        .doesNotContain("info.picocli", "tools.jackson.databind", "org.knowm.xchart");

    ModuleDescriptor testkit = descriptor("custody-testkit");
    assertThat(testkit.name()).isEqualTo("dev.custody.testkit");
    assertThat(testkit.requires())
        .filteredOn(r -> r.modifiers().contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE))
        .extracting(ModuleDescriptor.Requires::name)
        .contains("dev.custody.core", "net.jqwik.api", "org.assertj.core");
    assertThat(testkit.provides())
        .extracting(ModuleDescriptor.Provides::service)
        .contains("net.jqwik.api.providers.ArbitraryProvider");
  }

  @Test
  void a_consumer_module_iterates_a_returned_list_and_reads_a_scenario(@TempDir Path dir)
      throws IOException, InterruptedException {
    assumeJars();
    Path source = dir.resolve("src");
    Files.createDirectories(source.resolve("consumer"));
    Files.writeString(
        source.resolve("module-info.java"), "module consumer {\n  requires dev.custody.json;\n}\n");
    Files.writeString(
        source.resolve("consumer/Main.java"),
"""
        package consumer;

        import com.google.common.collect.ImmutableList;
        import dev.custody.event.Event;
        import dev.custody.json.CustodyJson;
        import dev.custody.ledger.Ledger;
        import java.nio.file.Path;
import java.time.Duration;

        public class Main {
          public static void main(String[] args) throws Exception {
            Path file = Path.of("examples/scenarios/northeast-syria-2026.json");
            Ledger ledger = CustodyJson.standard().read(file).ledger();
            ImmutableList<Event> events = ledger.events();
            int transfers = 0;
            for (Event event : events) {
              if (event.type().equals("detainees-transferred")) {
                transfers++;
              }
            }
            System.out.println(events.size() + " events, " + transfers + " transfer");
            System.out.println(ledger.verdict());
            System.out.println(CustodyJson.schema().contains("custody/1"));
          }
        }
        """);
    Path classes = dir.resolve("classes");

    compile(
        classes, List.of(source.resolve("module-info.java"), source.resolve("consumer/Main.java")));
    String output = run(classes, "consumer/consumer.Main");

    assertThat(output).isEqualTo("20 events, 1 transfer\naccepted\ntrue\n");
  }

  @Test
  void the_readme_and_guide_examples_compile_and_run_in_a_module(@TempDir Path dir)
      throws IOException, InterruptedException {
    assumeJars();
    List<CodeBlock> blocks = CodeBlock.in("README.md", "docs/guide.md");
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(8);
    Path source = dir.resolve("src");
    List<Path> files = new ArrayList<>();
    Path moduleInfo = source.resolve("module-info.java");
    Files.createDirectories(source);
    Files.writeString(
        moduleInfo,
        "module example {\n  requires dev.custody.core;\n  requires dev.custody.json;\n  requires dev.custody.cli;\n}\n");
    files.add(moduleInfo);
    for (CodeBlock block : blocks) {
      files.add(block.writeTo(source));
    }
    Path classes = dir.resolve("classes");

    compile(classes, files);

    for (CodeBlock block : blocks) {
      String output = run(classes, "example/" + block.className());
      block.printed().ifPresent(printed -> assertThat(output).as("%s", block).isEqualTo(printed));
    }
  }

  private static void compile(Path classes, List<Path> files) {
    List<String> arguments =
        new ArrayList<>(List.of("--module-path", modulePath(), "-d", classes.toString()));
    files.forEach(file -> arguments.add(file.toString()));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();
  }

  /** Runs a main class in a module, from the repository root, and returns what it printed. */
  private static String run(Path classes, String mainClass)
      throws IOException, InterruptedException {
    return JavaRun.printed(
        mainClass,
        Duration.ofSeconds(60),
        List.of(
            "--module-path", classes + File.pathSeparator + modulePath(), "--module", mainClass));
  }
}
