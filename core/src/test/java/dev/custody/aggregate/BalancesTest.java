package dev.custody.aggregate;

import static dev.custody.aggregate.TotalsTest.AT_LARGE_NORTH;
import static dev.custody.aggregate.TotalsTest.DAY_3;
import static dev.custody.aggregate.TotalsTest.FIGHTERS;
import static dev.custody.aggregate.TotalsTest.KEEPER;
import static dev.custody.aggregate.TotalsTest.KEEPER_CAMP;
import static dev.custody.aggregate.TotalsTest.KEEPER_NORTH;
import static dev.custody.aggregate.TotalsTest.NORTH_JAIL;
import static dev.custody.aggregate.TotalsTest.RIVAL_SOUTH;
import static dev.custody.aggregate.TotalsTest.WORLD;
import static dev.custody.aggregate.TotalsTest.at;
import static dev.custody.aggregate.TotalsTest.exactly;
import static dev.custody.aggregate.TotalsTest.id;
import static dev.custody.aggregate.TotalsTest.opened;
import static dev.custody.aggregate.TotalsTest.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.event.Account;
import dev.custody.event.DetaineesTransferred;
import dev.custody.ledger.Ledger;
import dev.custody.model.EventId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Balances} and the {@link Provenance} of every balance, on {@link TotalsTest}'s world. */
class BalancesTest {

  static final Account KEEPER_ELSEWHERE = Account.held(KEEPER, FIGHTERS);

  @Test
  void aBalanceSetByACensusAndUntouchedSinceIsCounted() {
    Provenance camp = Balances.of(opened(), DAY_3).provenanceOf(KEEPER_CAMP);

    assertThat(camp.kind()).isEqualTo(Provenance.Kind.COUNTED);
    assertThat(camp.census()).contains(EventId.of("count-camp"));
    assertThat(camp.counted()).contains(when(1, 1));
    assertThat(camp.sources()).containsExactly(Source.of(KEEPER));
    assertThat(camp.movements()).isZero();
    // the report at the first instant of the 3rd speaks of the end of the 2nd
    assertThat(camp.age()).contains(Period.ofDays(1));
    assertThat(camp).hasToString("counted 2030-03-01T01:00:00Z by keeper, 1 day before");
  }

  @Test
  void aCountedBalanceMovedSinceIsCarriedForwardBySoManyMovements() {
    Provenance north = Balances.of(opened(), DAY_3).provenanceOf(KEEPER_NORTH);

    assertThat(north.kind()).isEqualTo(Provenance.Kind.CARRIED_FORWARD);
    assertThat(north.census()).contains(EventId.of("count-north"));
    // the escape and the release
    assertThat(north.movements()).isEqualTo(2);
    assertThat(north.toString()).endsWith("; carried forward by 2 movements");
  }

  @Test
  void aBalanceNobodyCountedIsKnownFromMovementsOnly() {
    Ledger ledger =
        opened(
            DetaineesTransferred.of(
                id("move"), when(2, 5), RIVAL_SOUTH, KEEPER_ELSEWHERE, exactly(4)));

    Provenance elsewhere = Balances.of(ledger, DAY_3).provenanceOf(KEEPER_ELSEWHERE);

    assertThat(elsewhere.kind()).isEqualTo(Provenance.Kind.MOVEMENTS_ONLY);
    assertThat(elsewhere.census()).isEmpty();
    assertThat(elsewhere.age()).isEmpty();
    assertThat(elsewhere).hasToString("never counted: 1 movement recorded");
  }

  @Test
  void anAccountWithNothingOnRecordIsNotRecordedNeverZero() {
    Balances balances = Balances.of(opened(), DAY_3);

    Provenance unknown = balances.provenanceOf(KEEPER_ELSEWHERE);

    assertThat(balances.balances()).doesNotContainKey(KEEPER_ELSEWHERE);
    assertThat(unknown.kind()).isEqualTo(Provenance.Kind.NOT_RECORDED);
    assertThat(unknown.isRecorded()).isFalse();
    assertThat(unknown).hasToString("not recorded");
  }

  @Test
  void beforeItsCensusAnAccountIsNotRecordedAndTheCensusCountsAgainAfterMovements() {
    assertThat(Balances.of(opened(), at(1, 0)).provenanceOf(KEEPER_NORTH).kind())
        .isEqualTo(Provenance.Kind.NOT_RECORDED);
    assertThat(Balances.of(opened(), at(1, 2)).provenanceOf(KEEPER_NORTH).kind())
        .isEqualTo(Provenance.Kind.COUNTED);
  }

  @Test
  void everyBalanceHasAProvenanceAndTheAtLargeAccountCountedZeroIsCarriedForward() {
    Balances balances = Balances.of(opened(), DAY_3);

    assertThat(balances.provenance().keySet()).isEqualTo(balances.balances().keySet());
    assertThat(balances.provenanceOf(AT_LARGE_NORTH).kind())
        .isEqualTo(Provenance.Kind.CARRIED_FORWARD);
    // five held, one at large, one released
    assertThat(balances).hasToString("balances at 2030-03-03T00:00:00Z (envelope): 7 accounts");
  }

  @Test
  void anEmptyLedgerHasNoBalances() {
    assertThat(Balances.of(Ledger.of(WORLD), DAY_3).balances()).isEmpty();
  }

  @Test
  void aCountsAgeIsToldInItsLargestUnit() {
    ZoneId zone = ZoneId.of("Asia/Damascus");
    When july2022 = When.on(LocalDate.of(2022, 7, 15), zone);
    Instant end2025 = Instant.parse("2025-12-31T12:00:00Z");
    Provenance old =
        Provenance.counted(end2025, EventId.of("old"), july2022, List.of(Source.of(KEEPER)), 0);

    assertThat(old.age()).contains(Period.of(3, 5, 16));
    assertThat(old.ageText()).contains("3 years before");
    assertThat(old).hasToString("counted 2022-07-15 (Asia/Damascus) by keeper, 3 years before");
    assertThat(
            Provenance.counted(
                    Instant.parse("2022-09-01T00:00:00Z"),
                    EventId.of("old"),
                    july2022,
                    List.of(Source.of(KEEPER)),
                    0)
                .ageText())
        .contains("1 month before");
    assertThat(
            Provenance.counted(
                    Instant.parse("2022-07-15T20:00:00Z"),
                    EventId.of("old"),
                    july2022,
                    List.of(Source.of(KEEPER)),
                    0)
                .ageText())
        .contains("the same day");
  }

  @Test
  void aProvenanceThatBreaksItsRulesIsRefusedWithTheFieldAndTheRule() {
    When when = when(1, 1);
    assertThatThrownBy(() -> Provenance.counted(DAY_3, EventId.of("c"), when, List.<Source>of(), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Provenance.sources must not be empty for a COUNTED balance (census c)");
    assertThatThrownBy(() -> Provenance.movementsOnly(DAY_3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Provenance.movements (0) must be positive exactly when the kind (MOVEMENTS_ONLY) is"
                + " carried forward (unless running totals alone carried it: runningTotals []) or"
                + " movements only");
    assertThatThrownBy(() -> Provenance.movementsOnly(DAY_3, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Provenance.movements (-1) must be zero or more");
  }

  @Test
  void theFacilityOfAnAtLargeAccountIsKept() {
    assertThat(AT_LARGE_NORTH.facility()).contains(NORTH_JAIL);
  }
}
