package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A report laid out for reading, independent of the format: a title, the fields under it, then
 * sections of fields, tables, paragraphs and groups. The text and Markdown renderers each write
 * one; the JSON renderer works from the {@link Report} itself.
 */
record ReportDocument(String title, ImmutableList<Field> fields, ImmutableList<Section> sections) {

  /**
   * The same document with every text, fixed wording and scenario's alike, passed through {@code
   * text}: how a renderer makes the whole of it printable in one step, missing nothing.
   */
  ReportDocument mapText(UnaryOperator<String> text) {
    return new ReportDocument(
        text.apply(title),
        map(fields, f -> f.mapText(text)),
        map(sections, s -> new Section(text.apply(s.title()), mapBlocks(s.blocks(), text))));
  }

  private static ImmutableList<Block> mapBlocks(List<Block> blocks, UnaryOperator<String> text) {
    return map(blocks, b -> b.mapText(text));
  }

  private static <T> ImmutableList<T> map(List<T> items, UnaryOperator<T> each) {
    return items.stream().map(each).collect(ImmutableList.toImmutableList());
  }

  /** Something a section holds. */
  sealed interface Block permits Fields, Table, Paragraph, Group {
    /** The same block with every text passed through {@code text}. */
    Block mapText(UnaryOperator<String> text);
  }

  /** One name and its value, such as "progress: 2.1%". */
  record Field(String name, String value) {
    Field mapText(UnaryOperator<String> text) {
      return new Field(text.apply(name), text.apply(value));
    }
  }

  /** Names and values, one a line. */
  record Fields(ImmutableList<Field> fields) implements Block {
    static Fields of(Field... fields) {
      return new Fields(ImmutableList.copyOf(fields));
    }

    @Override
    public Fields mapText(UnaryOperator<String> text) {
      return new Fields(map(fields, f -> f.mapText(text)));
    }
  }

  /** A table: every row has as many cells as there are headers. */
  record Table(ImmutableList<String> headers, ImmutableList<ImmutableList<String>> rows)
      implements Block {
    Table {
      for (List<String> row : rows) {
        checkArgument(
            row.size() == headers.size(),
            "Table row %s must have %s cells, as the headers %s",
            row,
            headers.size(),
            headers);
      }
    }

    @Override
    public Table mapText(UnaryOperator<String> text) {
      return new Table(map(headers, text), map(rows, row -> map(row, text)));
    }

    /** Starts a table with these headers. */
    static Builder withHeaders(String... headers) {
      return new Builder(ImmutableList.copyOf(headers));
    }

    /** Collects the rows of a table. */
    static final class Builder {
      private final ImmutableList<String> headers;
      private final ImmutableList.Builder<ImmutableList<String>> rows = ImmutableList.builder();

      private Builder(ImmutableList<String> headers) {
        this.headers = headers;
      }

      Builder row(String... cells) {
        rows.add(ImmutableList.copyOf(cells));
        return this;
      }

      Table build() {
        return new Table(headers, rows.build());
      }
    }
  }

  /** A sentence or two. */
  record Paragraph(String text) implements Block {
    @Override
    public Paragraph mapText(UnaryOperator<String> each) {
      return new Paragraph(each.apply(text));
    }
  }

  /** Blocks under a title of their own, such as one facility's escapes. */
  record Group(String title, ImmutableList<Block> blocks) implements Block {
    @Override
    public Group mapText(UnaryOperator<String> text) {
      return new Group(text.apply(title), mapBlocks(blocks, text));
    }
  }

  /** A section of the report, such as the balances. */
  record Section(String title, ImmutableList<Block> blocks) {}
}
