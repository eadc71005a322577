package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * A flow of people between kinds of account, as a source counts it so far: "104 recaptured by the
 * 21st", "about 780 taken into custody over the years", "the ninth death".
 *
 * <p>A flow is told by the kinds of the two accounts a movement joins, never by the event that
 * records it: a release recorded as a {@link DetaineesReleased} or as a {@link
 * DetaineesTransferred} of kind release is the same flow.
 */
public enum Flow {
  /** From outside custody into a held account: arrests, captures, surrenders, births. */
  TAKEN_INTO_CUSTODY,
  /** From one held account into another: transfers and handovers of custody. */
  TRANSFERRED,
  /** From a held account to at large. */
  ESCAPED,
  /** From at large back into a held account. */
  RECAPTURED,
  /** Into a released account. */
  RELEASED,
  /** Into a repatriated account. */
  REPATRIATED,
  /** Into a dead account, in custody or at large. */
  DIED;

  /**
   * Checks if a movement from {@code from} to {@code to} is part of this flow.
   *
   * @param from the account people leave
   * @param to the account they enter
   * @return true if the movement counts toward a total of this flow
   */
  public boolean joins(Account from, Account to) {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    switch (this) {
      case TAKEN_INTO_CUSTODY:
        return from.kind() == AccountKind.OUTSIDE && to.isHeld();
      case TRANSFERRED:
        return from.isHeld() && to.isHeld();
      case ESCAPED:
        return from.isHeld() && to.kind() == AccountKind.AT_LARGE;
      case RECAPTURED:
        return from.kind() == AccountKind.AT_LARGE && to.isHeld();
      case RELEASED:
        return to.kind() == AccountKind.RELEASED;
      case REPATRIATED:
        return to.kind() == AccountKind.REPATRIATED;
      case DIED:
        return to.kind() == AccountKind.DEAD;
    }
    throw new AssertionError(this);
  }

  /**
   * Returns the flow's stable name in documents: {@code "taken-into-custody"}, {@code
   * "recaptured"}.
   *
   * @return the name
   */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns the flow as a report words it after a number: "taken into custody", "recaptured",
   * "dead" for deaths ("9 dead by 2 June").
   *
   * @return the words
   */
  public String words() {
    return this == DIED ? "dead" : name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * Obtains the flow of a stable name.
   *
   * @param id the name, as {@link #id()} gives it
   * @return the flow
   * @throws IllegalArgumentException if no flow has that name
   */
  public static Flow ofId(String id) {
    checkNotNull(id, "id");
    for (Flow flow : values()) {
      if (flow.id().equals(id)) {
        return flow;
      }
    }
    throw new IllegalArgumentException(
        String.format(
            "Flow.id (\"%s\") names no flow; one of taken-into-custody, transferred, escaped,"
                + " recaptured, released, repatriated, died",
            id));
  }
}
