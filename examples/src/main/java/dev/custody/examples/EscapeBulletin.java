package dev.custody.examples;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.event.AccountKind;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A piece of a newsroom application built on the library: the lines of a bulletin on escapes, one
 * per facility that people escaped from, giving how many are still at large under each source's
 * reading and warning when the sources' escape figures cannot be reconciled.
 *
 * <p>It stands for the applications the testkit serves; {@code EscapeBulletinTest} tests it as such
 * an application would, with the testkit's scenarios, arbitraries and assertions.
 */
public final class EscapeBulletin {

  private EscapeBulletin() {}

  /**
   * Returns the bulletin's lines at {@code asOf}, facilities in id order: "north-prison: over 919
   * still at large according to sdf; between 61 and 77 according to syria-gov. The sources' escape
   * figures conflict." Each source that gave a figure for the escapes from the facility has its
   * reading; a source's reading takes the other figures (the recaptures) from whoever gave them.
   *
   * @param ledger the ledger
   * @param asOf the instant
   * @return the lines, empty when nobody escaped by then
   */
  public static ImmutableList<String> linesAt(Ledger ledger, Instant asOf) {
    checkNotNull(ledger, "ledger");
    checkNotNull(asOf, "asOf");
    Map<FacilityId, SortedSet<ActorId>> sources = escapeSources(ledger, asOf);
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (Map.Entry<FacilityId, SortedSet<ActorId>> facility : sources.entrySet()) {
      StringBuilder line = new StringBuilder(facility.getKey().toString()).append(": ");
      boolean first = true;
      for (ActorId source : facility.getValue()) {
        Ledger read = ledger.withReading(Reading.preferring(source));
        line.append(first ? "" : "; ")
            .append(AtLarge.from(read, facility.getKey(), asOf).stillAtLarge())
            .append(first ? " still at large according to " : " according to ")
            .append(source);
        first = false;
      }
      line.append('.');
      if (conflicts(ledger, facility.getKey(), asOf)) {
        line.append(" The sources' escape figures conflict.");
      }
      lines.add(line.toString());
    }
    return lines.build();
  }

  /** The sources of the escape figures, by facility escaped from, both in id order. */
  private static Map<FacilityId, SortedSet<ActorId>> escapeSources(Ledger ledger, Instant asOf) {
    Map<FacilityId, SortedSet<ActorId>> sources = new TreeMap<>();
    for (Event event : ledger.eventsBy(asOf)) {
      for (Movement movement : event.movements()) {
        if (movement.to().kind() == AccountKind.AT_LARGE) {
          movement
              .to()
              .facility()
              .ifPresent(
                  facility ->
                      movement.size().claims().stream()
                          .map(claim -> claim.source().actor())
                          .forEach(
                              actor ->
                                  sources
                                      .computeIfAbsent(facility, f -> new TreeSet<>())
                                      .add(actor)));
        }
      }
    }
    return sources;
  }

  private static boolean conflicts(Ledger ledger, FacilityId facility, Instant asOf) {
    for (ReportedFigure figure : Reconciliation.of(ledger).conflicting()) {
      Event event = ledger.event(figure.event()).orElseThrow();
      boolean escape =
          event.when().isCertainlyBy(asOf)
              && event.movements().stream()
                  .anyMatch(
                      m ->
                          m.to().kind() == AccountKind.AT_LARGE
                              && m.to().facility().equals(Optional.of(facility)));
      if (escape) {
        return true;
      }
    }
    return false;
  }
}
