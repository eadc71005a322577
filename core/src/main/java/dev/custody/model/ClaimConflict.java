package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * Two claims about one quantity that cannot both be true: their estimates have no count in common.
 *
 * <p>"Over 1,000 escaped" (the SDF) and "as many as 200" (a U.S. official) conflict: even the
 * lowest count the first allows (1,001) exceeds the highest the second allows (200), a {@linkplain
 * #gap() gap} of 801. The claims are kept in the order in which their {@link Figure} lists them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class ClaimConflict {

  ClaimConflict() {}

  /**
   * Obtains the conflict between two claims.
   *
   * @param first the first claim
   * @param second the second claim
   * @return the conflict
   * @throws IllegalArgumentException if the claims' estimates overlap, so that they do not conflict
   */
  public static ClaimConflict of(Claim first, Claim second) {
    return ImmutableClaimConflict.of(first, second);
  }

  /**
   * Returns the claim listed first in the figure.
   *
   * @return the first claim
   */
  @Value.Parameter(order = 0)
  public abstract Claim first();

  /**
   * Returns the claim listed second in the figure.
   *
   * @return the second claim
   */
  @Value.Parameter(order = 1)
  public abstract Claim second();

  @Value.Check
  final void check() {
    if (first().agreesWith(second())) {
      throw new IllegalArgumentException(
          String.format(
              "ClaimConflict claims (%s) and (%s) overlap, so they do not conflict",
              first(), second()));
    }
  }

  /**
   * Returns by how many people the claims miss each other: the higher claim's low end minus the
   * lower claim's high end.
   *
   * @return the gap, at least one
   */
  public final long gap() {
    return first().estimate().distanceTo(second().estimate());
  }

  /**
   * Returns the claim whose range lies above the other's: its low end exceeds the other's high end.
   *
   * @return the higher claim
   */
  public final Claim higher() {
    return isFirstHigher() ? first() : second();
  }

  /**
   * Returns the claim whose range lies below the other's.
   *
   * @return the lower claim
   */
  public final Claim lower() {
    return isFirstHigher() ? second() : first();
  }

  private boolean isFirstHigher() {
    return first().estimate().low() > second().estimate().low();
  }

  /**
   * Checks if this conflict involves {@code claim}.
   *
   * @param claim the claim to look for
   * @return true if it is the first or the second claim
   */
  public final boolean involves(Claim claim) {
    checkNotNull(claim, "claim");
    return first().equals(claim) || second().equals(claim);
  }

  /**
   * Returns the conflict as "over 1,000 (sdf) conflicts with up to 200 (a U.S. military official
   * (usa) via nyt): 801 apart, the low end 1,001 of sdf above the high end 200 of usa".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return side(first())
        + " conflicts with "
        + side(second())
        + ": "
        + String.format(Locale.ROOT, "%,d", gap())
        + " apart, the low end "
        + String.format(Locale.ROOT, "%,d", higher().estimate().low())
        + " of "
        + higher().source().actor()
        + " above the high end "
        + String.format(Locale.ROOT, "%,d", lower().estimate().high())
        + " of "
        + lower().source().actor();
  }

  private static String side(Claim claim) {
    return claim.estimate() + " (" + claim.attribution() + ")";
  }
}
