package dev.custody.cli;

import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.json.Limits;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The scenario file a subcommand reads, and the largest file it will read: {@code FILE} and {@code
 * --max-size}, the same for every subcommand. The size is the reader's only limit a real scenario
 * may reach; the others (nesting, the length of a string or a number) stay the reader's {@linkplain
 * Limits#standard() standard} ones.
 */
final class ScenarioInput {

  /** The default of {@code --max-size}: the reader's standard limit. */
  static final String DEFAULT_MAX_SIZE = "16MiB";

  @Parameters(
      index = "0",
      paramLabel = "FILE",
      description = "A scenario in the custody/2 (or custody/1) format.")
  private Path file;

  @Option(
      names = "--max-size",
      paramLabel = "SIZE",
      defaultValue = DEFAULT_MAX_SIZE,
      converter = ByteSize.Converter.class,
      description =
          "The largest scenario file read, such as 64MiB, 500MB or 20000000 (bytes), up to 1GiB;"
              + " a larger file is refused unread. Default: ${DEFAULT-VALUE}.")
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
    Limits standard = Limits.standard();
    CustodyJson reader =
        CustodyJson.standard()
            .withLimits(
                Limits.of(
                    maxSize.bytes(),
                    standard.maxNestingDepth(),
                    standard.maxStringLength(),
                    standard.maxNumberLength()));
    return ScenarioFiles.read(file, reader, progress);
  }
}
