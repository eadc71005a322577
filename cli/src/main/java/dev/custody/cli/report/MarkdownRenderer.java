package dev.custody.cli.report;

import com.google.common.base.Strings;
import com.google.common.escape.Escaper;
import com.google.common.escape.Escapers;
import dev.custody.cli.internal.PrintableText;
import dev.custody.cli.report.ReportDocument.Block;
import dev.custody.cli.report.ReportDocument.Field;
import dev.custody.cli.report.ReportDocument.Fields;
import dev.custody.cli.report.ReportDocument.Group;
import dev.custody.cli.report.ReportDocument.Paragraph;
import dev.custody.cli.report.ReportDocument.Section;
import dev.custody.cli.report.ReportDocument.Table;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a {@link ReportDocument} as GitHub-flavoured Markdown: a heading per section and group,
 * fields as a list, every table with a header row and as many cells in each row. Every text is
 * first made {@linkplain PrintableText printable} (a line break in a name is written {@code \n}),
 * then the characters Markdown would read as markup are escaped, so that a name can neither break a
 * table nor start a heading, a list or a link.
 */
final class MarkdownRenderer {

  private static final Escaper ESCAPER =
      Escapers.builder()
          .addEscape('\\', "\\\\")
          .addEscape('|', "\\|")
          .addEscape('*', "\\*")
          .addEscape('_', "\\_")
          .addEscape('`', "\\`")
          .addEscape('[', "\\[")
          .addEscape(']', "\\]")
          .addEscape('<', "&lt;")
          .addEscape('>', "&gt;")
          .addEscape('&', "&amp;")
          .addEscape('#', "\\#")
          .addEscape('~', "\\~")
          .build();

  /**
   * What makes a paragraph a list, a rule or a heading when it starts the line: a dash, a plus or
   * an equals sign, or a number and a full stop or parenthesis before a space ("1. ").
   */
  private static final Pattern LINE_START_MARKUP =
      Pattern.compile("^(?:[-+=]|(\\d{1,9})[.)](?=\\s|$))");

  private final StringBuilder out = new StringBuilder();

  private MarkdownRenderer() {}

  static String render(ReportDocument document) {
    MarkdownRenderer renderer = new MarkdownRenderer();
    renderer.heading(1, document.title());
    renderer.fields(document.fields());
    for (Section section : document.sections()) {
      renderer.heading(2, section.title());
      renderer.blocks(section.blocks(), 3);
    }
    // one line break at the end, not the blank line every block leaves
    return renderer.out.toString().stripTrailing() + "\n";
  }

  /**
   * Makes {@code text} printable and escapes it for a Markdown paragraph, heading or table cell.
   */
  static String escape(String text) {
    String escaped = ESCAPER.escape(PrintableText.of(text));
    Matcher markup = LINE_START_MARKUP.matcher(escaped);
    if (!markup.lookingAt()) {
      return escaped;
    }
    String number = markup.group(1) == null ? "" : markup.group(1);
    return number + "\\" + escaped.substring(number.length());
  }

  private void heading(int level, String title) {
    out.append(Strings.repeat("#", level)).append(' ').append(escape(title)).append("\n\n");
  }

  private void blocks(List<Block> blocks, int level) {
    for (Block block : blocks) {
      if (block instanceof Fields fields) {
        fields(fields.fields());
      } else if (block instanceof Table table) {
        table(table.headers(), table.rows());
      } else if (block instanceof Paragraph paragraph) {
        out.append(escape(paragraph.text())).append("\n\n");
      } else if (block instanceof Group group) {
        heading(Math.min(level, 6), group.title());
        blocks(group.blocks(), level + 1);
      } else {
        throw new AssertionError(block);
      }
    }
  }

  private void fields(List<Field> fields) {
    for (Field field : fields) {
      out.append("- **")
          .append(escape(field.name()))
          .append("**: ")
          .append(escape(field.value()))
          .append('\n');
    }
    out.append('\n');
  }

  private void table(List<String> headers, List<? extends List<String>> rows) {
    out.append(row(headers.stream().map(MarkdownRenderer::escape).toList()));
    out.append(row(headers.stream().map(h -> "---").toList()));
    for (List<String> cells : rows) {
      out.append(row(cells.stream().map(MarkdownRenderer::escape).toList()));
    }
    out.append('\n');
  }

  private static String row(List<String> cells) {
    return cells.stream()
            .map(c -> c.isEmpty() ? " " : " " + c + " ")
            .collect(Collectors.joining("|", "|", "|"))
        + "\n";
  }
}
