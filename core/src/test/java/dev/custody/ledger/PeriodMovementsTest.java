package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesDied;
import dev.custody.event.Event;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
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
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Movements dated by a period: between 5,000 and 13,000 die at a hill prison over 2011-2015, one
 * event dated by the five years. The ledger places it at the period's end, so a census taken during
 * the period comes before it; neither that census nor one after the period may then disagree with
 * the balances merely because the period's deaths were counted all at once at its end. A census
 * that no share of the deaths explains still does.
 */
class PeriodMovementsTest {

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId MONITOR = ActorId.of("monitor");
  static final ActorId DETAINEES = ActorId.of("detainees");
  static final FacilityId HILL = FacilityId.of("hill-prison");
  static final Cohort HELD = Cohort.of(CohortCategory.DETAINEES, DETAINEES);
  static final Account HILL_HELD = Account.heldAt(KEEPER, HILL, HELD);
  static final Account HILL_DEAD = Account.deadFrom(HILL_HELD);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(MONITOR, "Monitor", ActorKind.NGO),
              Actor.of(DETAINEES, "Detainees", ActorKind.NON_STATE_ARMED_GROUP)),
          List.of(
              Facility.of(
                  HILL, "Hill prison", FacilityKind.PRISON, Location.in(CountryCode.of("NO")))));

  static When day(int year, int month, int day) {
    return When.on(LocalDate.of(year, month, day), ZoneOffset.UTC);
  }

  static Instant endOf(int year, int month, int day) {
    return day(year, month, day).end();
  }

  static Figure said(Estimate estimate) {
    return Figure.of(Claim.of(estimate, Source.of(MONITOR), day(2017, 2, 1)));
  }

  static CensusTaken census(String id, When when, long count) {
    return CensusTaken.of(
        EventId.of(id), when, CensusScope.account(HILL_HELD), said(Estimate.exactly(count)));
  }

  /** Between 5,000 and 13,000 hanged over 2011-2015. */
  static final DetaineesDied HANGED =
      DetaineesDied.of(
          EventId.of("hanged-2011-2015"),
          When.between(LocalDate.of(2011, 1, 1), LocalDate.of(2015, 12, 31), ZoneOffset.UTC),
          HILL_HELD,
          said(Estimate.between(5_000, 13_000)),
          "hanged");

  static Ledger merged(Event... more) {
    List<Event> events = new ArrayList<>();
    events.add(ControlChanged.first(EventId.of("control"), day(2010, 1, 1), HILL, KEEPER));
    events.add(census("count-2010", day(2010, 12, 31), 20_000));
    events.add(HANGED);
    events.addAll(List.of(more));
    AppendResult result = Ledger.of(WORLD).merge(events);
    assertThat(result.verdict().errors()).as("%s", result.verdict()).isEmpty();
    return result.ledger();
  }

  @Test
  void thePeriodSortsAtItsEndAfterACensusTakenDuringIt() {
    Ledger ledger = merged(census("count-2013", day(2013, 6, 30), 14_000));

    assertThat(ledger.events())
        .extracting(Event::id)
        .containsSubsequence(EventId.of("count-2013"), EventId.of("hanged-2011-2015"));
    assertThat(ledger.situationAt(endOf(2014, 1, 1)).balance(HILL_DEAD))
        .isEqualTo(Estimate.unknown());
  }

  @Test
  void aCensusAfterThePeriodAgreesWithTheBalancesThePeriodAllows() {
    Ledger ledger =
        merged(
            census("count-2013", day(2013, 6, 30), 14_000),
            census("count-2016", day(2016, 12, 31), 10_000));

    assertThat(ledger.verdict().violations())
        .filteredOn(v -> v.event().equals(EventId.of("count-2016")))
        .isEmpty();
    // the census of 2013 may already count any share of the deaths
    assertThat(ledger.situationAt(endOf(2016, 1, 1)).balance(HILL_HELD).low()).isEqualTo(1_000);
    assertThat(ledger.situationAt(endOf(2016, 1, 1)).balance(HILL_HELD).high()).isEqualTo(14_000);
  }

  @Test
  void aCensusDuringThePeriodAgreesWithTheBalancesThePeriodAllows() {
    Ledger ledger = merged(census("count-2013", day(2013, 6, 30), 14_000));

    assertThat(ledger.verdict().violations())
        .filteredOn(v -> v.rule() == Rule.CENSUS_DISAGREES)
        .isEmpty();
  }

  @Test
  void aCensusAtTheNextPeriodsEndAgreesWithTheDeathsOfThatPeriod() {
    DetaineesDied next =
        DetaineesDied.of(
            EventId.of("hanged-2016-2020"),
            When.between(LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31), ZoneOffset.UTC),
            HILL_HELD,
            said(Estimate.between(1_000, 3_000)),
            "hanged");
    CensusTaken atTheEnd =
        CensusTaken.of(
            EventId.of("count-2020"),
            When.at(Instant.parse("2020-12-31T12:00:00Z")),
            CensusScope.account(HILL_HELD),
            said(Estimate.exactly(9_000)));

    Ledger ledger = merged(census("count-2016", day(2016, 1, 1), 11_000), next, atTheEnd);

    assertThat(ledger.verdict().violations())
        .filteredOn(v -> v.rule() == Rule.CENSUS_DISAGREES)
        .isEmpty();
  }

  @Test
  void aCensusDuringThePeriodDoesNotMakeThePeriodOverdrawTheAccount() {
    Ledger ledger = merged(census("count-2015", day(2015, 6, 30), 4_000));

    assertThat(ledger.verdict().violations())
        .filteredOn(v -> v.rule() == Rule.ACCOUNT_OVERDRAWN)
        .isEmpty();
    assertThat(ledger.situationAt(endOf(2016, 1, 1)).balance(HILL_HELD).high()).isEqualTo(4_000);
  }

  @Test
  void aCensusNoShareOfThePeriodExplainsStillDisagrees() {
    Ledger ledger =
        merged(
            census("count-2013", day(2013, 6, 30), 14_000),
            census("count-2016", day(2016, 12, 31), 30_000));

    assertThat(ledger.verdict().violations())
        .filteredOn(v -> v.rule() == Rule.CENSUS_DISAGREES)
        .extracting(v -> v.event())
        .containsExactly(EventId.of("count-2016"));
  }

  @Test
  void aCensusDuringThePeriodThatNoShareExplainsStillDisagrees() {
    Ledger ledger = merged(census("count-2013", day(2013, 6, 30), 25_000));

    assertThat(ledger.verdict().violations())
        .filteredOn(v -> v.rule() == Rule.CENSUS_DISAGREES)
        .extracting(v -> v.event())
        .containsExactly(EventId.of("count-2013"));
  }
}
