package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import org.jspecify.annotations.Nullable;

/**
 * How many people a {@link ScenarioBuilder} step counts: a single claim still to be dated and
 * sourced, since its time and source are known only when the event is written, or a figure taken as
 * given.
 */
final class StepCount {
  private final @Nullable Estimate estimate;
  private final @Nullable Figure figure;

  private StepCount(@Nullable Estimate estimate, @Nullable Figure figure) {
    this.estimate = estimate;
    this.figure = figure;
  }

  /** Exactly {@code count}, refused when negative with a message naming the step's word. */
  static StepCount exactly(String what, long count) {
    if (count < 0) {
      throw new IllegalArgumentException(
          String.format("Scenario %s count (%d) must not be negative", what, count));
    }
    return new StepCount(Estimate.exactly(count), null);
  }

  static StepCount of(Estimate count) {
    return new StepCount(checkNotNull(count, "count"), null);
  }

  static StepCount of(Figure count) {
    return new StepCount(null, checkNotNull(count, "count"));
  }

  /** The figure as given, or null when the count is a claim still to be sourced. */
  @Nullable Figure given() {
    return figure;
  }

  Figure figure(Source source, When when) {
    if (figure != null) {
      return figure;
    }
    return Figure.of(Claim.of(checkNotNull(estimate), source, when));
  }

  @Override
  public String toString() {
    if (figure != null) {
      int claims = figure.claims().size();
      return figure.envelope() + " (" + claims + (claims == 1 ? " claim)" : " claims)");
    }
    return String.valueOf(estimate);
  }
}
