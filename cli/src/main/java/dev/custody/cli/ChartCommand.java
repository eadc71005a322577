package dev.custody.examples.cli;

import dev.custody.event.Event;
import dev.custody.examples.report.TimelineChart;
import dev.custody.json.CustodyDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code custody chart FILE -o timeline.png}: a PNG of the balance of every account over time, with
 * changes of control and deadlines marked.
 */
@Command(
    name = "chart",
    mixinStandardHelpOptions = true,
    description = "Draws the balances of a scenario over time as a PNG.")
public final class ChartCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "A scenario in the custody/1 format.")
  private Path file;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "PNG",
      required = true,
      description = "The PNG file to write.")
  private Path output;

  @Option(
      names = "--from",
      paramLabel = "INSTANT|DATE",
      converter = Times.StartOfDay.class,
      description =
          "The first instant drawn; a date means the start of that day (UTC). Default: two days"
              + " before the first count or movement ends.")
  private Optional<Instant> from;

  @Option(
      names = "--to",
      paramLabel = "INSTANT|DATE",
      converter = Times.EndOfDay.class,
      description =
          "The last instant drawn; a date means the end of that day (UTC). Default: three days"
              + " after the last event.")
  private Optional<Instant> to;

  @Spec private CommandSpec spec;

  /** Creates the command; picocli calls this. */
  public ChartCommand() {}

  /**
   * Draws the chart.
   *
   * @return the exit code
   * @throws IOException if the PNG cannot be written
   */
  @Override
  public Integer call() throws IOException {
    ScenarioFiles.Read read = ScenarioFiles.read(file, spec.commandLine().getErr());
    if (read.document().isEmpty()) {
      return read.exitCode();
    }
    CustodyDocument document = read.document().get();
    // first controls of long ago would squeeze the weeks that matter into a sliver
    Instant first =
        from.orElseGet(
            () ->
                document.events().stream()
                    .filter(Times::concernsBalances)
                    .map(Event::when)
                    .map(w -> w.end())
                    .min(Instant::compareTo)
                    .orElse(Instant.EPOCH)
                    .minus(Duration.ofDays(2)));
    Instant last = to.orElseGet(() -> Times.afterLastEvent(document).plus(Duration.ofDays(3)));
    TimelineChart.of(document.ledger(), first, last).writePng(output);
    spec.commandLine()
        .getOut()
        .println(output + ": " + document.title() + ", " + first + " to " + last);
    return 0;
  }
}
