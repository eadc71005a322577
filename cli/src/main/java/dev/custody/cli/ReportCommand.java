package dev.custody.examples.cli;

import dev.custody.examples.report.Report;
import dev.custody.examples.report.ReportFormat;
import dev.custody.json.CustodyDocument;
import dev.custody.model.ActorId;
import dev.custody.model.Reading;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code custody report FILE [--at INSTANT|DATE] [--reading SOURCE] [--format text|markdown|json]}:
 * the analysis of a scenario at an instant, computed by the aggregates.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Prints actors, facilities and controllers, balances, plan coverage and progress, those at"
          + " large per reading, conflicting claims, recapture rates, deadlines with the time left"
          + " and control timelines."
    })
public final class ReportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A scenario in the custody/1 format.")
  private Path file;

  @Option(
      names = "--at",
      paramLabel = "INSTANT|DATE",
      converter = Times.EndOfDay.class,
      description =
          "The instant of the report; a date means the end of that day (UTC). Default: the end of"
              + " the last event.")
  private Optional<Instant> at;

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

  /** Creates the command; picocli calls this. */
  public ReportCommand() {}

  /**
   * Prints the report.
   *
   * @return the exit code
   */
  @Override
  public Integer call() {
    ReportFormat chosen = formatNamed(format);
    ScenarioFiles.Read read = ScenarioFiles.read(file, spec.commandLine().getErr());
    if (read.document().isEmpty()) {
      return read.exitCode();
    }
    CustodyDocument document = read.document().get();
    Optional<Reading> chosenReading = reading.map(r -> readingNamed(r, document));
    Instant asOf = at.orElseGet(() -> Times.afterLastEvent(document));
    spec.commandLine()
        .getOut()
        .print(Report.of(document.ledger(), asOf, chosenReading).render(chosen));
    return 0;
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
            + name
            + "' is not envelope, consensus or an actor of the scenario "
            + document.world().actors().keySet());
  }
}
