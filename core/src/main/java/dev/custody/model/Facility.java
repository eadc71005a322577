package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
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

  /**
   * Returns the capacity as sources report it, each claim with its source, when the record keeps it
   * that way rather than as a bare {@linkplain #capacity() number}: a facility has one or the
   * other, not both.
   *
   * @return the reported capacity, or empty
   */
  public abstract Optional<Figure> reportedCapacity();

  /**
   * Returns the other names the facility is or was known by, each valid over its dates: "Ghweiran
   * prison" for the prison renamed al-Sina'a, a former name ending the day it changed.
   *
   * @return the aliases and former names, with distinct names; possibly empty
   */
  public abstract ImmutableList<Alias> aliases();

  @Value.Check
  final void check() {
    Checks.text("Facility.name", name());
    if (capacity().isPresent() && reportedCapacity().isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "Facility.reportedCapacity (%s) and capacity (%d) are one fact said two ways: give"
                  + " one, for %s",
              reportedCapacity().get().envelope(), capacity().getAsLong(), id()));
    }
    Set<String> seen = new HashSet<>();
    for (Alias alias : aliases()) {
      if (!seen.add(alias.name())) {
        throw new IllegalArgumentException(
            String.format(
                "Facility.aliases (%s) must have distinct names; %s appears twice for %s",
                aliases(), Checks.quote(alias.name()), id()));
      }
    }
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
   * Returns the names the facility was known by on {@code date}: its name, then the aliases valid
   * that day.
   *
   * @param date the day
   * @return the names, the facility's name first
   */
  public final ImmutableSet<String> namesOn(LocalDate date) {
    checkNotNull(date, "date");
    ImmutableSet.Builder<String> names = ImmutableSet.<String>builder().add(name());
    aliases().stream().filter(a -> a.isValidOn(date)).forEach(a -> names.add(a.name()));
    return names.build();
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
        + reportedCapacity().map(c -> ", capacity " + c.envelope()).orElse("")
        + "]";
  }

  /**
   * Builds a {@link Facility}. Id, name, kind and location are required; capacity (bare or
   * reported), aliases are optional. {@link #build()} checks the invariants.
   */
  public static final class Builder extends ImmutableFacility.Builder {
    Builder() {}
  }
}
