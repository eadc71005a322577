package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.AL_HOL;
import static dev.custody.ledger.LedgerTest.AT_LARGE_SHADDADI;
import static dev.custody.ledger.LedgerTest.END;
import static dev.custody.ledger.LedgerTest.IRAQ_SITE;
import static dev.custody.ledger.LedgerTest.SDF;
import static dev.custody.ledger.LedgerTest.SDF_HASAKAH;
import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.SHADDADI;
import static dev.custody.ledger.LedgerTest.SYRIA;
import static dev.custody.ledger.LedgerTest.SYRIA_HELD;
import static dev.custody.ledger.LedgerTest.USA;
import static dev.custody.ledger.LedgerTest.accepted;
import static dev.custody.ledger.LedgerTest.at;
import static dev.custody.ledger.LedgerTest.day;
import static dev.custody.ledger.LedgerTest.id;
import static dev.custody.ledger.LedgerTest.opened;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.ControlChanged;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Movement;
import dev.custody.event.ObligationMet;
import dev.custody.model.AgreementId;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.ObligationId;
import dev.custody.model.Reading;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Situation}: balances (unknown for an untouched account), controllers, the status of an
 * agreement's obligations at the situation's instant, equality and text. Uses the fixture of {@link
 * LedgerTest}.
 */
class SituationTest {
  static final AgreementId CEASEFIRE = AgreementId.of("ceasefire");
  static final ObligationId INTEGRATION = ObligationId.of("decide-integration");
  static final ObligationId HAND_OVER = ObligationId.of("hand-over-lists");
  static final Deadline BY_22 = Deadline.on(LocalDate.of(2026, 1, 22), LedgerTest.DAMASCUS);
  static final Deadline BY_24 = Deadline.on(LocalDate.of(2026, 1, 24), LedgerTest.DAMASCUS);
  static final Deadline BY_28 = Deadline.on(LocalDate.of(2026, 1, 28), LedgerTest.DAMASCUS);

  /** Concluded on the 20th; the lists handed over on the 21st; integration extended on the 23rd. */
  static Ledger withCeasefire() {
    Agreement ceasefire =
        Agreement.builder()
            .id(CEASEFIRE)
            .kind(AgreementKind.CEASEFIRE)
            .title("Ceasefire")
            .addParties(SDF, SYRIA)
            .concluded(day(20))
            .addObligations(
                Obligation.of(INTEGRATION, SDF, "decide on integration", BY_24),
                Obligation.of(HAND_OVER, SDF, "hand over the lists", BY_22))
            .build();
    return accepted(
        opened()
            .appendAll(
                List.of(
                    AgreementConcluded.of(id("ceasefire-agreed"), ceasefire),
                    ObligationMet.of(id("lists-handed-over"), day(21), CEASEFIRE, HAND_OVER),
                    DeadlineExtended.of(
                        id("integration-extended"), day(23), CEASEFIRE, INTEGRATION, BY_28))));
  }

  private static DeadlineStatus.State state(Situation situation, ObligationId obligation) {
    return situation.statusOf(CEASEFIRE).get(obligation).state();
  }

  // ------------------------------------------------------------------------------------------
  // balances

  @Test
  void theBalanceOfAnUntouchedAccountIsUnknown() {
    Situation situation = opened().situationAt(END);

    assertThat(situation.balances()).doesNotContainKey(SDF_HASAKAH);
    assertThat(situation.balance(SDF_HASAKAH)).isEqualTo(Estimate.unknown());
    assertThat(situation.balance(Account.released(LedgerTest.FIGHTERS)))
        .isEqualTo(Estimate.unknown());
    // counted accounts are known, zero included
    assertThat(situation.balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(1_000));
    assertThat(situation.balance(AT_LARGE_SHADDADI)).isEqualTo(Estimate.exactly(0));
    assertThat(situation.balances())
        .containsOnlyKeys(SDF_SHADDADI, AT_LARGE_SHADDADI, IRAQ_SITE, SYRIA_HELD);
  }

  @Test
  void aMovementIntoAnUntouchedAccountMakesItAtLeastThatMany() {
    Ledger ledger =
        accepted(
            opened()
                .append(
                    LedgerTest.transfer(
                        "to-hasakah", LedgerTest.when(20, 0), SDF_SHADDADI, SDF_HASAKAH, 100)));

    Estimate hasakah = ledger.situationAt(END).balance(SDF_HASAKAH);

    assertThat(hasakah.low()).isEqualTo(100);
    assertThat(hasakah.hasUpperBound()).isFalse();
  }

  @Test
  void asOfAndReadingAreThoseAskedFor() {
    Situation situation = opened().withReading(Reading.preferring(USA)).situationAt(at(25, 6));

    assertThat(situation.asOf()).isEqualTo(at(25, 6));
    assertThat(situation.reading()).isEqualTo(Reading.preferring(USA));
  }

  // ------------------------------------------------------------------------------------------
  // controllers

  @Test
  void controllerOfIsTheControllerAtThatInstant() {
    Ledger ledger =
        accepted(opened().append(ControlChanged.of(id("taken"), day(23), SHADDADI, SDF, SYRIA)));

    assertThat(ledger.situationAt(at(20, 0)).controllerOf(SHADDADI)).contains(SDF);
    assertThat(ledger.situationAt(END).controllerOf(SHADDADI)).contains(SYRIA);
    assertThat(ledger.situationAt(END).controllerOf(AL_HOL)).isEmpty();
    assertThat(ledger.situationAt(END).controllers()).containsExactly(Map.entry(SHADDADI, SYRIA));
  }

  // ------------------------------------------------------------------------------------------
  // agreements

  @Test
  void anAgreementIsUnknownBeforeItsConclusionHasCertainlyHappened() {
    Situation during = withCeasefire().situationAt(at(20, 12));

    assertThat(during.agreements()).isEmpty();
    assertThat(during.statusOf(CEASEFIRE)).isEmpty();
  }

  @Test
  void statusOfGivesEachObligationAtTheSituationsInstant() {
    Ledger ledger = withCeasefire();

    Situation dayAfter = ledger.situationAt(at(21, 12));
    assertThat(dayAfter.agreements()).containsOnlyKeys(CEASEFIRE);
    assertThat(dayAfter.statusOf(CEASEFIRE).keySet()).containsExactly(INTEGRATION, HAND_OVER);
    assertThat(state(dayAfter, INTEGRATION)).isEqualTo(DeadlineStatus.State.PENDING);
    assertThat(state(dayAfter, HAND_OVER)).isEqualTo(DeadlineStatus.State.PENDING);

    Situation handedOver = ledger.situationAt(at(22, 0));
    assertThat(state(handedOver, HAND_OVER)).isEqualTo(DeadlineStatus.State.MET);
    assertThat(handedOver.statusOf(CEASEFIRE).get(HAND_OVER).settled()).contains(day(21));
    assertThat(state(handedOver, INTEGRATION)).isEqualTo(DeadlineStatus.State.PENDING);
    assertThat(handedOver.statusOf(CEASEFIRE).get(INTEGRATION).deadline()).contains(BY_24);

    Situation extended = ledger.situationAt(at(25, 0));
    assertThat(state(extended, INTEGRATION)).isEqualTo(DeadlineStatus.State.EXTENDED);
    assertThat(extended.statusOf(CEASEFIRE).get(INTEGRATION).deadline()).contains(BY_28);

    Situation lapsed = ledger.situationAt(at(29, 0));
    assertThat(state(lapsed, INTEGRATION)).isEqualTo(DeadlineStatus.State.LAPSED);
    assertThat(state(lapsed, HAND_OVER)).isEqualTo(DeadlineStatus.State.MET);
  }

  @Test
  void theExtensionCountsOnlyOnceItsDecisionHasCertainlyHappened() {
    Ledger ledger = withCeasefire();

    // during the 23rd, Damascus time, the extension decided that day is not yet certain: the
    // original deadline, the 24th, is still in force
    Situation onTheDeadline = ledger.situationAt(at(23, 12));
    assertThat(state(onTheDeadline, INTEGRATION)).isEqualTo(DeadlineStatus.State.PENDING);
    assertThat(
            onTheDeadline
                .agreements()
                .get(CEASEFIRE)
                .obligation(INTEGRATION)
                .orElseThrow()
                .extensions())
        .isEmpty();
  }

  @Test
  void statusOfAnAgreementNeverConcludedIsEmpty() {
    assertThat(withCeasefire().situationAt(END).statusOf(AgreementId.of("truce"))).isEmpty();
  }

  // ------------------------------------------------------------------------------------------
  // equality, text, nulls

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(opened().situationAt(END), opened().situationAt(END))
        .addEqualityGroup(opened().situationAt(at(30, 0)))
        .addEqualityGroup(opened().withReading(Reading.consensus()).situationAt(END))
        .addEqualityGroup(withCeasefire().situationAt(END), withCeasefire().situationAt(END))
        .addEqualityGroup(Ledger.of(LedgerTest.WORLD).situationAt(END))
        .testEquals();
  }

  @Test
  void toStringCountsAccountsControlledFacilitiesAndAgreements() {
    assertThat(Ledger.of(LedgerTest.WORLD).situationAt(END))
        .hasToString(
            "situation at 2026-01-31T00:00:00Z (envelope): 0 accounts, 0 controlled facilities, 0"
                + " agreements");
    assertThat(opened().situationAt(END))
        .hasToString(
            "situation at 2026-01-31T00:00:00Z (envelope): 4 accounts, 1 controlled facility, 0"
                + " agreements");
    assertThat(withCeasefire().withReading(Reading.preferring(USA)).situationAt(END))
        .hasToString(
            "situation at 2026-01-31T00:00:00Z (according to usa): 4 accounts, 1 controlled"
                + " facility, 1 agreement");
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(Account.class, SDF_SHADDADI)
        .setDefault(FacilityId.class, SHADDADI)
        .setDefault(AgreementId.class, CEASEFIRE)
        .setDefault(Instant.class, END)
        .setDefault(Reading.class, Reading.envelope())
        .setDefault(EventId.class, EventId.of("a-movement"))
        .setDefault(
            Movement.class, Movement.of(SDF_SHADDADI, AT_LARGE_SHADDADI, LedgerTest.exactly(1)))
        .testAllPublicInstanceMethods(withCeasefire().situationAt(END));
  }
}
