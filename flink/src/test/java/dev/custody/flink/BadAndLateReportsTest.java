package dev.custody.flink;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Event;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import dev.custody.model.EventId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FilterFunction;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the job does with reports that are not clean and in time: lines that are not reports, a
 * theatre without a world, an event the rules reject, a report delivered twice, a transfer that
 * arrives before the plan it names, a report behind the watermark within the allowed lateness and
 * one beyond it; and populations crossing the threshold. One run of the job over the small example
 * case with those lines added; each test checks one of them.
 */
class BadAndLateReportsTest {
  private static final String THEATRE = "small-case";
  private static final String RUN = "bad-and-late-";
  private static final long THRESHOLD = 95;

  @RegisterExtension
  static final MiniClusterExtension CLUSTER =
      new MiniClusterExtension(
          new MiniClusterResourceConfiguration.Builder()
              .setNumberTaskManagers(1)
              .setNumberSlotsPerTaskManager(2)
              .build());

  private static ScenarioReports small;

  @BeforeAll
  static void run(@TempDir Path directory) throws Exception {
    small = Scenarios.all().get(THEATRE);
    List<String> lines = new ArrayList<>();
    lines.add("this is not JSON");
    lines.add("{\"theatre\": \"nowhere\", \"event\": {}}");
    lines.add(
        "{\"theatre\": \"small-case\", \"event\": {\"type\": \"census-taken\", \"id\": \"Not A"
            + " Slug\"}}");
    String caught = null;
    for (ScenarioReports.Line line :
        small.reports().stream().sorted(ScenarioReports.IN_TIME).toList()) {
      if (line.eventId().equals("caught")) {
        caught = line.text(); // held back: it comes late
      } else {
        lines.add(line.text());
      }
      if (line.eventId().equals("north-count")) {
        lines.add(line.text()); // delivered twice
      }
    }
    lines.add(event(CONTROL_TO_A_GHOST));
    lines.add(PAUSE);
    lines.add(caught); // the watermark is about 2026-01-09, 2 days after it: within the lateness
    lines.add(event(TRANSFER_BEFORE_ITS_PLAN));
    lines.add(event(PLAN_AFTER_ITS_TRANSFER));
    lines.add(PAUSE);
    lines.add(event(CENSUS_FAR_TOO_LATE)); // 2026-01-03, 11 days behind: refused
    Path input = directory.resolve("reports.jsonl");
    Files.write(input, lines);

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    CustodyStreams out =
        CustodyJob.builder()
            .world(THEATRE, small.world())
            .outOfOrderness(Duration.ofDays(1))
            .allowedLateness(Duration.ofDays(3))
            .referenceWait(Duration.ofDays(10))
            .populationThreshold(THRESHOLD)
            .build()
            .apply(
                env.fromSource(
                        FileSource.forRecordStreamFormat(
                                new TextLineInputFormat(),
                                new org.apache.flink.core.fs.Path(input.toUri()))
                            .build(),
                        WatermarkStrategy.noWatermarks(),
                        "reports")
                    .setParallelism(1)
                    .filter(new Pause())
                    .setParallelism(1));
    Collected.clear(RUN);
    out.verdicts().sinkTo(Collected.into(RUN + "verdicts"));
    out.alerts().sinkTo(Collected.into(RUN + "alerts"));
    out.snapshots().sinkTo(Collected.into(RUN + "snapshots"));
    out.refused().sinkTo(Collected.into(RUN + "refused"));
    env.execute("bad and late reports");
  }

  @Test
  void linesThatAreNotReportsAreRefusedAndTheJobGoesOn() {
    List<Refusal> refused = Collected.get(RUN + "refused");
    assertThat(refused)
        .filteredOn(r -> r.reason() == Refusal.Reason.UNREADABLE)
        .extracting(Refusal::message)
        .hasSize(2)
        .anyMatch(m -> m.startsWith("not readable as JSON"))
        .anyMatch(m -> m.contains("small-case: $.when: field (when) is required"));
    assertThat(refused)
        .filteredOn(r -> r.reason() == Refusal.Reason.UNKNOWN_THEATRE)
        .extracting(Refusal::theatre)
        .containsExactly("nowhere");
  }

  @Test
  void anEventTheRulesRejectIsRejectedAsByTheLibraryAndAlerted() {
    EventVerdict ghost = verdict("ghost-control");
    assertThat(ghost.accepted()).isFalse();
    assertThat(ghost.verdict()).contains("CUS-005").contains("ghost");
    assertThat(Collected.<Alert>get(RUN + "alerts"))
        .filteredOn(a -> a.kind() == Alert.Kind.RULE_ERROR)
        .extracting(Alert::subject)
        .contains("ghost-control");
  }

  @Test
  void aReportDeliveredTwiceIsTakenOnceAndTheCopyRejected() {
    List<EventVerdict> counts =
        Collected.<EventVerdict>get(RUN + "verdicts").stream()
            .filter(v -> v.eventId().equals("north-count"))
            .toList();
    assertThat(counts).extracting(EventVerdict::accepted).containsExactlyInAnyOrder(true, false);
    assertThat(counts)
        .filteredOn(v -> !v.accepted())
        .first()
        .extracting(EventVerdict::verdict)
        .asString()
        .contains("CUS-010");
  }

  @Test
  void aTransferArrivingBeforeItsPlanWaitsForIt() {
    assertThat(verdict("second-batch").accepted()).isTrue();
    assertThat(verdict("late-plan").accepted()).isTrue();
  }

  @Test
  void aReportWithinTheAllowedLatenessIsInsertedAndOneBeyondItRefused() {
    EventVerdict caught = verdict("caught");
    assertThat(caught.accepted()).isTrue();
    assertThat(caught.late()).isTrue();
    assertThat(Collected.<Refusal>get(RUN + "refused"))
        .filteredOn(r -> r.reason() == Refusal.Reason.TOO_LATE)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.time()).isEqualTo(Instant.parse("2026-01-04T00:00:00Z"));
              assertThat(r.message()).contains("far-too-late").contains("allowed lateness");
            });
  }

  @Test
  void theLastSnapshotIsTheLibrarysLedgerOfTheAcceptedEvents() throws Exception {
    Function<String, Event> reader = CustodyJson.standard().eventReader(small.world(), THEATRE);
    List<Event> accepted = new ArrayList<>();
    for (ScenarioReports.Line line : small.reports()) {
      accepted.add(reader.apply(eventOf(line.text())));
    }
    accepted.add(reader.apply(TRANSFER_BEFORE_ITS_PLAN));
    accepted.add(reader.apply(PLAN_AFTER_ITS_TRANSFER));
    Ledger library = Scenarios.ledger(THEATRE);
    library = Ledger.of(library.world()).merge(accepted).orElseThrow();
    assertThat(library.event(EventId.of("second-batch"))).isPresent();
    SituationSnapshot last =
        Collected.<SituationSnapshot>get(RUN + "snapshots").stream()
            .max(Comparator.comparing(SituationSnapshot::asOf))
            .orElseThrow();
    assertThat(last.situation()).isEqualTo(Scenarios.situation(library, last.asOf()));
    assertThat(last.events()).isEqualTo(library.size());
  }

  @Test
  void populationsCrossingTheThresholdAreAlertedAtTheSnapshots() {
    List<Alert> populations =
        Collected.<Alert>get(RUN + "alerts").stream()
            .filter(
                a ->
                    a.kind() == Alert.Kind.POPULATION_ROSE
                        || a.kind() == Alert.Kind.POPULATION_FELL)
            .sorted(Comparator.comparing(Alert::at))
            .toList();
    // 100 counted on the 2nd, 10 escaped on the 5th: 90 from the snapshot at the end of that day
    assertThat(populations)
        .extracting(a -> a.kind() + " " + a.at() + " " + a.subject())
        .containsExactly(
            "POPULATION_ROSE 2026-01-03T00:00:00Z held by keeper at north-jail: fighters"
                + " affiliated with group",
            "POPULATION_FELL 2026-01-06T00:00:00Z held by keeper at north-jail: fighters"
                + " affiliated with group");
  }

  /**
   * A line that only makes the input wait: watermarks are emitted periodically, so a report meant
   * to come late comes after a pause long enough for the watermark to catch up with the reports
   * before it in every reader.
   */
  private static final String PAUSE = "pause";

  private static final class Pause implements FilterFunction<String> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean filter(String line) throws InterruptedException {
      if (line.equals(PAUSE)) {
        Thread.sleep(2_000);
        return false;
      }
      return true;
    }
  }

  private static EventVerdict verdict(String id) {
    return Collected.<EventVerdict>get(RUN + "verdicts").stream()
        .filter(v -> v.eventId().equals(id))
        .reduce(
            (a, b) -> {
              throw new AssertionError("two verdicts for " + id + ": " + a + ", " + b);
            })
        .orElseThrow(() -> new AssertionError("no verdict for " + id));
  }

  private static String event(String json) {
    return "{\"theatre\": \"small-case\", \"event\": " + json + "}";
  }

  private static String eventOf(String line) {
    return line.substring(line.indexOf("\"event\":") + "\"event\":".length(), line.length() - 1);
  }

  private static final String CONTROL_TO_A_GHOST =
      """
      {"type": "control-changed", "id": "ghost-control", "when": {"day": "2026-01-09"},
       "facility": "north-jail", "from": "keeper", "to": "ghost"}"""
          .replace("\n", " ");

  private static final String TRANSFER_BEFORE_ITS_PLAN =
      """
      {"type": "detainees-transferred", "id": "second-batch", "when": {"day": "2026-01-12"},
       "from": {"kind": "held", "custodian": "keeper", "facility": "north-jail",
                "cohort": "fighters"},
       "to": {"kind": "held", "custodian": "rival", "facility": "border-site", "cohort": "fighters"},
       "size": [{"estimate": "exactly 5", "source": "keeper", "reported": {"day": "2026-01-12"}}],
       "plan": "late-plan"}"""
          .replace("\n", " ");

  private static final String PLAN_AFTER_ITS_TRANSFER =
      """
      {"type": "transfer-planned", "id": "late-plan", "when": {"from": "2026-01-11", "to": "2026-01-14"},
       "planner": "keeper", "cohort": "fighters", "originCountry": "SY", "receiver": "rival",
       "agreement": "pact",
       "size": [{"estimate": "exactly 30", "source": "keeper", "reported": {"day": "2026-01-14"}}]}"""
          .replace("\n", " ");

  private static final String CENSUS_FAR_TOO_LATE =
      """
      {"type": "census-taken", "id": "far-too-late", "when": {"day": "2026-01-03"},
       "scope": {"account": {"kind": "held", "custodian": "rival", "facility": "border-site",
                             "cohort": "fighters"}},
       "count": [{"estimate": "exactly 10", "source": "rival", "reported": {"day": "2026-01-03"}}]}"""
          .replace("\n", " ");
}
