package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.model.ActorId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.OperationPart;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A source's claim about who controls a facility at a time: held by one actor, contested between
 * named actors, abandoned by its guards, or unknown.
 *
 * <p>Control is reported like any figure: each report has its source and the time it was reported,
 * and two reports that overlap in time and disagree are flagged (rule {@code CUS-017}) rather than
 * one silently replacing the other. A report that the facility is held makes its actor the
 * controller on record, as a {@link ControlChanged} does; a contested, abandoned or unknown report
 * leaves the facility without a controller on record until a later report or change names one. It
 * moves nobody.
 *
 * <p>Invariants: a held report names exactly one actor; a contested report at least two; an
 * abandoned report at most one (the actor whose guards left); an unknown report none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class ControlReported implements Event permits ImmutableControlReported {

  /** The stable type name. */
  public static final String TYPE = "control-reported";

  ControlReported() {}

  /**
   * Returns a builder; id, time, facility, state, source and reported are required, and actors as
   * the state requires.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Obtains a report that {@code holder} holds {@code facility}.
   *
   * @param id the event's id
   * @param when when the facility was held, as the source dates it
   * @param facility the facility
   * @param holder who holds it
   * @param source who says so
   * @param reported when the source said it
   * @return the event
   */
  public static ControlReported held(
      EventId id, When when, FacilityId facility, ActorId holder, Source source, When reported) {
    return builder()
        .id(id)
        .when(when)
        .facility(facility)
        .state(ControlState.HELD)
        .addActors(checkNotNull(holder, "holder"))
        .source(source)
        .reported(reported)
        .build();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract When when();

  /**
   * Returns the facility the report is about.
   *
   * @return the facility
   */
  public abstract FacilityId facility();

  /**
   * Returns what the source says of its control.
   *
   * @return the state
   */
  public abstract ControlState state();

  /**
   * Returns the actors the report names: the holder, the contesting actors, or the actor whose
   * guards left.
   *
   * @return the actors, in the order given
   */
  public abstract ImmutableSet<ActorId> actors();

  /**
   * Returns who says so.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * Returns when the source said it.
   *
   * @return the time of the report
   */
  public abstract When reported();

  @Value.Check
  final void check() {
    int named = actors().size();
    boolean fits;
    switch (state()) {
      case HELD:
        fits = named == 1;
        break;
      case CONTESTED:
        fits = named >= 2;
        break;
      case ABANDONED:
        fits = named <= 1;
        break;
      default:
        fits = named == 0;
    }
    if (!fits) {
      throw new IllegalArgumentException(
          String.format(
              "ControlReported.actors (%s) do not fit the state %s: held names one actor,"
                  + " contested at least two, abandoned at most the one that left, unknown none;"
                  + " for %s",
              actors(), state(), id()));
    }
  }

  /**
   * Returns the holder, for a held report.
   *
   * @return the actor that holds the facility, or empty when the report is not of a holder
   */
  public final Optional<ActorId> holder() {
    return state() == ControlState.HELD
        ? Optional.of(actors().iterator().next())
        : Optional.empty();
  }

  /**
   * Checks if this report says the same as {@code other}: the same state and the same actors.
   *
   * @param other another report
   * @return true when they agree
   */
  public final boolean agreesWith(ControlReported other) {
    checkNotNull(other, "other");
    return state() == other.state() && actors().equals(other.actors());
  }

  @Override
  public final ImmutableList<Movement> movements() {
    return ImmutableList.of();
  }

  @Override
  public final ControlReported withOperation(OperationPart part) {
    return ((ImmutableControlReported) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as "control-reported id when: al-hol held by sdf, according to x (reported
   * ...)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return TYPE
        + " "
        + id()
        + " "
        + when()
        + ": "
        + facility()
        + " "
        + describe()
        + ", according to "
        + source()
        + " (reported "
        + reported()
        + ")";
  }

  /**
   * Returns what the report says, in words.
   *
   * @return "held by sdf", "contested between sdf, syria-gov", "abandoned by sdf", "abandoned" or
   *     "control unknown"
   */
  public final String describe() {
    switch (state()) {
      case HELD:
        return "held by " + actors().iterator().next();
      case CONTESTED:
        return "contested between "
            + String.join(", ", actors().stream().map(ActorId::toString).toList());
      case ABANDONED:
        return actors().isEmpty() ? "abandoned" : "abandoned by " + actors().iterator().next();
      default:
        return "control unknown";
    }
  }

  /** Builds the event. */
  public static final class Builder extends ImmutableControlReported.Builder {
    Builder() {}
  }
}
