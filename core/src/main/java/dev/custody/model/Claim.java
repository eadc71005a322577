package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One source's figure for a quantity: an {@link Estimate}, who said it, through whom, and when it
 * was reported.
 *
 * <p>"Over 1,000 escaped, according to the SDF" is a claim; so is "as many as 200, according to a
 * U.S. military official, via The New York Times", whose {@linkplain #channel() channel} is the
 * outlet that relayed it. Several claims about one quantity form a {@link Figure}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Claim {

  Claim() {}

  /**
   * Obtains a claim made directly by {@code source}, with no channel and no note.
   *
   * @param estimate the figure claimed
   * @param source who claimed it
   * @param reported when the claim was reported
   * @return the claim
   */
  public static Claim of(Estimate estimate, Source source, When reported) {
    return builder().estimate(estimate).source(source).reported(reported).build();
  }

  /**
   * Obtains a claim of a count in families or households: its estimate is the people that count
   * stands for through its ratio, {@link UnitCount#people()}, and the families and the ratio stay
   * with it; without a ratio the people are not stated, and the estimate is {@link
   * UnitCount#peopleNotStated()}.
   *
   * @param units the count in families or households, and the people per unit when stated
   * @param source who claimed the count
   * @param reported when the claim was reported
   * @return the claim
   * @throws ArithmeticException if the people would exceed {@link Estimate#MAX_COUNT}
   */
  public static Claim inUnits(UnitCount units, Source source, When reported) {
    checkNotNull(units, "units");
    return inUnits(
        units,
        units.peoplePer().isPresent() ? units.people() : units.peopleNotStated(),
        source,
        reported);
  }

  /**
   * Obtains a claim of a count in families or households beside the source's own people figure
   * ("192 families, or 776 people"): its estimate is {@code people}, words kept.
   *
   * @param units the count in families or households
   * @param people the people the source stated
   * @param source who claimed the count
   * @param reported when the claim was reported
   * @return the claim
   * @throws IllegalArgumentException if the units have a ratio whose people differ from {@code
   *     people}, or {@code people} leaves no room for one person per unit
   */
  public static Claim inUnits(UnitCount units, Estimate people, Source source, When reported) {
    return builder().estimate(people).units(units).source(source).reported(reported).build();
  }

  /**
   * Returns a builder, for claims with a channel or a note.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the figure claimed.
   *
   * @return the estimate
   */
  public abstract Estimate estimate();

  /**
   * Returns who made the claim.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * Returns the outlet or intermediary that relayed the claim, when it did not come from the source
   * directly.
   *
   * @return the channel, such as {@code nyt}, or empty
   */
  public abstract Optional<ActorId> channel();

  /**
   * Returns when the claim was reported, which may be later than what it describes.
   *
   * @return the reporting time
   */
  public abstract When reported();

  /**
   * Returns a remark on the claim, such as "and still searching".
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns the count in families or households behind the estimate, when the source counted those
   * rather than people; the {@linkplain #estimate() estimate} is then the people it stands for.
   *
   * @return the count in units, or empty when the source counted people
   */
  public abstract Optional<UnitCount> units();

  /**
   * Returns the claim's id within its figure, by which another claim refutes it or a dispute names
   * it.
   *
   * @return the id, or empty
   */
  public abstract Optional<ClaimId> id();

  /**
   * Returns where the claim stands: reported (the default), rumoured, disputed, refuted, retracted
   * or misattributed. Only claims whose status {@linkplain ClaimStatus#counts() counts} take part
   * in their figure's envelope, consensus, conflicts and readings.
   *
   * @return the status
   */
  @Value.Default
  public ClaimStatus status() {
    return ClaimStatus.reported();
  }

  /**
   * Checks if the claim takes part in its figure's envelope, consensus, conflicts and readings.
   *
   * @return true unless it was refuted, retracted or misattributed
   */
  public final boolean counts() {
    return status().counts();
  }

  @Value.Check
  final void check() {
    note().ifPresent(n -> Checks.freeText("Claim.note", n));
    units().ifPresent(u -> u.checkPeople(estimate()));
    Optional<When> retracted = status().retractedOn();
    if (retracted.isPresent() && retracted.get().isBefore(reported())) {
      throw new IllegalArgumentException(
          String.format(
              "Claim.status (%s) must not be retracted before the claim was reported (%s)",
              status(), reported()));
    }
    if (channel().isPresent() && channel().get().equals(source().actor())) {
      throw new IllegalArgumentException(
          String.format(
              "Claim.channel (%s) must differ from the source's actor (%s); leave it empty when"
                  + " the source spoke directly",
              channel().get(), source().actor()));
    }
  }

  /**
   * Returns a copy with another estimate, keeping source, channel, time and note.
   *
   * @param estimate the new estimate
   * @return the copy
   */
  public final Claim withEstimate(Estimate estimate) {
    return ((ImmutableClaim) this).copyWithEstimate(estimate);
  }

  /**
   * Returns a copy with another status, keeping everything else: the claim as it stands once
   * refuted, retracted or found misattributed.
   *
   * @param status the new status
   * @return the copy
   */
  public final Claim withStatus(ClaimStatus status) {
    return ((ImmutableClaim) this).copyWithStatus(status);
  }

  /**
   * Returns a copy with an id, by which another claim of its figure may refute it.
   *
   * @param id the id
   * @return the copy
   */
  public final Claim withId(ClaimId id) {
    return ((ImmutableClaim) this).copyWithId(id);
  }

  /**
   * Checks if this claim and {@code other} can both be true: their estimates overlap.
   *
   * @param other the other claim
   * @return true if some count satisfies both; symmetric
   */
  public final boolean agreesWith(Claim other) {
    checkNotNull(other, "other");
    return estimate().overlaps(other.estimate());
  }

  /**
   * Returns who the claim is from, as a report names it beside the figure: the source ("a U.S.
   * military official (usa)"), the channel that relayed it when there is one ("via nyt"), and the
   * status when it is not {@linkplain ClaimStatus.Kind#REPORTED reported} ("; rumoured"), since a
   * rumour is read differently from a statement. Conflicts and the reports' tables of conflicts
   * name their two sides with it, so the text and the JSON reports cannot word one claim two ways.
   *
   * @return the attribution, such as "posts on social media accounts via afp; rumoured"
   */
  public final String attribution() {
    return source()
        + channel().map(c -> " via " + c).orElse("")
        + (status().kind() == ClaimStatus.Kind.REPORTED ? "" : "; " + status());
  }

  /**
   * Returns the claim as "over 1,000 according to sdf, reported 2026-01-20 (Asia/Damascus)", naming
   * the channel ("via nyt") and the note when present, a count in units as {@link
   * UnitCount#claimed(UnitCount, Estimate)} words it ("exactly 81 families at about 5 (4-6) per
   * family (unhcr), between 324 and 486 (best 405) people according to ..."), and ending with the
   * id and the status when there are any ("[rumour-cells: refuted by search-cells]").
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder();
    units().ifPresent(u -> text.append(UnitCount.claimed(u, estimate(), ", ")));
    if (units().isEmpty()) {
      text.append(estimate());
    }
    text.append(" according to ").append(source());
    channel().ifPresent(c -> text.append(" via ").append(c));
    text.append(", reported ").append(reported());
    note().ifPresent(n -> text.append(" (").append(n).append(')'));
    boolean reported = status().kind() == ClaimStatus.Kind.REPORTED;
    if (id().isPresent() || !reported) {
      text.append(" [")
          .append(id().map(ClaimId::toString).orElse(""))
          .append(id().isPresent() && !reported ? ": " : "")
          .append(reported ? "" : status().toString())
          .append(']');
    }
    return text.toString();
  }

  /**
   * Builds a {@link Claim}. Estimate, source and reported time are required; channel, note, id and
   * status (reported unless set) are optional. Each attribute may be set once. {@link #build()}
   * checks the invariants.
   */
  public static final class Builder extends ImmutableClaim.Builder {
    Builder() {}
  }
}
