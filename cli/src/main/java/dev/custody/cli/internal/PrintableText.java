package dev.custody.cli.internal;

import java.util.Locale;

/**
 * Text from a scenario file made safe to print on one line: every character that a terminal would
 * act on, or that would hide, break or reorder what is shown, is written as a visible escape, so
 * that a name can neither clear the screen nor forge a line of output.
 *
 * <p>Escaped are the control characters (C0, DEL and C1: {@code \n}, {@code \r} and {@code \t} by
 * their usual escapes, the others as {@code \u001b}), the line and paragraph separators, lone
 * surrogates, and the invisible format characters: the bidirectional embeddings, overrides and
 * isolates (U+202A to U+202E, U+2066 to U+2069), the directional marks, the zero-width space, the
 * byte order mark, the tags. A character beyond the 65,536 of the basic plane is escaped as {@code
 * \U000e0001}.
 *
 * <p>Two format characters are kept: the zero-width joiner and non-joiner (U+200C, U+200D), which
 * join or part the letters of a word in Persian, Kurdish and Indic names and in emoji, and move or
 * hide nothing else; a name made of nothing else is for the reader to refuse. A backslash is kept
 * as it is: it does nothing to a terminal, and the paths of files keep their look.
 */
public final class PrintableText {

  private static final int ZERO_WIDTH_NON_JOINER = 0x200C;
  private static final int ZERO_WIDTH_JOINER = 0x200D;

  private PrintableText() {}

  /**
   * Returns {@code text} with every character that is not safe to print escaped, on one line.
   *
   * @param text the text, as the scenario has it
   * @return the text to print: the same string when nothing needs escaping
   */
  public static String of(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder printable = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (isUnsafe(codePoint)) {
        printable.append(escape(codePoint));
      } else {
        printable.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint);
    }
    return printable.toString();
  }

  /**
   * Returns whether {@code codePoint} must be escaped before it is printed.
   *
   * @param codePoint the character
   * @return true for control, separator and invisible format characters and lone surrogates
   */
  public static boolean isUnsafe(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      case Character.FORMAT:
        return codePoint != ZERO_WIDTH_NON_JOINER && codePoint != ZERO_WIDTH_JOINER;
      default:
        return false;
    }
  }

  /**
   * Returns the visible escape of {@code codePoint}: {@code \n}, {@code \r}, {@code \t}, {@code
   * \u001b} or {@code \U000e0001}.
   *
   * @param codePoint the character
   * @return the escape
   */
  public static String escape(int codePoint) {
    switch (codePoint) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        return Character.isBmpCodePoint(codePoint)
            ? String.format(Locale.ROOT, "\\u%04x", codePoint)
            : String.format(Locale.ROOT, "\\U%08x", codePoint);
    }
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (isUnsafe(codePoint)) {
        return i;
      }
      i += Character.charCount(codePoint);
    }
    return -1;
  }
}
