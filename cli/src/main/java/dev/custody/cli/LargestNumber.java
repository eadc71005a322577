package dev.custody.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest number written in a file, and where: what a message points at when the library fails
 * on a value too large for it (counts that overflow a {@code long}, a year beyond the calendar)
 * without saying which value that was. The largest number is the one most likely to blame.
 *
 * @param value the number
 * @param line its line, counting from 1
 * @param column its column, counting from 1
 */
record LargestNumber(BigInteger value, int line, int column) {

  /** A number as the format writes one: digits, perhaps grouped by commas ("9,000"). */
  private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d,]*\\d)?");

  /** The largest number in {@code file}; empty when it has none or cannot be read again. */
  static Optional<LargestNumber> in(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException unreadableNow) {
      return Optional.empty();
    }
    Optional<LargestNumber> largest = Optional.empty();
    for (int line = 0; line < lines.size(); line++) {
      Matcher number = NUMBER.matcher(lines.get(line));
      while (number.find()) {
        BigInteger value = new BigInteger(number.group().replace(",", ""));
        if (largest.isEmpty() || value.compareTo(largest.get().value()) > 0) {
          largest = Optional.of(new LargestNumber(value, line + 1, number.start() + 1));
        }
      }
    }
    return largest;
  }

  /**
   * A message about {@code file} that points at its largest number: "scenario.json:124:32: PROBLEM;
   * the largest number in the file, 9,223,372,036,854,775,807, is here", or the file and the
   * problem alone when there is no number to point at.
   */
  static String pointAt(Path file, String problem) {
    return in(file)
        .map(
            n ->
                String.format(
                    Locale.ROOT,
                    "%s:%d:%d: %s; the largest number in the file, %,d, is here",
                    file.getFileName(),
                    n.line(),
                    n.column(),
                    problem,
                    n.value()))
        .orElse(file.getFileName() + ": " + problem);
  }
}
