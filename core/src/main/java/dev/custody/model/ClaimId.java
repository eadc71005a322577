package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.internal.Checks;
import org.immutables.value.Value;

/**
 * Identifies a claim within its figure, so that another claim can say it refutes it ("searched:
 * nobody" refuting "1,500 sealed in underground cells") and a dispute can say which claim it
 * disputes.
 *
 * <p>An id is a slug: lower-case ASCII letters and digits in words joined by single hyphens (for
 * example {@code "sdf-first-count"}), at most 64 characters. Ids are compared by their text, and
 * {@link #toString()} returns the slug itself, so an id can be written into a document and read
 * back with {@link #of(String)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class ClaimId implements Comparable<ClaimId> {

  ClaimId() {}

  /**
   * Obtains the id whose slug is {@code value}.
   *
   * @param value the slug, such as {@code "sdf-first-count"}
   * @return the id
   * @throws IllegalArgumentException if {@code value} is not a slug or is longer than 64 characters
   */
  public static ClaimId of(String value) {
    return ImmutableClaimId.of(value);
  }

  /**
   * Returns the slug.
   *
   * @return the slug, never empty
   */
  @Value.Parameter
  public abstract String value();

  @Value.Check
  final void check() {
    Checks.slug("ClaimId", value());
  }

  /**
   * Compares ids by their slugs, in the natural order of strings.
   *
   * @param other the id to compare with
   * @return negative, zero or positive as this id sorts before, with or after {@code other}
   */
  @Override
  public final int compareTo(ClaimId other) {
    checkNotNull(other, "other");
    return value().compareTo(other.value());
  }

  /**
   * Returns the slug, so that {@code ClaimId.of(id.toString())} equals {@code id}.
   *
   * @return the slug
   */
  @Override
  public final String toString() {
    return value();
  }
}
