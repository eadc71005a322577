package dev.custody.cli;

import com.google.common.base.Strings;
import dev.custody.cli.internal.PrintableText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What a long run is doing, on one line of stderr that each step rewrites and the end clears:
 * "custody: reading big.json (48.2 MB) and checking its events...". Shown only when stderr is a
 * terminal and the scenario file is large; a pipe, a file or a test never sees it, so that stderr
 * holds nothing but problems there.
 */
final class Progress {

  /** Files from this size on take long enough to read that a user should be told what happens. */
  static final long LARGE_FILE = 1L << 20;

  private final PrintWriter terminal;
  private final boolean enabled;
  private boolean shown;
  private int width;

  private Progress(PrintWriter terminal, boolean enabled) {
    this.terminal = terminal;
    this.enabled = enabled;
  }

  /** Progress that shows nothing: for tests, pipes and files. */
  static Progress quiet() {
    return new Progress(new PrintWriter(PrintWriter.nullWriter()), false);
  }

  /**
   * Progress shown on {@code terminal}, which must be a terminal: it is written with {@code \r}.
   */
  static Progress on(PrintWriter terminal) {
    return new Progress(terminal, true);
  }

  /** Starts showing the steps of a run on {@code file}, if it is large enough to take a while. */
  void startReading(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException unreadable) {
      return;
    }
    if (enabled && size >= LARGE_FILE) {
      shown = true;
      step(
          String.format(
              Locale.ROOT,
              "reading %s (%.1f MB) and checking its events",
              PrintableText.of(String.valueOf(file.getFileName())),
              size / 1e6));
    }
  }

  /** Shows the step now under way, when the run is being shown at all. */
  void step(String what) {
    if (!shown) {
      return;
    }
    String line = "custody: " + what + "...";
    terminal.print("\r" + Strings.padEnd(line, width, ' '));
    terminal.flush();
    width = line.length();
  }

  /** Clears the line, before the results or problems are written. */
  void clear() {
    if (!shown) {
      return;
    }
    terminal.print("\r" + Strings.repeat(" ", width) + "\r");
    terminal.flush();
    shown = false;
    width = 0;
  }
}
