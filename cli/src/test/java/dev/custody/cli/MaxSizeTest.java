package dev.custody.cli;

import static dev.custody.cli.BadInputCorpusTest.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.cli.BadInputCorpusTest.Outcome;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --max-size} raises (or lowers) the size of the largest file a command reads, 16 MiB unless
 * it is given, up to 1 GiB; a file over the limit is refused with the option that reads it.
 */
class MaxSizeTest {

  /** The reference scenario followed by blank lines, {@code bytes} bytes in all. */
  private static Path padded(Path directory, long bytes) throws IOException {
    Path file = directory.resolve("large.json");
    String json = Files.readString(ReferenceScenario.FILE, StandardCharsets.UTF_8);
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(json);
      char[] blank = "\n".repeat(1 << 16).toCharArray();
      long left = bytes - json.getBytes(StandardCharsets.UTF_8).length;
      for (; left >= blank.length; left -= blank.length) {
        out.write(blank);
      }
      out.write(blank, 0, (int) left);
    }
    assertThat(Files.size(file)).isEqualTo(bytes);
    return file;
  }

  @Test
  void a_file_over_16_mib_is_refused_with_the_option_that_reads_it(@TempDir Path directory)
      throws IOException {
    Path file = padded(directory, (17L << 20) + 5);

    Outcome refused = check("check", file.toString());

    assertThat(refused.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .isEqualTo(
            "large.json: $: the document has 17,825,797 bytes, over the limit of 16,777,216\n"
                + "large.json: 1 problem\n"
                + "large.json: a larger file is read with --max-size, such as --max-size 18MiB\n");

    for (String command : new String[] {"check", "report"}) {
      Outcome read = check(command, "--max-size", "18MiB", file.toString());

      assertThat(read.exitCode()).as(read.err()).isZero();
    }
    assertThat(check("check", file.toString(), "--max-size=20000000").out())
        .isEqualTo("large.json: 20 events, no errors\n");
  }

  @Test
  void a_smaller_limit_refuses_a_smaller_file() {
    Outcome outcome = check("check", "--max-size", "1KiB", ReferenceScenario.FILE.toString());

    assertThat(outcome.exitCode()).isEqualTo(Custody.UNREADABLE);
    assertThat(outcome.err())
        .contains("over the limit of 1,024\n")
        .endsWith("such as --max-size 1MiB\n");
  }

  @Test
  void every_command_documents_the_option_and_its_default() {
    for (String command : new String[] {"check", "report", "chart"}) {
      Outcome help = check(command, "--help");

      assertThat(help.out()).as(command).contains("--max-size=SIZE").contains("Default: 16MiB");
    }
  }

  @Test
  void a_size_that_is_not_one_is_a_usage_error() {
    for (String size : new String[] {"lots", "0", "2GiB", "-5MB", "1.5MB", "5PB"}) {
      Outcome outcome = check("check", "--max-size", size, ReferenceScenario.FILE.toString());

      assertThat(outcome.exitCode()).as(size).isEqualTo(Custody.UNREADABLE);
      assertThat(outcome.err()).as(size).contains("--max-size").contains("'" + size + "'");
    }
  }

  @Test
  void reads_sizes_in_bytes_and_in_units_of_1000_and_1024() {
    assertThat(ByteSize.parse("20000000").bytes()).isEqualTo(20_000_000);
    assertThat(ByteSize.parse("64MiB").bytes()).isEqualTo(64L << 20);
    assertThat(ByteSize.parse("64 mib").bytes()).isEqualTo(64L << 20);
    assertThat(ByteSize.parse("500MB").bytes()).isEqualTo(500_000_000);
    assertThat(ByteSize.parse("3kB").bytes()).isEqualTo(3_000);
    assertThat(ByteSize.parse("3KiB").bytes()).isEqualTo(3_072);
    assertThat(ByteSize.parse("1GiB").bytes()).isEqualTo(1L << 30);
    assertThat(ByteSize.parse("1GB").bytes()).isEqualTo(1_000_000_000);
    assertThat(ByteSize.parse("7B").bytes()).isEqualTo(7);
    assertThat(ByteSize.parse("64MiB")).hasToString("64MiB");
    assertThatThrownBy(() -> ByteSize.parse("1025MiB"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessage("'1025MiB' must be a size from 1 byte to 1GiB (1,073,741,824 bytes)");
  }
}
