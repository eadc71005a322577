package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesTransferred;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Claim;
import dev.custody.model.ClaimStatus;
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
import dev.custody.model.UnitCount;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Population}: a prison counted as a whole, "about 3,500, including about 700 minors", then
 * 100 fighters flown out and 20 minors released inside it.
 */
class PopulationTest {

  static final ActorId GUARD = ActorId.of("guard");
  static final ActorId OTHER = ActorId.of("other");
  static final ActorId BAND = ActorId.of("band");
  static final FacilityId PRISON = FacilityId.of("prison");
  static final FacilityId SITE = FacilityId.of("site");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Cohort MINORS = Cohort.of(CohortCategory.MINORS, BAND);
  static final Account PRISON_FIGHTERS = Account.heldAt(GUARD, PRISON, FIGHTERS);
  static final Account PRISON_MINORS = Account.heldAt(GUARD, PRISON, MINORS);
  static final Account SITE_FIGHTERS = Account.heldAt(OTHER, SITE, FIGHTERS);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(GUARD, "Guard", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(OTHER, "Other", ActorKind.STATE),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(PRISON, "Prison", FacilityKind.PRISON, Location.in(CountryCode.of("SY"))),
              Facility.of(SITE, "Site", FacilityKind.PRISON, Location.in(CountryCode.of("IQ")))));

  static When day(int d) {
    return When.on(LocalDate.of(2019, 3, d), ZoneOffset.UTC);
  }

  static Figure said(Estimate estimate, int d) {
    return Figure.of(estimate, Source.of(GUARD), day(d));
  }

  static final Ledger LEDGER = ledger();

  private static Ledger ledger() {
    AppendResult result =
        Ledger.of(WORLD)
            .appendAll(
                List.of(
                    CensusTaken.of(
                        EventId.of("post-siege"),
                        day(1),
                        CensusScope.facilities(PRISON),
                        said(Estimate.about(3_500), 1)),
                    CensusTaken.of(
                        EventId.of("minors"),
                        day(1),
                        CensusScope.account(PRISON_MINORS),
                        said(Estimate.about(700), 1)),
                    DetaineesTransferred.of(
                        EventId.of("flight"),
                        day(5),
                        PRISON_FIGHTERS,
                        SITE_FIGHTERS,
                        said(Estimate.exactly(100), 5)),
                    DetaineesReleased.of(
                        EventId.of("minors-out"),
                        day(6),
                        PRISON_MINORS,
                        said(Estimate.exactly(20), 6))));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Population prison(Instant instant) {
    return Population.allOf(LEDGER, instant).get(0);
  }

  @Test
  void aCountOfAWholeIsAPopulationInItsOwnRight() {
    Population prison = prison(day(2).end());

    assertThat(prison.census()).isEqualTo(EventId.of("post-siege"));
    assertThat(prison.population()).isEqualTo(Estimate.about(3_500));
    assertThat(prison.provenance().kind()).isEqualTo(Provenance.Kind.COUNTED);
    assertThat(prison.crossings()).isEmpty();
  }

  @Test
  void movementsAcrossItsBoundaryCarryItForward() {
    Population prison = prison(day(7).end());

    // 100 flown out, 20 released: both cross the prison's boundary
    assertThat(prison.population())
        .isEqualTo(Estimate.about(3_500).minus(Estimate.exactly(100)).minus(Estimate.exactly(20)));
    assertThat(prison.crossings()).containsExactly(EventId.of("flight"), EventId.of("minors-out"));
    assertThat(prison.provenance().kind()).isEqualTo(Provenance.Kind.CARRIED_FORWARD);
    assertThat(prison.provenance().movements()).isEqualTo(2);
  }

  @Test
  void aMovementWithinTheScopeLeavesItAsItWas() {
    Population minors = Population.allOf(LEDGER, day(7).end()).get(1);
    Population prison = prison(day(5).end());

    // the flight does not touch the minors' account, nor cross into it
    assertThat(minors.population()).isEqualTo(Estimate.about(700).minus(Estimate.exactly(20)));
    assertThat(prison.crossings()).containsExactly(EventId.of("flight"));
  }

  @Test
  void whatThePartsCountedApartLeaveUnexplainedIsTheRemainder() {
    Population prison = prison(day(2).end());

    assertThat(prison.countedParts()).containsExactly(PRISON_MINORS);
    assertThat(prison.countedPartsTotal()).isEqualTo(Estimate.about(700));
    assertThat(prison.remainder()).isEqualTo(Estimate.about(3_500).minus(Estimate.about(700)));
    assertThat(prison.remainder().toDerivedString())
        .isEqualTo("between 2,590 and 3,010 (best 2,800)");
    assertThat(prison.toString())
        .contains("remainder between 2,590 and 3,010 (best 2,800) beside 1 part counted apart");
  }

  @Test
  void withNoPartCountedApartTheRemainderIsTheWhole() {
    Population minors = Population.allOf(LEDGER, day(2).end()).get(1);

    assertThat(minors.countedParts()).isEmpty();
    assertThat(minors.remainder()).isEqualTo(minors.population());
  }

  @Test
  void overInstantsThePopulationIsCarriedForwardAsAllOfCarriesIt() {
    List<Instant> instants =
        List.of(Instant.parse("2019-02-01T00:00:00Z"), day(2).end(), day(5).end(), day(7).end());

    ImmutableList<java.util.Optional<Estimate>> over =
        Population.over(LEDGER, EventId.of("post-siege"), instants);

    assertThat(over.get(0)).isEmpty();
    for (int i = 1; i < instants.size(); i++) {
      assertThat(over.get(i)).contains(prison(instants.get(i)).population());
    }
  }

  @Test
  void overRefusesWhatIsNotACensusAndInstantsOutOfOrder() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Population.over(LEDGER, EventId.of("flight"), List.of(day(2).end())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Population census (flight) must be a census of the ledger");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Population.over(
                    LEDGER, EventId.of("post-siege"), List.of(day(3).end(), day(2).end())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Population instants must increase");
  }

  @Test
  void everyCensusTakenByTheInstantHasItsPopulation() {
    assertThat(Population.allOf(LEDGER, Instant.parse("2019-02-01T00:00:00Z"))).isEmpty();
    ImmutableList<Population> all = Population.allOf(LEDGER, day(7).end());
    assertThat(all)
        .extracting(Population::census)
        .containsExactly(EventId.of("post-siege"), EventId.of("minors"));
  }

  @Test
  void aCountInHouseholdsKeepsItsUnitsAndOneOfSeveralClaimsDoesNot() {
    Claim households =
        Claim.inUnits(
            UnitCount.households(Estimate.exactly(210)),
            Estimate.exactly(730),
            Source.of(GUARD),
            day(1));
    CensusTaken inHouseholds =
        CensusTaken.of(
            EventId.of("households"),
            day(1),
            CensusScope.facilities(PRISON),
            Figure.of(households));
    CensusTaken twoClaims =
        CensusTaken.of(
            EventId.of("two-claims"),
            day(2),
            CensusScope.facilities(PRISON),
            Figure.of(households, Claim.of(Estimate.exactly(730), Source.of(OTHER), day(2))));
    Ledger ledger = Ledger.of(WORLD).appendAll(List.of(inHouseholds, twoClaims)).ledger();

    List<Population> populations = Population.allOf(ledger, day(2).end());
    assertThat(populations.get(0).countedUnits())
        .hasValueSatisfying(
            u ->
                assertThat(UnitCount.claimed(u, populations.get(0).counted()))
                    .isEqualTo("exactly 730 people (exactly 210 households)"));
    assertThat(populations.get(1).countedUnits()).isEmpty();
    assertThat(ledgerPopulationsInPeople()).allMatch(p -> p.countedUnits().isEmpty());
  }

  private static List<Population> ledgerPopulationsInPeople() {
    return Population.allOf(LEDGER, day(5).end());
  }

  @Test
  void aCensusInsideTheSpanOfAMovementSaysWhatTheBalanceItSetSays() {
    // 200 counted on the 2nd; 50 released over the 1st to the 4th, any share of it after the count
    Ledger ledger =
        Ledger.of(WORLD)
            .appendAll(
                List.of(
                    CensusTaken.of(
                        EventId.of("count"),
                        day(2),
                        CensusScope.account(PRISON_MINORS),
                        said(Estimate.exactly(200), 2)),
                    DetaineesReleased.of(
                        EventId.of("released-over-days"),
                        When.between(
                            LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 4), ZoneOffset.UTC),
                        PRISON_MINORS,
                        said(Estimate.exactly(50), 4))))
            .ledger();

    Population count = Population.allOf(ledger, day(5).end()).get(0);
    Estimate balance = ledger.situationAt(day(5).end()).balance(PRISON_MINORS);
    assertThat(count.population()).isEqualTo(balance);
    assertThat(count.population().low()).isEqualTo(150);
    assertThat(count.population().high()).isEqualTo(200);
    assertThat(Population.over(ledger, EventId.of("count"), List.of(day(5).end())))
        .containsExactly(Optional.of(balance));
  }

  @Test
  void aRecountOfTheSameAccountIsNotAPartCountedApart() {
    Ledger ledger =
        Ledger.of(WORLD)
            .appendAll(
                List.of(
                    CensusTaken.of(
                        EventId.of("minors-first"),
                        day(1),
                        CensusScope.account(PRISON_MINORS),
                        said(Estimate.about(700), 1)),
                    CensusTaken.of(
                        EventId.of("minors-again"),
                        day(2),
                        CensusScope.account(PRISON_MINORS),
                        said(Estimate.about(650), 2))))
            .ledger();

    Population first = Population.allOf(ledger, day(3).end()).get(0);
    assertThat(first.countedParts()).isEmpty();
    assertThat(first.remainder()).isEqualTo(first.population());
  }

  @Test
  void aCensusWhoseOnlyClaimWasRetractedCountsNobody() {
    CensusTaken withdrawn =
        CensusTaken.of(
            EventId.of("withdrawn"),
            day(1),
            CensusScope.account(PRISON_MINORS),
            Figure.of(
                Claim.of(Estimate.exactly(8), Source.of(GUARD), day(1))
                    .withStatus(ClaimStatus.retracted(day(2)))));
    CensusTaken standing =
        CensusTaken.of(
            EventId.of("standing"),
            day(3),
            CensusScope.account(PRISON_MINORS),
            said(Estimate.exactly(200), 3));
    Ledger ledger = Ledger.of(WORLD).appendAll(List.of(withdrawn, standing)).ledger();

    List<Population> populations = Population.allOf(ledger, day(4).end());
    assertThat(populations.get(0).hasStandingCount()).isFalse();
    assertThat(populations.get(0).isCurrent()).isFalse();
    assertThat(populations.get(0).toString()).contains("no figure of it stands");
    assertThat(populations.get(1).hasStandingCount()).isTrue();
    assertThat(populations.get(1).isCurrent()).isTrue();
    assertThat(Population.over(ledger, EventId.of("withdrawn"), List.of(day(4).end())))
        .containsExactly(Optional.empty());
    assertThat(Population.over(ledger, EventId.of("standing"), List.of(day(4).end())))
        .containsExactly(Optional.of(Estimate.exactly(200)));
  }
}
