package dev.custody.cli.report;

import com.google.common.collect.ImmutableList;

/** Breaks text into lines for the text renderer, which keeps every line within its width. */
final class WordWrap {

  private WordWrap() {}

  /**
   * Breaks {@code text} into lines of at most {@code width} characters at spaces; a word longer
   * than the width is cut. Line breaks in the text are kept. Never returns an empty list.
   */
  static ImmutableList<String> lines(String text, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("wrap width (" + width + ") must be positive");
    }
    ImmutableList.Builder<String> lines = ImmutableList.builder();
    for (String paragraph : text.split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.trim().split(" +")) {
        while (word.length() > width) {
          if (line.length() > 0) {
            lines.add(line.toString());
            line.setLength(0);
          }
          lines.add(word.substring(0, width));
          word = word.substring(width);
        }
        if (word.isEmpty()) {
          continue;
        }
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() > 0 ? " " : "").append(word);
      }
      lines.add(line.toString());
    }
    return lines.build();
  }
}
