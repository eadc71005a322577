package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.AT_LARGE_SHADDADI;
import static dev.custody.ledger.LedgerTest.DAMASCUS;
import static dev.custody.ledger.LedgerTest.END;
import static dev.custody.ledger.LedgerTest.FIGHTERS;
import static dev.custody.ledger.LedgerTest.IRAQ;
import static dev.custody.ledger.LedgerTest.IRAQ_SITE;
import static dev.custody.ledger.LedgerTest.SDF;
import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.SHADDADI;
import static dev.custody.ledger.LedgerTest.SY;
import static dev.custody.ledger.LedgerTest.SYRIA;
import static dev.custody.ledger.LedgerTest.accepted;
import static dev.custody.ledger.LedgerTest.at;
import static dev.custody.ledger.LedgerTest.id;
import static dev.custody.ledger.LedgerTest.opened;
import static dev.custody.ledger.LedgerTest.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.Reconciliation;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.ClaimId;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Dispute;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Severity;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ledger as known at an instant: only what had been reported by then, and nothing that refers to
 * what was not.
 */
class LedgerKnowledgeTest {

  private static Claim claim(long count, Source source, int reportedDay) {
    return Claim.of(Estimate.exactly(count), source, when(reportedDay, 12));
  }

  /**
   * An escape on the 20th: 150 according to the SDF on the 20th, 200 according to Syria on the
   * 27th.
   */
  private static final DetaineesEscaped ESCAPE =
      DetaineesEscaped.of(
          id("breakout"),
          when(20, 0),
          SDF_SHADDADI,
          Figure.of(claim(150, Source.of(SDF), 20), claim(200, Source.of(SYRIA), 27)));

  /** A recapture on the 22nd, of 80, reported on the 29th only. */
  private static final DetaineesRecaptured RECAPTURE =
      DetaineesRecaptured.of(
          id("recaptured"),
          when(22, 0),
          AT_LARGE_SHADDADI,
          SDF_SHADDADI,
          Figure.of(claim(80, Source.of(SDF), 29)));

  private static Ledger ledger(Event... events) {
    return accepted(opened().merge(List.of(events)));
  }

  @Test
  void aFigureKeepsOnlyTheClaimsReportedByTheKnowledgeTime() {
    Ledger ledger = ledger(ESCAPE);

    Ledger known = ledger.asKnownAt(at(21, 0));

    DetaineesEscaped escape = (DetaineesEscaped) known.event(id("breakout")).orElseThrow();
    assertThat(escape.size().claims()).containsExactly(ESCAPE.size().claims().get(0));
    assertThat(known.situationAt(END).balance(AT_LARGE_SHADDADI).best()).isEqualTo(150);
    assertThat(ledger.situationAt(END).balance(AT_LARGE_SHADDADI).high()).isEqualTo(200);
    assertThat(known.situationAt(END).balance(AT_LARGE_SHADDADI).high()).isEqualTo(150);
  }

  @Test
  void anEventNoneOfWhoseClaimsWasReportedIsLeftOut() {
    Ledger ledger = ledger(ESCAPE, RECAPTURE);

    assertThat(ledger.asKnownAt(at(28, 0)).event(id("recaptured"))).isEmpty();
    assertThat(ledger.asKnownAt(at(30, 0)).event(id("recaptured"))).isPresent();
    assertThat(ledger.asKnownAt(at(19, 0)).event(id("breakout"))).isEmpty();
    assertThat(ledger.asKnownAt(at(19, 0)).size()).isEqualTo(opened().size());
  }

  @Test
  void anEventWithoutFiguresIsKnownFromTheEndOfItsTime() {
    Event change = ControlChanged.of(id("handover"), dayIn(25), SHADDADI, SDF, SYRIA);
    Ledger ledger = ledger(change);

    assertThat(ledger.asKnownAt(LedgerTest.endOf(25).minusSeconds(1)).event(id("handover")))
        .isEmpty();
    assertThat(ledger.asKnownAt(LedgerTest.endOf(25)).event(id("handover"))).contains(change);
  }

  @Test
  void aControlReportIsKnownFromItsReport() {
    Event report =
        ControlReported.held(id("held"), when(21, 0), SHADDADI, SDF, Source.of(SYRIA), when(24, 0));
    Ledger ledger = ledger(report);

    assertThat(ledger.asKnownAt(at(23, 0)).event(id("held"))).isEmpty();
    assertThat(ledger.asKnownAt(at(24, 0)).event(id("held"))).contains(report);
  }

  @Test
  void afterEveryReportTheLedgerAsKnownIsTheLedgerItself() {
    Ledger ledger = ledger(ESCAPE, RECAPTURE);

    assertThat(ledger.asKnownAt(END)).isSameAs(ledger);
    assertThat(ledger.asKnownAt(at(28, 0))).isNotEqualTo(ledger);
  }

  @Test
  void knowingLaterNeverRemovesAClaim() {
    Ledger ledger = ledger(ESCAPE, RECAPTURE);

    Ledger early = ledger.asKnownAt(at(21, 0));
    Ledger late = ledger.asKnownAt(at(28, 0));

    assertThat(early.events().stream().map(Event::id))
        .isSubsetOf(late.events().stream().map(Event::id).toList());
    assertThat(((DetaineesEscaped) late.event(id("breakout")).orElseThrow()).size().claims())
        .containsAll(
            ((DetaineesEscaped) early.event(id("breakout")).orElseThrow()).size().claims());
  }

  @Test
  void aClaimRefutedByALaterReportStandsAsReportedUntilThen() {
    Claim refuting = claim(0, Source.of(SYRIA), 27).withId(ClaimId.of("search"));
    Claim rumour =
        claim(150, Source.of(SDF), 20).withStatus(ClaimStatus.refutedBy(ClaimId.of("search")));
    Figure figure = Figure.of(rumour, refuting);

    Figure early = figure.asKnownAt(at(21, 0)).orElseThrow();

    assertThat(early.claims()).containsExactly(rumour.withStatus(ClaimStatus.reported()));
    assertThat(early.envelope().best()).isEqualTo(150);
    assertThat(figure.asKnownAt(at(28, 0))).contains(figure);
    assertThat(figure.asKnownAt(at(19, 0))).isEmpty();
  }

  @Test
  void aDisputeCountsFromItsReport() {
    Figure figure =
        ESCAPE.size().withDispute(Dispute.of(Source.of(IRAQ), when(23, 0), "no verification"));

    assertThat(figure.asKnownAt(at(22, 0)).orElseThrow().disputes()).isEmpty();
    assertThat(figure.asKnownAt(at(22, 0)).orElseThrow().isDisputed()).isFalse();
    assertThat(figure.asKnownAt(at(28, 0))).contains(figure);
  }

  private static final AgreementId PACT = AgreementId.of("pact");

  /** An agreement concluded some time in January 2026: known only once January is over. */
  private static AgreementConcluded pactInJanuary() {
    return AgreementConcluded.of(
        id("pact-concluded"),
        Agreement.builder()
            .id(PACT)
            .kind(AgreementKind.TRANSFER_ARRANGEMENT)
            .title("Transfer to Iraq")
            .addParties(SDF, IRAQ)
            .concluded(When.inMonth(YearMonth.of(2026, 1), DAMASCUS))
            .addObligations(
                Obligation.of(
                    ObligationId.of("lists"),
                    IRAQ,
                    "receive the lists",
                    Deadline.on(LocalDate.of(2026, 2, 28), DAMASCUS)))
            .build());
  }

  private static TransferPlanned plan(int reportedDay) {
    return planBuilder(reportedDay).build();
  }

  private static TransferPlanned.Builder planBuilder(int reportedDay) {
    return TransferPlanned.builder()
        .id(id("plan"))
        .when(when(21, 0))
        .planner(SDF)
        .cohort(FIGHTERS)
        .originCountry(SY)
        .receiver(IRAQ)
        .size(Figure.of(claim(500, Source.of(SDF), reportedDay)));
  }

  private static DetaineesTransferred underPlan(int reportedDay) {
    return DetaineesTransferred.builder()
        .id(id("first-batch"))
        .when(when(22, 0))
        .from(SDF_SHADDADI)
        .to(IRAQ_SITE)
        .size(Figure.of(claim(100, Source.of(SDF), reportedDay)))
        .plan(id("plan"))
        .build();
  }

  @Test
  void aMovementUnderAPlanNotYetReportedIsLeftOutWithIt() {
    Ledger ledger = ledger(plan(26), underPlan(23));

    Ledger known = ledger.asKnownAt(at(24, 0));

    assertThat(known.event(id("plan"))).isEmpty();
    assertThat(known.event(id("first-batch"))).isEmpty();
    assertThat(known.verdict().errors()).isEmpty();
    assertThat(ledger.asKnownAt(at(27, 0)).event(id("first-batch"))).isPresent();
  }

  @Test
  void eventsUnderAnAgreementNotYetKnownAreLeftOutTransitively() {
    TransferPlanned plan = planBuilder(21).agreement(PACT).build();
    Ledger ledger = ledger(pactInJanuary(), plan, underPlan(22));
    assertThat(ledger.verdict().errors()).isEmpty();

    Ledger known = ledger.asKnownAt(at(30, 0));

    // the plan and the movement are reported by the 30th; but the agreement is only known in
    // February, and with it the plan under it and the movement under the plan
    assertThat(known.event(id("pact-concluded"))).isEmpty();
    assertThat(known.event(id("plan"))).isEmpty();
    assertThat(known.event(id("first-batch"))).isEmpty();
    assertThat(known.verdict().errors()).isEmpty();
    assertThat(ledger.asKnownAt(Instant.parse("2026-02-01T00:00:00Z"))).isSameAs(ledger);
  }

  @Test
  void whatWasKnownEarlierIsNotCheckedAgainstWhatCameLater() {
    // the recapture of 80 reported before any escape figure: the record as known then falls short
    DetaineesEscaped escape =
        DetaineesEscaped.of(
            id("breakout"), when(20, 0), SDF_SHADDADI, Figure.of(claim(150, Source.of(SDF), 27)));
    DetaineesRecaptured recapture =
        DetaineesRecaptured.of(
            id("recaptured"),
            when(22, 0),
            AT_LARGE_SHADDADI,
            SDF_SHADDADI,
            Figure.of(claim(80, Source.of(SDF), 23)));
    Ledger ledger = ledger(escape, recapture);

    Ledger known = ledger.asKnownAt(at(24, 0));

    assertThat(known.events()).contains(recapture).doesNotContain(escape);
    assertThat(known.verdict().violations())
        .extracting(Violation::severity)
        .contains(Severity.ERROR);
  }

  @Test
  void anAggregateGivenTheLedgerAsKnownAnswersAsKnownThen() {
    Ledger ledger = ledger(ESCAPE, RECAPTURE);

    AtLarge early = AtLarge.from(ledger.asKnownAt(at(21, 0)), SHADDADI, END);
    AtLarge late = AtLarge.from(ledger, SHADDADI, END);

    assertThat(early.escaped()).isEqualTo(Estimate.exactly(150));
    assertThat(early.recaptures()).isEmpty();
    assertThat(late.escaped().high()).isEqualTo(200);
    assertThat(late.recaptures()).containsExactly(id("recaptured"));
    assertThat(Reconciliation.of(ledger.asKnownAt(at(21, 0))).conflicting()).isEmpty();
    assertThat(Reconciliation.of(ledger).conflicting()).hasSize(1);
  }

  @Test
  void theKnowledgeTimeIsRequired() {
    assertThatThrownBy(() -> opened().asKnownAt(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("known");
  }

  private static When dayIn(int day) {
    return When.on(LocalDate.of(2026, 1, day), DAMASCUS);
  }
}
