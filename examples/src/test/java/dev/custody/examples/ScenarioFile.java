package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.cli.Custody;
import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import dev.custody.model.Claim;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One example scenario of {@code examples/scenarios/}, read as a document and run through the
 * {@code custody} command as a reader would: what its {@code check} says and the lines its {@code
 * report} prints.
 */
final class ScenarioFile {
  private final Path path;

  private ScenarioFile(Path path) {
    this.path = path;
  }

  /** The scenario {@code name} of {@code examples/scenarios/}. */
  static ScenarioFile named(String name) {
    return new ScenarioFile(Path.of("scenarios", name));
  }

  /** The document, read strictly. */
  CustodyDocument document() {
    try {
      return CustodyJson.standard().read(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The ledger of the document's events. */
  Ledger ledger() {
    return document().ledger();
  }

  /** What {@code custody check FILE} with {@code options} prints, after asserting exit 0. */
  String check(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "check";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = path.toString();
    return run(args);
  }

  /** The lines of {@code custody report FILE} with {@code options}, after asserting exit 0. */
  List<String> report(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "report";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = path.toString();
    return run(args).lines().toList();
  }

  /**
   * The words of {@code custody report FILE} with {@code options}, as one line with every run of
   * white space made one space: a table cell the report wraps reads as the words it holds.
   */
  String reportWords(String... options) {
    return String.join(" ", report(options)).replaceAll("\\s+", " ");
  }

  /** Each claim with an id of the figures that hold several claims, by id, in their order. */
  Map<String, Claim> claimsById() {
    Map<String, Claim> claims = new LinkedHashMap<>();
    for (ReportedFigure f : Reconciliation.of(ledger()).figures()) {
      for (Claim c : f.figure().claims()) {
        c.id().ifPresent(id -> claims.put(id.toString(), c));
      }
    }
    return claims;
  }

  /** {@code custody report --format json FILE} with {@code options}, read as a tree. */
  JsonNode jsonReport(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "--format";
    args[1] = "json";
    System.arraycopy(options, 0, args, 2, options.length);
    return JsonMapper.builder().build().readTree(String.join("\n", report(args)));
  }

  private static String run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err)) {
      code = Custody.run(o, e, args);
    }
    assertThat(code).as("exit code of custody %s; stderr: %s", args[0], err).isZero();
    return out.toString();
  }
}
