package dev.custody.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.FacilityId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link CensusScope}: its factories and narrowing copies, its invariants broken and kept, what it
 * covers under each criterion, and its text.
 */
class CensusScopeTest {
  static final ActorId SDF = ActorId.of("sdf");
  static final ActorId SYRIA = ActorId.of("syria-gov");
  static final ActorId IRAQ = ActorId.of("iraq-gov");
  static final ActorId ISIS = ActorId.of("isis");
  static final FacilityId SHADDADI = FacilityId.of("al-shaddadi");
  static final FacilityId AL_HOL = FacilityId.of("al-hol");
  static final FacilityId IRAQ_SECURE = FacilityId.of("iraq-secure");
  static final FacilityId UNKNOWN = FacilityId.of("camp-nowhere");
  static final CountryCode SY = CountryCode.of("SY");
  static final CountryCode IQ = CountryCode.of("IQ");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);
  static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS);

  /** The world's map of facilities to countries; {@code UNKNOWN} is in none. */
  static final Function<FacilityId, Optional<CountryCode>> COUNTRY_OF =
      f -> Optional.ofNullable(Map.of(SHADDADI, SY, AL_HOL, SY, IRAQ_SECURE, IQ).get(f));

  static final Account SDF_SHADDADI = Account.heldAt(SDF, SHADDADI, FIGHTERS);
  static final Account SDF_AL_HOL = Account.heldAt(SDF, AL_HOL, FIGHTERS);
  static final Account SDF_AL_HOL_FAMILIES = Account.heldAt(SDF, AL_HOL, FAMILIES);
  static final Account SYRIA_AL_HOL = Account.heldAt(SYRIA, AL_HOL, FIGHTERS);
  static final Account IRAQ_SITE = Account.heldAt(IRAQ, IRAQ_SECURE, FIGHTERS);
  static final Account SDF_IN_SYRIA = Account.heldIn(SDF, SY, FIGHTERS);
  static final Account SDF_IN_IRAQ = Account.heldIn(SDF, IQ, FIGHTERS);
  static final Account SYRIA_SOMEWHERE = Account.held(SYRIA, FIGHTERS);
  static final Account SDF_UNKNOWN_FACILITY = Account.heldAt(SDF, UNKNOWN, FIGHTERS);

  static final Account[] NOT_HELD = {
    Account.atLargeFrom(SHADDADI, FIGHTERS),
    Account.atLargeFrom(AL_HOL, FIGHTERS),
    Account.atLarge(FIGHTERS),
    Account.released(FIGHTERS),
    Account.repatriated(FIGHTERS),
    Account.dead(FIGHTERS),
    Account.outside(FIGHTERS)
  };

  // ------------------------------------------------------------------------------------------
  // factories

  @Test
  void accountScopeCountsOneAccount() {
    CensusScope scope = CensusScope.account(SDF_SHADDADI);

    assertThat(scope.isSingleAccount()).isTrue();
    assertThat(scope.account()).contains(SDF_SHADDADI);
    assertThat(scope.facilities()).isEmpty();
    assertThat(scope.country()).isEmpty();
    assertThat(scope.custodian()).isEmpty();
    assertThat(scope.cohort()).isEmpty();
  }

  @Test
  void theAccountCountedIsKeptAsAListOfOneOrNone() {
    assertThat(CensusScope.account(SDF_SHADDADI).accountCounted()).containsExactly(SDF_SHADDADI);
    assertThat(CensusScope.facilities(AL_HOL).accountCounted()).isEmpty();
    assertThat(CensusScope.jointly(SDF_SHADDADI, SDF_AL_HOL).accountCounted()).isEmpty();
    assertThat(CensusScope.facilities(AL_HOL).isSingleAccount()).isFalse();
  }

  @Test
  void criteriaScopesNameTheirCriterionOnly() {
    CensusScope facilities = CensusScope.facilities(SHADDADI, AL_HOL, SHADDADI);
    assertThat(facilities.isSingleAccount()).isFalse();
    assertThat(facilities.facilities()).contains(ImmutableSet.of(SHADDADI, AL_HOL));
    assertThat(facilities.account()).isEmpty();
    assertThat(facilities.country()).isEmpty();

    assertThat(CensusScope.facilities(AL_HOL).facilities()).contains(ImmutableSet.of(AL_HOL));

    CensusScope country = CensusScope.country(SY);
    assertThat(country.country()).contains(SY);
    assertThat(country.facilities()).isEmpty();
    assertThat(country.custodian()).isEmpty();

    CensusScope custodian = CensusScope.custodian(SDF);
    assertThat(custodian.custodian()).contains(SDF);
    assertThat(custodian.country()).isEmpty();
    assertThat(custodian.isSingleAccount()).isFalse();
  }

  @Test
  void withCustodianAndWithCohortNarrowACopy() {
    CensusScope country = CensusScope.country(SY);

    CensusScope narrower = country.withCustodian(SDF).withCohort(FAMILIES);

    assertThat(narrower.country()).contains(SY);
    assertThat(narrower.custodian()).contains(SDF);
    assertThat(narrower.cohort()).contains(FAMILIES);
    assertThat(country.custodian()).isEmpty();
    assertThat(country.cohort()).isEmpty();
  }

  // ------------------------------------------------------------------------------------------
  // invariants, broken and kept

  @Test
  void aScopeNamesOneAccountOrSomeCriteriaNotBoth() {
    assertThat(ImmutableCensusScope.builder().account(SDF_SHADDADI).build())
        .isEqualTo(CensusScope.account(SDF_SHADDADI));
    assertThatThrownBy(
            () -> ImmutableCensusScope.builder().account(SDF_SHADDADI).country(SY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CensusScope must name either one account or some criteria, not both");
  }

  @Test
  void aScopeNamesOneAccountOrSomeCriteriaNotNeither() {
    assertThat(ImmutableCensusScope.builder().cohort(FIGHTERS).build().cohort()).contains(FIGHTERS);
    assertThatThrownBy(() -> ImmutableCensusScope.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CensusScope must name either one account or some criteria, not neither");
  }

  @Test
  void aOneAccountScopeCannotBeNarrowed() {
    CensusScope account = CensusScope.account(SDF_SHADDADI);

    assertThatThrownBy(() -> account.withCustodian(SDF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CensusScope must name either one account or some criteria, not both");
    assertThatThrownBy(() -> account.withCohort(FIGHTERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CensusScope must name either one account or some criteria, not both");
  }

  @Test
  void aFacilityCriterionIsNotEmpty() {
    assertThat(ImmutableCensusScope.builder().facilities(ImmutableSet.of(AL_HOL)).build())
        .isEqualTo(CensusScope.facilities(AL_HOL));
    assertThatThrownBy(() -> ImmutableCensusScope.builder().facilities(ImmutableSet.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CensusScope.facilities ([]) must not be empty");
  }

  @Test
  void theOutsideAccountCannotBeCounted() {
    assertThat(CensusScope.account(Account.released(FIGHTERS)).account())
        .contains(Account.released(FIGHTERS));
    assertThatThrownBy(() -> CensusScope.account(Account.outside(FIGHTERS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CensusScope.account (outside: fighters affiliated with isis) cannot be counted");
  }

  // ------------------------------------------------------------------------------------------
  // covers

  @Test
  void aOneAccountScopeCoversExactlyThatAccount() {
    CensusScope scope = CensusScope.account(SDF_SHADDADI);
    assertThat(scope.covers(SDF_SHADDADI, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SDF_AL_HOL, COUNTRY_OF)).isFalse();
    assertThat(scope.covers(Account.heldAt(SDF, SHADDADI, FAMILIES), COUNTRY_OF)).isFalse();

    // a one-account scope may count an account that is not held
    Account atLarge = Account.atLargeFrom(SHADDADI, FIGHTERS);
    assertThat(CensusScope.account(atLarge).covers(atLarge, COUNTRY_OF)).isTrue();
    assertThat(CensusScope.account(atLarge).covers(Account.atLarge(FIGHTERS), COUNTRY_OF))
        .isFalse();
  }

  @Test
  void aFacilityScopeCoversHeldAccountsAtThoseFacilitiesOnly() {
    CensusScope scope = CensusScope.facilities(AL_HOL);
    assertThat(scope.covers(SDF_AL_HOL, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SYRIA_AL_HOL, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SDF_AL_HOL_FAMILIES, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SDF_SHADDADI, COUNTRY_OF)).isFalse();
    // held with no facility reported: never at a facility
    assertThat(scope.covers(SDF_IN_SYRIA, COUNTRY_OF)).isFalse();
    assertThat(scope.covers(SYRIA_SOMEWHERE, COUNTRY_OF)).isFalse();
    // at large from the facility: not held there
    assertThat(scope.covers(Account.atLargeFrom(AL_HOL, FIGHTERS), COUNTRY_OF)).isFalse();
  }

  @Test
  void aScopeOfSeveralFacilitiesCoversEachOfThem() {
    CensusScope scope = CensusScope.facilities(SHADDADI, AL_HOL);
    assertThat(scope.covers(SDF_SHADDADI, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SDF_AL_HOL, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(IRAQ_SITE, COUNTRY_OF)).isFalse();
  }

  @Test
  void aCountryScopeCoversFacilitiesThereAndAccountsHeldInTheCountry() {
    CensusScope scope = CensusScope.country(SY);
    assertThat(scope.covers(SDF_SHADDADI, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SYRIA_AL_HOL, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SDF_IN_SYRIA, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(IRAQ_SITE, COUNTRY_OF)).isFalse();
    assertThat(scope.covers(SDF_IN_IRAQ, COUNTRY_OF)).isFalse();
    // place not reported, or a facility the world does not place: not known to be in SY
    assertThat(scope.covers(SYRIA_SOMEWHERE, COUNTRY_OF)).isFalse();
    assertThat(scope.covers(SDF_UNKNOWN_FACILITY, COUNTRY_OF)).isFalse();

    assertThat(CensusScope.country(IQ).covers(IRAQ_SITE, COUNTRY_OF)).isTrue();
    assertThat(CensusScope.country(IQ).covers(SDF_IN_IRAQ, COUNTRY_OF)).isTrue();
    assertThat(CensusScope.country(IQ).covers(SDF_SHADDADI, COUNTRY_OF)).isFalse();
  }

  @Test
  void theCountryOfAFacilityComesFromTheFunctionGiven() {
    CensusScope scope = CensusScope.country(IQ);
    assertThat(scope.covers(SDF_SHADDADI, COUNTRY_OF)).isFalse();
    assertThat(scope.covers(SDF_SHADDADI, f -> Optional.of(IQ))).isTrue();
    assertThat(CensusScope.country(SY).covers(SDF_SHADDADI, f -> Optional.empty())).isFalse();
  }

  @Test
  void aCustodianScopeCoversWhatThatCustodianHoldsAnywhere() {
    CensusScope scope = CensusScope.custodian(SDF);
    assertThat(scope.covers(SDF_SHADDADI, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SDF_IN_IRAQ, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SDF_UNKNOWN_FACILITY, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(Account.held(SDF, FAMILIES), COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SYRIA_AL_HOL, COUNTRY_OF)).isFalse();
    assertThat(scope.covers(SYRIA_SOMEWHERE, COUNTRY_OF)).isFalse();
  }

  @Test
  void aCohortCriterionCoversThatCohortOnly() {
    CensusScope scope = CensusScope.custodian(SDF).withCohort(FAMILIES);
    assertThat(scope.covers(SDF_AL_HOL_FAMILIES, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SDF_AL_HOL, COUNTRY_OF)).isFalse();

    CensusScope cohortOnly = ImmutableCensusScope.builder().cohort(FIGHTERS).build();
    assertThat(cohortOnly.covers(SDF_AL_HOL, COUNTRY_OF)).isTrue();
    assertThat(cohortOnly.covers(IRAQ_SITE, COUNTRY_OF)).isTrue();
    assertThat(cohortOnly.covers(SDF_AL_HOL_FAMILIES, COUNTRY_OF)).isFalse();
  }

  @Test
  void criteriaCombineWithAnd() {
    CensusScope scope = CensusScope.country(SY).withCustodian(SDF);
    assertThat(scope.covers(SDF_SHADDADI, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SDF_IN_SYRIA, COUNTRY_OF)).isTrue();
    assertThat(scope.covers(SYRIA_AL_HOL, COUNTRY_OF)).as("wrong custodian").isFalse();
    assertThat(scope.covers(SDF_IN_IRAQ, COUNTRY_OF)).as("wrong country").isFalse();

    CensusScope atAlHol = CensusScope.facilities(AL_HOL).withCustodian(SYRIA).withCohort(FIGHTERS);
    assertThat(atAlHol.covers(SYRIA_AL_HOL, COUNTRY_OF)).isTrue();
    assertThat(atAlHol.covers(SDF_AL_HOL, COUNTRY_OF)).isFalse();
    assertThat(atAlHol.covers(Account.heldAt(SYRIA, AL_HOL, FAMILIES), COUNTRY_OF)).isFalse();
    assertThat(atAlHol.covers(Account.heldAt(SYRIA, SHADDADI, FIGHTERS), COUNTRY_OF)).isFalse();

    CensusScope facilityAndCountry =
        ImmutableCensusScope.builder()
            .facilities(ImmutableSet.of(AL_HOL, IRAQ_SECURE))
            .country(IQ)
            .build();
    assertThat(facilityAndCountry.covers(IRAQ_SITE, COUNTRY_OF)).isTrue();
    assertThat(facilityAndCountry.covers(SDF_AL_HOL, COUNTRY_OF)).isFalse();
  }

  @Test
  void accountsThatAreNotHeldAreNeverCoveredByCriteria() {
    CensusScope[] scopes = {
      CensusScope.facilities(SHADDADI, AL_HOL),
      CensusScope.country(SY),
      CensusScope.custodian(SDF),
      CensusScope.custodian(SDF).withCohort(FIGHTERS),
      ImmutableCensusScope.builder().cohort(FIGHTERS).build()
    };
    for (CensusScope scope : scopes) {
      for (Account account : NOT_HELD) {
        assertThat(scope.covers(account, f -> Optional.of(SY)))
            .as("%s covers %s", scope, account)
            .isFalse();
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // text

  @Test
  void toStringNamesTheAccountOrTheCriteria() {
    assertThat(CensusScope.account(SDF_SHADDADI))
        .hasToString("[held by sdf at al-shaddadi: fighters affiliated with isis]");
    assertThat(CensusScope.facilities(SHADDADI, AL_HOL))
        .hasToString("facilities [al-shaddadi, al-hol]");
    assertThat(CensusScope.country(SY)).hasToString("country SY");
    assertThat(CensusScope.custodian(SDF)).hasToString("custodian sdf");
    assertThat(CensusScope.country(SY).withCustodian(SDF).withCohort(FIGHTERS))
        .hasToString("country SY, custodian sdf, cohort fighters affiliated with isis");
    assertThat(
            ImmutableCensusScope.builder()
                .facilities(ImmutableSet.of(AL_HOL))
                .country(SY)
                .custodian(SDF)
                .cohort(FAMILIES)
                .build())
        .hasToString(
            "facilities [al-hol], country SY, custodian sdf, cohort family members affiliated with"
                + " isis");
  }
}
