package dev.custody.cli.report;

import com.google.common.base.CharMatcher;
import com.google.common.base.Strings;
import com.google.common.collect.ImmutableList;
import dev.custody.cli.internal.PrintableText;
import dev.custody.cli.report.ReportDocument.Block;
import dev.custody.cli.report.ReportDocument.Field;
import dev.custody.cli.report.ReportDocument.Fields;
import dev.custody.cli.report.ReportDocument.Group;
import dev.custody.cli.report.ReportDocument.Paragraph;
import dev.custody.cli.report.ReportDocument.Section;
import dev.custody.cli.report.ReportDocument.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a {@link ReportDocument} as plain text at most {@link #WIDTH} columns wide: sections
 * underlined, fields and table columns aligned, long cells wrapped, no trailing spaces. Every text
 * is made {@linkplain PrintableText printable} first: a name's line break is written {@code \n} and
 * cannot start a line of its own, and its escape sequences cannot reach the terminal.
 */
final class TextRenderer {

  /** The widest line written, in characters. */
  static final int WIDTH = 100;

  private static final String GAP = "  ";
  private static final int STEP = 2;
  private static final int NARROWEST_COLUMN = 8;

  private final StringBuilder out = new StringBuilder();

  private TextRenderer() {}

  static String render(ReportDocument laidOut) {
    ReportDocument document = laidOut.mapText(PrintableText::of);
    TextRenderer renderer = new TextRenderer();
    renderer.underlined(document.title(), '=');
    renderer.fields(document.fields(), "");
    for (Section section : document.sections()) {
      renderer.line("");
      renderer.underlined(section.title(), '-');
      renderer.blocks(section.blocks(), "");
    }
    return renderer.out.toString();
  }

  private void underlined(String title, char rule) {
    List<String> lines = WordWrap.lines(title, WIDTH);
    lines.forEach(this::line);
    line(
        Strings.repeat(
            String.valueOf(rule), lines.stream().mapToInt(String::length).max().orElse(0)));
  }

  private void blocks(List<Block> blocks, String indent) {
    boolean first = true;
    for (Block block : blocks) {
      if (!first) {
        line("");
      }
      first = false;
      if (block instanceof Fields fields) {
        fields(fields.fields(), indent);
      } else if (block instanceof Table table) {
        table(table, indent);
      } else if (block instanceof Paragraph paragraph) {
        WordWrap.lines(paragraph.text(), WIDTH - indent.length()).forEach(l -> line(indent + l));
      } else if (block instanceof Group group) {
        WordWrap.lines(group.title(), WIDTH - indent.length()).forEach(l -> line(indent + l));
        blocks(group.blocks(), indent + Strings.repeat(" ", STEP));
      } else {
        throw new AssertionError(block);
      }
    }
  }

  private void fields(List<Field> fields, String indent) {
    int names = fields.stream().mapToInt(f -> f.name().length()).max().orElse(0);
    int width = Math.max(WIDTH - indent.length() - names - GAP.length(), NARROWEST_COLUMN);
    for (Field field : fields) {
      ImmutableList<String> value = WordWrap.lines(field.value(), width);
      for (int i = 0; i < value.size(); i++) {
        String name = i == 0 ? field.name() : "";
        line(indent + Strings.padEnd(name, names, ' ') + GAP + value.get(i));
      }
    }
  }

  private void table(Table table, String indentation) {
    int columns = table.headers().size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = table.headers().get(c).length();
      for (List<String> row : table.rows()) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    // a table that fits only without its indentation is better at the margin than wrapped
    String indent =
        sum(widths) + GAP.length() * (columns - 1) + indentation.length() > WIDTH
                && sum(widths) + GAP.length() * (columns - 1) <= WIDTH
            ? ""
            : indentation;
    int available = WIDTH - indent.length() - GAP.length() * (columns - 1);
    // narrow the widest column until the table fits: first down to its longest word, so that
    // cells wrap between words, then, if that is not enough, further, cutting words
    int[] words = new int[columns];
    for (int c = 0; c < columns; c++) {
      words[c] = Math.max(NARROWEST_COLUMN, longestWord(table.headers().get(c)));
      for (List<String> row : table.rows()) {
        words[c] = Math.max(words[c], longestWord(row.get(c)));
      }
    }
    narrow(widths, words, available);
    narrow(widths, new int[columns], available);
    row(table.headers(), widths, indent);
    List<String> rules = new ArrayList<>();
    for (int width : widths) {
      rules.add(Strings.repeat("-", width));
    }
    row(rules, widths, indent);
    for (List<String> row : table.rows()) {
      row(row, widths, indent);
    }
  }

  private void row(List<String> cells, int[] widths, String indent) {
    List<ImmutableList<String>> wrapped = new ArrayList<>();
    int height = 1;
    for (int c = 0; c < cells.size(); c++) {
      ImmutableList<String> lines = WordWrap.lines(cells.get(c), widths[c]);
      wrapped.add(lines);
      height = Math.max(height, lines.size());
    }
    for (int i = 0; i < height; i++) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < cells.size(); c++) {
        String part = i < wrapped.get(c).size() ? wrapped.get(c).get(i) : "";
        line.append(c == 0 ? "" : GAP).append(Strings.padEnd(part, widths[c], ' '));
      }
      line(line.toString());
    }
  }

  /** Narrows the widest column not at its floor, one character at a time, until they fit. */
  private static void narrow(int[] widths, int[] floors, int available) {
    while (sum(widths) > available) {
      int widest = -1;
      for (int c = 0; c < widths.length; c++) {
        int floor = Math.max(floors[c], NARROWEST_COLUMN);
        if (widths[c] > floor && (widest < 0 || widths[c] > widths[widest])) {
          widest = c;
        }
      }
      if (widest < 0) {
        return;
      }
      widths[widest]--;
    }
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split("[ \n]+")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }

  private static int sum(int[] values) {
    int sum = 0;
    for (int value : values) {
      sum += value;
    }
    return sum;
  }

  private void line(String text) {
    out.append(CharMatcher.whitespace().trimTrailingFrom(text)).append('\n');
  }
}
