package dev.custody.benchmarks;

import java.io.File;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Prints the checked replay against the unchecked fold from one JMH run of {@code
 * ReplayBenchmark.(replay|baseline)$} with {@code -prof gc -rf json}: a row per F, with events per
 * second, the benchmark thread's CPU time per event ({@code cpuNanos / costedEvents}), their ratio,
 * and the bytes allocated per event ({@code allocatedBytes / costedEvents}, and {@code
 * gc.alloc.rate.norm / (F + N)}). How the replay table of {@code docs/performance.md} is made:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.custody.benchmarks.ReplayTable replay.json}.
 */
public final class ReplayTable {

  private ReplayTable() {}

  /** One benchmark's figures at one F. */
  private record Figures(
      String events, double cpuPerEvent, double bytesPerEvent, double normPerEvent) {}

  /**
   * Prints the table.
   *
   * @param args the JMH result file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: ReplayTable replay.json");
      System.exit(2);
    }
    Map<Integer, Figures> replay = new TreeMap<>();
    Map<Integer, Figures> baseline = new TreeMap<>();
    for (JsonNode result : new ObjectMapper().readTree(new File(args[0]))) {
      String benchmark = result.get("benchmark").asString();
      int facilities = Integer.parseInt(result.get("params").get("facilities").asString());
      JsonNode secondary = result.get("secondaryMetrics");
      double events = score(secondary, "costedEvents");
      JsonNode rate = secondary.get("events");
      Figures figures =
          new Figures(
              rate == null
                  ? "n/a"
                  : number(rate.get("score").asDouble())
                      + " ± "
                      + number(rate.get("scoreError").asDouble()),
              score(secondary, "cpuNanos") / events,
              score(secondary, "allocatedBytes") / events,
              score(secondary, "gc.alloc.rate.norm") / (facilities + (double) Workload.MOVEMENTS));
      if (benchmark.endsWith(".replay")) {
        replay.put(facilities, figures);
      } else if (benchmark.endsWith(".baseline")) {
        baseline.put(facilities, figures);
      }
    }
    StringBuilder out =
        new StringBuilder(
            "| F | replay, events/s | baseline, events/s | replay CPU/event | baseline CPU/event"
                + " | CPU ratio | replay B/event | baseline B/event |\n"
                + "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
    for (Map.Entry<Integer, Figures> entry : replay.entrySet()) {
      Figures checked = entry.getValue();
      Figures plain = baseline.get(entry.getKey());
      out.append(
          String.format(
              Locale.ROOT,
              "| %,d | %s | %s | %,.0f ns | %s | %s | %,.0f (%,.0f) | %s |%n",
              entry.getKey(),
              checked.events(),
              plain == null ? "n/a" : plain.events(),
              checked.cpuPerEvent(),
              plain == null ? "n/a" : String.format(Locale.ROOT, "%,.0f ns", plain.cpuPerEvent()),
              plain == null
                  ? "n/a"
                  : String.format(Locale.ROOT, "%.1f", checked.cpuPerEvent() / plain.cpuPerEvent()),
              checked.bytesPerEvent(),
              checked.normPerEvent(),
              plain == null
                  ? "n/a"
                  : String.format(
                      Locale.ROOT, "%,.0f (%,.0f)", plain.bytesPerEvent(), plain.normPerEvent())));
    }
    System.out.print(out);
  }

  private static double score(JsonNode secondary, String name) {
    JsonNode metric = secondary.get(name);
    return metric == null ? Double.NaN : metric.get("score").asDouble();
  }

  /** Whole numbers with thousands separated. */
  private static String number(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
