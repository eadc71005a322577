package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A figure counted in families or households, not people ("81 families"), and, when a source stated
 * one, the people-per-family estimate through which it becomes people.
 *
 * <p>Many reports count families. A count of families is never silently a count of people: it
 * becomes one only through a ratio some source stated ("about five per family, according to
 * UNHCR"), itself a {@link Claim} whose estimate is people per family. {@link #people()} is the
 * product by interval multiplication: every count {@code x * y}, with {@code x} families and {@code
 * y} people per family in their ranges, lies in it. A report shows both: the families as printed
 * and the people they stand for.
 *
 * <p>Sources also count families without any ratio, in two ways. Beside their own people figure
 * ("192 families, or 776 people"): the claim's estimate is then that figure, words kept, and the
 * families stay with it; see {@link #checkPeople(Estimate)}. Or alone ("750 families"): the people
 * are not stated, and the claim's estimate is {@link #peopleNotStated()}, at least one person per
 * family and no upper bound, which a report shows as "750 families (people not stated)", never as a
 * number of people.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class UnitCount {

  /** What a figure counts when it does not count people. */
  public enum Unit {
    /** Families. */
    FAMILIES,
    /** Households. */
    HOUSEHOLDS
  }

  UnitCount() {}

  /**
   * Obtains a count of {@code count} families.
   *
   * @param count how many families, as reported
   * @param peoplePerFamily the sourced estimate of people per family
   * @return the count
   */
  public static UnitCount families(Estimate count, Claim peoplePerFamily) {
    return ImmutableUnitCount.of(
        Unit.FAMILIES, count, Optional.of(checkNotNull(peoplePerFamily, "peoplePerFamily")));
  }

  /**
   * Obtains a count of {@code count} families with no ratio: the people are either the source's own
   * figure beside it or not stated.
   *
   * @param count how many families, as reported
   * @return the count
   */
  public static UnitCount families(Estimate count) {
    return ImmutableUnitCount.of(Unit.FAMILIES, count, Optional.empty());
  }

  /**
   * Obtains a count of {@code count} households with no ratio: the people are either the source's
   * own figure beside it or not stated.
   *
   * @param count how many households, as reported
   * @return the count
   */
  public static UnitCount households(Estimate count) {
    return ImmutableUnitCount.of(Unit.HOUSEHOLDS, count, Optional.empty());
  }

  /**
   * Obtains a count of {@code count} households.
   *
   * @param count how many households, as reported
   * @param peoplePerHousehold the sourced estimate of people per household
   * @return the count
   */
  public static UnitCount households(Estimate count, Claim peoplePerHousehold) {
    return ImmutableUnitCount.of(
        Unit.HOUSEHOLDS,
        count,
        Optional.of(checkNotNull(peoplePerHousehold, "peoplePerHousehold")));
  }

  /**
   * Returns what is counted.
   *
   * @return the unit
   */
  @Value.Parameter(order = 0)
  public abstract Unit unit();

  /**
   * Returns how many families or households, as reported.
   *
   * @return the count in units
   */
  @Value.Parameter(order = 1)
  public abstract Estimate count();

  /**
   * Returns the sourced estimate of people per unit, when a source stated one: its estimate is a
   * number of people per family or household, its source who stated it.
   *
   * @return the ratio, as a claim, or empty when no ratio was stated
   */
  @Value.Parameter(order = 2)
  public abstract Optional<Claim> peoplePer();

  @Value.Check
  final void check() {
    if (peoplePer().isEmpty()) {
      return;
    }
    Estimate per = peoplePer().get().estimate();
    if (per.best() == 0 || per.low() == 0) {
      throw new IllegalArgumentException(
          String.format(
              "UnitCount.peoplePer (%s) must be at least one person per %s", per, singular()));
    }
    if (!per.hasUpperBound()) {
      throw new IllegalArgumentException(
          String.format(
              "UnitCount.peoplePer (%s) must have an upper bound: an open ratio says nothing of"
                  + " the people",
              per));
    }
    people(); // refuses a product past the largest count
  }

  /**
   * Returns the people a count without a source's people figure stands for: at least one person per
   * unit (the count's low) and no upper bound, the best value the low too. It is not a number of
   * people any source gave, only what the units alone imply.
   *
   * @return at least the count's low
   */
  public final Estimate peopleNotStated() {
    return Estimate.atLeast(count().low());
  }

  /**
   * Checks that {@code people} may be the people of a claim in these units: with a ratio, the
   * people it stands for ({@link #people()}, equal as estimates); without one, either {@link
   * #peopleNotStated()} or the source's own figure, which must leave room for one person per unit
   * (its high, when it has one, at least the count's low).
   *
   * @param people the claim's estimate
   * @throws IllegalArgumentException naming the estimate, the units and the rule broken
   */
  public final void checkPeople(Estimate people) {
    checkNotNull(people, "people");
    if (peoplePer().isPresent()) {
      if (!people().isEqual(people)) {
        throw new IllegalArgumentException(
            String.format(
                "Claim.estimate (%s) must be the people its units stand for (%s)", people, this));
      }
    } else if (people.hasUpperBound() && people.high() < count().low()) {
      throw new IllegalArgumentException(
          String.format(
              "Claim.estimate (%s) must allow at least one person per %s of its units (%s)",
              people, singular(), this));
    }
  }

  /**
   * Returns whether {@code people}, a claim's estimate in these units, is a figure the source
   * stated: true with a ratio (the people are derived from it) or when it differs from {@link
   * #peopleNotStated()}; a figure equal to that floor says no more than the units and is shown as
   * not stated.
   *
   * @param people the claim's estimate
   * @return whether the people are stated or derived from a stated ratio
   */
  public final boolean statesPeople(Estimate people) {
    checkNotNull(people, "people");
    return peoplePer().isPresent() || !peopleNotStated().equals(people);
  }

  /**
   * Returns the people the count stands for through its ratio: the count times the people per unit,
   * by interval multiplication (low times low, best times best, high times high; unbounded when the
   * count is), worded by its shape.
   *
   * @return the people
   * @throws IllegalStateException if the count has no ratio (see {@link #peoplePer()})
   * @throws ArithmeticException if the product would exceed {@link Estimate#MAX_COUNT}, naming the
   *     operands and the bound
   */
  @Value.Lazy
  public Estimate people() {
    if (peoplePer().isEmpty()) {
      throw new IllegalStateException(
          String.format(
              "UnitCount.people: %s %s have no ratio of people per %s",
              count(), unit().name().toLowerCase(Locale.ROOT), singular()));
    }
    Estimate count = count();
    Estimate per = peoplePer().get().estimate();
    long low = product(count.low(), per.low(), count, per);
    long best = product(count.best(), per.best(), count, per);
    if (!count.hasUpperBound()) {
      Estimate open =
          count.qualifier() == Estimate.Qualifier.MORE_THAN && low >= 1
              ? Estimate.moreThan(low - 1)
              : Estimate.atLeast(low);
      return open.withBest(best);
    }
    long high = product(count.high(), per.high(), count, per);
    return Estimate.of(low, best, high);
  }

  private static long product(long a, long b, Estimate count, Estimate per) {
    if (b != 0 && a > Estimate.MAX_COUNT / b) {
      throw new ArithmeticException(
          String.format(
              "UnitCount.people: %s times %s must not exceed the largest count,"
                  + " Estimate.MAX_COUNT (%,d)",
              count, per, Estimate.MAX_COUNT));
    }
    return a * b;
  }

  /**
   * Returns a claim's figure in units as a report shows it: "81 families at about 5 (4-6) per
   * family (unhcr): between 324 and 486 (best 405) people" with a ratio, "776 people (192
   * families)" beside the source's own people figure, "750 families (people not stated)" alone.
   *
   * @param units the claim's units
   * @param people the claim's estimate
   * @return the text
   * @throws NullPointerException naming {@code units} or {@code people} when null
   */
  public static String claimed(UnitCount units, Estimate people) {
    checkNotNull(units, "units");
    checkNotNull(people, "people");
    return claimed(units, people, ": ");
  }

  /** As {@link #claimed(UnitCount, Estimate)}, the ratio's source followed by {@code separator}. */
  static String claimed(UnitCount units, Estimate people, String separator) {
    String plural = units.unit().name().toLowerCase(Locale.ROOT);
    if (units.peoplePer().isPresent()) {
      Claim per = units.peoplePer().get();
      return units.count()
          + " "
          + plural
          + " at "
          + per.estimate()
          + " per "
          + units.singular()
          + " ("
          + per.source()
          + ")"
          + separator
          + people
          + " people";
    }
    if (!units.statesPeople(people)) {
      return units.count() + " " + plural + " (people not stated)";
    }
    return people + " people (" + units.count() + " " + plural + ")";
  }

  /**
   * Returns the singular word of the unit, "family" or "household".
   *
   * @return the word
   */
  public final String singular() {
    return unit() == Unit.FAMILIES ? "family" : "household";
  }

  /**
   * Returns the count as "81 families, about 5 (4-6) people per family according to unhcr: between
   * 324 and 486 (best 405) people", or as "750 families" without a ratio.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    if (peoplePer().isEmpty()) {
      return count() + " " + unit().name().toLowerCase(Locale.ROOT);
    }
    Claim per = peoplePer().get();
    return count()
        + " "
        + unit().name().toLowerCase(Locale.ROOT)
        + ", "
        + per.estimate()
        + " people per "
        + singular()
        + " according to "
        + per.source()
        + ": "
        + people()
        + " people";
  }
}
