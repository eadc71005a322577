package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;

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
}
