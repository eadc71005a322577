package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source's challenge to a figure that gives no figure of its own: "no independent verification",
 * "the numbers could not be confirmed".
 *
 * <p>A dispute is shown beside the figure it challenges, so that a reader sees the figure is
 * disputed and by whom; it takes no part in the envelope or the consensus, which it neither widens
 * nor narrows (an "unknown" claim would drop the envelope's low end to zero). It may name the claim
 * it challenges ({@link #claim()}); without one it challenges the whole figure.
 *
 * <p>A dispute may have an id of its own ({@link #id()}), unique among the ids of its figure's
 * claims and disputes, so that a claim it refutes can name it: "no large-scale break happened",
 * said by a government, refutes a group's claim of having freed 800 without giving a number of its
 * own ({@link ClaimStatus#refutedBy(ClaimId)}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Dispute {

  Dispute() {}

  /**
   * Obtains a dispute of the whole figure.
   *
   * @param source who disputes it
   * @param reported when the dispute was reported
   * @param words what the source said, as reported: "no independent verification"
   * @return the dispute
   * @throws IllegalArgumentException if {@code words} is blank or not printable text
   */
  public static Dispute of(Source source, When reported, String words) {
    return ImmutableDispute.builder().source(source).reported(reported).words(words).build();
  }

  /**
   * Returns a copy that challenges one claim of the figure rather than the whole figure.
   *
   * @param claim the id of the claim disputed
   * @return the copy
   */
  public final Dispute ofClaim(ClaimId claim) {
    return ((ImmutableDispute) this).copyWithClaim(checkNotNull(claim, "claim"));
  }

  /**
   * Returns a copy with the id {@code id}, by which a claim it refutes names it.
   *
   * @param id the dispute's id, unique among the ids of its figure's claims and disputes
   * @return the copy
   */
  public final Dispute withId(ClaimId id) {
    return ((ImmutableDispute) this).copyWithId(checkNotNull(id, "id"));
  }

  /**
   * Returns the dispute's id, when it has one: a claim it refutes names it.
   *
   * @return the id, or empty
   */
  public abstract Optional<ClaimId> id();

  /**
   * Returns who disputes the figure.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * Returns when the dispute was reported.
   *
   * @return the time
   */
  public abstract When reported();

  /**
   * Returns what the source said, as reported.
   *
   * @return the words, such as "no independent verification"
   */
  public abstract String words();

  /**
   * Returns the claim disputed, when the dispute names one.
   *
   * @return the claim's id, or empty when the whole figure is disputed
   */
  public abstract Optional<ClaimId> claim();

  @Value.Check
  final void check() {
    Checks.freeText("Dispute.words", words());
  }

  /**
   * Returns the dispute as "disputed by hrw, reported 2026-01-22 (UTC): no independent
   * verification", naming the claim when there is one ("disputed by hrw (claim sdf-count) ...").
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return "disputed by "
        + source()
        + id().map(i -> " as " + i).orElse("")
        + claim().map(c -> " (claim " + c + ")").orElse("")
        + ", reported "
        + reported()
        + ": "
        + words();
  }
}
