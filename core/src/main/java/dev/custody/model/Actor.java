package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A party to custody: a state, an armed group, a military command, an official, an outlet, or any
 * other party that holds detainees, controls a facility, pays for detention, makes claims, relays
 * them, or is the affiliation of a detainee population.
 *
 * <p>An actor has an {@link ActorId}, a name, a {@link ActorKind kind}, {@linkplain #aliases()
 * other names} (each optionally valid over a period), and optionally a {@linkplain #parent()
 * parent} it is part of: U.S. Central Command is part of the United States. Alias names are unique
 * within an actor, and an actor is never its own parent.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Actor {

  Actor() {}

  /**
   * Obtains an actor with no aliases and no parent.
   *
   * @param id the id
   * @param name the name, not blank
   * @param kind the kind
   * @return the actor
   * @throws IllegalArgumentException if {@code name} is blank or has surrounding whitespace
   */
  public static Actor of(ActorId id, String name, ActorKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /**
   * Returns a builder, for actors with aliases or a parent.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract ActorId id();

  /**
   * Returns the name the actor is best known by.
   *
   * @return the name, not blank
   */
  public abstract String name();

  /**
   * Returns what kind of party the actor is.
   *
   * @return the kind
   */
  public abstract ActorKind kind();

  /**
   * Returns the other names the actor is known by, in the order given.
   *
   * @return the aliases, with distinct names; possibly empty
   */
  public abstract ImmutableList<Alias> aliases();

  /**
   * Returns the actor this one is part of, such as the state a military command belongs to.
   *
   * @return the parent's id, or empty
   */
  public abstract Optional<ActorId> parent();

  /**
   * Returns the actor this one succeeded, as a caretaker government succeeds the regime that fell:
   * the predecessor's obligations and custody are the record of the predecessor, not of this actor,
   * and a reader can follow the line of succession.
   *
   * @return the predecessor's id, or empty
   */
  public abstract Optional<ActorId> succeeds();

  /**
   * Returns the day the actor succeeded its {@linkplain #succeeds() predecessor}, when reported.
   *
   * @return the day, present only with a predecessor, or empty
   */
  public abstract Optional<LocalDate> succeededOn();

  @Value.Check
  final void check() {
    Checks.text("Actor.name", name());
    if (parent().isPresent() && parent().get().equals(id())) {
      throw new IllegalArgumentException(
          String.format("Actor.parent (%s) must not be the actor itself", parent().get()));
    }
    if (succeeds().isPresent() && succeeds().get().equals(id())) {
      throw new IllegalArgumentException(
          String.format("Actor.succeeds (%s) must not be the actor itself", succeeds().get()));
    }
    if (succeededOn().isPresent() && succeeds().isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "Actor.succeededOn (%s) needs the predecessor it succeeded, for %s",
              succeededOn().get(), id()));
    }
    Set<String> seen = new HashSet<>();
    for (Alias alias : aliases()) {
      if (!seen.add(alias.name())) {
        throw new IllegalArgumentException(
            String.format(
                "Actor.aliases (%s) must have distinct names; %s appears twice for %s",
                aliases(), Checks.quote(alias.name()), id()));
      }
    }
  }

  /**
   * Returns a copy with {@code alias} added after the others.
   *
   * @param alias the alias to add
   * @return the copy
   * @throws IllegalArgumentException if an alias of that name is already present
   */
  public final Actor withAlias(Alias alias) {
    checkNotNull(alias, "alias");
    return ((ImmutableActor) this)
        .copyWithAliases(ImmutableList.<Alias>builder().addAll(aliases()).add(alias).build());
  }

  /**
   * Returns the names the actor was known by on {@code date}: its name, then the aliases valid that
   * day.
   *
   * @param date the day
   * @return the names, the actor's name first
   */
  public final ImmutableSet<String> namesOn(LocalDate date) {
    checkNotNull(date, "date");
    ImmutableSet.Builder<String> names = ImmutableSet.<String>builder().add(name());
    aliases().stream().filter(a -> a.isValidOn(date)).forEach(a -> names.add(a.name()));
    return names.build();
  }

  /**
   * Checks if the actor was known as {@code name} on {@code date}, ignoring case.
   *
   * @param name the name to look for
   * @param date the day
   * @return true if it is the actor's name or an alias valid that day
   */
  public final boolean isKnownAs(String name, LocalDate date) {
    checkNotNull(name, "name");
    return namesOn(date).stream().anyMatch(n -> n.equalsIgnoreCase(name));
  }

  /**
   * Returns the actor as "Syrian Democratic Forces [sdf, non-state armed group]".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return name()
        + " ["
        + id()
        + ", "
        + kind().label()
        + parent().map(p -> ", part of " + p).orElse("")
        + succeeds().map(p -> ", succeeded " + p).orElse("")
        + succeededOn().map(d -> " on " + d).orElse("")
        + "]";
  }

  /**
   * Builds an {@link Actor}. Id, name and kind are required; aliases and parent are optional.
   * {@link #build()} checks the invariants.
   */
  public static final class Builder extends ImmutableActor.Builder {
    Builder() {}
  }
}
