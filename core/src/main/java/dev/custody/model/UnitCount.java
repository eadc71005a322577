package dev.custody.model;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A figure counted in families or households, not people ("81 families"), and the sourced
 * people-per-family estimate through which it becomes people.
 *
 * <p>Many reports count families. A count of families is never silently a count of people: it
 * becomes one only through a ratio some source stated ("about five per family, according to
 * UNHCR"), itself a {@link Claim} whose estimate is people per family. {@link #people()} is the
 * product by interval multiplication: every count {@code x * y}, with {@code x} families and {@code
 * y} people per family in their ranges, lies in it. A report shows both: the families as printed
 * and the people they stand for.
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
    return ImmutableUnitCount.of(Unit.FAMILIES, count, peoplePerFamily);
  }

  /**
   * Obtains a count of {@code count} households.
   *
   * @param count how many households, as reported
   * @param peoplePerHousehold the sourced estimate of people per household
   * @return the count
   */
  public static UnitCount households(Estimate count, Claim peoplePerHousehold) {
    return ImmutableUnitCount.of(Unit.HOUSEHOLDS, count, peoplePerHousehold);
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
   * Returns the sourced estimate of people per unit: its estimate is a number of people per family
   * or household, its source who stated it.
   *
   * @return the ratio, as a claim
   */
  @Value.Parameter(order = 2)
  public abstract Claim peoplePer();

  @Value.Check
  final void check() {
    if (peoplePer().estimate().best() == 0 || peoplePer().estimate().low() == 0) {
      throw new IllegalArgumentException(
          String.format(
              "UnitCount.peoplePer (%s) must be at least one person per %s",
              peoplePer().estimate(), singular()));
    }
    if (!peoplePer().estimate().hasUpperBound()) {
      throw new IllegalArgumentException(
          String.format(
              "UnitCount.peoplePer (%s) must have an upper bound: an open ratio says nothing of"
                  + " the people",
              peoplePer().estimate()));
    }
    people(); // refuses a product past the largest count
  }

  /**
   * Returns the people the count stands for: the count times the people per unit, by interval
   * multiplication (low times low, best times best, high times high; unbounded when the count is),
   * worded by its shape.
   *
   * @return the people
   * @throws ArithmeticException if the product would exceed {@link Estimate#MAX_COUNT}, naming the
   *     operands and the bound
   */
  @Value.Lazy
  public Estimate people() {
    Estimate count = count();
    Estimate per = peoplePer().estimate();
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

  private String singular() {
    return unit() == Unit.FAMILIES ? "family" : "household";
  }

  /**
   * Returns the count as "81 families, about 5 (4-6) people per family according to unhcr: between
   * 324 and 486 (best 405) people".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return count()
        + " "
        + unit().name().toLowerCase(Locale.ROOT)
        + ", "
        + peoplePer().estimate()
        + " people per "
        + singular()
        + " according to "
        + peoplePer().source()
        + ": "
        + people()
        + " people";
  }
}
