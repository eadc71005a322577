package dev.custody.agreement;

import com.google.common.collect.ImmutableList;
import dev.custody.internal.Checks;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A breach of an {@link Obligation} as reported: when it happened, what it was, and who reported or
 * alleged it. It carries no figure: the people a breach may have moved are the movements of their
 * own events.
 *
 * <p>A ceasefire's pause "for 120 hours" breached by shelling on its second day is {@code
 * Breach.builder().when(day2).description("shelling of the town").addSources(Source.of(sdf))}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Breach {

  Breach() {}

  /**
   * Obtains a breach at {@code when}, with no description and no source.
   *
   * @param when when the obligation was breached
   * @return the breach
   */
  public static Breach on(When when) {
    return builder().when(when).build();
  }

  /**
   * Returns a builder. The time is required; the description and the sources are optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns when the obligation was breached, as precisely as it was reported.
   *
   * @return the time
   */
  public abstract When when();

  /**
   * Returns what the breach was, in a sentence, such as "shelling of the town".
   *
   * @return the description, not blank; or empty when none was given
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
    description().ifPresent(d -> Checks.freeText("Breach.description", d));
  }

  /**
   * Returns the breach as "2026-01-22 (Asia/Damascus): shelling of the town (per sdf, a U.S.
   * official (usa))".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return when()
        + description().map(d -> ": " + d).orElse("")
        + (sources().isEmpty()
            ? ""
            : " (per "
                + String.join(", ", sources().stream().map(Source::toString).toList())
                + ")");
  }

  /** Builds a {@link Breach}. {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableBreach.Builder {
    Builder() {}
  }
}
