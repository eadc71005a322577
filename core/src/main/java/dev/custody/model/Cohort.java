package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who is counted in a detainee population: a {@link CohortCategory category}, optionally an
 * affiliation, and optionally a {@link NationalityGroup}.
 *
 * <p>"ISIS fighters" is {@code Cohort.of(FIGHTERS, isis)}; "foreign family members of ISIS
 * fighters" adds {@code NationalityGroup.allExcept(SY, IQ)}. Custody tracks populations, never
 * individuals: a cohort names a kind of person, and a count of them is an {@link Estimate}.
 *
 * <p>A cohort without an affiliation counts people of any affiliation, or of none on record: the
 * residents of a camp that holds the families of a group's members beside other displaced people,
 * counted as one population ({@code Cohort.of(DETAINEES)}, "detainees of any affiliation"). The
 * cohorts of every affiliation lie within it, as every nationality lies within a cohort that names
 * none, so a count of a group's families held in the camp is a part of the camp's count, never a
 * second population beside it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Cohort {

  Cohort() {}

  /**
   * Obtains a cohort of any nationality.
   *
   * @param category who is counted
   * @param affiliation the actor they are affiliated with, such as {@code isis}
   * @return the cohort
   */
  public static Cohort of(CohortCategory category, ActorId affiliation) {
    return ImmutableCohort.of(
        category, Optional.of(checkNotNull(affiliation, "affiliation")), Optional.empty());
  }

  /**
   * Obtains a cohort of any affiliation and any nationality: everyone of {@code category} a
   * custodian holds, whoever they are said to be affiliated with, as in a count of all the
   * residents of a camp.
   *
   * @param category who is counted
   * @return the cohort
   */
  public static Cohort of(CohortCategory category) {
    return ImmutableCohort.of(category, Optional.empty(), Optional.empty());
  }

  /**
   * Obtains a cohort of the given nationals, of any affiliation: "the Iraqis in the camp".
   *
   * @param category who is counted
   * @param nationality which nationals
   * @return the cohort
   */
  public static Cohort of(CohortCategory category, NationalityGroup nationality) {
    return ImmutableCohort.of(
        category, Optional.empty(), Optional.of(checkNotNull(nationality, "nationality")));
  }

  /**
   * Obtains a cohort of the given nationals.
   *
   * @param category who is counted
   * @param affiliation the actor they are affiliated with
   * @param nationality which nationals
   * @return the cohort
   */
  public static Cohort of(
      CohortCategory category, ActorId affiliation, NationalityGroup nationality) {
    return ImmutableCohort.of(
        category,
        Optional.of(checkNotNull(affiliation, "affiliation")),
        Optional.of(checkNotNull(nationality, "nationality")));
  }

  /**
   * Returns who is counted.
   *
   * @return the category
   */
  @Value.Parameter(order = 0)
  public abstract CohortCategory category();

  /**
   * Returns the actor the people counted are affiliated with, when the cohort is restricted to one.
   *
   * @return the affiliation, or empty for people of any affiliation
   */
  @Value.Parameter(order = 1)
  public abstract Optional<ActorId> affiliation();

  /**
   * Returns which nationals are counted, when the cohort is restricted to some.
   *
   * @return the nationality group, or empty for any nationality
   */
  @Value.Parameter(order = 2)
  public abstract Optional<NationalityGroup> nationality();

  /**
   * Returns a copy restricted to {@code nationality}.
   *
   * @param nationality which nationals
   * @return the copy
   */
  public final Cohort withNationality(NationalityGroup nationality) {
    return ((ImmutableCohort) this).copyWithNationality(nationality);
  }

  /**
   * Checks if everyone in this cohort is in {@code other}: the same affiliation or {@code other}
   * says no affiliation, the same category or {@code other}'s category is {@link
   * CohortCategory#DETAINEES} (everyone detained), and a nationality group within {@code other}'s,
   * or {@code other} says no nationality. Two nationals of one country lie within the plan's
   * "fighters affiliated with isis, nationals of countries other than IQ, SY".
   *
   * <p>A cohort lies within itself.
   *
   * @param other the cohort that may contain this one
   * @return true if this cohort lies within {@code other}
   */
  public final boolean isWithin(Cohort other) {
    checkNotNull(other, "other");
    if (other.affiliation().isPresent() && !other.affiliation().equals(affiliation())) {
      return false;
    }
    if (category() != other.category() && other.category() != CohortCategory.DETAINEES) {
      return false;
    }
    if (other.nationality().isEmpty()) {
      return true;
    }
    return nationality().isPresent() && nationality().get().isWithin(other.nationality().get());
  }

  /**
   * Returns the cohort as "fighters affiliated with isis", "family members affiliated with isis,
   * nationals of countries other than IQ, SY" or "detainees of any affiliation".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return category().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + affiliation().map(a -> " affiliated with " + a).orElse(" of any affiliation")
        + nationality().map(n -> ", " + n).orElse("");
  }
}
