package dev.custody.json;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one read reports: the problems found, in the order found, the first {@value #KEPT} whole and
 * the rest only counted, and told in a last problem ("and 999,900 more problems"). A hostile
 * document of a million broken events then costs neither a million messages of memory nor a message
 * of a million lines, and each problem costs the same whatever came before it. Confined to one
 * read.
 */
final class ProblemReport {
  /** How many problems a read lists whole; a person fixing a file reads no more at once. */
  static final int KEPT = 100;

  private final String source;
  private final List<Problem> kept = new ArrayList<>();
  private long omitted;
  private Problem.@Nullable Kind omittedKind;
  private long steps;

  ProblemReport(String source) {
    this.source = source;
  }

  /** Checks if another problem would be listed whole, so that a caller may skip building it. */
  boolean isFull() {
    return kept.size() >= KEPT;
  }

  /** Records a problem: listed while fewer than {@value #KEPT} are, counted after. */
  void add(Problem problem) {
    if (isFull()) {
      omit(problem.kind());
    } else {
      steps++;
      kept.add(problem);
    }
  }

  /** Counts a problem that is not listed whole. */
  void omit(Problem.Kind kind) {
    steps++;
    if (omitted++ == 0) {
      omittedKind = kind;
    }
  }

  /** The number of problems recorded, listed or counted. */
  long count() {
    return kept.size() + omitted;
  }

  /** Checks if any problem was found. */
  boolean isEmpty() {
    return kept.isEmpty();
  }

  /** The work done so far, in problems recorded: one step each, whatever came before. */
  long steps() {
    return steps;
  }

  /** The problems listed whole, then one telling how many more there were, if any. */
  ImmutableList<Problem> problems() {
    if (omitted == 0) {
      return ImmutableList.copyOf(kept);
    }
    return ImmutableList.<Problem>builder()
        .addAll(kept)
        .add(
            Problem.of(
                omittedKind,
                source,
                "$",
                null,
                String.format("and %,d more %s", omitted, omitted == 1 ? "problem" : "problems")))
        .build();
  }
}
