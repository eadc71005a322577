package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesRepatriated;
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
 * A camp counted as a whole, whatever its residents' affiliation: 1,000 residents, 600 of them
 * Iraqis counted apart, and 250 family members of a group counted apart among the Iraqis. The camp
 * is one population with parts, never a second population beside the group's families, and a flight
 * home of some of them reduces every count that holds them.
 */
class CampOfAnyAffiliationTest {
  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId BAND = ActorId.of("band");
  static final FacilityId CAMP = FacilityId.of("camp");
  static final CountryCode SY = CountryCode.of("SY");
  static final CountryCode IQ = CountryCode.of("IQ");
  static final Cohort RESIDENTS = Cohort.of(CohortCategory.DETAINEES);
  static final Cohort IRAQIS = Cohort.of(CohortCategory.DETAINEES, NationalityGroup.of(IQ));
  static final Cohort IRAQI_FAMILIES =
      Cohort.of(CohortCategory.FAMILY_MEMBERS, BAND, NationalityGroup.of(IQ));
  static final Account CAMP_RESIDENTS = Account.heldAt(KEEPER, CAMP, RESIDENTS);
  static final Account CAMP_IRAQIS = Account.heldAt(KEEPER, CAMP, IRAQIS);
  static final Account CAMP_IRAQI_FAMILIES = Account.heldAt(KEEPER, CAMP, IRAQI_FAMILIES);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(Facility.of(CAMP, "Camp", FacilityKind.DISPLACEMENT_CAMP, Location.in(SY))));

  static When day(int d) {
    return When.on(LocalDate.of(2019, 11, d), ZoneOffset.UTC);
  }

  static CensusTaken count(String id, Account account, long count, int d) {
    return CensusTaken.of(
        EventId.of(id),
        day(d),
        CensusScope.account(account),
        Figure.of(Estimate.exactly(count), Source.of(KEEPER), day(d)));
  }

  static Ledger ledger(CensusTaken... censuses) {
    AppendResult result = Ledger.of(WORLD).appendAll(List.of(censuses));
    assertThat(result.verdict().violations()).as("%s", result.verdict()).isEmpty();
    return result.ledger();
  }

  @Test
  void theCampsWholeHoldsItsPartsOnce() {
    Ledger ledger =
        ledger(
            count("camp", CAMP_RESIDENTS, 1_000, 1),
            count("iraqis", CAMP_IRAQIS, 600, 2),
            count("families", CAMP_IRAQI_FAMILIES, 250, 3));

    assertThat(WORLD.encloses(CAMP_RESIDENTS, CAMP_IRAQIS)).isTrue();
    assertThat(WORLD.encloses(CAMP_IRAQIS, CAMP_IRAQI_FAMILIES)).isTrue();
    assertThat(WORLD.encloses(CAMP_IRAQI_FAMILIES, CAMP_RESIDENTS)).isFalse();
    var situation = ledger.situationAt(day(3).end());
    assertThat(situation.balance(CAMP_RESIDENTS)).isEqualTo(Estimate.exactly(400));
    assertThat(situation.balance(CAMP_IRAQIS)).isEqualTo(Estimate.exactly(350));
    assertThat(situation.balance(CAMP_IRAQI_FAMILIES)).isEqualTo(Estimate.exactly(250));
    assertThat(Totals.of(ledger, Dimension.FACILITY, day(3).end()).total())
        .isEqualTo(Estimate.exactly(1_000));
  }

  @Test
  void aFlightHomeOfTheFamiliesReducesTheCampAndTheIraqis() {
    AppendResult result =
        ledger(
                count("camp", CAMP_RESIDENTS, 1_000, 1),
                count("iraqis", CAMP_IRAQIS, 600, 2),
                count("families", CAMP_IRAQI_FAMILIES, 250, 3))
            .append(
                DetaineesRepatriated.builder()
                    .id(EventId.of("flight"))
                    .when(day(4))
                    .from(CAMP_IRAQI_FAMILIES)
                    .destination(IQ)
                    .size(Figure.of(Estimate.exactly(100), Source.of(KEEPER), day(4)))
                    .build());

    assertThat(result.isAccepted()).isTrue();
    List<Population> populations = Population.allOf(result.ledger(), day(4).end());
    assertThat(populations)
        .filteredOn(p -> p.census().equals(EventId.of("camp")))
        .singleElement()
        .satisfies(p -> assertThat(p.population()).isEqualTo(Estimate.exactly(900)));
    assertThat(populations)
        .filteredOn(p -> p.census().equals(EventId.of("iraqis")))
        .singleElement()
        .satisfies(p -> assertThat(p.population()).isEqualTo(Estimate.exactly(500)));
    assertThat(Totals.of(result.ledger(), Dimension.FACILITY, day(4).end()).total())
        .isEqualTo(Estimate.exactly(900));
  }

  @Test
  void aCountOfTheCampBelowTheGroupsFamiliesInItWarns() {
    AppendResult result =
        Ledger.of(WORLD)
            .appendAll(
                List.of(
                    count("families", CAMP_IRAQI_FAMILIES, 250, 1),
                    count("camp", CAMP_RESIDENTS, 200, 2)));

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.verdict().violations())
        .extracting(v -> v.rule().code())
        .containsExactly("CUS-009");
  }

  @Test
  void aCohortOfAnyAffiliationNamesNoActorThatCouldBeUnknown() {
    assertThat(CAMP_RESIDENTS.actorsNamed()).containsExactly(KEEPER);
    assertThat(CAMP_IRAQI_FAMILIES.actorsNamed()).containsExactly(KEEPER, BAND);
    AppendResult result =
        Ledger.of(WORLD).append(count("camp", Account.heldAt(KEEPER, CAMP, RESIDENTS), 10, 1));
    assertThat(result.verdict().violations()).isEmpty();
  }
}
