package dev.custody.cli;

import static dev.custody.cli.BadInputCorpusTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.cli.BadInputCorpusTest.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code --known-at}: report, check and chart use only what had been reported by then, and say so.
 * In the reference case, the escape from al-Shaddadi was put at over 1,000 by the SDF and about 150
 * by the government on the 21st, and at up to 200 by a U.S. official on the 22nd; the transfer
 * plan's 7,000 and the census of about 9,000 were published on the 22nd.
 */
class KnownAtCommandTest {
  private static final String FILE = ReferenceScenario.FILE.toString();

  private static final String KNOWN_ON_THE_21ST =
      "known     what was reported by 2026-01-21 24:00 Damascus time (2026-01-21T21:00:00Z)";

  @Test
  void a_report_without_a_knowledge_time_says_it_uses_everything_recorded() {
    Outcome outcome = check("report", FILE);

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out().lines()).contains("known     everything recorded");
    assertThat(outcome.out()).contains("up to 200").contains("7,000");
  }

  @Test
  void a_report_as_known_on_the_first_day_uses_only_what_was_published_by_then() {
    Outcome outcome = check("report", FILE, "--at", "2026-01-22", "--known-at", "2026-01-21");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    String out = outcome.out();
    assertThat(out.lines())
        .contains(
            KNOWN_ON_THE_21ST,
            "ledger    19 actors, 6 facilities, 12 events, 12 of them certainly done by then",
            "verdict   no errors, no warnings, every event checked under this reading");
    // the U.S. official's "up to 200" and the census of about 9,000 came on the 22nd
    assertThat(out).doesNotContain("up to 200").doesNotContain("according to usa");
    assertThat(out).doesNotContain("9,000");
    // the plan's size was published on the 22nd, and the first batch moved under it with it
    assertThat(out).doesNotContain("7,000").doesNotContain("first-batch-to-iraq");
    assertThat(out).containsPattern("according to sdf +over 1,000 +exactly 81 +over 919");
    assertThat(out).contains("al-shaddadi-breakout (detainees-escaped) size: 2 claims, 1 conflict");
  }

  @Test
  void a_report_as_known_on_a_day_stands_at_the_last_event_known_then_not_the_last_recorded() {
    String known = check("report", FILE, "--known-at", "2026-01-21").out();
    String whole = check("report", FILE).out();

    // the last event known on the 21st ends with that day; the record runs to 12 February
    assertThat(known)
        .startsWith("Custody report as of 2026-01-21 24:00 Damascus time (2026-01-21T21:00:00Z)");
    assertThat(whole)
        .startsWith("Custody report as of 2026-02-12 24:00 Damascus time (2026-02-12T21:00:00Z)");
    // --at still chooses the instant
    assertThat(check("report", FILE, "--at", "2026-01-22", "--known-at", "2026-01-21").out())
        .startsWith("Custody report as of 2026-01-22 24:00 Damascus time");
  }

  @Test
  void a_report_as_known_after_every_report_is_the_whole_report_but_for_its_header() {
    String whole = check("report", FILE, "--at", "2026-01-22").out();
    // the last claim was published on 13 February
    String known = check("report", FILE, "--at", "2026-01-22", "--known-at", "2026-02-13").out();

    assertThat(
            known.replace(
                "known     what was reported by 2026-02-13 24:00 Damascus time (2026-02-13T21:00:00Z)",
                "known     everything recorded"))
        .isEqualTo(whole);
  }

  @Test
  void the_markdown_and_json_reports_name_the_knowledge_time() throws Exception {
    String markdown =
        check("report", FILE, "--known-at", "2026-01-21T21:00:00Z", "--format", "markdown").out();
    assertThat(markdown)
        .contains("what was reported by 2026-01-21 24:00 Damascus time (2026-01-21T21:00:00Z)")
        .doesNotContain("up to 200");

    JsonNode json =
        JsonMapper.builder()
            .build()
            .readTree(check("report", FILE, "--known-at", "2026-01-21", "--format", "json").out());
    assertThat(json.get("knowledge").get("knownAt").asString()).isEqualTo("2026-01-21T21:00:00Z");
    assertThat(json.get("knowledge").get("text").asString())
        .startsWith("what was reported by 2026-01-21 24:00");

    JsonNode everything =
        JsonMapper.builder().build().readTree(check("report", FILE, "--format", "json").out());
    assertThat(everything.get("knowledge").get("knownAt").isNull()).isTrue();
    assertThat(everything.get("knowledge").get("text").asString()).isEqualTo("everything recorded");
  }

  @Test
  void check_checks_the_record_as_known_then() {
    Outcome outcome = check("check", FILE, "--known-at", "2026-01-21");

    assertThat(outcome.exitCode()).isZero();
    assertThat(outcome.out())
        .isEqualTo(
            "northeast-syria-2026.json: 12 events as known at 2026-01-21T21:00:00Z, no errors\n");
  }

  @Test
  void check_prints_what_the_record_as_known_then_breaks(@TempDir Path dir) throws Exception {
    // the recaptures were reported on the 21st; had the SDF and the government put a figure on the
    // escape only on the 23rd, the record as known on the 21st would recapture from an unknown
    // number at large, whom no recorded escape put there
    String text =
        Files.readString(ReferenceScenario.FILE)
            .replaceAll(
                "(\"estimate\": \"(over 1,000|about 150 \\(142-158\\))\",\\s+\"source\":"
                    + " \"[a-z-]+\",\\s+\"reported\": \\{\\s+\"day\": )\"2026-01-21\"",
                "$1\"2026-01-23\"");
    Path file = dir.resolve("escape-reported-late.json");
    Files.writeString(file, text);

    Outcome outcome = check("check", file.toString(), "--known-at", "2026-01-21");

    assertThat(Files.readString(file)).isNotEqualTo(Files.readString(ReferenceScenario.FILE));
    assertThat(check("check", file.toString()).exitCode()).isZero();
    assertThat(outcome.exitCode()).as(outcome.both()).isZero();
    assertThat(outcome.out())
        .contains("$.events[13].size: CUS-015 warning in al-shaddadi-recaptures")
        .endsWith(
            "escape-reported-late.json: 11 events as known at 2026-01-21T21:00:00Z, no errors,"
                + " 1 warning\n");
  }

  @Test
  void the_chart_says_its_knowledge_time(@TempDir Path dir) {
    Path png = dir.resolve("known.png");

    Outcome outcome = check("chart", FILE, "-o", png.toString(), "--known-at", "2026-01-21");

    assertThat(outcome.exitCode()).as(outcome.err()).isZero();
    assertThat(outcome.out()).endsWith(", as known at 2026-01-21T21:00:00Z\n");
    assertThat(png).isNotEmptyFile();
  }

  @Test
  void a_knowledge_time_that_is_no_time_is_refused() {
    Outcome outcome = check("report", FILE, "--known-at", "yesterday");

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err()).contains("--known-at").contains("yesterday");
  }
}
