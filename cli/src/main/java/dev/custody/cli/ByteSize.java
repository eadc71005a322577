package dev.custody.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A size in bytes given on the command line: {@code 64MiB}, {@code 500MB}, {@code 20000000}. KiB,
 * MiB and GiB count in 1,024s; kB, MB and GB in 1,000s; a number alone counts bytes. Units are read
 * ignoring case, and a space may stand before them.
 *
 * @param bytes the size, in bytes
 * @param text the size as it was given
 */
record ByteSize(long bytes, String text) {

  /** The largest size the command reads: more than one Java array could hold is never read. */
  static final long LARGEST = 1L << 30;

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,13})\\s*([kmg]i?b|b)?", Pattern.CASE_INSENSITIVE);

  /**
   * Reads {@code text}.
   *
   * @throws TypeConversionException if it is not a size, or is 0 or more than 1 GiB
   */
  static ByteSize parse(String text) {
    Matcher size = SIZE.matcher(text.trim());
    if (!size.matches()) {
      throw new TypeConversionException(
          "'" + text + "' is not a size like 64MiB, 500MB or 20000000 (bytes)");
    }
    long bytes = Long.parseLong(size.group(1));
    String unit = size.group(2) == null ? "b" : size.group(2).toLowerCase(Locale.ROOT);
    long scale = unit.length() == 3 ? 1L << (10 * power(unit)) : pow1000(power(unit));
    if (bytes == 0 || bytes > LARGEST / scale) {
      throw new TypeConversionException(
          "'" + text + "' must be a size from 1 byte to 1GiB (1,073,741,824 bytes)");
    }
    return new ByteSize(bytes * scale, text.trim());
  }

  /** 0 for bytes, 1 for kilo, 2 for mega, 3 for giga. */
  private static int power(String unit) {
    return "bkmg".indexOf(unit.charAt(0));
  }

  private static long pow1000(int power) {
    long scale = 1;
    for (int i = 0; i < power; i++) {
      scale *= 1000;
    }
    return scale;
  }

  /** The size as it was given, such as "64MiB". */
  @Override
  public String toString() {
    return text;
  }

  /** Reads a size for picocli. */
  static final class Converter implements ITypeConverter<ByteSize> {
    @Override
    public ByteSize convert(String value) {
      return parse(value);
    }
  }
}
