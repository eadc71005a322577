package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

/** When one cohort lies within another: the question a plan asks of every movement naming it. */
class CohortWithinTest {
  private static final ActorId ISIS = ActorId.of("isis");
  private static final ActorId OTHER = ActorId.of("other-group");
  private static final CountryCode FR = CountryCode.of("FR");
  private static final CountryCode DE = CountryCode.of("DE");
  private static final CountryCode IQ = CountryCode.of("IQ");
  private static final CountryCode SY = CountryCode.of("SY");

  private static Cohort fighters(NationalityGroup nationals) {
    return Cohort.of(CohortCategory.FIGHTERS, ISIS, nationals);
  }

  @Test
  void two_nationals_of_one_country_lie_within_all_foreigners() {
    Cohort foreigners = fighters(NationalityGroup.allExcept(IQ, SY));

    assertThat(fighters(NationalityGroup.of(FR)).isWithin(foreigners)).isTrue();
    assertThat(fighters(NationalityGroup.of(FR, DE)).isWithin(foreigners)).isTrue();
    assertThat(fighters(NationalityGroup.of(FR, IQ)).isWithin(foreigners)).isFalse();
    assertThat(fighters(NationalityGroup.of(IQ)).isWithin(foreigners)).isFalse();
  }

  @Test
  void named_countries_lie_within_a_larger_set_of_named_countries_only() {
    assertThat(fighters(NationalityGroup.of(FR)).isWithin(fighters(NationalityGroup.of(FR, DE))))
        .isTrue();
    assertThat(fighters(NationalityGroup.of(FR, DE)).isWithin(fighters(NationalityGroup.of(FR))))
        .isFalse();
  }

  @Test
  void all_but_some_lies_within_all_but_fewer_and_never_within_named_countries() {
    Cohort allButIraq = fighters(NationalityGroup.allExcept(IQ));
    Cohort allButIraqAndSyria = fighters(NationalityGroup.allExcept(IQ, SY));

    assertThat(allButIraqAndSyria.isWithin(allButIraq)).isTrue();
    assertThat(allButIraq.isWithin(allButIraqAndSyria)).isFalse();
    assertThat(allButIraq.isWithin(fighters(NationalityGroup.of(FR, DE, SY)))).isFalse();
  }

  @Test
  void a_cohort_without_nationality_lies_within_one_only_when_that_one_has_none() {
    Cohort everyone = Cohort.of(CohortCategory.FIGHTERS, ISIS);

    assertThat(fighters(NationalityGroup.of(FR)).isWithin(everyone)).isTrue();
    assertThat(everyone.isWithin(fighters(NationalityGroup.allExcept(IQ)))).isFalse();
    assertThat(everyone.isWithin(everyone)).isTrue();
  }

  @Test
  void the_category_must_match_unless_the_other_counts_all_detainees() {
    Cohort detainees = Cohort.of(CohortCategory.DETAINEES, ISIS);
    Cohort fighters = Cohort.of(CohortCategory.FIGHTERS, ISIS);
    Cohort minors = Cohort.of(CohortCategory.MINORS, ISIS);

    assertThat(fighters.isWithin(detainees)).isTrue();
    assertThat(minors.isWithin(detainees)).isTrue();
    assertThat(detainees.isWithin(fighters)).isFalse();
    assertThat(minors.isWithin(fighters)).isFalse();
  }

  @Test
  void the_affiliation_must_match() {
    assertThat(
            Cohort.of(CohortCategory.FIGHTERS, OTHER)
                .isWithin(Cohort.of(CohortCategory.DETAINEES, ISIS)))
        .isFalse();
  }

  @Test
  void nulls_are_refused_by_name() {
    assertThatNullPointerException()
        .isThrownBy(() -> Cohort.of(CohortCategory.FIGHTERS, ISIS).isWithin(null))
        .withMessage("other");
    assertThatNullPointerException()
        .isThrownBy(() -> NationalityGroup.of(FR).isWithin(null))
        .withMessage("other");
  }
}
