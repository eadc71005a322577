package dev.custody.cli;

import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.json.CustodyDocument;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

/** The times a scenario's events span, from which the subcommands take their default instants. */
final class ScenarioSpan {
  private ScenarioSpan() {}

  /** The end of the last event: the instant at which everything the document says is done. */
  static Instant end(CustodyDocument document) {
    return document.events().stream()
        .map(e -> e.when().end())
        .max(Comparator.naturalOrder())
        .orElse(Instant.EPOCH);
  }

  /** The end of the first event that moves or counts people: where a chart of balances starts. */
  static Optional<Instant> firstBalanceChange(CustodyDocument document) {
    return document.events().stream()
        .filter(ScenarioSpan::concernsBalances)
        .map(e -> e.when().end())
        .min(Comparator.naturalOrder());
  }

  private static boolean concernsBalances(Event event) {
    return !event.movements().isEmpty() || event instanceof CensusTaken;
  }
}
