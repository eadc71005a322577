package dev.custody.internal;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.Estimate;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;

/**
 * The share of a movement dated by a period that came after an instant inside it: what the ledger's
 * fold takes from a balance a census set during the period, and what a census carried forward takes
 * from its population, so that the two say the same.
 */
public final class Periods {
  private Periods() {}

  /**
   * Returns what a movement of {@code size} dated {@code period} moved after {@code counted}: all
   * of it unless {@code counted} lies strictly inside the period; then anything from none to all of
   * it, its best value the share of the period left after {@code counted}, as if the movement were
   * spread evenly over the period.
   *
   * @param size the movement's size
   * @param period when it happened
   * @param counted the instant, such as the end of a census
   * @return the share
   * @throws NullPointerException naming the argument that is null
   */
  public static Estimate shareAfter(Estimate size, When period, Instant counted) {
    checkNotNull(size, "size");
    checkNotNull(period, "period");
    checkNotNull(counted, "counted");
    if (!(period.start().isBefore(counted) && counted.isBefore(period.end()))) {
      return size;
    }
    double left =
        (double) Duration.between(counted, period.end()).toSeconds()
            / Duration.between(period.start(), period.end()).toSeconds();
    long best = Math.round(size.best() * left);
    return size.hasUpperBound()
        ? Estimate.of(0, best, size.high())
        : Estimate.atLeast(0).withBest(best);
  }
}
