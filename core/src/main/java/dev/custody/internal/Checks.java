package dev.custody.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import com.google.errorprone.annotations.CanIgnoreReturnValue;

/**
 * Argument checks shared by the value types, producing messages shaped like {@code Type.field
 * (value) rule}.
 *
 * <p>Not part of the public API: this package may change without notice.
 */
public final class Checks {

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
              "%s.value (%s) must be at most %d characters long",
              type, quote(value), MAX_SLUG_LENGTH));
    }
    if (!isSlug(value)) {
      throw new IllegalArgumentException(
          String.format(
              "%s.value (%s) must be a slug: lower-case letters and digits in words joined by"
                  + " single hyphens, like \"al-shaddadi\"",
              type, quote(value)));
    }
    return value;
  }

  /**
   * Whether {@code value} matches {@code [a-z0-9]+(-[a-z0-9]+)*}: every id of every event is
   * checked, so without the regular expression's matcher.
   */
  private static boolean isSlug(String value) {
    int length = value.length();
    if (length == 0 || value.charAt(0) == '-' || value.charAt(length - 1) == '-') {
      return false;
    }
    char previous = '-';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c == '-') {
        if (previous == '-') {
          return false;
        }
      } else if ((c < 'a' || c > 'z') && (c < '0' || c > '9')) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  /**
   * Checks that a human-readable text (a name, alias, title, description or note) is one that a
   * reader can see and a terminal prints as it is.
   *
   * <p>Refused, each with a message that names the field and shows the value through {@link
   * #quote(String)}:
   *
   * <ul>
   *   <li>a text that is blank once whitespace, control characters (Unicode category Cc), format
   *       characters (Cf, such as the zero-width space U+200B) and other invisible characters (such
   *       as the Hangul fillers and the variation selectors) are removed;
   *   <li>a text that begins or ends with whitespace or with such an invisible character;
   *   <li>a text that holds a control character (C0, DEL or C1) or a line or paragraph separator
   *       (U+2028, U+2029): it would break the line it is printed on, or drive the terminal;
   *   <li>a text that holds a bidirectional embedding, override or isolate (U+202A to U+202E,
   *       U+2066 to U+2069): it would reorder what is printed after it;
   *   <li>a text that holds an unpaired surrogate, which no encoding can print.
   * </ul>
   *
   * <p>Format characters inside a name (a zero-width joiner in a script that needs one) are kept.
   *
   * @param typeAndField such as {@code "Actor.name"}, for the message
   * @param value the text to check
   * @return {@code value}
   * @throws IllegalArgumentException if it is refused as above
   * @throws NullPointerException if an argument is null
   */
  @CanIgnoreReturnValue
  public static String text(String typeAndField, String value) {
    return checkedText(typeAndField, value, false);
  }

  /**
   * Checks a free text (a note, a description): as {@link #text(String, String)}, except that it
   * may break lines and hold tabs ({@code \n}, {@code \t}), as a quoted passage does. Every other
   * control character, line separator and bidirectional control is refused, for the same reasons.
   *
   * @param typeAndField such as {@code "Claim.note"}, for the message
   * @param value the text to check
   * @return {@code value}
   * @throws IllegalArgumentException if it is refused
   * @throws NullPointerException if an argument is null
   */
  @CanIgnoreReturnValue
  public static String freeText(String typeAndField, String value) {
    return checkedText(typeAndField, value, true);
  }

  private static String checkedText(String typeAndField, String value, boolean free) {
    checkNotNull(typeAndField, "typeAndField");
    checkNotNull(value, "value");
    if (value.codePoints().allMatch(Checks::isInvisible)) {
      boolean plain = CharMatcher.whitespace().matchesAllOf(value);
      throw new IllegalArgumentException(
          String.format(
              "%s (%s) must not be blank%s",
              typeAndField,
              quote(value),
              plain ? "" : ": it has only whitespace, control and invisible characters"));
    }
    if (CharMatcher.whitespace().matches(value.charAt(0))
        || CharMatcher.whitespace().matches(value.charAt(value.length() - 1))) {
      throw new IllegalArgumentException(
          String.format(
              "%s (%s) must not begin or end with whitespace", typeAndField, quote(value)));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String broken = free && (c == '\n' || c == '\t') ? null : brokenRule(value, i);
      if (broken != null) {
        throw new IllegalArgumentException(
            String.format(
                "%s (%s) must not contain %s; found U+%04X at index %d",
                typeAndField, quote(value), broken, (int) c, i));
      }
    }
    if (isInvisible(value.codePointAt(0)) || isInvisible(value.codePointBefore(value.length()))) {
      throw new IllegalArgumentException(
          String.format(
              "%s (%s) must not begin or end with an invisible character",
              typeAndField, quote(value)));
    }
    return value;
  }

  /** Which rule of {@link #text} the character at {@code i} breaks, or null. */
  private static String brokenRule(String value, int i) {
    char c = value.charAt(i);
    if (Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029) {
      return "control characters or line breaks";
    }
    if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
      return "bidirectional embeddings, overrides or isolates (U+202A to U+202E, U+2066 to U+2069)";
    }
    if (Character.isSurrogate(c) && isHidden(value, i)) {
      return "an unpaired surrogate";
    }
    return null;
  }

  /**
   * Checks if a code point shows nothing: whitespace, a control or format character, or one of the
   * invisible letters and marks (Hangul fillers, Khmer inherent vowels, Mongolian variation
   * selectors, the combining grapheme joiner, variation selectors) that Unicode lists as default
   * ignorable.
   */
  private static boolean isInvisible(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0x034f
        || codePoint == 0x115f
        || codePoint == 0x1160
        || codePoint == 0x17b4
        || codePoint == 0x17b5
        || (codePoint >= 0x180b && codePoint <= 0x180f)
        || codePoint == 0x3164
        || (codePoint >= 0xfe00 && codePoint <= 0xfe0f)
        || codePoint == 0xffa0
        || (codePoint >= 0xe0100 && codePoint <= 0xe01ef);
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
        || CharMatcher.whitespace().matches(c)
        || isInvisible(c);
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
