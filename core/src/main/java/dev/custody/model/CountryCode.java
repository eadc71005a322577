package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import dev.custody.internal.Checks;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A country, identified by its ISO 3166-1 alpha-2 code, such as {@code SY} for Syria or {@code IQ}
 * for Iraq.
 *
 * <p>Only codes that ISO 3166-1 assigns to a country (as listed by {@link
 * Locale#getISOCountries()}) are accepted, in upper case. {@link #toString()} returns the code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class CountryCode implements Comparable<CountryCode> {
  private static final ImmutableSet<String> ISO_3166_ALPHA_2 =
      ImmutableSet.copyOf(Locale.getISOCountries());

  CountryCode() {}

  /**
   * Obtains the country whose ISO 3166-1 alpha-2 code is {@code code}.
   *
   * @param code two upper-case letters, such as {@code "SY"}
   * @return the country code
   * @throws IllegalArgumentException if {@code code} is not an assigned ISO 3166-1 alpha-2 code in
   *     upper case
   */
  public static CountryCode of(String code) {
    return ImmutableCountryCode.of(code);
  }

  /**
   * Returns the two-letter code.
   *
   * @return the code, such as {@code "IQ"}
   */
  @Value.Parameter
  public abstract String code();

  @Value.Check
  final void check() {
    if (!ISO_3166_ALPHA_2.contains(code())) {
      throw new IllegalArgumentException(
          String.format(
              "CountryCode.code (%s) must be an ISO 3166-1 alpha-2 country code in upper"
                  + " case, like \"SY\"",
              Checks.quote(code())));
    }
  }

  /**
   * Compares countries by their codes.
   *
   * @param other the country to compare with
   * @return negative, zero or positive as this code sorts before, with or after the other
   */
  @Override
  public final int compareTo(CountryCode other) {
    checkNotNull(other, "other");
    return code().compareTo(other.code());
  }

  /**
   * Returns the two-letter code, so that {@code CountryCode.of(c.toString())} equals {@code c}.
   *
   * @return the code
   */
  @Override
  public final String toString() {
    return code();
  }
}
