package dev.custody.event;

import dev.custody.model.CustodyStyle;
import dev.custody.model.Figure;
import org.immutables.value.Value;

/**
 * People moving from one {@link Account} to another, with the claims behind how many.
 *
 * <p>A movement debits its {@linkplain #from() from} account and credits its {@linkplain #to() to}
 * account by the same number, so a sequence of movements never creates or loses anyone. How many is
 * a {@link Figure}, read under a {@link dev.custody.model.Reading} when balances are computed. Both
 * accounts count the same cohort, and they differ.
 *
 * <p><b>All of them.</b> A movement may move {@linkplain #allOfThem() all of them} ("every inmate
 * was freed", "the prison was emptied"): its size is then whatever the balance of its {@code from}
 * account is when the ledger applies it, an {@link dev.custody.model.Estimate} like any balance,
 * and the {@code from} account holds exactly 0 afterwards. The figure still holds the claims of
 * those who said so, with any number they gave, so that the movement keeps its sources; the ledger
 * moves the balance, narrowed by the figure where the two agree ("all 2,400 inmates were moved" out
 * of a prison nobody counted moves 2,400, not an unknown number).
 *
 * <p><b>Part of a joint figure.</b> A movement may be one {@linkplain #isJointPart() part} of an
 * event that moves people out of several accounts at once with one figure over all of them, its
 * split unknown ("500 escaped from both prisons"): its {@link #size()} is then the figure of the
 * whole group, not of this part, and the ledger decides the range each part moved when it applies
 * the event, from the balances of the origins (the ledger's {@code JointSplit}). Whoever sums
 * movements reads a part's number from the situation ({@code Situation.moved}), never from its
 * size.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Movement {

  Movement() {}

  /**
   * Obtains the movement of {@code size} people from {@code from} to {@code to}.
   *
   * @param from the account debited
   * @param to the account credited
   * @param size the claims about how many moved
   * @return the movement
   * @throws IllegalArgumentException if the accounts are equal or count different cohorts
   */
  public static Movement of(Account from, Account to, Figure size) {
    return ImmutableMovement.of(from, to, size);
  }

  /**
   * Obtains the movement of all of them: everyone {@code from} holds when the ledger applies it,
   * whatever that balance is; {@code claims} are those who said so.
   *
   * @param from the account debited, emptied by the movement
   * @param to the account credited
   * @param claims the claims that all of them moved, with any number they gave
   * @return the movement
   * @throws IllegalArgumentException if the accounts are equal or count different cohorts
   */
  public static Movement allOf(Account from, Account to, Figure claims) {
    return ImmutableMovement.builder().from(from).to(to).size(claims).allOfThem(true).build();
  }

  /**
   * Obtains one part of a joint movement: {@code joint} people moved out of several accounts
   * together, of which this part moved those from {@code from} to {@code to}, how many unknown. The
   * events that move people jointly build their parts; the ledger splits the figure.
   *
   * @param from the account debited, one of the event's origins
   * @param to the account credited
   * @param joint the claims about how many moved out of all the origins together
   * @return the part
   * @throws IllegalArgumentException if the accounts are equal or count different cohorts
   */
  public static Movement jointPart(Account from, Account to, Figure joint) {
    return ImmutableMovement.builder().from(from).to(to).size(joint).isJointPart(true).build();
  }

  /**
   * Returns the account debited.
   *
   * @return the account people leave
   */
  @Value.Parameter(order = 0)
  public abstract Account from();

  /**
   * Returns the account credited.
   *
   * @return the account people enter
   */
  @Value.Parameter(order = 1)
  public abstract Account to();

  /**
   * Returns the claims about how many moved.
   *
   * @return the figure
   */
  @Value.Parameter(order = 2)
  public abstract Figure size();

  /**
   * Checks if the movement moves all of them: its size is the balance of {@link #from()} when the
   * ledger applies it, and {@link #size()} only says who reported that.
   *
   * @return true for a movement of all of them, false for one of {@link #size()}
   */
  @Value.Default
  public boolean allOfThem() {
    return false;
  }

  /**
   * Checks if the movement is one part of a joint movement: {@link #size()} is the figure over
   * every part of its event together, and how many this part moved is for the ledger to bound.
   *
   * @return true for a part of a joint figure, false (the default) for a movement of its own size
   */
  @Value.Default
  public boolean isJointPart() {
    return false;
  }

  @Value.Check
  final void check() {
    if (isJointPart() && allOfThem()) {
      throw new IllegalArgumentException(
          String.format(
              "Movement.isJointPart (true) must not be set on a movement of all of them from [%s]:"
                  + " all of them from each origin is one event per origin",
              from()));
    }
    if (from().equals(to())) {
      throw new IllegalArgumentException(
          String.format("Movement.to (%s) must differ from from (%s)", to(), from()));
    }
    if (!from().cohort().equals(to().cohort())) {
      throw new IllegalArgumentException(
          String.format(
              "Movement.to cohort (%s) must equal the from cohort (%s): a movement does not"
                  + " change who people are",
              to().cohort(), from().cohort()));
    }
  }

  /**
   * Returns the movement as "envelope-of-claims from [account] to [account]", "all of them
   * (envelope-of-claims) from [account] to [account]", or "part of envelope-of-claims from
   * [account] to [account]" for a part of a joint figure.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    String size =
        allOfThem()
            ? "all of them (" + size().envelope() + ")"
            : isJointPart() ? "part of " + size().envelope() : size().envelope().toString();
    return size + " from [" + from() + "] to [" + to() + "]";
  }
}
