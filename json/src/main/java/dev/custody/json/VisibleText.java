package dev.custody.json;

/**
 * A value as a message shows it: every character that a terminal would act on or hide is written as
 * a JSON escape ({@code \n}, {@code \t}, {@code \u001b}), so that a value read from a file cannot
 * move the cursor, clear the screen, reorder the line or forge another line of output ("no
 * errors"). The characters so escaped: controls (C0, DEL and C1), format characters (bidi controls,
 * zero-width spaces and joiners, the byte order mark, tag characters), line and paragraph
 * separators, and lone surrogates. Everything else is shown as it is, letters of every script
 * included.
 */
final class VisibleText {
  private VisibleText() {}

  /** Returns {@code text} with every invisible or acting character escaped. */
  static String of(String text) {
    int first = 0;
    while (first < text.length() && !isEscaped(text.codePointAt(first))) {
      first += Character.charCount(text.codePointAt(first));
    }
    if (first == text.length()) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int c = text.codePointAt(i);
      int length = Character.charCount(c);
      if (!isEscaped(c)) {
        shown.appendCodePoint(c);
      } else if (c == '\n') {
        shown.append("\\n");
      } else if (c == '\t') {
        shown.append("\\t");
      } else if (c == '\r') {
        shown.append("\\r");
      } else {
        for (int j = i; j < i + length; j++) {
          shown.append(String.format("\\u%04x", (int) text.charAt(j)));
        }
      }
      i += length;
    }
    return shown.toString();
  }

  /**
   * Checks if a code point is escaped: a lone surrogate is one ({@code codePointAt} returns it
   * alone), a pair is the character it encodes.
   */
  static boolean isEscaped(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return false;
    }
  }
}
