package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.SDF;
import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.SHADDADI;
import static dev.custody.ledger.LedgerTest.SYRIA;
import static dev.custody.ledger.LedgerTest.accepted;
import static dev.custody.ledger.LedgerTest.at;
import static dev.custody.ledger.LedgerTest.id;
import static dev.custody.ledger.LedgerTest.opened;
import static dev.custody.ledger.LedgerTest.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.Event;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** A ledger as known at an instant grows with the instant, up to the ledger itself. */
class LedgerKnowledgeProperties {

  /** An escape's claims: each a count and the January day (19 to 30) it was reported. */
  record Report(int count, int day) {}

  @Provide
  Arbitrary<List<List<Report>>> escapes() {
    Arbitrary<Report> report =
        Combinators.combine(
                Arbitraries.integers().between(0, 100), Arbitraries.integers().between(19, 30))
            .as(Report::new);
    return report.list().ofMinSize(1).ofMaxSize(3).list().ofMaxSize(6);
  }

  private static Ledger ledger(List<List<Report>> escapes, boolean handover) {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < escapes.size(); i++) {
      List<Claim> claims = new ArrayList<>();
      for (Report report : escapes.get(i)) {
        claims.add(
            Claim.of(Estimate.exactly(report.count()), Source.of(SDF), when(report.day(), 6)));
      }
      events.add(
          DetaineesEscaped.of(id("escape-" + i), when(20 + i, 0), SDF_SHADDADI, Figure.of(claims)));
    }
    if (handover) {
      events.add(ControlChanged.of(id("handover"), when(27, 0), SHADDADI, SDF, SYRIA));
    }
    return accepted(opened().merge(events));
  }

  @Property
  void afterEveryReportTheLedgerAsKnownIsTheLedger(
      @ForAll("escapes") List<List<Report>> escapes, @ForAll boolean handover) {
    Ledger ledger = ledger(escapes, handover);

    assertThat(ledger.asKnownAt(at(30, 6))).isSameAs(ledger);
    assertThat(ledger.asKnownAt(at(31, 0))).isEqualTo(ledger);
  }

  @Property
  void knowingLaterNeverRemovesAClaim(
      @ForAll("escapes") List<List<Report>> escapes,
      @ForAll boolean handover,
      @ForAll @IntRange(min = 0, max = 14 * 24) int earlyHours,
      @ForAll @IntRange(min = 0, max = 14 * 24) int moreHours) {
    Ledger ledger = ledger(escapes, handover);
    Instant early = at(18, 0).plusSeconds(3600L * earlyHours);
    Instant late = early.plusSeconds(3600L * moreHours);

    Ledger before = ledger.asKnownAt(early);
    Ledger after = ledger.asKnownAt(late);

    for (Event event : before.events()) {
      Event later = after.event(event.id()).orElseThrow();
      if (event instanceof DetaineesEscaped escape) {
        assertThat(((DetaineesEscaped) later).size().claims()).containsAll(escape.size().claims());
        assertThat(escape.size().claims()).allMatch(c -> c.reported().isCertainlyBy(early));
      } else {
        assertThat(later).isEqualTo(event);
      }
    }
    assertThat(after.size()).isGreaterThanOrEqualTo(before.size());
  }
}
