package dev.custody.model;

import dev.custody.internal.Checks;
import java.util.Locale;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A place where a detainee population is held: a prison, a camp, an undisclosed site.
 *
 * <p>A facility has an {@link FacilityId}, a name, a {@link FacilityKind kind}, a {@link Location}
 * and optionally a capacity. Who holds the people inside and who controls the site are not
 * attributes of the facility: they change over time and are recorded as events.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Facility {

  Facility() {}

  /**
   * Obtains a facility of unknown capacity.
   *
   * @param id the id
   * @param name the name, not blank
   * @param kind the kind
   * @param location where it is
   * @return the facility
   * @throws IllegalArgumentException if {@code name} is blank or has surrounding whitespace
   */
  public static Facility of(FacilityId id, String name, FacilityKind kind, Location location) {
    return builder().id(id).name(name).kind(kind).location(location).build();
  }

  /**
   * Returns a builder, for facilities with a capacity.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract FacilityId id();

  /**
   * Returns the name, or a description when the facility is unnamed ("a detention facility in
   * Hasakah").
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns what kind of place it is.
   *
   * @return the kind
   */
  public abstract FacilityKind kind();

  /**
   * Returns where it is.
   *
   * @return the location
   */
  public abstract Location location();

  /**
   * Returns how many people it was built or declared to hold, when known.
   *
   * @return the capacity, at least one, or empty
   */
  public abstract OptionalLong capacity();

  @Value.Check
  final void check() {
    Checks.text("Facility.name", name());
    if (capacity().isPresent() && capacity().getAsLong() < 1) {
      throw new IllegalArgumentException(
          String.format(
              "Facility.capacity (%d) must be at least 1 for %s", capacity().getAsLong(), id()));
    }
  }

  /**
   * Returns a copy with the given capacity.
   *
   * @param capacity the capacity, at least one
   * @return the copy
   * @throws IllegalArgumentException if {@code capacity} is less than one
   */
  public final Facility withCapacity(long capacity) {
    return ((ImmutableFacility) this).copyWithCapacity(capacity);
  }

  /**
   * Returns the facility as "al-Shaddadi prison [al-shaddadi, prison, Hasakah, SY]".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return name()
        + " ["
        + id()
        + ", "
        + kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + ", "
        + location()
        + (capacity().isPresent() ? ", capacity " + capacity().getAsLong() : "")
        + "]";
  }

  /**
   * Builds a {@link Facility}. Id, name, kind and location are required; capacity is optional.
   * {@link #build()} checks the invariants.
   */
  public static final class Builder extends ImmutableFacility.Builder {
    Builder() {}
  }
}
