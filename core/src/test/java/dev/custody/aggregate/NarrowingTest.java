package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Narrowing}: a flight's joint count of its children, women and men, one figure over three
 * accounts whose split nobody gave, bounds each of them; a count of a part narrows the others;
 * counts that cannot all hold are named, and no range is inverted.
 */
class NarrowingTest {

  static final Cohort WOMEN = Cohort.of(CohortCategory.WOMEN, PopulationTest.BAND);
  static final Account CHILDREN =
      Account.heldAt(PopulationTest.OTHER, PopulationTest.SITE, PopulationTest.MINORS);
  static final Account WOMEN_AT_SITE =
      Account.heldAt(PopulationTest.OTHER, PopulationTest.SITE, WOMEN);
  static final Account MEN = PopulationTest.SITE_FIGHTERS;

  static CensusTaken flight(Estimate count) {
    return CensusTaken.of(
        EventId.of("flight"),
        PopulationTest.day(1),
        CensusScope.jointly(CHILDREN, WOMEN_AT_SITE, MEN),
        PopulationTest.said(count, 1));
  }

  static CensusTaken count(String id, Account account, Estimate count) {
    return CensusTaken.of(
        EventId.of(id),
        PopulationTest.day(2),
        CensusScope.account(account),
        PopulationTest.said(count, 2));
  }

  static Ledger ledger(Event... events) {
    AppendResult result = Ledger.of(PopulationTest.WORLD).appendAll(List.of(events));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Narrowing at3(Ledger ledger) {
    return Narrowing.of(ledger, PopulationTest.day(3).end());
  }

  @Test
  void aJointCountBoundsEachOfItsParts() {
    Narrowing narrowing = at3(ledger(flight(Estimate.exactly(120))));

    for (Account part : List.of(CHILDREN, WOMEN_AT_SITE, MEN)) {
      assertThat(narrowing.before().get(part)).isEqualTo(Estimate.unknown());
      assertThat(narrowing.boundOf(part).orElseThrow().low()).isZero();
      assertThat(narrowing.boundOf(part).orElseThrow().high()).isEqualTo(120);
      assertThat(narrowing.narrowedBy().get(part)).containsExactly(EventId.of("flight"));
    }
    assertThat(narrowing.jointCounts())
        .extracting(Population::census)
        .containsExactly(EventId.of("flight"));
    assertThat(narrowing.disagreements()).isEmpty();
  }

  @Test
  void countsOfPartsNarrowTheRest() {
    Narrowing narrowing =
        at3(
            ledger(
                flight(Estimate.exactly(120)),
                count("women", WOMEN_AT_SITE, Estimate.exactly(40)),
                count("children", CHILDREN, Estimate.exactly(50))));

    // 120 less 40 women and 50 children: exactly 30 men, though nobody counted them
    assertThat(narrowing.boundOf(MEN)).contains(Estimate.exactly(30));
    assertThat(narrowing.boundOf(WOMEN_AT_SITE)).contains(Estimate.exactly(40));
  }

  @Test
  void populationsCarriedForwardOnceNarrowAsThoseItCarriesItself() {
    Ledger ledger =
        ledger(
            flight(Estimate.exactly(120)),
            count("women", WOMEN_AT_SITE, Estimate.exactly(40)),
            count("children", CHILDREN, Estimate.exactly(50)));
    Instant at = PopulationTest.day(3).end();

    Balances balances = Balances.of(ledger, at);
    Narrowing given = Narrowing.of(ledger, at, Population.allOf(ledger, at, balances), balances);

    assertThat(given).isEqualTo(Narrowing.of(ledger, at));
    assertThat(given.boundOf(MEN)).contains(Estimate.exactly(30));
  }

  @Test
  void balancesAsOfAnotherInstantAreRefused() {
    Ledger ledger = ledger(flight(Estimate.exactly(120)));
    Instant at = PopulationTest.day(3).end();
    Balances earlier = Balances.of(ledger, PopulationTest.day(2).end());

    assertThatThrownBy(() -> Narrowing.of(ledger, at, List.of(), earlier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Narrowing balances (as of 2019-03-03T00:00:00Z) must be as of the instant"
                + " (2019-03-04T00:00:00Z)");
    assertThatThrownBy(() -> Population.allOf(ledger, at, earlier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Population balances");
    assertThatThrownBy(() -> Totals.of(ledger, Dimension.CUSTODIAN, at, AccountKind.HELD, earlier))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Totals balances");
  }

  @Test
  void totalsOfBalancesAtHandAreThoseFoundAlone() {
    Ledger ledger =
        ledger(
            flight(Estimate.exactly(120)),
            count("women", WOMEN_AT_SITE, Estimate.exactly(40)),
            count("children", CHILDREN, Estimate.exactly(50)));
    Instant at = PopulationTest.day(3).end();
    Balances balances = Balances.of(ledger, at);

    assertThat(Totals.of(ledger, Dimension.COHORT, at, AccountKind.HELD, balances))
        .isEqualTo(Totals.of(ledger, Dimension.COHORT, at));
    assertThat(Population.allOf(ledger, at, balances)).isEqualTo(Population.allOf(ledger, at));
  }

  @Test
  void noPopulationGivenNarrowsNothing() {
    Ledger ledger =
        ledger(
            flight(Estimate.exactly(120)),
            count("women", WOMEN_AT_SITE, Estimate.exactly(40)),
            count("children", CHILDREN, Estimate.exactly(50)));

    Instant at = PopulationTest.day(3).end();
    Narrowing none = Narrowing.of(ledger, at, List.of(), Balances.of(ledger, at));

    assertThat(none.jointCounts()).isEmpty();
    assertThat(none.boundOf(MEN)).isNotEqualTo(Optional.of(Estimate.exactly(30)));
  }

  @Test
  void countsThatCannotAllHoldAreNamedAndNoRangeIsInverted() {
    Narrowing narrowing =
        at3(
            ledger(
                flight(Estimate.exactly(100)),
                count("women", WOMEN_AT_SITE, Estimate.exactly(150))));

    assertThat(narrowing.disagreements()).hasSize(1);
    assertThat(narrowing.disagreements().get(0))
        .contains(EventId.of("flight"), EventId.of("women"));
    for (Estimate bound : narrowing.bounds().values()) {
      assertThat(bound.low()).isNotNegative();
      assertThat(!bound.hasUpperBound() || bound.low() <= bound.high()).isTrue();
    }
    assertThat(narrowing.toString()).contains("disagreement: ");
  }

  @Test
  void aCountOfAWholeByCriteriaBoundsItsAccountsFromAbove() {
    Narrowing narrowing = Narrowing.of(PopulationTest.LEDGER, PopulationTest.day(7).end());

    // the post-siege count of about 3,500 at the prison: the fighters there, never counted, are at
    // most what it leaves beside the minors
    Estimate fighters = narrowing.boundOf(PopulationTest.PRISON_FIGHTERS).orElseThrow();
    assertThat(fighters.hasUpperBound()).isTrue();
    assertThat(fighters.high()).isLessThanOrEqualTo(Estimate.about(3_500).high());
    assertThat(narrowing.narrowed()).contains(PopulationTest.PRISON_FIGHTERS);
  }
}
