package dev.custody.benchmarks;

import dev.custody.event.Event;
import dev.custody.flink.LedgerSerializer;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
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
 * What the streaming job's checkpoints cost: one theatre's ledger of the {@link TheatresWorkload}
 * (theatre-0000, {@code eventsPerTheatre} events) written and read by {@link LedgerSerializer}, as
 * every checkpoint writes and every restore reads each ledger whole. The score is microseconds per
 * ledger; divided by the events, it is the cost per event of the state. The setup prints the bytes
 * of the serialized ledger.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LedgerStateBenchmark {

  /** One theatre's ledger and its bytes. */
  @State(Scope.Benchmark)
  public static class Theatre {
    /** The number of events of each theatre. */
    @Param({"1000"})
    public int eventsPerTheatre;

    final LedgerSerializer serializer = new LedgerSerializer();
    Ledger ledger;
    byte[] bytes;

    /**
     * Builds the ledger of theatre-0000 from the workload's reports (100 theatres of {@code
     * eventsPerTheatre} events, written unless there) and serializes it once.
     *
     * @throws IOException if the workload cannot be written or read
     */
    @Setup(Level.Trial)
    public void build() throws IOException {
      Path directory =
          Path.of(System.getProperty("custody.workload", "benchmarks/target/theatres"))
              .resolve(100 + "x" + eventsPerTheatre);
      TheatresWorkload workload = TheatresWorkload.in(directory, 100, eventsPerTheatre);
      String world = Files.readString(workload.worlds().resolve("theatre-0000.json"));
      Function<String, Event> reader = CustodyJson.standard().eventReader(world, "theatre-0000");
      ledger = CustodyJson.standard().read(world, "theatre-0000").ledger();
      JsonMapper mapper = JsonMapper.builder().build();
      try (BufferedReader lines =
          Files.newBufferedReader(workload.reports(), StandardCharsets.UTF_8)) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          JsonNode root = mapper.readTree(line);
          if (root.get("theatre").asString().equals("theatre-0000")) {
            ledger =
                ledger
                    .append(reader.apply(mapper.writeValueAsString(root.get("event"))))
                    .orElseThrow();
          }
        }
      }
      DataOutputSerializer out = new DataOutputSerializer(1 << 20);
      serializer.serialize(ledger, out);
      bytes = out.getCopyOfBuffer();
      System.out.printf(
          "ledger of %,d events: %,d bytes, %.0f bytes per event%n",
          ledger.size(), bytes.length, (double) bytes.length / ledger.size());
    }
  }

  /**
   * Writes the ledger, as a checkpoint does.
   *
   * @param theatre the ledger
   * @return the bytes written
   * @throws IOException never: the buffer grows
   */
  @Benchmark
  public int serialize(Theatre theatre) throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(theatre.bytes.length);
    theatre.serializer.serialize(theatre.ledger, out);
    return out.length();
  }

  /**
   * Reads the ledger back, as a restore does: the document read and its events merged, every rule
   * checked.
   *
   * @param theatre the bytes
   * @return the ledger read
   * @throws IOException never: the bytes are whole
   */
  @Benchmark
  public Ledger deserialize(Theatre theatre) throws IOException {
    return theatre.serializer.deserialize(new DataInputDeserializer(theatre.bytes));
  }
}
