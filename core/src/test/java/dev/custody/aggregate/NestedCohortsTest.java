package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
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
import dev.custody.model.NationalityGroup;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cohorts within cohorts: "about 1,000 foreign nationals" held at a prison, 200 nationals of
 * Tajikistan among them, counted apart; then 50 of the Tajiks repatriated. Nobody is counted twice,
 * and repatriating the smaller cohort reduces the larger.
 */
class NestedCohortsTest {

  static final ActorId GUARD = ActorId.of("guard");
  static final ActorId BAND = ActorId.of("band");
  static final FacilityId PRISON = FacilityId.of("prison");
  static final CountryCode SY = CountryCode.of("SY");
  static final CountryCode IQ = CountryCode.of("IQ");
  static final CountryCode TJ = CountryCode.of("TJ");
  static final Cohort FOREIGN =
      Cohort.of(CohortCategory.DETAINEES, BAND, NationalityGroup.allExcept(SY, IQ));
  static final Cohort TAJIKS = Cohort.of(CohortCategory.DETAINEES, BAND, NationalityGroup.of(TJ));
  static final Cohort WOMEN = Cohort.of(CohortCategory.WOMEN, BAND);
  static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, BAND);
  static final Account PRISON_FOREIGN = Account.heldAt(GUARD, PRISON, FOREIGN);
  static final Account PRISON_TAJIKS = Account.heldAt(GUARD, PRISON, TAJIKS);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(GUARD, "Guard", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(Facility.of(PRISON, "Prison", FacilityKind.PRISON, Location.in(SY))));

  static When day(int d) {
    return When.on(LocalDate.of(2019, 3, d), ZoneOffset.UTC);
  }

  static Figure said(Estimate estimate, int d) {
    return Figure.of(estimate, Source.of(GUARD), day(d));
  }

  static Ledger ledger(World world, Event... events) {
    AppendResult result = Ledger.of(world).appendAll(List.of(events));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static CensusTaken foreign(int d) {
    return CensusTaken.of(
        EventId.of("foreign"),
        day(d),
        CensusScope.account(PRISON_FOREIGN),
        said(Estimate.about(1_000), d));
  }

  static CensusTaken tajiks(int d) {
    return CensusTaken.of(
        EventId.of("tajiks"),
        day(d),
        CensusScope.account(PRISON_TAJIKS),
        said(Estimate.exactly(200), d));
  }

  static final DetaineesRepatriated FLIGHT =
      DetaineesRepatriated.builder()
          .id(EventId.of("flight"))
          .when(day(3))
          .from(PRISON_TAJIKS)
          .destination(TJ)
          .size(said(Estimate.exactly(50), 3))
          .build();

  @Test
  void nationalsOfOneCountryLieWithinAllButTwo() {
    assertThat(WORLD.isWithin(TAJIKS, FOREIGN)).isTrue();
    assertThat(WORLD.isWithin(FOREIGN, TAJIKS)).isFalse();
    assertThat(WORLD.encloses(PRISON_FOREIGN, PRISON_TAJIKS)).isTrue();
    assertThat(WORLD.encloses(PRISON_TAJIKS, PRISON_FOREIGN)).isFalse();
    assertThat(WORLD.encloses(PRISON_FOREIGN, PRISON_FOREIGN)).isFalse();
  }

  @Test
  void aCountOfTheWiderCohortCountsTheNestedOnesOnce() {
    Ledger ledger = ledger(WORLD, foreign(1), tajiks(2));

    Totals<FacilityId> totals = Totals.of(ledger, Dimension.FACILITY, day(2).end());

    // about 1,000 in all, never 1,000 + 200
    assertThat(totals.group(PRISON).orElseThrow().total().isEqual(Estimate.about(1_000))).isTrue();
    assertThat(totals.total().isEqual(Estimate.about(1_000))).isTrue();
    // the wider account holds the rest: about 1,000 less the 200 counted apart
    assertThat(ledger.situationAt(day(2).end()).balance(PRISON_FOREIGN))
        .isEqualTo(Estimate.about(1_000).minus(Estimate.exactly(200)));
  }

  @Test
  void theRestSaysWhichCountsWereTakenOutOfIt() {
    Ledger early = ledger(WORLD, foreign(1), tajiks(2));
    Ledger late = ledger(WORLD, tajiks(1), foreign(2));

    for (Ledger ledger : List.of(early, late)) {
      Provenance rest = Balances.of(ledger, day(2).end()).provenanceOf(PRISON_FOREIGN);
      assertThat(rest.lessCountedApart()).containsExactly(EventId.of("tajiks"));
      assertThat(rest.toString()).contains("less the parts counted apart by tajiks");
      Provenance part = Balances.of(ledger, day(2).end()).provenanceOf(PRISON_TAJIKS);
      assertThat(part.lessCountedApart()).isEmpty();
    }
  }

  @Test
  void theOrderOfTheCountsDoesNotMatter() {
    Ledger early = ledger(WORLD, foreign(1), tajiks(2));
    Ledger late = ledger(WORLD, tajiks(1), foreign(2));

    assertThat(late.situationAt(day(2).end()).balances())
        .isEqualTo(early.situationAt(day(2).end()).balances());
  }

  @Test
  void repatriatingTheSmallerCohortReducesTheLarger() {
    Ledger ledger = ledger(WORLD, foreign(1), tajiks(2), FLIGHT);

    Population foreign =
        Population.allOf(ledger, day(3).end()).stream()
            .filter(p -> p.census().equals(EventId.of("foreign")))
            .findFirst()
            .orElseThrow();
    assertThat(foreign.population().isEqual(Estimate.about(1_000).minus(Estimate.exactly(50))))
        .isTrue();
    assertThat(foreign.crossings()).containsExactly(EventId.of("flight"));
    Totals<FacilityId> held = Totals.of(ledger, Dimension.FACILITY, day(3).end());
    assertThat(held.total().isEqual(Estimate.about(1_000).minus(Estimate.exactly(50)))).isTrue();
    Totals<CountryCode> repatriated =
        Totals.of(ledger, Dimension.DESTINATION, day(3).end(), AccountKind.REPATRIATED);
    // nobody counted the repatriated account: at least the 50 recorded
    assertThat(repatriated.total().low()).isEqualTo(50);
  }

  @Test
  void aCountOfTheWiderCohortBelowItsNestedPartsWarns() {
    AppendResult result =
        Ledger.of(WORLD)
            .appendAll(
                List.of(
                    tajiks(1),
                    CensusTaken.of(
                        EventId.of("foreign"),
                        day(2),
                        CensusScope.account(PRISON_FOREIGN),
                        said(Estimate.exactly(100), 2))));

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.verdict().violations())
        .extracting(v -> v.rule().code())
        .containsExactly("CUS-009");
    assertThat(result.verdict().violations().get(0).message()).contains("100 apart");
    // never below zero: the rest is clipped, not negative
    assertThat(result.ledger().situationAt(day(2).end()).balance(PRISON_FOREIGN).low()).isZero();
  }

  @Test
  void aCountOfTheWiderCohortAboveItsNestedPartsAgrees() {
    AppendResult result = Ledger.of(WORLD).appendAll(List.of(tajiks(1), foreign(2)));

    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void aCohortCriterionCoversTheCohortsWithinIt() {
    CensusScope scope = CensusScope.cohort(FOREIGN);

    assertThat(scope.covers(PRISON_TAJIKS, WORLD::countryOf, WORLD::isWithin)).isTrue();
    assertThat(CensusScope.cohort(TAJIKS).covers(PRISON_FOREIGN, WORLD::countryOf, WORLD::isWithin))
        .isFalse();
  }

  @Test
  void aDeclaredNestingCountsLikeAComputedOne() {
    World world = WORLD.withCohortWithin(WOMEN, FAMILIES);
    Account families = Account.heldAt(GUARD, PRISON, FAMILIES);
    Account women = Account.heldAt(GUARD, PRISON, WOMEN);

    assertThat(WORLD.encloses(families, women)).isFalse();
    assertThat(world.encloses(families, women)).isTrue();
    Ledger ledger =
        ledger(
            world,
            CensusTaken.of(
                EventId.of("families"),
                day(1),
                CensusScope.account(families),
                said(Estimate.exactly(900), 1)),
            CensusTaken.of(
                EventId.of("women"),
                day(2),
                CensusScope.account(women),
                said(Estimate.exactly(300), 2)));
    assertThat(ledger.situationAt(day(2).end()).balance(families)).isEqualTo(Estimate.exactly(600));
    assertThat(Totals.of(ledger, Dimension.FACILITY, day(2).end()).total())
        .isEqualTo(Estimate.exactly(900));
  }

  @Test
  void aDeclarationThatWouldMakeTwoCohortsOneIsRefused() {
    assertThatThrownBy(() -> WORLD.withCohortWithin(FOREIGN, TAJIKS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not form a cycle");
    assertThatThrownBy(() -> WORLD.withCohortWithin(WOMEN, WOMEN))
        .isInstanceOf(IllegalArgumentException.class);
    World world = WORLD.withCohortWithin(WOMEN, FAMILIES);
    assertThat(world.withActor(Actor.of(ActorId.of("x"), "X", ActorKind.STATE)).cohortsWithin())
        .isEqualTo(world.cohortsWithin());
  }
}
