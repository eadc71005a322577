package dev.custody.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the value types, producing messages shaped like {@code Type.field
 * (value) rule}.
 *
 * <p>Not part of the public API: this package may change without notice.
 */
public final class Checks {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** The longest slug accepted, in characters. */
  public static final int MAX_SLUG_LENGTH = 64;

  private Checks() {}

  /**
   * Checks that {@code value} is a slug: lower-case letters and digits in hyphenated words.
   *
   * @param type the simple name of the type being built, for the message
   * @param value the text to check
   * @return {@code value}
   * @throws IllegalArgumentException if it is not a slug or is too long
   * @throws NullPointerException if an argument is null
   */
  @CanIgnoreReturnValue
  public static String slug(String type, String value) {
    checkNotNull(type, "type");
    checkNotNull(value, "value");
    if (value.length() > MAX_SLUG_LENGTH) {
      throw new IllegalArgumentException(
          String.format(
              "%s.value (\"%s\") must be at most %d characters long",
              type, value, MAX_SLUG_LENGTH));
    }
    if (!SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          String.format(
              "%s.value (\"%s\") must be a slug: lower-case letters and digits in words joined by"
                  + " single hyphens, like \"al-shaddadi\"",
              type, value));
    }
    return value;
  }

  /**
   * Checks that a human-readable text is not blank and has no surrounding whitespace.
   *
   * @param typeAndField such as {@code "Actor.name"}, for the message
   * @param value the text to check
   * @return {@code value}
   * @throws IllegalArgumentException if it is blank or has surrounding whitespace
   * @throws NullPointerException if an argument is null
   */
  @CanIgnoreReturnValue
  public static String text(String typeAndField, String value) {
    checkNotNull(typeAndField, "typeAndField");
    checkNotNull(value, "value");
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(
          String.format("%s (\"%s\") must not be blank", typeAndField, value));
    }
    if (!CharMatcher.whitespace().trimFrom(value).equals(value)) {
      throw new IllegalArgumentException(
          String.format("%s (\"%s\") must not begin or end with whitespace", typeAndField, value));
    }
    return value;
  }

  /**
   * Checks that a count is not negative.
   *
   * @param typeAndField such as {@code "Estimate.low"}, for the message
   * @param value the count to check
   * @return {@code value}
   * @throws IllegalArgumentException if it is negative
   * @throws NullPointerException if {@code typeAndField} is null
   */
  public static long nonNegative(String typeAndField, long value) {
    checkNotNull(typeAndField, "typeAndField");
    if (value < 0) {
      throw new IllegalArgumentException(
          String.format("%s (%d) must not be negative", typeAndField, value));
    }
    return value;
  }
}
