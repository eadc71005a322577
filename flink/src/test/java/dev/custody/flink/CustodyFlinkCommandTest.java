package dev.custody.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command behind {@code ./custody-flink}: over the example scenarios on a local Flink it prints
 * the alerts, the reference case's integration deadline lapsing among them; {@code split} cuts
 * scenarios into the job's input, and {@code run} over that input prints the same alerts.
 */
class CustodyFlinkCommandTest {
  private static final String INTEGRATION_LAPSED =
      "2026-01-24T21:00:00Z northeast-syria-2026 DEADLINE_LAPSED"
          + " ceasefire-2026-01-20/decide-integration: sdf to decide how to integrate its military"
          + " and civilian institutions into the Damascus administration: not met by end of"
          + " 2026-01-24 (Asia/Damascus) (2026-01-24T21:00:00Z)";

  @Test
  void theExampleScenariosGiveTheirAlertsAndTheSplitInputTheSame(@TempDir Path directory)
      throws Exception {
    String reference = "../examples/scenarios/northeast-syria-2026.json";
    String small = "../examples/scenarios/small-case.json";
    Output scenarios = run("--threshold", "100", reference, small);
    assertThat(scenarios.code).isZero();
    assertThat(scenarios.out)
        .contains("31 events accepted, 0 rejected, 0 lines refused")
        .contains("alerts (6):")
        .contains("  " + INTEGRATION_LAPSED + "\n")
        .contains("small-case POPULATION_FELL held by keeper at north-jail")
        .contains("  northeast-syria-2026 at 2026-02-13T00:00:00Z, 20 events: situation at");

    Output split = run("split", "--out", directory.toString(), reference, small);
    assertThat(split.code).isZero();
    assertThat(directory.resolve("worlds/northeast-syria-2026.json")).exists();
    assertThat(Files.readAllLines(directory.resolve("reports.jsonl"))).hasSize(31);

    Output fromFiles =
        run(
            "run",
            "--worlds",
            directory.resolve("worlds").toString(),
            "--reports",
            directory.resolve("reports.jsonl").toString(),
            "--threshold",
            "100",
            "--parallelism",
            "2");
    assertThat(fromFiles.code).isZero();
    assertThat(alerts(fromFiles.out)).isEqualTo(alerts(scenarios.out));
  }

  @Test
  void argumentsThatCannotBeUsedAreReportedWithExitCode2(@TempDir Path directory) throws Exception {
    assertThat(run("--threshold", "many", "x.json").err).contains("--threshold (many)");
    assertThat(run("--threshold", "many", "x.json").code).isEqualTo(2);
    assertThat(run("no-such-file.json").err).contains("no such file: no-such-file.json");
    assertThat(run("run", "--worlds", "somewhere").err).contains("run needs --worlds DIR");
    assertThat(run("split", "x.json").err).contains("split needs --out DIR");
    assertThat(run().err).contains("no scenario files given");
    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"custody/1\"}");
    Output unreadable = run(broken.toString());
    assertThat(unreadable.code).isEqualTo(2);
    assertThat(unreadable.err).contains("broken: $.title: field (title) is required");
  }

  private static String alerts(String out) {
    return out.substring(out.indexOf("alerts ("), out.indexOf("last snapshots:"));
  }

  private record Output(int code, String out, String err) {}

  private static Output run(String... args) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        CustodyFlink.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Output(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
