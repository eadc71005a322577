package dev.custody.cli;

import dev.custody.cli.internal.PrintableText;
import dev.custody.cli.report.ScenarioZone;
import dev.custody.json.CustodyDocument;
import dev.custody.ledger.Ledger;
import dev.custody.model.EventId;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code custody check FILE}: reads a scenario strictly and checks every event against the rules.
 * Prints one line per problem, with its rule code and location, and one per warning; exits 0 when
 * clean (warnings allowed), 1 when the rules report errors, 2 when the file cannot be read. With
 * {@code --known-at}, it checks the record as known then ({@link Ledger#asKnownAt}), which may
 * break rules the whole record satisfies: its errors are printed as its warnings are, and exit 1.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Validates a scenario file: its JSON, its structure, its references and the rules.")
public final class CheckCommand implements Callable<Integer>, ScenarioCommand {

  @Mixin private ScenarioInput input;

  @Mixin private KnowledgeTime knowledge;

  @Spec private CommandSpec spec;

  @ParentCommand private Custody custody;

  /** Creates the command; picocli calls this. */
  public CheckCommand() {}

  @Override
  public Path file() {
    return input.file();
  }

  @Override
  public String activity() {
    return "checking";
  }

  /**
   * Checks the file.
   *
   * @return the exit code, 0; a file that cannot be read or breaks the rules ends the run with its
   *     problems and exit code instead
   */
  @Override
  public Integer call() {
    CustodyDocument document;
    try {
      document = input.read(custody.progress());
    } finally {
      custody.progress().clear();
    }
    ZoneId zone = ScenarioZone.of(document.events());
    Optional<Instant> known = knowledge.in(zone);
    Ledger ledger = knowledge.apply(document.ledger(), zone);
    Verdict verdict = ledger.verdict();
    List<Violation> errors = verdict.errors();
    List<Violation> warnings = verdict.warnings();
    Map<EventId, Integer> indices = indices(document);
    for (Violation violation : known.isPresent() ? verdict.violations() : warnings) {
      int index = indices.getOrDefault(violation.event(), -1);
      println(
          String.format(
              Locale.ROOT,
              "%s: $.events[%d].%s: %s",
              file().getFileName(),
              index,
              violation.field(),
              violation));
    }
    println(
        String.format(
            Locale.ROOT,
            "%s: %d events%s, %s%s",
            file().getFileName(),
            ledger.size(),
            known.map(k -> " as known at " + k).orElse(""),
            errors.isEmpty()
                ? "no errors"
                : errors.size() + (errors.size() == 1 ? " error" : " errors"),
            warnings.isEmpty()
                ? ""
                : ", " + warnings.size() + (warnings.size() == 1 ? " warning" : " warnings")));
    return errors.isEmpty() ? 0 : Custody.RULES_BROKEN;
  }

  /** Prints one line, whose values the scenario wrote, printable. */
  private void println(String line) {
    spec.commandLine().getOut().println(PrintableText.of(line));
  }

  /** Where each event is in the file: the first place, if an id is used twice. */
  private static Map<EventId, Integer> indices(CustodyDocument document) {
    Map<EventId, Integer> indices = new HashMap<>();
    for (int i = 0; i < document.events().size(); i++) {
      indices.putIfAbsent(document.events().get(i).id(), i);
    }
    return indices;
  }
}
