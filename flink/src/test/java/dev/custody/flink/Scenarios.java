package dev.custody.flink;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineExtension;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.event.Event;
import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The example scenarios as the job reads them, and what the library says of them: the expected
 * verdicts, situations and lapsed deadlines every test of the job compares with.
 */
final class Scenarios {
  static final Path DIRECTORY = Path.of("../examples/scenarios");
  static final String REFERENCE = "northeast-syria-2026";

  private Scenarios() {}

  /** Every example scenario, by theatre: the file name without ".json". */
  static Map<String, ScenarioReports> all() {
    Map<String, ScenarioReports> scenarios = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        String theatre = file.getFileName().toString().replaceFirst("\\.json$", "");
        scenarios.put(theatre, ScenarioReports.of(theatre, Files.readString(file)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return scenarios;
  }

  static CustodyJob.Builder job(Map<String, ScenarioReports> scenarios) {
    CustodyJob.Builder builder = CustodyJob.builder();
    scenarios.forEach((theatre, reports) -> builder.world(theatre, reports.world()));
    return builder;
  }

  /**
   * All reports of all scenarios in one stream, shuffled within {@code bound}: each is given a key
   * of its time plus a random delay under the bound and the stream is sorted by key, so that no
   * report comes after one whose time is {@code bound} or more after its own.
   */
  static List<String> shuffledWithin(
      Iterable<ScenarioReports> scenarios, java.time.Duration bound, long seed) {
    Random random = new Random(seed);
    record Keyed(long key, String text) {}
    List<Keyed> keyed = new ArrayList<>();
    for (ScenarioReports scenario : scenarios) {
      for (ScenarioReports.Line line : scenario.reports()) {
        long delay = (long) (random.nextDouble() * (bound.toMillis() - 1));
        keyed.add(new Keyed(line.time().toEpochMilli() + delay, line.text()));
      }
    }
    keyed.sort(Comparator.comparingLong(Keyed::key));
    return keyed.stream().map(Keyed::text).toList();
  }

  /**
   * The ledger the library makes of a scenario's events appended in the job's order: by the end of
   * their time, then the start, and events of the same time by id. The library keeps simultaneous
   * events in the order they were appended (a document's order: at Kuje, the count of 994 when the
   * attack began, the escape, then the 115 who never left, all on the day), which a stream of
   * reports from many feeds does not carry; so the job orders them by id, as it documents, and is
   * compared with the library given them in that order.
   */
  static Ledger ledger(String theatre) {
    try {
      CustodyDocument document =
          CustodyJson.standard()
              .read(Files.readString(DIRECTORY.resolve(theatre + ".json")), theatre);
      List<Event> events = new ArrayList<>(document.events());
      events.sort(
          Comparator.comparing((Event e) -> e.when().end())
              .thenComparing(e -> e.when().start())
              .thenComparing(e -> e.id().toString()));
      AppendResult result = Ledger.of(document.world()).merge(events);
      if (!result.isAccepted()) {
        throw new IllegalStateException(theatre + ": " + result.verdict());
      }
      return result.ledger();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each event's verdict as the library gives it: its own violations, checked in ledger order. */
  static Map<String, String> verdicts(Ledger ledger) {
    Map<String, List<Violation>> byEvent = new LinkedHashMap<>();
    ledger.events().forEach(e -> byEvent.put(e.id().toString(), new ArrayList<>()));
    for (Violation violation : ledger.verdict().violations()) {
      byEvent.get(violation.event().toString()).add(violation);
    }
    Map<String, String> verdicts = new LinkedHashMap<>();
    byEvent.forEach((id, violations) -> verdicts.put(id, Verdict.of(violations).toString()));
    return verdicts;
  }

  /** The situation at {@code asOf} as a snapshot describes it. */
  static String situation(Ledger ledger, Instant asOf) {
    Situation situation = ledger.situationAt(asOf);
    return SituationSnapshot.describe(situation);
  }

  /**
   * Every deadline that lapses unmet, as "agreement/obligation at instant": for each deadline of
   * each obligation, original or extended, the status at its lapse, when that is lapsed under it.
   */
  static TreeSet<String> lapses(Ledger ledger) {
    TreeSet<String> lapses = new TreeSet<>();
    Situation end = ledger.situationAt(Instant.parse("9999-01-01T00:00:00Z"));
    for (Agreement agreement : end.agreements().values()) {
      for (Obligation obligation : agreement.obligations()) {
        List<Deadline> deadlines = new ArrayList<>();
        obligation.deadline().ifPresent(deadlines::add);
        obligation.extensions().stream().map(DeadlineExtension::deadline).forEach(deadlines::add);
        for (Deadline deadline : deadlines) {
          Instant at = deadline.lapsesAt();
          DeadlineStatus status =
              ledger.situationAt(at).statusOf(agreement.id()).get(obligation.id());
          if (status.state() == DeadlineStatus.State.LAPSED
              && status.deadline().orElseThrow().lapsesAt().equals(at)) {
            lapses.add(agreement.id() + "/" + obligation.id() + " at " + at);
          }
        }
      }
    }
    return lapses;
  }
}
