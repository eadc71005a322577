package dev.custody.model;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A point on the Earth in WGS 84 degrees: latitude from -90 to 90, longitude from -180 to 180.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Coordinates {

  Coordinates() {}

  /**
   * Obtains the point at {@code latitude}, {@code longitude}.
   *
   * @param latitude degrees north, from -90 to 90
   * @param longitude degrees east, from -180 to 180
   * @return the point
   * @throws IllegalArgumentException if either is out of range or not a number
   */
  public static Coordinates of(double latitude, double longitude) {
    return ImmutableCoordinates.of(latitude, longitude);
  }

  /**
   * Returns the latitude.
   *
   * @return degrees north, from -90 to 90
   */
  @Value.Parameter(order = 0)
  public abstract double latitude();

  /**
   * Returns the longitude.
   *
   * @return degrees east, from -180 to 180
   */
  @Value.Parameter(order = 1)
  public abstract double longitude();

  @Value.Check
  final void check() {
    if (!(latitude() >= -90 && latitude() <= 90)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Coordinates.latitude (%s) must be from -90 to 90", latitude()));
    }
    if (!(longitude() >= -180 && longitude() <= 180)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Coordinates.longitude (%s) must be from -180 to 180", longitude()));
    }
  }

  /**
   * Returns the point as "36.5000, 40.7500" (latitude, longitude, four decimals).
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return String.format(Locale.ROOT, "%.4f, %.4f", latitude(), longitude());
  }
}
