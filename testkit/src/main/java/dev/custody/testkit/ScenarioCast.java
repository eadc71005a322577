package dev.custody.testkit;

import com.google.common.collect.ImmutableList;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Claim;
import dev.custody.model.Figure;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of a {@link ScenarioBuilder}: those declared as they should be, and those only
 * mentioned by a step, whose kind follows from what they did. A scenario names its actors by slug
 * and never asks for them up front, so they are gathered here as the steps go and created when the
 * scenario is built.
 */
final class ScenarioCast {
  private final Map<ActorId, Actor> declared = new LinkedHashMap<>();
  private final Map<ActorId, EnumSet<ActorRole>> roles = new LinkedHashMap<>();

  /** Declares {@code actor} as given, refused when an actor of its id is already declared. */
  void declare(Actor actor) {
    if (declared.containsKey(actor.id())) {
      throw new IllegalArgumentException(
          String.format("Scenario actor (%s) is already declared", actor.id()));
    }
    declared.put(actor.id(), actor);
  }

  void mention(ActorId actor, ActorRole role) {
    roles.computeIfAbsent(actor, k -> EnumSet.noneOf(ActorRole.class)).add(role);
  }

  /** Mentions every source and channel of {@code figure}'s claims. */
  void mention(Figure figure) {
    for (Claim claim : figure.claims()) {
      mention(claim.source().actor(), ActorRole.SOURCE);
      claim.channel().ifPresent(channel -> mention(channel, ActorRole.SOURCE));
    }
  }

  /**
   * Every actor: the cohort's {@code affiliation} first, when it names one, then the others in the
   * order first mentioned; a declared actor as declared, any other created with the kind its roles
   * give.
   */
  ImmutableList<Actor> actors(Optional<ActorId> affiliation) {
    Map<ActorId, EnumSet<ActorRole>> all = new LinkedHashMap<>();
    affiliation.ifPresent(a -> all.put(a, EnumSet.of(ActorRole.AFFILIATION)));
    roles.forEach(
        (id, role) -> all.computeIfAbsent(id, k -> EnumSet.noneOf(ActorRole.class)).addAll(role));
    Map<ActorId, Actor> actors = new LinkedHashMap<>(declared);
    all.forEach(
        (id, role) -> actors.computeIfAbsent(id, k -> Actor.of(id, id.value(), kind(id, role))));
    return ImmutableList.copyOf(actors.values());
  }

  private static ActorKind kind(ActorId id, Set<ActorRole> role) {
    if (role.contains(ActorRole.AFFILIATION)) {
      return ActorKind.DESIGNATED_ORGANISATION;
    }
    if (role.contains(ActorRole.HOLDER)) {
      String slug = id.value();
      return slug.endsWith("-gov") || slug.endsWith("-government")
          ? ActorKind.STATE
          : ActorKind.NON_STATE_ARMED_GROUP;
    }
    return ActorKind.NGO;
  }
}
