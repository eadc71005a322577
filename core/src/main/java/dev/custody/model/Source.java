package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who made a claim: an actor, or a person or office the claim is attributed to without a name,
 * attached to the actor they speak for ("a U.S. military official" speaking for the United States).
 *
 * <p>An unnamed source is still a source: two claims from "a U.S. military official" are attributed
 * to the same actor, and a reading that prefers that actor's figures takes them.
 *
 * <p>A person who speaks for no actor ("a camp worker", "a resident") and whom an outlet quotes is
 * a {@linkplain #relayedBy(ActorId, String) relayed} source: the claim is the outlet's to answer
 * for, so its {@linkplain #actor() actor} is the outlet, and {@link #isRelayed()} says that the
 * outlet only passed the words on.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Source {

  Source() {}

  /**
   * Obtains the source that is the actor {@code actor} itself, such as the SDF speaking through its
   * own statement.
   *
   * @param actor the actor
   * @return the source
   */
  public static Source of(ActorId actor) {
    return ImmutableSource.of(actor, Optional.empty(), false);
  }

  /**
   * Obtains a source described but not named, speaking for {@code actor}: {@code Source.of(usa, "a
   * U.S. military official")}.
   *
   * @param actor the actor the source speaks for
   * @param description who the source is, as reported; not blank
   * @return the source
   * @throws IllegalArgumentException if {@code description} is blank or has surrounding whitespace
   */
  public static Source of(ActorId actor, String description) {
    return ImmutableSource.of(actor, Optional.of(checkNotNull(description, "description")), false);
  }

  /**
   * Obtains an unnamed person who speaks for no actor, quoted by {@code outlet}: {@code
   * Source.relayedBy(afp, "a camp worker")}. The outlet is the actor the claim is attributed to.
   *
   * @param outlet the outlet that relayed the words
   * @param description who the person is, as reported; not blank
   * @return the source
   * @throws IllegalArgumentException if {@code description} is blank or has surrounding whitespace
   */
  public static Source relayedBy(ActorId outlet, String description) {
    return ImmutableSource.of(outlet, Optional.of(checkNotNull(description, "description")), true);
  }

  /**
   * Returns the actor the source speaks for.
   *
   * @return the actor
   */
  @Value.Parameter(order = 0)
  public abstract ActorId actor();

  /**
   * Returns who the source is, when the claim came from a described rather than named person.
   *
   * @return the description, such as "a U.S. military official", or empty when the actor itself is
   *     the source
   */
  @Value.Parameter(order = 1)
  public abstract Optional<String> description();

  /**
   * Checks if the source is an unnamed person who speaks for no actor, whose words the {@linkplain
   * #actor() actor}, an outlet, relayed.
   *
   * @return true for a relayed source
   */
  @Value.Parameter(order = 2)
  public abstract boolean isRelayed();

  @Value.Check
  final void check() {
    description().ifPresent(d -> Checks.freeText("Source.description", d));
    if (isRelayed() && description().isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "Source.description (empty) must say who spoke when %s only relayed the words",
              actor()));
    }
  }

  /**
   * Returns the source as "sdf", "a U.S. military official (usa)" or "a camp worker, via afp".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    if (isRelayed()) {
      return description().orElseThrow() + ", via " + actor();
    }
    return description().map(d -> d + " (" + actor() + ")").orElse(actor().toString());
  }
}
