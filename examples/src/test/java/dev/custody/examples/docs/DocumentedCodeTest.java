package dev.custody.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Every Java block of README.md and {@code docs/*.md}, extracted from the documents as they stand,
 * compiles against the published modules and runs: a block with a {@code main} prints exactly the
 * text block shown after it (run from the repository root, as a reader would), and a block that is
 * a test passes on the JUnit Platform. Nothing here keeps a second copy of the documents' code.
 */
class DocumentedCodeTest {
  @TempDir static Path classes;

  private static ImmutableList<CodeBlock> blocks;

  /** README.md and every Markdown file of docs/, in a stable order. */
  static ImmutableList<String> documents() throws IOException {
    ImmutableList.Builder<String> documents = ImmutableList.<String>builder().add("README.md");
    try (Stream<Path> docs = Files.list(CodeBlock.ROOT.resolve("docs"))) {
      docs.map(p -> "docs/" + p.getFileName())
          .filter(name -> name.endsWith(".md"))
          .sorted()
          .forEach(documents::add);
    }
    return documents.build();
  }

  static List<String> classPath() {
    return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
  }

  @BeforeAll
  static void compileEveryBlock(@TempDir Path sources) throws IOException {
    blocks = CodeBlock.in(CodeBlock.ROOT, documents());
    List<String> arguments = new ArrayList<>();
    arguments.addAll(
        List.of(
            "-d",
            classes.toString(),
            "--class-path",
            String.join(File.pathSeparator, classPath()),
            "-Xlint:all",
            "-Werror",
            "-implicit:none",
            "-proc:none"));
    for (CodeBlock block : blocks) {
      arguments.add(block.writeTo(sources).toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    assertThat(status)
        .as(
            "the documents' code compiles; the blocks, in order: %s%n%s",
            blocks, diagnostics.toString(StandardCharsets.UTF_8))
        .isZero();
  }

  @Test
  void the_documents_show_code() {
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(10);
    assertThat(blocks).extracting(CodeBlock::document).contains("README.md", "docs/guide.md");
  }

  @Test
  void every_block_is_a_whole_source_file_that_runs_and_names_its_own_class() {
    Set<String> names = new HashSet<>();
    for (CodeBlock block : blocks) {
      assertThat(block.hasMain() || block.isTest())
          .as("%s has a main method or is a test, so that it runs", block)
          .isTrue();
      assertThat(names.add(block.className()))
          .as("%s declares %s, which another block declares too", block, block.className())
          .isTrue();
    }
  }

  @TestFactory
  Stream<DynamicTest> every_block_runs_and_prints_what_the_document_shows() {
    return blocks.stream()
        .map(block -> DynamicTest.dynamicTest(block.toString(), () -> run(block)));
  }

  private static void run(CodeBlock block) throws Exception {
    if (block.hasMain()) {
      runMain(block);
    } else {
      runTests(block);
    }
  }

  private static void runMain(CodeBlock block) throws IOException, InterruptedException {
    String output =
        JavaRun.printed(
            block.toString(),
            Duration.ofMinutes(2),
            List.of(
                "--class-path",
                classes + File.pathSeparator + String.join(File.pathSeparator, classPath()),
                block.className()));
    block
        .printed()
        .ifPresent(printed -> assertThat(output).as("what %s prints", block).isEqualTo(printed));
  }

  private static void runTests(CodeBlock block) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, previous)) {
      thread.setContextClassLoader(loader);
      Launcher launcher = LauncherFactory.create();
      SummaryGeneratingListener listener = new SummaryGeneratingListener();
      launcher.execute(
          LauncherDiscoveryRequestBuilder.request()
              .selectors(DiscoverySelectors.selectClass(loader.loadClass(block.className())))
              .build(),
          listener);
      TestExecutionSummary summary = listener.getSummary();
      StringWriter failures = new StringWriter();
      summary.printFailuresTo(new PrintWriter(failures), 20);
      assertThat(summary.getTestsFoundCount()).as("tests found in %s", block).isPositive();
      assertThat(summary.getTotalFailureCount()).as("%s passes:%n%s", block, failures).isZero();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
