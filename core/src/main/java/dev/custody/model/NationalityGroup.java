package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableSortedSet;
import org.immutables.value.Value;

/**
 * Which nationals a population is made of: the nationals of some countries ("Iraqi nationals"), or
 * the nationals of every country except some ("third-country nationals", neither Syrian nor Iraqi).
 *
 * <p>The set of countries is never empty. {@link #includes(CountryCode)} says whether a national of
 * a given country belongs to the group.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class NationalityGroup {

  NationalityGroup() {}

  /**
   * Obtains the nationals of the given countries.
   *
   * @param first a country
   * @param more further countries
   * @return the group
   */
  public static NationalityGroup of(CountryCode first, CountryCode... more) {
    return ImmutableNationalityGroup.of(countries(first, more), false);
  }

  /**
   * Obtains the nationals of every country except the given ones: {@code allExcept(SY, IQ)} are the
   * third-country nationals of a Syrian or Iraqi detention.
   *
   * @param first an excluded country
   * @param more further excluded countries
   * @return the group
   */
  public static NationalityGroup allExcept(CountryCode first, CountryCode... more) {
    return ImmutableNationalityGroup.of(countries(first, more), true);
  }

  private static ImmutableSortedSet<CountryCode> countries(CountryCode first, CountryCode[] more) {
    ImmutableSortedSet.Builder<CountryCode> countries =
        ImmutableSortedSet.<CountryCode>naturalOrder().add(checkNotNull(first, "first"));
    for (int i = 0; i < checkNotNull(more, "more").length; i++) {
      countries.add(checkNotNull(more[i], "more[%s]", i));
    }
    return countries.build();
  }

  /**
   * Returns the countries named: included ones, or excluded ones when {@link #isExclusive()}.
   *
   * @return the countries, never empty, in code order
   */
  @Value.Parameter(order = 0)
  public abstract ImmutableSortedSet<CountryCode> countries();

  /**
   * Checks if the group is every country's nationals except {@link #countries()}.
   *
   * @return true for "all except", false for "nationals of"
   */
  @Value.Parameter(order = 1)
  public abstract boolean isExclusive();

  @Value.Check
  final void check() {
    if (countries().isEmpty()) {
      throw new IllegalArgumentException(
          "NationalityGroup.countries ([]) must name at least one country");
    }
  }

  /**
   * Checks if a national of {@code country} belongs to the group.
   *
   * @param country the country of nationality
   * @return true if the group includes its nationals
   */
  public final boolean includes(CountryCode country) {
    checkNotNull(country, "country");
    return countries().contains(country) != isExclusive();
  }

  /**
   * Checks if every national this group includes is included by {@code other}: "nationals of FR"
   * lies within "nationals of FR, DE" and within "nationals of countries other than IQ, SY".
   *
   * <p>A group of all countries except some never lies within a group of named countries, since it
   * includes countries nobody named.
   *
   * @param other the group that may contain this one
   * @return true if this group lies within {@code other}
   */
  public final boolean isWithin(NationalityGroup other) {
    checkNotNull(other, "other");
    if (!isExclusive()) {
      for (CountryCode country : countries()) {
        if (!other.includes(country)) {
          return false;
        }
      }
      return true;
    }
    return other.isExclusive() && countries().containsAll(other.countries());
  }

  /**
   * Returns the group as "nationals of IQ, SY" or "nationals of countries other than IQ, SY".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return (isExclusive() ? "nationals of countries other than " : "nationals of ")
        + Joiner.on(", ").join(countries());
  }
}
