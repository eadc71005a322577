package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CohortTest {
  private static final ActorId ISIS = ActorId.of("isis");
  private static final CountryCode SY = CountryCode.of("SY");
  private static final CountryCode IQ = CountryCode.of("IQ");
  private static final CountryCode FR = CountryCode.of("FR");

  @Test
  void a_cohort_of_any_nationality() {
    Cohort fighters = Cohort.of(CohortCategory.FIGHTERS, ISIS);

    assertThat(fighters.nationality()).isEmpty();
    assertThat(fighters).hasToString("fighters affiliated with isis");
  }

  @Test
  void third_country_nationals_are_everyone_but_the_named_countries() {
    NationalityGroup thirdCountry = NationalityGroup.allExcept(SY, IQ);
    Cohort families = Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS).withNationality(thirdCountry);

    assertThat(thirdCountry.includes(FR)).isTrue();
    assertThat(thirdCountry.includes(SY)).isFalse();
    assertThat(thirdCountry.isExclusive()).isTrue();
    assertThat(families)
        .hasToString(
            "family members affiliated with isis, nationals of countries other than IQ, SY");
    assertThat(families)
        .isEqualTo(
            Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS, NationalityGroup.allExcept(IQ, SY)));
  }

  @Test
  void nationals_of_named_countries() {
    NationalityGroup iraqis = NationalityGroup.of(IQ);

    assertThat(iraqis.includes(IQ)).isTrue();
    assertThat(iraqis.includes(SY)).isFalse();
    assertThat(NationalityGroup.of(SY, IQ, SY)).hasToString("nationals of IQ, SY");
  }

  @Test
  void a_cohort_of_any_affiliation_counts_everyone_of_its_category() {
    Cohort residents = Cohort.of(CohortCategory.DETAINEES);
    Cohort iraqiResidents = Cohort.of(CohortCategory.DETAINEES, NationalityGroup.of(IQ));

    assertThat(residents.affiliation()).isEmpty();
    assertThat(residents).hasToString("detainees of any affiliation");
    assertThat(iraqiResidents).hasToString("detainees of any affiliation, nationals of IQ");
    assertThat(Cohort.of(CohortCategory.FIGHTERS, ISIS).affiliation()).contains(ISIS);
  }

  @Test
  void every_affiliation_lies_within_a_cohort_of_any_affiliation_but_not_the_other_way() {
    Cohort residents = Cohort.of(CohortCategory.DETAINEES);
    Cohort isisFamilies = Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS);
    Cohort iraqiResidents = Cohort.of(CohortCategory.DETAINEES, NationalityGroup.of(IQ));

    assertThat(isisFamilies.isWithin(residents)).isTrue();
    assertThat(iraqiResidents.isWithin(residents)).isTrue();
    assertThat(Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS, NationalityGroup.of(IQ)))
        .matches(c -> c.isWithin(iraqiResidents));
    // a group's families are not all Iraqis, and the camp's residents are not all the group's
    assertThat(isisFamilies.isWithin(iraqiResidents)).isFalse();
    assertThat(residents.isWithin(Cohort.of(CohortCategory.DETAINEES, ISIS))).isFalse();
    // of any affiliation, but still of one category
    assertThat(Cohort.of(CohortCategory.WOMEN).isWithin(Cohort.of(CohortCategory.MINORS)))
        .isFalse();
    assertThat(residents.isWithin(residents)).isTrue();
  }

  @Test
  void a_cohort_of_any_affiliation_needs_its_parts() {
    assertThatThrownBy(() -> Cohort.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("category");
    assertThatThrownBy(() -> Cohort.of(CohortCategory.DETAINEES, (NationalityGroup) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("nationality");
    assertThatThrownBy(() -> Cohort.of(CohortCategory.DETAINEES, (ActorId) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("affiliation");
  }
}
