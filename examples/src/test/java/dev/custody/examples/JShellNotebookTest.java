package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import dev.custody.model.Estimate;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the JShell notebook examples/jshell/northeast-syria.jsh snippet by snippet, as JShell runs a
 * file, against the test class path; fails on a snippet that does not compile or throws, and checks
 * that the notebook prints the figures the aggregates derive for the reference case.
 */
class JShellNotebookTest {

  private static final Path NOTEBOOK = Path.of("jshell", "northeast-syria.jsh");

  private static String output;

  @BeforeAll
  @Timeout(60)
  static void runNotebook() throws IOException {
    String notebook = Files.readString(NOTEBOOK, StandardCharsets.UTF_8).replace("\r\n", "\n");
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    // the snippets run in this JVM (a remote JVM takes twice as long), so they print to System.out
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errors, true, StandardCharsets.UTF_8);
        JShell jshell = JShell.builder().executionEngine("local").out(out).err(err).build()) {
      // only what the notebook needs: each more jar on the class path slows every snippet down
      jshell.addToClasspath(codeSource(Estimate.class));
      jshell.addToClasspath(codeSource(ImmutableList.class));
      List<String> snippets = snippets(notebook, jshell);
      assertThat(snippets).as("snippets of %s", NOTEBOOK).isNotEmpty();
      System.setOut(out);
      System.setErr(err);
      try {
        for (String snippet : snippets) {
          evaluate(jshell, snippet);
        }
      } finally {
        System.setOut(systemOut);
        System.setErr(systemErr);
      }
    }
    assertThat(errors.toString(StandardCharsets.UTF_8)).as("written to System.err").isEmpty();
    output = printed.toString(StandardCharsets.UTF_8).replace("\r\n", "\n");
  }

  private static String codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Splits the notebook into snippets the way JShell reads a file: line by line, a snippet ending
   * where the source so far is complete (so a line that completes a statement ends it, even when
   * the next line goes on with {@code .method()}); a line starting with {@code /} between snippets
   * is a command, and is skipped.
   */
  private static List<String> snippets(String notebook, JShell jshell) {
    SourceCodeAnalysis analysis = jshell.sourceCodeAnalysis();
    List<String> snippets = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String line : notebook.split("\n", -1)) {
      String stripped = line.strip();
      if (pending.toString().isBlank()
          && stripped.startsWith("/")
          && !stripped.startsWith("//")
          && !stripped.startsWith("/*")) {
        pending.setLength(0);
        continue;
      }
      boolean blankOrComment = stripped.isEmpty() || stripped.startsWith("//");
      if (blankOrComment && pending.toString().isBlank()) {
        continue;
      }
      pending.append(line).append('\n');
      if (blankOrComment) {
        // it cannot complete a snippet; skipping the analysis saves a good part of the time
        continue;
      }
      CompletionInfo info = analysis.analyzeCompletion(pending.toString());
      while (info.completeness().isComplete()) {
        snippets.add(info.source());
        pending = new StringBuilder(info.remaining());
        info = analysis.analyzeCompletion(pending.toString());
      }
      if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
        pending.setLength(0);
      }
    }
    assertThat(pending.toString().strip()).as("incomplete source at the end").isEmpty();
    return snippets;
  }

  private static void evaluate(JShell jshell, String snippet) {
    for (SnippetEvent event : jshell.eval(snippet)) {
      if (event.exception() != null) {
        fail(String.format("snippet threw %s:%n%s", event.exception(), snippet), event.exception());
      }
      Snippet.Status status = event.status();
      if (status == Snippet.Status.REJECTED
          || status == Snippet.Status.RECOVERABLE_DEFINED
          || status == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        String diagnostics =
            jshell
                .diagnostics(event.snippet())
                .map(d -> d.getMessage(null))
                .collect(Collectors.joining("\n"));
        fail("snippet is %s:%n%s%n%s", status, snippet, diagnostics);
      }
    }
  }

  @Test
  void the_ledger_accepts_every_event() {
    assertThat(output).contains("Ledger: 15 events, accepted: true");
  }

  @Test
  void still_at_large_per_reading() {
    assertThat(output)
        .contains("Still at large from al-Shaddadi (government): between 61 and 77\n")
        .contains("Still at large from al-Shaddadi (U.S.): up to 119\n")
        .contains("Still at large from al-Shaddadi (SDF): over 919\n")
        .contains("Still at large from al-Shaddadi (envelope): unknown (best 119)\n");
  }

  @Test
  void the_readings_and_the_conflicting_claims() {
    assertThat(output)
        .contains(
            "Readings: envelope, according to centcom, according to sdf, according to syria-gov,"
                + " according to usa (no consensus: some claims conflict)\n")
        .contains("Reconcilable: false\n")
        .contains(
            "Conflict: over 1,000 (sdf) conflicts with about 150 (142-158) (syria-gov): 843 apart")
        .contains(
            "Conflict: over 1,000 (sdf) conflicts with up to 200 (a U.S. military official (usa)"
                + " via nyt): 801 apart");
  }

  @Test
  void the_transfer_plan_and_the_recapture_rate() {
    assertThat(output)
        .contains("Plan covers: about 78% (74%-82%)\n")
        .contains("Would stay in Syria: between 1,550 and 2,450\n")
        .contains("Plan progress: 2.1%\n")
        .contains("Recapture rate (government): about 54% (51%-57%)\n");
  }

  @Test
  void the_integration_deadline_and_the_control_of_al_hol() {
    assertThat(output)
        .contains(
            "Integration deadline at noon on 2026-01-22: pending, 2 days 12 hours left (end of"
                + " 2026-01-24 (Asia/Damascus))\n")
        .contains(
            "Integration deadline at noon on 2026-01-25: lapsed 12 hours ago (end of 2026-01-24"
                + " (Asia/Damascus))\n")
        .contains("Controller of al-Hol at noon on 2026-01-20: sdf\n")
        .contains("Controller of al-Hol at noon on 2026-01-22: syria-gov\n");
  }

  @Test
  void claims_in_the_words_printed_known_when_reported_and_a_running_total() {
    assertThat(output)
        .contains("Parsed \"roughly 9,000\": roughly 9,000 (8,550-9,450)\n")
        .contains("Parsed \"some 7,000\": some 7,000 (6,650-7,350)\n")
        .contains("Parsed \"as many as 200\": as many as 200\n")
        .contains("Parsed \"more than 1,000\": more than 1,000\n")
        .contains("Parsed \"dozens\": dozens (24-99)\n")
        .contains("Parsed \"none\": none\n")
        .contains("Parsed \"two dozen\": two dozen (22-26)\n")
        .contains("Parsed \"more than a thousand\": more than a thousand\n")
        .contains("Parsed \"less than 50\": less than 50\n")
        .contains("Parsed \"a handful\": a handful (2-9)\n")
        .contains("Parsed \"1,500 (1,450-1,549)\": 1,500 (1,450-1,549)\n")
        .contains("Escapes as known on the 21st: 2 claims, envelope at least 142 (best 150)\n")
        .contains(
            "Running total: exactly 81 recaptured by 2026-01-21 (Asia/Damascus): movements"
                + " recorded by then: exactly 81\n");
  }

  @Test
  void a_count_in_families_and_a_revision() {
    assertThat(output)
        .contains(
            "In families: exactly 81 families at between 4 and 6 per family (aid-agency), between"
                + " 324 and 486 people according to camp-administration, reported 2026-01-20"
                + " (Asia/Damascus)\n")
        .contains(
            "Revised: hundreds (200-999), then dozens (24-99); the figure reads dozens (24-99),"
                + " superseded: 1\n");
  }

  @Test
  void the_notebook_prints_nothing_else() {
    // 17 lines of the reference case, then 15 of claims as sources word them
    assertThat(output.lines()).hasSize(32);
  }
}
