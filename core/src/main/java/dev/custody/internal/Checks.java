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

  /** The most characters of a value {@link #quote(String)} shows. */
  public static final int QUOTED_LENGTH = 200;

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
   * Returns {@code value} in double quotes as a message shows it: every character that could hide,
   * move or forge what a terminal prints (controls, format and invisible characters, line and
   * paragraph separators, whitespace other than the space, lone surrogates) written as <code>
   * &#92;uXXXX</code>, and the backslash and double quote escaped, so that a message stays on one
   * line and shows what the value really holds. Values longer than {@value #QUOTED_LENGTH}
   * characters are cut there and followed by their length.
   *
   * @param value the text to show
   * @return the quoted text, such as {@code "Keeper"} or <code>"&#92;u0000&#92;u200b"</code>
   * @throws NullPointerException if {@code value} is null
   */
  public static String quote(String value) {
    checkNotNull(value, "value");
    int shown = Math.min(value.length(), QUOTED_LENGTH);
    StringBuilder quoted = new StringBuilder(shown + 2).append('"');
    for (int i = 0; i < shown; i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (isHidden(value, i)) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    quoted.append('"');
    if (value.length() > shown) {
      quoted.append(String.format("... (%d characters)", value.length()));
    }
    return quoted.toString();
  }

  /** Checks if the character at {@code i} would not show as itself when printed. */
  private static boolean isHidden(String value, int i) {
    char c = value.charAt(i);
    if (c == ' ') {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
    }
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED
        || CharMatcher.whitespace().matches(c);
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
