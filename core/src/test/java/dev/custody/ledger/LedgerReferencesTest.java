package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.END;
import static dev.custody.ledger.LedgerTest.FIGHTERS;
import static dev.custody.ledger.LedgerTest.IRAQ;
import static dev.custody.ledger.LedgerTest.IRAQ_SITE;
import static dev.custody.ledger.LedgerTest.OPENING;
import static dev.custody.ledger.LedgerTest.SDF;
import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.SY;
import static dev.custody.ledger.LedgerTest.WORLD;
import static dev.custody.ledger.LedgerTest.accepted;
import static dev.custody.ledger.LedgerTest.day;
import static dev.custody.ledger.LedgerTest.escape;
import static dev.custody.ledger.LedgerTest.exactly;
import static dev.custody.ledger.LedgerTest.id;
import static dev.custody.ledger.LedgerTest.opened;
import static dev.custody.ledger.LedgerTest.transfer;
import static dev.custody.ledger.LedgerTest.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import dev.custody.event.TransferPlanned;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.ObligationId;
import dev.custody.model.Reading;
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import dev.custody.rules.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An event may refer to one recorded after it in time order, and among events of the same time an
 * event comes after those it refers to: so the events of a ledger are a set, which gives the same
 * ledger in whatever order it arrives, but for the order of simultaneous events that do not refer
 * to one another.
 */
class LedgerReferencesTest {
  private static final AgreementId PACT = AgreementId.of("pact");
  private static final ObligationId LISTS = ObligationId.of("lists");

  private static TransferPlanned plan(When when) {
    return TransferPlanned.builder()
        .id(id("plan"))
        .when(when)
        .planner(SDF)
        .cohort(FIGHTERS)
        .originCountry(SY)
        .receiver(IRAQ)
        .agreement(PACT)
        .size(exactly(500))
        .build();
  }

  private static DetaineesTransferred underPlan(String id, When when, long count) {
    return DetaineesTransferred.builder()
        .id(id(id))
        .when(when)
        .from(SDF_SHADDADI)
        .to(IRAQ_SITE)
        .size(exactly(count))
        .plan(id("plan"))
        .build();
  }

  private static AgreementConcluded pact(When concluded) {
    return AgreementConcluded.of(
        id("pact-concluded"),
        Agreement.builder()
            .id(PACT)
            .kind(AgreementKind.TRANSFER_ARRANGEMENT)
            .title("Transfer to Iraq")
            .addParties(SDF, IRAQ)
            .concluded(concluded)
            .addObligations(
                Obligation.of(
                    LISTS,
                    IRAQ,
                    "receive the lists",
                    Deadline.on(LocalDate.of(2026, 1, 30), LedgerTest.DAMASCUS)))
            .build());
  }

  private static When span(int first, int last) {
    return When.between(
        LocalDate.of(2026, 1, first), LocalDate.of(2026, 1, last), LedgerTest.DAMASCUS);
  }

  @Test
  void aTransferInsideTheSpanOfItsPlanSortsBeforeItAndIsAccepted() {
    Event plan = plan(span(19, 28));
    Event transfer = underPlan("first-batch", when(21, 0), 100);

    Ledger ledger = accepted(opened().appendAll(List.of(pact(day(19)), plan, transfer)));

    assertThat(ledger.events().subList(OPENING.size(), ledger.size()))
        .extracting(Event::id)
        .containsExactly(id("pact-concluded"), id("first-batch"), id("plan"));
    assertThat(ledger.verdict().errors()).isEmpty();
    assertThat(ledger.situationAt(END).balance(IRAQ_SITE).best()).isEqualTo(100);
  }

  @Test
  void aSetMergedInAnyOrderGivesTheSameLedger() {
    List<Event> events = new ArrayList<>(OPENING);
    events.add(pact(day(19)));
    events.add(plan(span(19, 28)));
    events.add(underPlan("first-batch", when(21, 0), 100));
    events.add(underPlan("second-batch", when(22, 0), 200));
    Ledger inOrder = accepted(Ledger.of(WORLD).appendAll(events));
    List<Event> reversed = new ArrayList<>(events);
    Collections.reverse(reversed);

    Ledger merged = accepted(Ledger.of(WORLD).merge(reversed));

    // the opening's four censuses of 18 January 01:00 tie: they keep the order given
    assertThat(merged.events().subList(5, merged.size()))
        .isEqualTo(inOrder.events().subList(5, inOrder.size()));
    assertThat(merged.events().subList(1, 5))
        .containsExactlyElementsOf(reversed.subList(reversed.size() - 5, reversed.size() - 1));
  }

  @Test
  void amongEventsOfTheSameTimeAReferentComesFirst() {
    Event concluded = pact(day(19));
    Event plan = plan(day(19));
    Event transfer = underPlan("first-batch", day(19), 100);
    Event met = ObligationMet.of(id("lists-received"), day(19), PACT, LISTS);
    Event extended =
        DeadlineExtended.of(
            id("lists-later"),
            day(19),
            PACT,
            LISTS,
            Deadline.on(LocalDate.of(2026, 2, 6), LedgerTest.DAMASCUS));
    Event escape = escape("breakout", day(19), 10);

    Ledger merged =
        accepted(opened().merge(List.of(transfer, escape, extended, met, plan, concluded)));

    assertThat(merged.events().subList(OPENING.size(), merged.size()))
        .containsExactly(escape, concluded, extended, met, plan, transfer);
  }

  @Test
  void aLateSetIsCheckedWithoutTheEventsItRejects() {
    // the first release overdraws al-Shaddadi; the second would only overdraw after it
    Event tooMany = transfer("too-many", when(20, 0), SDF_SHADDADI, IRAQ_SITE, 1_500);
    Event fits = transfer("fits", when(21, 0), SDF_SHADDADI, IRAQ_SITE, 600);

    AppendResult merged = opened().merge(List.of(fits, tooMany));

    assertThat(merged.isAccepted()).isFalse();
    assertThat(merged.verdict().errors())
        .extracting(Violation::event, Violation::rule)
        .containsExactly(tuple(id("too-many"), Rule.ACCOUNT_OVERDRAWN));
  }

  @Test
  void theVerdictOfALedgerFoldsEveryEventWhateverItBreaks() {
    // SDF says 600 moved, Iraq 1,200: the envelope allows it, Iraq's reading overdraws
    Figure disputed =
        Figure.of(
            Claim.of(Estimate.exactly(600), Source.of(SDF), when(20, 0)),
            Claim.of(Estimate.exactly(1_200), Source.of(IRAQ), when(20, 0)));
    Event first =
        DetaineesTransferred.builder()
            .id(id("disputed"))
            .when(when(20, 0))
            .from(SDF_SHADDADI)
            .to(IRAQ_SITE)
            .size(disputed)
            .build();
    Event second = transfer("more", when(22, 0), SDF_SHADDADI, IRAQ_SITE, 300);
    Ledger ledger = accepted(opened().appendAll(List.of(first, second)));

    Ledger underIraq = ledger.withReading(Reading.preferring(IRAQ));

    // the ledger holds both: the second is checked after the first, as recorded
    assertThat(underIraq.verdict().errors())
        .extracting(Violation::event, Violation::rule)
        .containsExactly(
            tuple(id("disputed"), Rule.ACCOUNT_OVERDRAWN),
            tuple(id("more"), Rule.ACCOUNT_OVERDRAWN));
  }
}
