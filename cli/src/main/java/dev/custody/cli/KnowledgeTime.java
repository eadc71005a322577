package dev.custody.cli;

import dev.custody.ledger.Ledger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --known-at} option of the commands that read a scenario's facts: the knowledge time,
 * after which nothing reported counts ({@link Ledger#asKnownAt(Instant)}).
 */
final class KnowledgeTime {

  @Option(
      names = "--known-at",
      paramLabel = "INSTANT|DATE",
      converter = TimeArgument.Converter.class,
      description =
          "Use only what had been reported by then: claims reported later, and the events known"
              + " only through them, are left out. A date means the end of that day in the"
              + " scenario's zone (--known-at 2026-01-20 is 2026-01-20 24:00 there). Default:"
              + " everything recorded.")
  private Optional<TimeArgument> knownAt = Optional.empty();

  /** The knowledge time in {@code zone}, the scenario's; empty for everything recorded. */
  Optional<Instant> in(ZoneId zone) {
    return knownAt.map(k -> k.endIn(zone));
  }

  /** {@code ledger} as known at the knowledge time, or {@code ledger} itself without one. */
  Ledger apply(Ledger ledger, ZoneId zone) {
    return in(zone).map(ledger::asKnownAt).orElse(ledger);
  }
}
