package dev.custody.flink;

import dev.custody.json.InvalidDocumentException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.DeploymentOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;

/**
 * The command that runs the job.
 *
 * <pre>
 * custody-flink [OPTIONS] SCENARIO.json...
 *     runs the job on a local Flink (in this JVM) over whole custody/1 documents, each a theatre
 *     named after its file, their events replayed in time order, and prints the alerts
 * custody-flink split --out DIR SCENARIO.json...
 *     writes DIR/worlds/THEATRE.json and DIR/reports.jsonl: the job's input made of documents
 * custody-flink run --worlds DIR --reports PATH [--out DIR] [--checkpoint-dir URI] [OPTIONS]
 *     the job over a JSON Lines file of reports, on the cluster it is submitted to (or locally):
 *     writes verdicts, alerts, snapshots and refusals under --out, or prints the alerts; with
 *     --checkpoint-dir, checkpoints there every --checkpoint-interval (else as the cluster says).
 *     --worlds is read where the command runs; --reports, --out and --checkpoint-dir are paths
 *     or URIs of any file system the cluster knows (hdfs://, s3://, ...)
 *
 * OPTIONS: --out-of-orderness P1D  --allowed-lateness PT0S  --reference-wait P7D
 *          --snapshot-period P1D  --threshold N  --parallelism N  --checkpoint-interval PT1M
 * </pre>
 *
 * <p>Durations are ISO-8601 ({@code P1D}, {@code PT6H}). Exit code 0 on success, 2 when the
 * arguments or the input cannot be read.
 */
public final class CustodyFlink {
  private CustodyFlink() {}

  /**
   * Runs the command.
   *
   * @param args the arguments, as above
   * @throws Exception if the job fails
   */
  public static void main(String[] args) throws Exception {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) throws Exception {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("custody-flink: " + e.getMessage());
      err.println(
          "usage: custody-flink [OPTIONS] SCENARIO.json... | split --out DIR SCENARIO.json..."
              + " | run --worlds DIR --reports PATH [--out DIR] [--checkpoint-dir URI] [OPTIONS]");
      return 2;
    }
    try {
      switch (arguments.command) {
        case "split":
          return split(arguments, out);
        case "run":
          return runReports(arguments, out);
        default:
          return scenarios(arguments, out);
      }
    } catch (java.nio.file.NoSuchFileException e) {
      err.println("custody-flink: no such file: " + e.getFile());
      return 2;
    } catch (IllegalArgumentException | IOException | InvalidDocumentException e) {
      // a file that cannot be read, a document that does not read (its problems listed), a
      // missing option
      err.println("custody-flink: " + e.getMessage());
      return 2;
    }
  }

  /** Whole documents, replayed in time order on a local Flink; the alerts printed. */
  private static int scenarios(Arguments arguments, PrintStream out) throws Exception {
    Map<String, ScenarioReports> scenarios = read(arguments.files);
    List<ScenarioReports.Line> lines = new ArrayList<>();
    scenarios.values().forEach(s -> lines.addAll(s.reports()));
    lines.sort(ScenarioReports.IN_TIME);
    CustodyJob.Builder builder = arguments.job();
    scenarios.forEach((theatre, reports) -> builder.world(theatre, reports.world()));
    CustodyJob job = builder.build();

    Configuration configuration = new Configuration();
    // a local run reports a failure rather than start again from nothing
    configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
    localCheckpoints(configuration);
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.createLocalEnvironment(arguments.parallelism, configuration);
    DataStream<String> input =
        env.fromData(lines.stream().map(ScenarioReports.Line::text).toList(), Types.STRING)
            .setParallelism(1);
    CustodyStreams streams = job.apply(input);
    out.printf(
        "custody-flink: %d theatres, %d reports in time order, parallelism %d (%s)%n",
        scenarios.size(), lines.size(), arguments.parallelism, job);
    printAll(streams, out);
    return 0;
  }

  /** Reports read from a JSON Lines file, the outputs to files or the alerts printed. */
  private static int runReports(Arguments arguments, PrintStream out) throws Exception {
    if (arguments.worlds == null || arguments.reports == null) {
      throw new IllegalArgumentException("run needs --worlds DIR and --reports PATH");
    }
    CustodyJob.Builder builder = arguments.job();
    try (Stream<Path> files = Files.list(arguments.worlds)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        builder.world(theatre(file), Files.readString(file));
      }
    }
    CustodyJob job = builder.build();
    // settings of checkpoints and restarts are read when the environment is made
    Configuration configuration = new Configuration();
    if (arguments.checkpointDirectory != null) {
      // the ledgers soon outgrow the job manager's memory, Flink's default checkpoint storage
      configuration.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
      configuration.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, arguments.checkpointDirectory);
      configuration.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, arguments.checkpointInterval);
      configuration.set(
          CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE, CheckpointingMode.EXACTLY_ONCE);
    } else if ("local"
        .equals(
            StreamExecutionEnvironment.getExecutionEnvironment()
                .getConfiguration()
                .get(DeploymentOptions.TARGET))) {
      configuration.set(RestartStrategyOptions.RESTART_STRATEGY, "none");
      localCheckpoints(configuration);
      if (arguments.outUri != null) {
        // the file sink commits its files with checkpoints, the last one when the input ends
        configuration.set(
            CheckpointingOptions.CHECKPOINTING_INTERVAL, arguments.checkpointInterval);
      }
    }
    StreamExecutionEnvironment env =
        StreamExecutionEnvironment.getExecutionEnvironment(configuration);
    if (arguments.parallelismGiven) {
      env.setParallelism(arguments.parallelism);
    }
    DataStream<String> input =
        env.fromSource(
                FileSource.forRecordStreamFormat(
                        new TextLineInputFormat(),
                        new org.apache.flink.core.fs.Path(arguments.reports))
                    .build(),
                WatermarkStrategy.noWatermarks(),
                "reports")
            .uid("custody-reports")
            .setParallelism(1);
    CustodyStreams streams = job.apply(input);
    if (arguments.outUri == null) {
      printAll(streams, out);
      return 0;
    }
    String base = arguments.outUri;
    sink(streams.verdicts(), base, "verdicts");
    sink(streams.alerts(), base, "alerts");
    sink(streams.snapshots(), base, "snapshots");
    sink(streams.refused(), base, "refused");
    env.execute("custody-flink");
    out.println("custody-flink: verdicts, alerts, snapshots and refusals written under " + base);
    return 0;
  }

  /**
   * Flink may checkpoint a local run (when its source finishes, for one), and the ledgers soon
   * outgrow the job manager's memory, its default checkpoint storage: a local run keeps its
   * checkpoints in a temporary directory, removed when the run ends.
   */
  private static void localCheckpoints(Configuration configuration) throws IOException {
    Path directory = Files.createTempDirectory("custody-flink-checkpoints");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try (Stream<Path> paths = Files.walk(directory)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                  } catch (IOException e) {
                    // a temporary directory left behind is the system's to clear
                  }
                }));
    configuration.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
    configuration.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, directory.toUri().toString());
  }

  private static <T> void sink(DataStream<T> stream, String base, String name) {
    stream
        .map(Object::toString, Types.STRING)
        .uid("custody-text-" + name)
        .sinkTo(
            FileSink.forRowFormat(
                    new org.apache.flink.core.fs.Path(base + "/" + name),
                    new SimpleStringEncoder<String>(StandardCharsets.UTF_8.name()))
                .build())
        .uid("custody-sink-" + name)
        .name(name);
  }

  /** Alerts and refusals, in event time, then each theatre's last snapshot in a line. */
  private static void printAll(CustodyStreams streams, PrintStream out) throws Exception {
    DataStream<String> tagged =
        streams
            .alerts()
            .map(a -> "alert\t" + a.at() + "\t" + a, Types.STRING)
            .union(
                streams.refused().map(r -> "refused\t\t" + r, Types.STRING),
                streams
                    .snapshots()
                    .map(
                        s ->
                            "snapshot\t"
                                + s.asOf()
                                + "\t"
                                + s.theatre()
                                + "\t"
                                + s.events()
                                + "\t"
                                + s.situation().lines().findFirst().orElse(""),
                        Types.STRING),
                streams
                    .verdicts()
                    .map(
                        v ->
                            "verdict\t"
                                + v.time()
                                + "\t"
                                + (v.accepted() ? "accepted" : "rejected"),
                        Types.STRING));
    List<String> alerts = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    Map<String, String> last = new TreeMap<>();
    int accepted = 0;
    int rejected = 0;
    try (CloseableIterator<String> results = tagged.executeAndCollect("custody-flink")) {
      while (results.hasNext()) {
        String[] fields = results.next().split("\t", -1);
        switch (fields[0]) {
          case "alert" -> alerts.add(fields[1] + "\t" + fields[2]);
          case "refused" -> refused.add(fields[2]);
          case "snapshot" -> {
            String previous = last.get(fields[2]);
            if (previous == null || previous.compareTo(fields[1]) < 0) {
              last.put(fields[2], fields[1] + "\t" + fields[3] + "\t" + fields[4]);
            }
          }
          default -> {
            if (fields[2].equals("accepted")) {
              accepted++;
            } else {
              rejected++;
            }
          }
        }
      }
    }
    alerts.sort(Comparator.naturalOrder());
    out.printf(
        "%d events accepted, %d rejected, %d lines refused%n", accepted, rejected, refused.size());
    out.println();
    out.println("alerts (" + alerts.size() + "):");
    alerts.forEach(a -> out.println("  " + a.substring(a.indexOf('\t') + 1)));
    if (!refused.isEmpty()) {
      out.println();
      out.println("refused (" + refused.size() + "):");
      refused.forEach(r -> out.println("  " + r));
    }
    out.println();
    out.println("last snapshots:");
    last.forEach(
        (theatre, snapshot) -> {
          String[] fields = snapshot.split("\t", -1);
          out.println(
              "  " + theatre + " at " + fields[0] + ", " + fields[1] + " events: " + fields[2]);
        });
  }

  /** Documents cut into worlds and one file of reports in time order. */
  private static int split(Arguments arguments, PrintStream out) throws IOException {
    if (arguments.outDirectory == null) {
      throw new IllegalArgumentException("split needs --out DIR");
    }
    Map<String, ScenarioReports> scenarios = read(arguments.files);
    Path worlds = Files.createDirectories(arguments.outDirectory.resolve("worlds"));
    List<ScenarioReports.Line> lines = new ArrayList<>();
    for (ScenarioReports scenario : scenarios.values()) {
      Files.writeString(worlds.resolve(scenario.theatre() + ".json"), scenario.world());
      lines.addAll(scenario.reports());
    }
    lines.sort(ScenarioReports.IN_TIME);
    Path reports = arguments.outDirectory.resolve("reports.jsonl");
    Files.write(reports, lines.stream().map(ScenarioReports.Line::text).toList());
    out.printf(
        "%d worlds in %s, %d reports in %s%n", scenarios.size(), worlds, lines.size(), reports);
    return 0;
  }

  private static Map<String, ScenarioReports> read(List<Path> files) throws IOException {
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no scenario files given");
    }
    Map<String, ScenarioReports> scenarios = new LinkedHashMap<>();
    for (Path file : files) {
      String theatre = theatre(file);
      if (scenarios.put(theatre, ScenarioReports.of(theatre, Files.readString(file))) != null) {
        throw new IllegalArgumentException("two files give theatre " + theatre);
      }
    }
    return scenarios;
  }

  private static String theatre(Path file) {
    return file.getFileName().toString().replaceFirst("\\.json$", "");
  }

  /** The command line, parsed by hand: the job carries no command-line library to a cluster. */
  private static final class Arguments {
    String command = "scenarios";
    final List<Path> files = new ArrayList<>();
    Path worlds;
    String reports;
    Path outDirectory;
    String outUri;
    String checkpointDirectory;
    int parallelism = 2;
    boolean parallelismGiven;
    Duration checkpointInterval = Duration.ofMinutes(1);
    private Duration outOfOrderness;
    private Duration allowedLateness;
    private Duration referenceWait;
    private Duration snapshotPeriod;
    private Long threshold;

    /** A builder with the settings given on the command line; the theatres are for the caller. */
    CustodyJob.Builder job() {
      CustodyJob.Builder builder = CustodyJob.builder();
      if (outOfOrderness != null) {
        builder.outOfOrderness(outOfOrderness);
      }
      if (allowedLateness != null) {
        builder.allowedLateness(allowedLateness);
      }
      if (referenceWait != null) {
        builder.referenceWait(referenceWait);
      }
      if (snapshotPeriod != null) {
        builder.snapshotPeriod(snapshotPeriod);
      }
      if (threshold != null) {
        builder.populationThreshold(threshold);
      }
      return builder;
    }

    static Arguments parse(String[] args) {
      Arguments parsed = new Arguments();
      int i = 0;
      if (args.length > 0 && (args[0].equals("split") || args[0].equals("run"))) {
        parsed.command = args[0];
        i = 1;
      }
      for (; i < args.length; i++) {
        String arg = args[i];
        if (!arg.startsWith("--")) {
          parsed.files.add(Path.of(arg));
          continue;
        }
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(arg + " needs a value");
        }
        String value = args[++i];
        try {
          switch (arg) {
            case "--worlds" -> parsed.worlds = Path.of(value);
            case "--reports" -> parsed.reports = value;
            case "--out" -> {
              parsed.outUri = value;
              parsed.outDirectory = value.contains("://") ? null : Path.of(value);
            }
            case "--parallelism" -> {
              parsed.parallelism = Integer.parseInt(value);
              parsed.parallelismGiven = true;
            }
            case "--checkpoint-interval" -> parsed.checkpointInterval = Duration.parse(value);
            case "--checkpoint-dir" -> parsed.checkpointDirectory = value;
            case "--out-of-orderness" -> parsed.outOfOrderness = Duration.parse(value);
            case "--allowed-lateness" -> parsed.allowedLateness = Duration.parse(value);
            case "--reference-wait" -> parsed.referenceWait = Duration.parse(value);
            case "--snapshot-period" -> parsed.snapshotPeriod = Duration.parse(value);
            case "--threshold" -> parsed.threshold = Long.parseLong(value);
            default -> throw new IllegalArgumentException("unknown option " + arg);
          }
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(arg + " (" + value + "): " + e.getMessage(), e);
        }
      }
      return parsed;
    }
  }
}
