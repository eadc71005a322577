package dev.custody.cli;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the command says when counts overflow. The ledger adds figures as {@code long}s: a scenario
 * whose balances or totals pass 9,223,372,036,854,775,807 cannot be added up, and the library says
 * only that a sum overflowed. The message names the file and points at its largest number, the
 * figure most likely to blame, by line and column.
 */
final class OverflowMessage {

  /** A number as the format writes one: digits, perhaps grouped by commas ("9,000"). */
  private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d,]*\\d)?");

  private OverflowMessage() {}

  static String of(Path file) {
    String problem =
        String.format(
            Locale.ROOT,
            "counts overflow: a balance or a total passes %,d, the most a count can hold",
            Long.MAX_VALUE);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException unreadableNow) {
      return file.getFileName() + ": " + problem;
    }
    BigInteger largest = BigInteger.ZERO;
    String where = "";
    for (int line = 0; line < lines.size(); line++) {
      Matcher number = NUMBER.matcher(lines.get(line));
      while (number.find()) {
        BigInteger value = new BigInteger(number.group().replace(",", ""));
        if (value.compareTo(largest) > 0) {
          largest = value;
          where = ":" + (line + 1) + ":" + (number.start() + 1);
        }
      }
    }
    return file.getFileName()
        + where
        + ": "
        + problem
        + (where.isEmpty()
            ? ""
            : String.format(
                Locale.ROOT, "; the largest number in the file, %,d, is here", largest));
  }
}
