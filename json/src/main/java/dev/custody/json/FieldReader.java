package dev.custody.json;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableSet;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the fields of JSON objects as typed values, and records a {@link Problem} at the field's
 * path for each one missing, unknown, mistyped or out of range. Every reader of one document shares
 * one, so that the problems come out in one list, in document order, capped by a {@link
 * ProblemReport}. Each method returns empty when the field has a problem, so that reading goes on
 * and finds the others. A field that {@link #fields} reports missing is not read again as required,
 * so it is reported once, and no report looks back at those before it: each costs the same however
 * many came before. Confined to one read.
 */
final class FieldReader {
  private final String source;
  private final ProblemReport problems;

  FieldReader(String source) {
    this.source = source;
    this.problems = new ProblemReport(source);
  }

  /** Returns the problems recorded so far, in the order found, capped as the report caps them. */
  List<Problem> problems() {
    return problems.problems();
  }

  /** The number of problems recorded so far, those the cap leaves out included. */
  long problemCount() {
    return problems.count();
  }

  boolean hasProblems() {
    return !problems.isEmpty();
  }

  void report(Problem.Kind kind, String path, @Nullable String value, String message) {
    if (problems.isFull()) {
      problems.omit(kind);
    } else {
      problems.add(Problem.of(kind, source, path, value, message));
    }
  }

  /** The work of collecting the problems so far, in problems recorded. */
  long steps() {
    return problems.steps();
  }

  /** Reports unknown and missing fields; false when the node is not an object or misses some. */
  boolean fields(JsonNode node, String path, Set<String> allowed, Set<String> required) {
    if (!node.isObject()) {
      report(Problem.Kind.STRUCTURE, path, shown(node), "must be an object, not " + typeOf(node));
      return false;
    }
    boolean complete = true;
    // read in place, not copied: nothing changes the node while its names are checked, and every
    // object of every event line comes through here
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!allowed.contains(name)) {
        report(
            Problem.Kind.STRUCTURE,
            path + "." + name,
            shown(field.getValue()),
            "field (" + name + ") is not part of the format here; allowed: " + allowed);
      }
    }
    for (String name : required) {
      JsonNode value = node.get(name);
      if (value == null || value.isNull()) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
        complete = false;
      }
    }
    return complete;
  }

  Optional<String> string(JsonNode node, String path, String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required && node.isObject()) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
      }
      return Optional.empty();
    }
    if (!value.isString()) {
      report(
          Problem.Kind.STRUCTURE,
          path + "." + name,
          shown(value),
          "field (" + name + ") must be a string, not " + typeOf(value));
      return Optional.empty();
    }
    return Optional.of(value.stringValue());
  }

  /** Reads a name or a title: one line of visible characters ({@link TextRule#NAME}). */
  Optional<String> name(JsonNode node, String path, String name, boolean required) {
    return string(node, path, name, required)
        .flatMap(text -> checked(path + "." + name, name, text, TextRule.NAME));
  }

  /** Reads free text, which may break lines and tab ({@link TextRule#FREE_TEXT}). */
  Optional<String> text(JsonNode node, String path, String name, boolean required) {
    return string(node, path, name, required)
        .flatMap(text -> checked(path + "." + name, name, text, TextRule.FREE_TEXT));
  }

  /**
   * Checks the characters of a string found at a path, reporting the first that breaks the rule.
   */
  Optional<String> checked(String path, String field, String text, TextRule rule) {
    Optional<String> fault = rule.check(field, text);
    if (fault.isPresent()) {
      report(Problem.Kind.VALUE, path, text, fault.get());
      return Optional.empty();
    }
    return Optional.of(text);
  }

  <T> Optional<T> parsed(
      JsonNode node,
      String path,
      String name,
      boolean required,
      Function<String, T> parser,
      String expected) {
    return string(node, path, name, required)
        .flatMap(text -> value(path + "." + name, text, parser, expected));
  }

  /** Parses a string found at a path, reporting what was expected when the parser refuses it. */
  <T> Optional<T> value(String path, String text, Function<String, T> parser, String expected) {
    try {
      return Optional.of(parser.apply(text));
    } catch (RuntimeException e) {
      report(
          Problem.Kind.VALUE,
          path,
          text,
          "value (" + text + ") must be " + expected + ": " + unparsed(e));
      return Optional.empty();
    }
  }

  /** Reads a date of the years the format accepts ({@link TimeRange}). */
  Optional<LocalDate> date(JsonNode node, String path, String name, boolean required) {
    Optional<LocalDate> date =
        parsed(node, path, name, required, LocalDate::parse, "a date like \"2026-01-21\"");
    if (date.isPresent() && !TimeRange.contains(date.get())) {
      String text = node.get(name).stringValue();
      report(
          Problem.Kind.VALUE,
          path + "." + name,
          text,
          "value (" + text + ") must be a date " + TimeRange.WITHIN);
      return Optional.empty();
    }
    return date;
  }

  /** Reads a boolean, {@code true} or {@code false}. */
  Optional<Boolean> bool(JsonNode node, String path, String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required && node.isObject()) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
      }
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      report(
          Problem.Kind.STRUCTURE,
          path + "." + name,
          shown(value),
          "field (" + name + ") must be true or false, not " + typeOf(value));
      return Optional.empty();
    }
    return Optional.of(value.booleanValue());
  }

  /** Reads an enum constant as the format spells it. */
  <E extends Enum<E>> Optional<E> constant(
      JsonNode node, String path, String name, boolean required, Class<E> type) {
    Optional<String> text = string(node, path, name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> constant = FormatNames.spelled(type, text.get());
    if (constant.isEmpty()) {
      report(
          Problem.Kind.VALUE,
          path + "." + name,
          text.get(),
          "field (" + name + ") must be one of " + FormatNames.spellings(type));
    }
    return constant;
  }

  Optional<Long> count(
      JsonNode node, String path, String name, boolean required, long min, long max) {
    JsonNode value = node.get(name);
    if (value == null) {
      if (required) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
      }
      return Optional.empty();
    }
    if (!value.isIntegralNumber()) {
      report(
          Problem.Kind.STRUCTURE,
          path + "." + name,
          shown(value),
          "field (" + name + ") must be a whole number, not " + typeOf(value));
      return Optional.empty();
    }
    if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
      report(
          Problem.Kind.VALUE,
          path + "." + name,
          shown(value),
          String.format("field (%s) must be between %,d and %,d", name, min, max));
      return Optional.empty();
    }
    return Optional.of(value.longValue());
  }

  Optional<Double> decimal(JsonNode node, String path, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isNumber()) {
      report(
          Problem.Kind.STRUCTURE,
          path + "." + name,
          value == null ? null : shown(value),
          "field (" + name + ") must be a number");
      return Optional.empty();
    }
    return Optional.of(value.doubleValue());
  }

  <T> Optional<T> object(JsonNode node, String path, String name, boolean required, Part<T> part) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
      }
      return Optional.empty();
    }
    return part.read(value, path + "." + name);
  }

  <T> List<T> list(JsonNode node, String path, String name, boolean required, Part<T> part) {
    JsonNode value = node.get(name);
    List<T> items = new ArrayList<>();
    if (value == null || value.isNull()) {
      if (required) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
      }
      return items;
    }
    if (!value.isArray()) {
      report(
          Problem.Kind.STRUCTURE,
          path + "." + name,
          shown(value),
          "field (" + name + ") must be an array, not " + typeOf(value));
      return items;
    }
    for (int i = 0; i < value.size(); i++) {
      String itemPath = path + "." + name + "[" + i + "]";
      long before = problems.count();
      Optional<T> item = part.read(value.get(i), itemPath);
      if (item.isPresent()) {
        items.add(item.get());
      } else if (problems.count() == before) {
        // an item is never dropped in silence: a reader that gave up without saying why is a bug,
        // and the document is refused rather than read without the item
        report(Problem.Kind.STRUCTURE, itemPath, null, "could not be read");
      }
    }
    return items;
  }

  /** Reads one part of the document at a path. */
  @FunctionalInterface
  interface Part<T> {
    Optional<T> read(JsonNode node, String path);
  }

  /** Builds a value whose own checks may still fail, reporting the failure at the path. */
  <T> Optional<T> build(String path, ValueSupplier<T> value) {
    try {
      return Optional.of(value.get());
    } catch (RuntimeException e) {
      report(Problem.Kind.VALUE, path, null, refusal(e));
      return Optional.empty();
    }
  }

  /**
   * Why a parser refused a text, in words: for a time, the first clause of {@code java.time}'s
   * message and the deepest cause ("Invalid value for MonthOfYear (valid values 1 - 12): 13"),
   * whose intermediate messages name its classes.
   */
  private static String unparsed(RuntimeException e) {
    if (e instanceof DateTimeParseException && e.getCause() != null) {
      Throwable deepest = e.getCause();
      while (deepest.getCause() != null) {
        deepest = deepest.getCause();
      }
      String first = e.getMessage().split(": ", 2)[0];
      return deepest.getMessage() == null ? first : first + ": " + deepest.getMessage();
    }
    return e.getMessage() == null ? "it does not parse" : e.getMessage();
  }

  /**
   * What the model said when it refused a value, in the user's terms: its message, which names the
   * field, the value and the rule, with what kind of limit it is when the message alone would not
   * say ("long overflow"). Never a Java class name.
   */
  static String refusal(RuntimeException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    if (e instanceof ArithmeticException) {
      return "a count overflows: it would pass "
          + String.format("%,d", Long.MAX_VALUE)
          + ", the most a count can hold"
          + (message.isEmpty() ? "" : " (" + message + ")");
    }
    if (e instanceof DateTimeException) {
      return "a time beyond the calendar" + (message.isEmpty() ? "" : ": " + message);
    }
    return message.isEmpty() ? "the value is refused, for no reason given" : message;
  }

  /** A value that may throw an unchecked exception when its invariants fail. */
  @FunctionalInterface
  interface ValueSupplier<T> {
    T get();
  }

  /** Reports an array element that is not the string it should be. */
  <T> Optional<T> mistyped(String path, JsonNode node, String expected) {
    report(
        Problem.Kind.STRUCTURE,
        path,
        shown(node),
        "must be " + expected + " (a string), not " + typeOf(node));
    return Optional.empty();
  }

  /** Checks if every part was read. */
  static boolean all(Optional<?>... parts) {
    return Arrays.stream(parts).allMatch(Optional::isPresent);
  }

  /** The sets of field names made so far: the readers ask for the same few once per value. */
  private static final ConcurrentHashMap<List<String>, Set<String>> SETS =
      new ConcurrentHashMap<>();

  /** Returns a set of field names, in the order given, which is the order messages list them. */
  static Set<String> set(String... names) {
    List<String> key = Arrays.asList(names);
    Set<String> known = SETS.get(key);
    if (known != null) {
      return known;
    }
    Set<String> made = ImmutableSet.copyOf(names);
    // the readers name a few dozen sets of constants; a bound keeps any other use harmless
    if (SETS.size() < 1024) {
      SETS.putIfAbsent(List.copyOf(key), made);
    }
    return made;
  }

  /** Returns the JSON type of a node as a message names it: "string", "object", "number". */
  static String typeOf(JsonNode node) {
    return CaseFormat.UPPER_UNDERSCORE
        .to(CaseFormat.LOWER_HYPHEN, node.getNodeType().name())
        .replace('-', ' ');
  }

  /** Returns a node as a message shows it: a string without its quotes, anything else as JSON. */
  static String shown(JsonNode node) {
    return node.isString() ? node.stringValue() : node.toString();
  }
}
