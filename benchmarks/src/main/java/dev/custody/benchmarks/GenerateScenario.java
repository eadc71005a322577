package dev.custody.benchmarks;

import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the {@link Workload} of a given size as a scenario file, for timing the command on it:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.custody.benchmarks.GenerateScenario 100 9900
 * scenario.json} writes 100 opening censuses and 9,900 transfers, all accepted; a file named {@code
 * *.jsonl} is written as JSON Lines.
 */
public final class GenerateScenario {

  private GenerateScenario() {}

  /**
   * Writes the scenario.
   *
   * @param args the number of facilities (at least 2), of transfers, and the file to write
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GenerateScenario FACILITIES TRANSFERS FILE");
      System.exit(2);
      return;
    }
    Workload workload = Workload.of(Integer.parseInt(args[0]), Integer.parseInt(args[1]));
    CustodyDocument document =
        CustodyDocument.of(
            "Generated: " + workload.events().size() + " events",
            workload.world(),
            workload.events());
    Path file = Path.of(args[2]);
    if (file.toString().endsWith(".jsonl")) {
      CustodyJson.standard().writeLines(document, file);
    } else {
      CustodyJson.standard().write(document, file);
    }
  }
}
