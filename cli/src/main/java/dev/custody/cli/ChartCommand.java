package dev.custody.cli;

import dev.custody.cli.chart.SeriesColours;
import dev.custody.cli.chart.Timeline;
import dev.custody.cli.chart.TimelineChart;
import dev.custody.cli.internal.PrintableText;
import dev.custody.cli.report.ScenarioZone;
import dev.custody.json.CustodyDocument;
import dev.custody.ledger.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * {@code custody chart FILE -o timeline.png}: a PNG of the balance of every account over time, with
 * changes of control and deadlines marked.
 */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = "Draws the balances of a scenario over time as a PNG.")
public final class ChartCommand implements Callable<Integer>, ScenarioCommand {

  @Mixin private ScenarioInput input;

  @Mixin private KnowledgeTime knowledge;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PNG",
      required = true,
      description = "The PNG file to write.")
  private Path output;

  @Option(
      names = "--from",
      paramLabel = "INSTANT|DATE",
      converter = TimeArgument.Converter.class,
      description =
          "The first instant drawn; a date means the start of that day in the scenario's zone."
              + " Default: two days before the first count or movement ends.")
  private Optional<TimeArgument> from;

  @Option(
      names = "--to",
      paramLabel = "INSTANT|DATE",
      converter = TimeArgument.Converter.class,
      description =
          "The last instant drawn; a date means the end of that day in the scenario's zone."
              + " Default: three days after the last event (with --known-at, the last event"
              + " known by then).")
  private Optional<TimeArgument> to;

  @Spec private CommandSpec spec;

  @ParentCommand private Custody custody;

  /** Creates the command; picocli calls this. */
  public ChartCommand() {}

  @Override
  public Path file() {
    return input.file();
  }

  @Override
  public String activity() {
    return "charting";
  }

  /**
   * Draws the chart.
   *
   * @return the exit code, 0; a file that cannot be read, charted or written ends the run with its
   *     problems and exit code instead
   */
  @Override
  public Integer call() {
    String done;
    try {
      done = chart();
    } finally {
      custody.progress().clear();
    }
    spec.commandLine().getOut().println(PrintableText.of(done));
    return 0;
  }

  private String chart() {
    CustodyDocument document = input.read(custody.progress());
    ShowableTimes.check(file(), document);
    ZoneId zone = ScenarioZone.of(document.events());
    // first controls of long ago would squeeze the weeks that matter into a sliver
    Instant first =
        from.map(f -> f.startIn(zone))
            .orElseGet(
                () ->
                    ScenarioSpan.firstBalanceChange(document)
                        .orElse(Instant.EPOCH)
                        .minus(Duration.ofDays(2)));
    Instant last =
        to.map(t -> t.endIn(zone))
            .orElseGet(
                () -> ScenarioSpan.end(document, knowledge.in(zone)).plus(Duration.ofDays(3)));
    if (!first.isBefore(last)) {
      throw new ParameterException(
          spec.commandLine(),
          "--from (" + first + ") must be before --to (" + last + "), or the chart has no span");
    }
    custody.progress().step("drawing the chart");
    byte[] png;
    try {
      Ledger record = document.ledger();
      // the colours of the whole record, so that a chart of what was known keeps them
      png =
          TimelineChart.of(
                  Timeline.of(knowledge.apply(record, zone), first, last, SeriesColours.of(record)))
              .toPngBytes();
    } catch (ArithmeticException e) {
      throw ScenarioFiles.overflow(file());
    }
    write(png);
    return output
        + ": "
        + document.title()
        + ", "
        + first
        + " to "
        + last
        + knowledge.in(zone).map(k -> ", as known at " + k).orElse("");
  }

  private void write(byte[] png) {
    Path directory = output.getParent();
    if (directory != null && !Files.isDirectory(directory)) {
      throw new CommandFailedException(
          Custody.UNREADABLE,
          output + ": cannot be written: the directory " + directory + " does not exist");
    }
    try {
      Files.write(output, png);
    } catch (IOException e) {
      throw new CommandFailedException(
          Custody.UNREADABLE, output + ": cannot be written: " + FileFailure.describe(e));
    }
  }
}
