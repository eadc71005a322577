package dev.custody.cli.report;

import dev.custody.cli.internal.PrintableText;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * The escapes of the JSON report: JSON's own (quotes, backslashes, control characters below
 * U+0020), and {@code \}{@code u} escapes for every other character {@link PrintableText} would
 * escape (DEL, C1, the bidirectional overrides and other invisible format characters, the line
 * separators), so that the report is as safe to {@code cat} to a terminal as the text one, and
 * reads back to the same strings. Jackson hands over one UTF-16 unit at a time, so the two halves
 * of a character beyond the basic plane are escaped too: {@code \ud83d\ude00}, which is still that
 * character to any JSON reader.
 */
final class PrintableJsonEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private static final int DELETE = 0x7f;

  private final int[] ascii;

  PrintableJsonEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii[DELETE] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii.clone();
  }

  @Override
  public @Nullable SerializableString getEscapeSequence(int ch) {
    return PrintableText.isUnsafe(ch)
        ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch))
        : null;
  }
}
