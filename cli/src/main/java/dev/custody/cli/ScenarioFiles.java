package dev.custody.cli;

import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.json.InvalidDocumentException;
import dev.custody.json.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a scenario file for a subcommand, or says why it could not, in the user's terms. A failure
 * of the reader itself, which should only ever refuse a file with its problems, is no fault of the
 * file: it goes on to the command, which calls it an internal error.
 */
final class ScenarioFiles {
  private ScenarioFiles() {}

  /**
   * Reads {@code file} with {@code reader}, showing it on {@code progress} if it is large; the
   * caller clears it.
   *
   * @throws CommandFailedException listing every problem, with exit code 1 when only the rules
   *     reject the scenario and 2 when it cannot be read
   */
  static CustodyDocument read(Path file, CustodyJson reader, Progress progress) {
    return read(file, reader, progress, false);
  }

  /**
   * Reads {@code file} as JSON Lines with {@code reader}, each line held to its limits, refusing
   * the file unread when it is larger than {@code total}.
   *
   * @throws CommandFailedException as {@link #read(Path, CustodyJson, Progress)} does
   */
  static CustodyDocument readLines(
      Path file, CustodyJson reader, Optional<ByteSize> total, Progress progress) {
    if (total.isPresent() && !Files.isDirectory(file)) {
      long size;
      try {
        size = Files.size(file);
      } catch (IOException e) {
        throw new CommandFailedException(
            Custody.UNREADABLE, file + ": cannot be read: " + FileFailure.describe(e));
      }
      if (size > total.get().bytes()) {
        throw new CommandFailedException(
            Custody.UNREADABLE,
            String.format(
                Locale.ROOT,
                "%s: the file has %,d bytes, over the --max-size of %,d",
                file.getFileName(),
                size,
                total.get().bytes()));
      }
    }
    return read(file, reader, progress, true);
  }

  private static CustodyDocument read(
      Path file, CustodyJson reader, Progress progress, boolean asLines) {
    if (Files.isDirectory(file)) {
      throw new CommandFailedException(
          Custody.UNREADABLE, file + ": cannot be read: it is a directory, not a file");
    }
    progress.startReading(file);
    try {
      return asLines ? reader.readLines(file) : reader.read(file);
    } catch (InvalidDocumentException e) {
      List<String> lines = new ArrayList<>();
      e.problems().stream().map(Problem::toString).forEach(lines::add);
      lines.add(
          file.getFileName()
              + ": "
              + e.problems().size()
              + (e.problems().size() == 1 ? " problem" : " problems"));
      (asLines ? Optional.<String>empty() : sizeAdvice(file, reader.limits().maxDocumentBytes()))
          .ifPresent(advice -> lines.add(file.getFileName() + ": " + advice));
      throw new CommandFailedException(
          e.isRejectedByRules() ? Custody.RULES_BROKEN : Custody.UNREADABLE, lines);
    } catch (IOException e) {
      throw new CommandFailedException(
          Custody.UNREADABLE, file + ": cannot be read: " + FileFailure.describe(e));
    } catch (ArithmeticException e) {
      // the rules add the figures up as they check the events
      throw overflow(file);
    } catch (DateTimeException e) {
      // the calendar's years end at 999,999,999, an instant's a little later
      throw new CommandFailedException(
          Custody.UNREADABLE,
          LargestNumber.pointAt(
              file, "time beyond the calendar, whose years run from -999,999,999 to 999,999,999"));
    }
  }

  /** What to do about a file over the size limit: give a larger one, if the command reads it. */
  private static Optional<String> sizeAdvice(Path file, long maxBytes) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException goneSince) {
      return Optional.empty();
    }
    if (size <= maxBytes) {
      return Optional.empty();
    }
    if (size > ByteSize.LARGEST) {
      return Optional.of("the command reads no file larger than 1GiB");
    }
    long mebibytes = (size + (1 << 20) - 1) >> 20;
    return Optional.of(
        "a larger file is read with --max-size, such as --max-size " + mebibytes + "MiB");
  }

  /** The failure of a run whose counts overflow while adding up the figures of {@code file}. */
  static CommandFailedException overflow(Path file) {
    return new CommandFailedException(
        Custody.UNREADABLE,
        LargestNumber.pointAt(
            file,
            String.format(
                Locale.ROOT,
                "counts overflow: a balance or a total passes %,d, the most a count can hold",
                Long.MAX_VALUE)));
  }
}
