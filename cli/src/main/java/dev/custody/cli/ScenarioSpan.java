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

  /**
   * The end of the last event known at {@code known}, or of the last event without a knowledge
   * time: a report as known on a day stands at the last thing known by then, not at an event nobody
   * had yet heard of. With nothing known by then, the knowledge time itself.
   */
  static Instant end(CustodyDocument document, Optional<Instant> known) {
    if (known.isEmpty()) {
      return end(document);
    }
    return document.ledger().asKnownAt(known.get()).events().stream()
        .map(e -> e.when().end())
        .max(Comparator.naturalOrder())
        .orElse(known.get());
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
