package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.internal.Checks;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another name an {@link Actor} is known by, optionally only over a period: "Syrian Democratic
 * Forces" is also "SDF", and an armed group may have used a name only until it merged into another.
 *
 * <p>The period is given in dates, both ends inclusive and either end open: {@code from} is the
 * first day the name was in use, {@code until} the last. An alias without either is valid always.
 * Both dates lie in the years 1 to 9999, like every time of the model ({@link When#MIN_DATE} to
 * {@link When#MAX_DATE}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Alias {

  Alias() {}

  /**
   * Obtains an alias valid at all times.
   *
   * @param name the other name, not blank
   * @return the alias
   * @throws IllegalArgumentException if {@code name} is blank or has surrounding whitespace
   */
  public static Alias of(String name) {
    return ImmutableAlias.of(name, Optional.empty(), Optional.empty());
  }

  /**
   * Obtains an alias valid from {@code from} to {@code until}, both inclusive.
   *
   * @param name the other name, not blank
   * @param from the first day the name was in use
   * @param until the last day the name was in use, not before {@code from}
   * @return the alias
   * @throws IllegalArgumentException if {@code name} is blank, or {@code until} is before {@code
   *     from}, or a date lies outside the years 1 to 9999
   */
  public static Alias of(String name, LocalDate from, LocalDate until) {
    return ImmutableAlias.of(
        name, Optional.of(checkNotNull(from, "from")), Optional.of(checkNotNull(until, "until")));
  }

  /**
   * Obtains an alias in use from {@code from} on, with no known end.
   *
   * @param name the other name, not blank
   * @param from the first day the name was in use
   * @return the alias
   * @throws IllegalArgumentException if {@code name} is blank, or {@code from} lies outside the
   *     years 1 to 9999
   */
  public static Alias since(String name, LocalDate from) {
    return ImmutableAlias.of(name, Optional.of(checkNotNull(from, "from")), Optional.empty());
  }

  /**
   * Obtains an alias in use up to and including {@code until}, with no known start.
   *
   * @param name the other name, not blank
   * @param until the last day the name was in use
   * @return the alias
   * @throws IllegalArgumentException if {@code name} is blank, or {@code until} lies outside the
   *     years 1 to 9999
   */
  public static Alias until(String name, LocalDate until) {
    return ImmutableAlias.of(name, Optional.empty(), Optional.of(checkNotNull(until, "until")));
  }

  /**
   * Returns the other name.
   *
   * @return the name, not blank
   */
  @Value.Parameter(order = 0)
  public abstract String name();

  /**
   * Returns the first day the name was in use, when known.
   *
   * @return the first day, or empty when open
   */
  @Value.Parameter(order = 1)
  public abstract Optional<LocalDate> from();

  /**
   * Returns the last day the name was in use, when known.
   *
   * @return the last day, or empty when open
   */
  @Value.Parameter(order = 2)
  public abstract Optional<LocalDate> until();

  @Value.Check
  final void check() {
    Checks.text("Alias.name", name());
    from().ifPresent(date -> When.checkDate("Alias.from", date));
    until().ifPresent(date -> When.checkDate("Alias.until", date));
    if (from().isPresent() && until().isPresent() && until().get().isBefore(from().get())) {
      throw new IllegalArgumentException(
          String.format(
              "Alias.until (%s) must not be before from (%s) for alias %s",
              until().get(), from().get(), Checks.quote(name())));
    }
  }

  /**
   * Checks if the name was in use on {@code date}.
   *
   * @param date the day to test
   * @return true if {@code date} lies in the period, both ends inclusive
   */
  public final boolean isValidOn(LocalDate date) {
    checkNotNull(date, "date");
    return from().map(f -> !date.isBefore(f)).orElse(true)
        && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * Returns the alias as "SDF", "Name (from 2019-03-23)", "Name (until 2019-03-23)" or "Name
   * (2014-06-29 to 2019-03-23)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    if (from().isPresent() && until().isPresent()) {
      return name() + " (" + from().get() + " to " + until().get() + ")";
    } else if (from().isPresent()) {
      return name() + " (from " + from().get() + ")";
    } else if (until().isPresent()) {
      return name() + " (until " + until().get() + ")";
    }
    return name();
  }
}
