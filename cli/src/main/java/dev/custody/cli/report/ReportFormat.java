package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a {@link Report} is rendered in, each with the name a command line gives it. */
public enum ReportFormat {
  /** Aligned plain text, at most 100 columns wide, for a terminal. */
  TEXT("text"),
  /** Markdown with a heading per section and tables, for a document or an issue. */
  MARKDOWN("markdown"),
  /** Pretty-printed JSON with stable keys, numbers as numbers, for programs. */
  JSON("json");

  private final String formatName;

  ReportFormat(String formatName) {
    this.formatName = formatName;
  }

  /**
   * Returns the name of the format: "text", "markdown" or "json".
   *
   * @return the name
   */
  public String formatName() {
    return formatName;
  }

  /**
   * Returns the format named {@code name}, ignoring case.
   *
   * @param name "text", "markdown" or "json"
   * @return the format
   * @throws IllegalArgumentException if no format has that name, listing the names there are
   */
  public static ReportFormat named(String name) {
    checkNotNull(name, "name");
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat format : values()) {
      if (format.formatName.equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            "ReportFormat name (%s) must be one of %s",
            name,
            Arrays.stream(values()).map(f -> f.formatName).collect(Collectors.joining(", "))));
  }

  /**
   * Returns the name of the format.
   *
   * @return the name, as {@link #formatName()}
   */
  @Override
  public String toString() {
    return formatName;
  }
}
