package dev.custody.cli;

import dev.custody.cli.internal.PrintableText;
import dev.custody.cli.report.Report;
import dev.custody.cli.report.ReportFormat;
import dev.custody.cli.report.ScenarioZone;
import dev.custody.json.CustodyDocument;
import dev.custody.model.ActorId;
import dev.custody.model.Reading;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code custody report FILE [--at INSTANT|DATE] [--known-at INSTANT|DATE] [--reading SOURCE]
 * [--format text|markdown|json]}: the analysis of a scenario at an instant, as known at another
 * (everything recorded by default), computed by the aggregates.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Prints actors, facilities and controllers, balances, plan coverage and progress, those at"
          + " large per reading, conflicting claims, recapture rates, deadlines with the time left"
          + " and control timelines. Times are told in the scenario's zone, the zone of its"
          + " earliest event (UTC when it has none), which the report names."
    })
public final class ReportCommand implements Callable<Integer>, ScenarioCommand {

  @Mixin private ScenarioInput input;

  @Mixin private KnowledgeTime knowledge;

  @Option(
      names = "--at",
      paramLabel = "INSTANT|DATE",
      converter = TimeArgument.Converter.class,
      description =
          "The instant of the report; a date means the end of that day in the scenario's zone"
              + " (--at 2026-01-25 is 2026-01-25 24:00 there). Default: the end of the last"
              + " event, or with --known-at of the last event known by then.")
  private Optional<TimeArgument> at;

  @Option(
      names = "--reading",
      paramLabel = "SOURCE",
      description =
          "The reading of balances, totals and plans: envelope (the default), consensus, or the id"
              + " of an actor whose claims to prefer.")
  private Optional<String> reading;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
  private String format;

  @Spec private CommandSpec spec;

  @ParentCommand private Custody custody;

  /** Creates the command; picocli calls this. */
  public ReportCommand() {}

  @Override
  public Path file() {
    return input.file();
  }

  @Override
  public String activity() {
    return "reporting";
  }

  /**
   * Prints the report.
   *
   * @return the exit code, 0; a file that cannot be read or reported on ends the run with its
   *     problems and exit code instead
   */
  @Override
  public Integer call() {
    ReportFormat chosen = formatNamed(format);
    String text;
    try {
      text = report(chosen);
    } finally {
      custody.progress().clear();
    }
    spec.commandLine().getOut().print(text);
    return 0;
  }

  private String report(ReportFormat chosen) {
    CustodyDocument document = input.read(custody.progress());
    ShowableTimes.check(file(), document);
    Optional<Reading> chosenReading = reading.map(r -> readingNamed(r, document));
    ZoneId zone = ScenarioZone.of(document.events());
    Optional<Instant> known = knowledge.in(zone);
    Instant asOf = at.map(a -> a.endIn(zone)).orElseGet(() -> ScenarioSpan.end(document, known));
    custody.progress().step("computing the report");
    try {
      return Report.of(document.ledger(), asOf, chosenReading, known).render(chosen);
    } catch (ArithmeticException e) {
      throw ScenarioFiles.overflow(file());
    }
  }

  private ReportFormat formatNamed(String name) {
    try {
      return ReportFormat.named(name);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
    }
  }

  private Reading readingNamed(String name, CustodyDocument document) {
    if (name.equals("envelope")) {
      return Reading.envelope();
    }
    if (name.equals("consensus")) {
      return Reading.consensus();
    }
    try {
      ActorId actor = ActorId.of(name);
      if (document.world().actor(actor).isPresent()) {
        return Reading.preferring(actor);
      }
    } catch (IllegalArgumentException notAnId) {
      // reported below with the readings there are
    }
    throw new ParameterException(
        spec.commandLine(),
        "--reading: '"
            + PrintableText.of(name)
            + "' is not envelope, consensus or an actor of the scenario "
            + document.world().actors().keySet());
  }
}
