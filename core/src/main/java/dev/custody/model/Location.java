package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a facility is, as far as it is known: always a country, then optionally a first-level
 * region (a governorate, province or state) and a point.
 *
 * <p>"A secure location in Iraq" is {@code Location.in(CountryCode.of("IQ"))}; al-Hol camp is in
 * the Hasakah governorate of Syria, {@code Location.in(CountryCode.of("SY"), "Hasakah")}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Location {

  Location() {}

  /**
   * Obtains a location known only by its country.
   *
   * @param country the country
   * @return the location
   */
  public static Location in(CountryCode country) {
    return ImmutableLocation.of(country, Optional.empty(), Optional.empty());
  }

  /**
   * Obtains a location in a first-level region of a country.
   *
   * @param country the country
   * @param region the first-level region's name, such as "Hasakah"; not blank
   * @return the location
   * @throws IllegalArgumentException if {@code region} is blank or has surrounding whitespace
   */
  public static Location in(CountryCode country, String region) {
    return ImmutableLocation.of(
        country, Optional.of(checkNotNull(region, "region")), Optional.empty());
  }

  /**
   * Returns the country.
   *
   * @return the country
   */
  @Value.Parameter(order = 0)
  public abstract CountryCode country();

  /**
   * Returns the first-level region (governorate, province, state), when known.
   *
   * @return the region's name, or empty
   */
  @Value.Parameter(order = 1)
  public abstract Optional<String> region();

  /**
   * Returns the point, when known and disclosed.
   *
   * @return the coordinates, or empty
   */
  @Value.Parameter(order = 2)
  public abstract Optional<Coordinates> coordinates();

  @Value.Check
  final void check() {
    region().ifPresent(r -> Checks.text("Location.region", r));
  }

  /**
   * Returns a copy placed at {@code coordinates}.
   *
   * @param coordinates the point
   * @return the copy
   */
  public final Location withCoordinates(Coordinates coordinates) {
    return ((ImmutableLocation) this).copyWithCoordinates(coordinates);
  }

  /**
   * Returns the location as "Hasakah, SY", "IQ" or "Hasakah, SY (36.4000, 41.0000)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return region().map(r -> r + ", ").orElse("")
        + country()
        + coordinates().map(c -> " (" + c + ")").orElse("");
  }
}
