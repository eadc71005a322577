package dev.custody.json;

import dev.custody.model.CustodyStyle;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a document: where (the file, the JSON path, and the line and column when the
 * JSON itself is malformed), which field and value, what rule it breaks, and why.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Problem {
  private static final int MAX_SHOWN = 80;

  /** What kind of problem: the exit code of {@code custody check} follows from it. */
  public enum Kind {
    /** The input is not JSON, is cut short, or exceeds a limit. */
    MALFORMED,
    /** The JSON does not have the form of the format: a field unknown, missing or mistyped. */
    STRUCTURE,
    /** A value is out of range or does not parse: a count, an id, a date, an estimate. */
    VALUE,
    /** An id is declared twice, or refers to nothing declared. */
    REFERENCE,
    /** The ledger rejects an event under a rule of the catalogue. */
    RULE
  }

  Problem() {}

  /**
   * Obtains a problem found at a JSON path, naming as its field the last name in the path and
   * shortening its value to what a line can show. The message and the value show every control and
   * invisible character escaped ({@link VisibleText}), so that neither can act on a terminal. Rule
   * problems and malformed JSON carry more and are built whole where they are found, escaped the
   * same way.
   */
  static Problem of(Kind kind, String source, String path, @Nullable String value, String message) {
    ImmutableProblem.Builder problem =
        ImmutableProblem.builder()
            .kind(kind)
            .source(source)
            .path(path)
            .message(VisibleText.of(message));
    int dot = Math.max(path.lastIndexOf('.'), 0);
    String field = path.substring(dot).replaceFirst("^\\.", "").replaceFirst("\\[\\d+]$", "");
    if (!field.isEmpty() && !field.equals("$")) {
      problem.field(field);
    }
    if (value != null) {
      String shown = VisibleText.of(value);
      problem.value(shown.length() > MAX_SHOWN ? shown.substring(0, MAX_SHOWN - 3) + "..." : shown);
    }
    return problem.build();
  }

  /**
   * Returns what kind of problem this is.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the name of the file or other source read.
   *
   * @return the source
   */
  public abstract String source();

  /**
   * Returns the JSON path of the offending value, such as {@code $.events[3].size[0].estimate}.
   *
   * @return the path; {@code $} when the problem is with the whole document
   */
  public abstract String path();

  /**
   * Returns the line of malformed JSON, counting from 1.
   *
   * @return the line, for {@link Kind#MALFORMED} problems whose position is known
   */
  public abstract OptionalInt line();

  /**
   * Returns the column of malformed JSON, counting from 1.
   *
   * @return the column, for {@link Kind#MALFORMED} problems whose position is known
   */
  public abstract OptionalInt column();

  /**
   * Returns the field involved: the last name in the path.
   *
   * @return the field, empty for the whole document
   */
  public abstract Optional<String> field();

  /**
   * Returns the offending value as written, with controls and invisible characters escaped as in
   * JSON ({@code \n}, {@code \u001b}), shortened to 80 characters.
   *
   * @return the value, if there is one
   */
  public abstract Optional<String> value();

  /**
   * Returns the code of the rule the event breaks, such as {@code CUS-004}.
   *
   * @return the code, for {@link Kind#RULE} problems
   */
  public abstract Optional<String> rule();

  /**
   * Returns what is wrong and what the format expects, on one line: values it quotes show controls
   * and invisible characters escaped.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * Returns the problem as one line: "scenario.json: $.events[3].when.day: value (2026-02-30) must
   * be a date like 2026-01-21: Invalid date 'FEBRUARY 30'", with ":12:5" after the file for
   * malformed JSON and the rule code before the message for rule problems.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder(source());
    line().ifPresent(l -> text.append(':').append(l));
    column().ifPresent(c -> text.append(':').append(c));
    text.append(": ").append(path()).append(": ");
    rule().ifPresent(r -> text.append(r).append(' '));
    return text.append(message()).toString();
  }
}
