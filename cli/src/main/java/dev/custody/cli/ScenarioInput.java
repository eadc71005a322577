package dev.custody.cli;

import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.json.Limits;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario file a subcommand reads, and the largest file it will read: {@code FILE} and {@code
 * --max-size}, the same for every subcommand. A file named {@code *.jsonl} is read as JSON Lines
 * ({@link CustodyJson#readLines(Path)}): each of its lines is held to the standard limits, and the
 * whole file only to {@code --max-size} when it is given. The size is the reader's only limit a
 * real scenario may reach; the others (nesting, the length of a string or a number) stay the
 * reader's {@linkplain Limits#standard() standard} ones.
 */
final class ScenarioInput {

  /** The default of {@code --max-size}: the reader's standard limit. */
  static final String DEFAULT_MAX_SIZE = "16MiB";

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description =
          "A scenario in the custody/2 (or custody/1) format: one JSON document, or JSON Lines"
              + " (a header, then one event a line) when its name ends in .jsonl.")
  private Path file;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      converter = ByteSize.Converter.class,
      description =
          "The largest scenario file read, such as 64MiB, 500MB or 20000000 (bytes), up to 1GiB;"
              + " a larger file is refused unread. Default: "
              + DEFAULT_MAX_SIZE
              + " for a JSON document; none for JSON Lines, each of whose lines is held to "
              + DEFAULT_MAX_SIZE
              + " instead.")
  private ByteSize maxSize;

  /** Creates the input; picocli fills it in. */
  ScenarioInput() {}

  /** The scenario file, as the command line gave it. */
  Path file() {
    return file;
  }

  /**
   * Reads the file, showing it on {@code progress} if it is large; the caller clears it.
   *
   * @throws CommandFailedException as {@link ScenarioFiles#read} does
   */
  CustodyDocument read(Progress progress) {
    if (isLines(file)) {
      return ScenarioFiles.readLines(
          file, CustodyJson.standard(), Optional.ofNullable(maxSize), progress);
    }
    Limits standard = Limits.standard();
    long documentBytes = maxSize == null ? standard.maxDocumentBytes() : maxSize.bytes();
    CustodyJson reader =
        CustodyJson.standard()
            .withLimits(
                Limits.of(
                    documentBytes,
                    standard.maxNestingDepth(),
                    standard.maxStringLength(),
                    standard.maxNumberLength()));
    return ScenarioFiles.read(file, reader, progress);
  }

  /** Whether {@code file} holds JSON Lines, by its name. */
  static boolean isLines(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".jsonl");
  }
}
