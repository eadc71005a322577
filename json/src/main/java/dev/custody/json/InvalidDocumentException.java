package dev.custody.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/**
 * Thrown when a document cannot be read: it lists every {@link Problem} found, in document order,
 * so that one run shows all that needs fixing. No part of an invalid document is returned.
 */
public final class InvalidDocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not serialized: problems are for the reader of the exception, not for storage. */
  private final transient ImmutableList<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   * @throws IllegalArgumentException if there is none
   */
  public InvalidDocumentException(Iterable<Problem> problems) {
    this(ImmutableList.copyOf(problems));
  }

  private InvalidDocumentException(ImmutableList<Problem> problems) {
    super(describe(problems));
    this.problems = problems;
  }

  private static String describe(ImmutableList<Problem> problems) {
    checkArgument(!problems.isEmpty(), "InvalidDocumentException needs at least one problem");
    return problems.size()
        + (problems.size() == 1 ? " problem" : " problems")
        + ":\n"
        + problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, in document order
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /**
   * Checks if the document could be read but the rules reject some of its events: every problem is
   * of kind {@link Problem.Kind#RULE}.
   *
   * @return true if only rules were broken
   */
  public boolean isRejectedByRules() {
    return problems.stream().allMatch(p -> p.kind() == Problem.Kind.RULE);
  }
}
