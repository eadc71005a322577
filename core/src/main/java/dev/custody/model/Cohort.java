package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who is counted in a detainee population: a {@link CohortCategory category}, an affiliation, and
 * optionally a {@link NationalityGroup}.
 *
 * <p>"ISIS fighters" is {@code Cohort.of(FIGHTERS, isis)}; "foreign family members of ISIS
 * fighters" adds {@code NationalityGroup.allExcept(SY, IQ)}. Custody tracks populations, never
 * individuals: a cohort names a kind of person, and a count of them is an {@link Estimate}.
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
    return ImmutableCohort.of(category, affiliation, Optional.empty());
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
        category, affiliation, Optional.of(checkNotNull(nationality, "nationality")));
  }

  /**
   * Returns who is counted.
   *
   * @return the category
   */
  @Value.Parameter(order = 0)
  public abstract CohortCategory category();

  /**
   * Returns the actor the people counted are affiliated with.
   *
   * @return the affiliation
   */
  @Value.Parameter(order = 1)
  public abstract ActorId affiliation();

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
   * Checks if everyone in this cohort is in {@code other}: the same affiliation, the same category
   * or {@code other}'s category is {@link CohortCategory#DETAINEES} (everyone detained), and a
   * nationality group within {@code other}'s, or {@code other} says no nationality. Two nationals
   * of one country lie within the plan's "fighters affiliated with isis, nationals of countries
   * other than IQ, SY".
   *
   * <p>A cohort lies within itself.
   *
   * @param other the cohort that may contain this one
   * @return true if this cohort lies within {@code other}
   */
  public final boolean isWithin(Cohort other) {
    checkNotNull(other, "other");
    if (!affiliation().equals(other.affiliation())) {
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
   * Returns the cohort as "fighters affiliated with isis" or "family members affiliated with isis,
   * nationals of countries other than IQ, SY".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return category().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " affiliated with "
        + affiliation()
        + nationality().map(n -> ", " + n).orElse("");
  }
}
