package dev.custody.benchmarks;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Prints the results of JMH runs ({@code -rf json}) as one Markdown table, a column per run, a row
 * per benchmark and parameters: how the figures of {@code docs/performance.md} are made. {@code
 * java -cp benchmarks/target/benchmarks.jar dev.custody.benchmarks.JmhTable before.json after.json}
 * prints each primary score as the mean ± JMH's 99.9% error, with the individual iterations in
 * brackets.
 */
public final class JmhTable {

  private JmhTable() {}

  /**
   * Prints the table.
   *
   * @param args the JMH result files, one column each, named by the file name without {@code .json}
   */
  public static void main(String[] args) {
    ObjectMapper mapper = new ObjectMapper();
    Map<String, String[]> rows = new LinkedHashMap<>();
    List<String> columns = new ArrayList<>();
    for (int c = 0; c < args.length; c++) {
      File file = new File(args[c]);
      columns.add(file.getName().replaceFirst("\\.json$", ""));
      for (JsonNode result : mapper.readTree(file)) {
        String benchmark =
            result.get("benchmark").asString().replaceFirst(".*\\.(\\w+\\.\\w+)$", "$1");
        StringBuilder params = new StringBuilder();
        JsonNode given = result.get("params");
        if (given != null) {
          given
              .properties()
              .forEach(
                  p ->
                      params
                          .append(p.getKey())
                          .append(" = ")
                          .append(p.getValue().asString())
                          .append(", "));
        }
        String key =
            "| "
                + benchmark
                + " | "
                + (params.length() == 0 ? "" : params.substring(0, params.length() - 2))
                + " |";
        rows.computeIfAbsent(key, k -> new String[args.length])[c] =
            cell(result.get("primaryMetric"));
      }
    }
    StringBuilder out = new StringBuilder("| Benchmark | Parameters |");
    columns.forEach(name -> out.append(' ').append(name).append(" |"));
    out.append("\n| --- | --- |");
    columns.forEach(name -> out.append(" ---: |"));
    out.append('\n');
    rows.forEach(
        (key, cells) -> {
          out.append(key);
          for (String cell : cells) {
            out.append(' ').append(cell == null ? "" : cell).append(" |");
          }
          out.append('\n');
        });
    System.out.print(out);
  }

  private static String cell(JsonNode metric) {
    StringBuilder iterations = new StringBuilder();
    for (JsonNode fork : metric.get("rawData")) {
      for (JsonNode value : fork) {
        iterations.append(iterations.length() == 0 ? "" : ", ").append(number(value.asDouble()));
      }
    }
    return number(metric.get("score").asDouble())
        + " ± "
        + number(metric.get("scoreError").asDouble())
        + " "
        + metric.get("scoreUnit").asString()
        + " ("
        + iterations
        + ")";
  }

  /** Three significant figures, with thousands separated. */
  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    double magnitude = Math.abs(value);
    int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : magnitude >= 1 ? 2 : 3;
    double rounded =
        magnitude >= 1_000
            ? Math.round(value / Math.pow(10, (int) Math.log10(magnitude) - 2))
                * Math.pow(10, (int) Math.log10(magnitude) - 2)
            : value;
    return String.format(Locale.ROOT, "%,." + decimals + "f", rounded);
  }
}
