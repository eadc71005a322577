package dev.custody.json;

import java.util.Optional;

/**
 * What the characters of a string field may be. A name (of an actor, a facility, an alias, a
 * region; the title of a document or an agreement) is one line of visible characters; free text (a
 * description, a note) may also break lines and tab. Neither holds other controls (an escape
 * sequence would reach a terminal), lone surrogates (no character at all) or line and paragraph
 * separators; a name holds no format characters either (a bidi override reorders what a reader
 * sees, a zero-width space makes two names look the same). Both must hold something visible: a
 * string of spaces, controls and invisible characters is blank.
 */
enum TextRule {
  /** One line of visible characters. */
  NAME {
    @Override
    Optional<String> fault(String field, int codePoint) {
      switch (Character.getType(codePoint)) {
        case Character.CONTROL:
          return Optional.of("field (" + field + ") must not contain control characters");
        case Character.FORMAT:
          return Optional.of(
              "field ("
                  + field
                  + ") must not contain format characters (bidi controls, zero-width and other"
                  + " invisible marks)");
        default:
          return common(field, codePoint);
      }
    }
  },

  /** Lines of visible characters and tabs. */
  FREE_TEXT {
    @Override
    Optional<String> fault(String field, int codePoint) {
      if (Character.getType(codePoint) == Character.CONTROL
          && codePoint != '\n'
          && codePoint != '\t') {
        return Optional.of(
            "field (" + field + ") must not contain control characters other than newline and tab");
      }
      return common(field, codePoint);
    }
  };

  /** Why a character may not stand in the field, or empty when it may. */
  abstract Optional<String> fault(String field, int codePoint);

  private static Optional<String> common(String field, int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.SURROGATE:
        return Optional.of("field (" + field + ") must not contain a lone surrogate");
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return Optional.of("field (" + field + ") must not contain line or paragraph separators");
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns what is wrong with {@code text} as the value of {@code field}: its being blank, or its
   * first character that may not stand there, by code point and place (counting from 1).
   */
  Optional<String> check(String field, String text) {
    if (text.codePoints().allMatch(TextRule::isBlank)) {
      return Optional.of("field (" + field + ") must not be blank");
    }
    int place = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      place++;
      Optional<String> fault = fault(field, c);
      if (fault.isPresent()) {
        return Optional.of(String.format("%s: U+%04X at character %d", fault.get(), c, place));
      }
      i += Character.charCount(c);
    }
    return Optional.empty();
  }

  /**
   * Checks if a character shows nothing: white space of any width (the no-break space and the
   * ideographic space included), a control or a format character, or one of the letters that are
   * drawn blank (the Hangul fillers, the blank Braille pattern).
   */
  static boolean isBlank(int codePoint) {
    if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
      return true;
    }
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
        return true;
      default:
        return codePoint == 0x115F
            || codePoint == 0x1160
            || codePoint == 0x3164
            || codePoint == 0xFFA0
            || codePoint == 0x2800;
    }
  }
}
