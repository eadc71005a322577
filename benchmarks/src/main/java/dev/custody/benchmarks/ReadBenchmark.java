package dev.custody.benchmarks;

import dev.custody.json.CustodyJson;
import dev.custody.json.InvalidDocumentException;
import dev.custody.json.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading a hostile document: {@code custody/1} with n events that are each an empty object ({@code
 * {}}), every one a problem ("field (type) is required"). The reader lists the first 100 problems
 * and counts the rest, so the time per document should grow linearly in n: 3 bytes and one problem
 * per event. The score is milliseconds per document, from bytes to the refusal.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmark {

  /** A document of n empty events, as bytes. */
  @State(Scope.Benchmark)
  public static class EmptyEvents {
    /** n: the number of empty events. */
    @Param({"10000", "100000", "1000000"})
    public int events;

    byte[] document;

    /** Writes the document and checks that reading refuses it with a problem per event. */
    @Setup(Level.Trial)
    public void build() throws IOException {
      StringBuilder json =
          new StringBuilder(
              "{\"format\": \"custody/1\", \"title\": \"t\", \"actors\": [], \"facilities\": [],"
                  + " \"events\": [");
      for (int i = 0; i < events; i++) {
        json.append(i == 0 ? "{}" : ",{}");
      }
      document = json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
      String last = read(document).get(100).message();
      if (!last.equals(String.format("and %,d more problems", events - 100))) {
        throw new IllegalStateException("expected a problem for every event, not " + last);
      }
    }
  }

  static List<Problem> read(byte[] document) throws IOException {
    try {
      CustodyJson.standard().read(new ByteArrayInputStream(document), "empty-events.json");
    } catch (InvalidDocumentException e) {
      return e.problems();
    }
    throw new IllegalStateException("a document of empty events was read");
  }

  /**
   * Reads the document of n empty events to its refusal.
   *
   * @param document the document
   * @return the number of problems listed, so that the work is not optimised away
   * @throws IOException never: the bytes are in memory
   */
  @Benchmark
  public int emptyEvents(EmptyEvents document) throws IOException {
    return read(document.document).size();
  }
}
