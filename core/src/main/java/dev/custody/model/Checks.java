package dev.custody.model;

import com.google.common.base.CharMatcher;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.regex.Pattern;

/**
 * Argument checks shared by the value types, producing messages shaped like
 * {@code Type.field (value) rule}.
 */
final class Checks {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  static final int MAX_SLUG_LENGTH = 64;

  private Checks() {}

  /** Checks that {@code value} is a slug: lower-case letters and digits in hyphenated words. */
  @CanIgnoreReturnValue
  static String slug(String type, String value) {
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

  /** Checks that a human-readable text is not blank and has no surrounding whitespace. */
  @CanIgnoreReturnValue
  static String text(String typeAndField, String value) {
    if (CharMatcher.whitespace().matchesAllOf(value)) {
      throw new IllegalArgumentException(
          String.format("%s (\"%s\") must not be blank", typeAndField, value));
    }
    if (!CharMatcher.whitespace().trimFrom(value).equals(value)) {
      throw new IllegalArgumentException(
          String.format(
              "%s (\"%s\") must not begin or end with whitespace", typeAndField, value));
    }
    return value;
  }

  /** Checks that a count is not negative. */
  static long nonNegative(String typeAndField, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          String.format("%s (%d) must not be negative", typeAndField, value));
    }
    return value;
  }
}
