package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.When;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The checks and movements shared by the events that may move people out of several held accounts
 * with one figure (escapes, releases, repatriations): one kind of movement, distinct held origins,
 * each part to the account its own origin leads to.
 */
final class JointOrigins {

  private JointOrigins() {}

  /**
   * Checks the origins of a joint movement: every other origin is held and differs from the first
   * and from each other, and a joint movement is not one of all of them.
   */
  static void check(
      String type, EventId id, Account from, List<Account> alsoFrom, boolean allOfThem) {
    if (alsoFrom.isEmpty()) {
      return;
    }
    if (allOfThem) {
      throw new IllegalArgumentException(
          String.format(
              "%s.alsoFrom (%s) must be empty for a movement of all of them, for %s: all of them"
                  + " from each origin is one event per origin",
              type, alsoFrom, id));
    }
    Set<Account> seen = new HashSet<>();
    seen.add(from);
    for (Account origin : alsoFrom) {
      if (origin.kind() != AccountKind.HELD) {
        throw new IllegalArgumentException(
            String.format("%s.alsoFrom (%s) must be a held account, for %s", type, origin, id));
      }
      if (!seen.add(origin)) {
        throw new IllegalArgumentException(
            String.format(
                "%s.alsoFrom (%s) must name each origin once, and not the from account again, for"
                    + " %s: the parts of a joint movement have distinct origins",
                type, origin, id));
      }
    }
  }

  /** The arguments of a joint factory, none null, with at least two origins. */
  static void checkJoint(String type, EventId id, When when, List<Account> origins, Figure size) {
    checkNotNull(id, "id");
    checkNotNull(when, "when");
    checkNotNull(origins, "origins");
    checkNotNull(size, "size");
    for (Account origin : origins) {
      checkNotNull(origin, "origins element");
    }
    if (origins.size() < 2) {
      throw new IllegalArgumentException(
          String.format(
              "%s.origins (%s) must hold at least two accounts for a joint movement, for %s: one"
                  + " origin is an ordinary movement",
              type, origins, id));
    }
  }

  /** Every origin, the first one first. */
  static ImmutableList<Account> origins(Account from, List<Account> alsoFrom) {
    return ImmutableList.<Account>builder().add(from).addAll(alsoFrom).build();
  }

  /**
   * The movements of the event: one of its own size, all of them, or one part of the joint figure
   * for every origin.
   */
  static ImmutableList<Movement> movements(
      Account from,
      List<Account> alsoFrom,
      Figure size,
      boolean allOfThem,
      UnaryOperator<Account> to) {
    if (alsoFrom.isEmpty()) {
      return ImmutableList.of(
          allOfThem
              ? Movement.allOf(from, to.apply(from), size)
              : Movement.of(from, to.apply(from), size));
    }
    ImmutableList.Builder<Movement> parts = ImmutableList.builder();
    parts.add(Movement.jointPart(from, to.apply(from), size));
    for (Account origin : alsoFrom) {
      parts.add(Movement.jointPart(origin, to.apply(origin), size));
    }
    return parts.build();
  }

  /** The movements as text: the one movement, or "jointly figure from [a], [b]" for a joint one. */
  static String describe(List<Movement> movements) {
    if (movements.size() == 1 || !movements.get(0).isJointPart()) {
      return movements.get(0).toString();
    }
    StringBuilder text =
        new StringBuilder("jointly ").append(movements.get(0).size().envelope()).append(" from ");
    for (int i = 0; i < movements.size(); i++) {
      text.append(i == 0 ? "[" : ", [").append(movements.get(i).from()).append("]");
    }
    return text.toString();
  }
}
