package dev.custody.rules;

import dev.custody.model.Estimate;
import java.util.Optional;

/**
 * How far an amount exceeds a bound, compared in the two steps that {@code CUS-001}, {@code
 * CUS-004} and {@code CUS-006} share (see {@code docs/rules.md}): an error when even the amount's
 * low end exceeds the bound's high end, a warning when only its best value exceeds the bound's, and
 * nothing when nobody bounded the bound. One place, so that the three rules cannot drift apart.
 */
final class Excess {
  private Excess() {}

  /** How far {@code amount} exceeds {@code bound}: an error, a warning, or nothing. */
  static Optional<Severity> severity(Estimate amount, Estimate bound) {
    if (!bound.hasUpperBound()) {
      return Optional.empty(); // nobody bounded it: no source is contradicted
    }
    if (amount.low() > bound.high()) {
      return Optional.of(Severity.ERROR);
    }
    return amount.best() > bound.best() ? Optional.of(Severity.WARNING) : Optional.empty();
  }

  /** The end of a message: which ends of the two estimates the {@code severity} compared. */
  static String describe(Severity severity, Estimate amount, Estimate bound) {
    return severity == Severity.ERROR
        ? String.format(
            "even its low end (%d) exceeds the high end (%d)", amount.low(), bound.high())
        : String.format(
            "its best value (%d) exceeds the best value (%d)", amount.best(), bound.best());
  }
}
