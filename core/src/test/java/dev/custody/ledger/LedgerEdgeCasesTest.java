package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Edge cases of the ledger: events before their agreement, overflow, late meetings. */
class LedgerEdgeCasesTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId SYRIA = ActorId.of("syria-gov");
  private static final ActorId ISIS = ActorId.of("isis");
  private static final FacilityId A = FacilityId.of("prison-a");
  private static final FacilityId B = FacilityId.of("prison-b");
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);
  private static final AgreementId CEASEFIRE = AgreementId.of("ceasefire");
  private static final ObligationId DECIDE = ObligationId.of("decide");
  private static final When JAN_20 = When.on(LocalDate.of(2026, 1, 20), DAMASCUS);

  private static final World WORLD =
      World.of(
          List.of(
              Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(SYRIA, "Government of Syria", ActorKind.STATE),
              Actor.of(ISIS, "Islamic State", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(A, "Prison A", FacilityKind.PRISON, Location.in(CountryCode.of("SY"))),
              Facility.of(B, "Prison B", FacilityKind.PRISON, Location.in(CountryCode.of("SY")))));

  private static final Event CEASEFIRE_AGREED =
      AgreementConcluded.of(
          EventId.of("ceasefire-agreed"),
          Agreement.builder()
              .id(CEASEFIRE)
              .kind(AgreementKind.CEASEFIRE)
              .title("Ceasefire")
              .addParties(SDF, SYRIA)
              .concluded(JAN_20)
              .addObligations(
                  Obligation.of(DECIDE, SDF, "decide", Deadline.daysAfter(JAN_20, 4, DAMASCUS)))
              .build());

  private static When at(String instant) {
    return When.at(Instant.parse(instant));
  }

  private static Figure exactly(long count) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(SDF), JAN_20));
  }

  private static Event census(String id, FacilityId facility, long count) {
    return CensusTaken.of(
        EventId.of(id),
        at("2026-01-18T00:00:00Z"),
        CensusScope.account(Account.heldAt(SDF, facility, FIGHTERS)),
        exactly(count));
  }

  private static Event transfer(String id, String when, FacilityId from, FacilityId to, long n) {
    return DetaineesTransferred.builder()
        .id(EventId.of(id))
        .when(at(when))
        .from(Account.heldAt(SDF, from, FIGHTERS))
        .to(Account.heldAt(SDF, to, FIGHTERS))
        .size(exactly(n))
        .build();
  }

  @Test
  void an_obligation_met_before_the_ledger_places_its_agreement_is_rejected() {
    Ledger ledger = Ledger.of(WORLD).append(CEASEFIRE_AGREED).ledger();
    // within the day of the ceasefire, so not certainly before it, but ordered before it
    Event met = ObligationMet.of(EventId.of("met"), at("2026-01-20T10:00:00Z"), CEASEFIRE, DECIDE);

    AppendResult result = ledger.append(met);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.verdict().breaks(Rule.UNKNOWN_REFERENCE)).isTrue();
    assertThat(result.verdict().errors().get(0).message())
        .contains("agreement (ceasefire) is only concluded later in the ledger");
    assertThat(result.ledger()).isSameAs(ledger);
  }

  @Test
  void an_overflow_leaves_every_ledger_as_it_was() {
    Ledger opened =
        Ledger.of(WORLD)
            .appendAll(List.of(census("count-a", A, 10), census("count-b", B, Estimate.MAX_COUNT)))
            .ledger();
    Event overflowing = transfer("overflowing", "2026-01-19T00:00:00Z", A, B, 1);

    assertThatExceptionOfType(ArithmeticException.class)
        .isThrownBy(() -> opened.append(overflowing))
        .withMessage(
            "Estimate.plus: exactly 1,000,000,000,000,000 plus exactly 1 (high end"
                + " 1,000,000,000,000,001) must not exceed the largest count, Estimate.MAX_COUNT"
                + " (1,000,000,000,000,000)");

    assertThat(opened.event(EventId.of("overflowing"))).isEmpty();
    AppendResult next = opened.append(transfer("nobody", "2026-01-19T01:00:00Z", A, B, 0));
    assertThat(next.isAccepted()).isTrue();
    assertThat(next.ledger().event(EventId.of("overflowing"))).isEmpty();
    Ledger after = next.ledger();
    assertThat(
            after
                .situationAt(Instant.parse("2026-01-20T00:00:00Z"))
                .balance(Account.heldAt(SDF, A, FIGHTERS)))
        .isEqualTo(Estimate.exactly(10));
    // the ten people of A can still all leave it: the half-applied overflow left no trace
    AppendResult allOfA =
        after.append(
            DetaineesTransferred.builder()
                .id(EventId.of("ten"))
                .when(at("2026-01-19T02:00:00Z"))
                .from(Account.heldAt(SDF, A, FIGHTERS))
                .to(Account.heldAt(SYRIA, A, FIGHTERS))
                .size(exactly(10))
                .build());
    assertThat(allOfA.isAccepted()).as("%s", allOfA.verdict()).isTrue();
  }

  @Test
  void a_met_obligation_cannot_be_extended_and_stays_late() {
    Event metLate =
        ObligationMet.of(
            EventId.of("met-late"),
            When.on(LocalDate.of(2026, 1, 25), DAMASCUS),
            CEASEFIRE,
            DECIDE);
    AppendResult met = Ledger.of(WORLD).appendAll(List.of(CEASEFIRE_AGREED, metLate));
    assertThat(met.verdict().breaks(Rule.OBLIGATION_MET_LATE)).isTrue();

    AppendResult extended =
        met.ledger()
            .append(
                DeadlineExtended.of(
                    EventId.of("extended"),
                    When.on(LocalDate.of(2026, 1, 26), DAMASCUS),
                    CEASEFIRE,
                    DECIDE,
                    Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS)));

    assertThat(extended.isAccepted()).isFalse();
    assertThat(extended.verdict().breaks(Rule.EXTENSION_NOT_LATER)).isTrue();
    DeadlineStatus status =
        met.ledger()
            .situationAt(Instant.parse("2026-01-30T00:00:00Z"))
            .statusOf(CEASEFIRE)
            .get(DECIDE);
    assertThat(status.state()).isEqualTo(DeadlineStatus.State.MET);
    assertThat(status.isLate()).isTrue();
  }

  @Test
  void a_met_status_is_judged_against_the_deadline_in_force_when_met() {
    Obligation obligation =
        Obligation.of(DECIDE, SDF, "decide", Deadline.on(LocalDate.of(2026, 1, 24), DAMASCUS))
            .withMet(When.on(LocalDate.of(2026, 1, 25), DAMASCUS))
            .withExtension(
                Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS),
                When.on(LocalDate.of(2026, 1, 26), DAMASCUS));

    DeadlineStatus status = obligation.statusAt(Instant.parse("2026-01-30T00:00:00Z"));

    assertThat(status.deadline()).contains(Deadline.on(LocalDate.of(2026, 1, 24), DAMASCUS));
    assertThat(status.isLate()).isTrue();
  }
}
