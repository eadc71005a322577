package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Breach;
import dev.custody.internal.Checks;
import dev.custody.model.AgreementId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.ObligationId;
import dev.custody.model.OperationPart;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An obligation of an agreement is breached, at {@link #when()}: a pause of operations broken by
 * shelling, a handover refused. A breached obligation is no longer owed; a later breach of it is
 * recorded as a further breach. The event carries no figure: people a breach moves are the
 * movements of their own events.
 *
 * <p>Invariants: the description, when given, is text that {@link
 * dev.custody.internal.Checks#freeText} accepts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class ObligationBreached implements Event
    permits ImmutableObligationBreached {

  /** The stable type name. */
  public static final String TYPE = "obligation-breached";

  ObligationBreached() {}

  /**
   * Obtains the event, with no description and no source.
   *
   * @param id the event's id
   * @param when when the obligation was breached
   * @param agreement the agreement
   * @param obligation the obligation within it
   * @return the event
   */
  public static ObligationBreached of(
      EventId id, When when, AgreementId agreement, ObligationId obligation) {
    return builder().id(id).when(when).agreement(agreement).obligation(obligation).build();
  }

  /**
   * Returns a builder, for a breach with a description or sources.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract When when();

  /**
   * Returns the agreement.
   *
   * @return the agreement's id
   */
  public abstract AgreementId agreement();

  /**
   * Returns the obligation breached.
   *
   * @return the obligation's id
   */
  public abstract ObligationId obligation();

  /**
   * Returns what the breach was, as reported: "shelling of the town".
   *
   * @return the description, or empty when none was given
   */
  public abstract Optional<String> description();

  /**
   * Returns who reported or alleged the breach, in the order given.
   *
   * @return the sources, possibly empty
   */
  public abstract ImmutableList<Source> sources();

  @Value.Check
  final void check() {
    description().ifPresent(d -> Checks.freeText("ObligationBreached.description", d));
  }

  /**
   * Returns the breach as the obligation records it.
   *
   * @return the breach: this event's time, description and sources
   */
  public final Breach breach() {
    return Breach.builder()
        .when(when())
        .description(description())
        .addAllSources(sources())
        .build();
  }

  @Override
  public final ImmutableList<Movement> movements() {
    return ImmutableList.of();
  }

  @Override
  public final ObligationBreached withOperation(OperationPart part) {
    return ((ImmutableObligationBreached) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id, time, obligation, description and sources.
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
        + agreement()
        + "/"
        + obligation()
        + description().map(d -> ": " + d).orElse("")
        + (sources().isEmpty()
            ? ""
            : " (per "
                + String.join(", ", sources().stream().map(Source::toString).toList())
                + ")");
  }

  /**
   * Builds the event; {@code id}, {@code when}, {@code agreement} and {@code obligation} are
   * required.
   */
  public static final class Builder extends ImmutableObligationBreached.Builder {
    Builder() {}
  }
}
