package dev.custody.benchmarks;

import dev.custody.event.Event;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library alone on the workload of {@link FlinkThroughputBenchmark}, in one thread: one ledger
 * per theatre in a {@code HashMap}, every report appended in the order of the file.
 *
 * <ul>
 *   <li>{@link #fromLines}: each line of {@code reports.jsonl} read as the job's reader reads it
 *       (the line as JSON, its event with {@code CustodyJson.eventReader} of its theatre), then
 *       appended: what a program replaying the file with the library does.
 *   <li>{@link #fromEvents}: the events read beforehand (not timed), appended only.
 * </ul>
 *
 * <p>The score is seconds per pass over the million reports (single shot); after each the benchmark
 * prints the CPU time of the whole process ({@link ProcessCpu}).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class LibraryThroughputBenchmark {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** The workload on disk, the worlds and event readers of its theatres. */
  @State(Scope.Benchmark)
  public static class Input {
    /** The number of theatres. */
    @Param({"1000"})
    public int theatres;

    /** The number of events of each theatre. */
    @Param({"1000"})
    public int eventsPerTheatre;

    TheatresWorkload workload;
    final Map<String, Function<String, Event>> readers = new HashMap<>();
    final Map<String, Ledger> empty = new HashMap<>();

    /**
     * Writes the workload unless it is there (as {@link FlinkThroughputBenchmark} does), and reads
     * the worlds.
     *
     * @throws IOException if the workload cannot be written or read
     */
    @Setup(Level.Trial)
    public void build() throws IOException {
      Path directory =
          Path.of(System.getProperty("custody.workload", "benchmarks/target/theatres"))
              .resolve(theatres + "x" + eventsPerTheatre);
      workload = TheatresWorkload.in(directory, theatres, eventsPerTheatre);
      try (Stream<Path> files = Files.list(workload.worlds())) {
        for (Path file : files.sorted().toList()) {
          String theatre = file.getFileName().toString().replaceFirst("\\.json$", "");
          String world = Files.readString(file);
          readers.put(theatre, CustodyJson.standard().eventReader(world, theatre));
          empty.put(theatre, CustodyJson.standard().read(world, theatre).ledger());
        }
      }
    }
  }

  /** The reports read beforehand: theatres and events, in the order of the file. */
  @State(Scope.Benchmark)
  public static class Events {
    List<String> theatres;
    List<Event> events;

    /**
     * Reads every report; not timed.
     *
     * @param input the workload
     * @throws IOException if the file cannot be read
     */
    @Setup(Level.Trial)
    public void read(Input input) throws IOException {
      theatres = new ArrayList<>();
      events = new ArrayList<>();
      try (BufferedReader lines =
          Files.newBufferedReader(input.workload.reports(), StandardCharsets.UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          JsonNode root = MAPPER.readTree(line);
          String theatre = root.get("theatre").asString();
          theatres.add(theatre);
          events.add(
              input.readers.get(theatre).apply(MAPPER.writeValueAsString(root.get("event"))));
        }
      }
    }
  }

  /**
   * Reads each line and appends its event to its theatre's ledger.
   *
   * @param input the workload
   * @return the number of events accepted
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  public long fromLines(Input input) throws IOException {
    ProcessCpu cpu = new ProcessCpu();
    Map<String, Ledger> ledgers = new HashMap<>(input.empty);
    long accepted = 0;
    try (BufferedReader lines =
        Files.newBufferedReader(input.workload.reports(), StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        JsonNode root = MAPPER.readTree(line);
        String theatre = root.get("theatre").asString();
        Event event =
            input.readers.get(theatre).apply(MAPPER.writeValueAsString(root.get("event")));
        accepted += append(ledgers, theatre, event);
      }
    }
    cpu.print(accepted);
    return checked(accepted, input);
  }

  /**
   * Appends the events read beforehand, each to its theatre's ledger.
   *
   * @param input the workload
   * @param events the events
   * @return the number of events accepted
   */
  @Benchmark
  public long fromEvents(Input input, Events events) {
    ProcessCpu cpu = new ProcessCpu();
    Map<String, Ledger> ledgers = new HashMap<>(input.empty);
    long accepted = 0;
    for (int i = 0; i < events.events.size(); i++) {
      accepted += append(ledgers, events.theatres.get(i), events.events.get(i));
    }
    cpu.print(accepted);
    return checked(accepted, input);
  }

  private static int append(Map<String, Ledger> ledgers, String theatre, Event event) {
    AppendResult result = ledgers.get(theatre).append(event);
    if (!result.isAccepted()) {
      return 0;
    }
    ledgers.put(theatre, result.ledger());
    return 1;
  }

  private static long checked(long accepted, Input input) {
    if (accepted != input.workload.events()) {
      throw new IllegalStateException(
          "the library accepted " + accepted + " of " + input.workload.events() + " reports");
    }
    return accepted;
  }
}
