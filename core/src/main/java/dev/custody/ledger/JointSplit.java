package dev.custody.ledger;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.event.Account;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How the ledger split a joint movement: one figure over several origins ("500 escaped from both
 * prisons"), of which each part's size is unknown, bounded by what the origins held when the ledger
 * applied it.
 *
 * <p>With the figure {@code N} and origins holding at most {@code h_j} each, the part from origin
 * {@code i} moved between {@code max(0, N.low - sum_{j != i} h_j)} and {@code min(N.high, h_i)}:
 * the other origins could not give more than they held, and this one could not give more than it
 * held or than the whole figure. These are the tightest bounds the constraint "the parts add up to
 * N" gives each part with the origins' ranges (one step of bounds propagation, which is already its
 * fixpoint for a single constraint). An origin with no upper bound leaves the others a low end of
 * 0. The best values split {@code N}'s best in proportion to the origins' best balances (equally
 * when they all hold 0), within each part's range, so that they add up to {@code N}'s best whenever
 * the ranges allow: nobody is created or lost, and no origin gives more than its best when {@code
 * N}'s best does not exceed their sum.
 *
 * <p>Beside the parts, the split keeps what the origins and the destinations held together right
 * after it: the origins' sum before, less {@code N}, and the destinations' sum before, plus {@code
 * N}. These sums are tighter than the sums of the parts' ranges, and the aggregate {@code
 * Narrowing} carries them forward as counts of those accounts together. A movement dated by a
 * period, which a census inside the period may already have counted in part, keeps no such sums.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class JointSplit {

  JointSplit() {}

  /**
   * Returns the joint movement's event.
   *
   * @return the event id
   */
  public abstract EventId event();

  /**
   * Returns the joint figure under the ledger's reading: how many moved out of all origins.
   *
   * @return the figure
   */
  public abstract Estimate figure();

  /**
   * Returns the range each part moved, by origin, in the event's order of origins.
   *
   * @return the parts, by the account each left
   */
  public abstract ImmutableMap<Account, Estimate> parts();

  /**
   * Returns the accounts the parts entered, each once, in the order of the parts.
   *
   * @return the destinations
   */
  public abstract ImmutableList<Account> destinations();

  /**
   * Returns what the origins held together right after the movement: their sum before it less the
   * figure; empty for a movement dated by a period.
   *
   * @return the origins' sum, or empty
   */
  public abstract Optional<Estimate> originsTogether();

  /**
   * Returns what the destinations held together right after the movement: their sum before it plus
   * the figure; empty for a movement dated by a period.
   *
   * @return the destinations' sum, or empty
   */
  public abstract Optional<Estimate> destinationsTogether();

  @Value.Check
  final void check() {
    if (parts().size() < 2) {
      throw new IllegalArgumentException(
          String.format(
              "JointSplit.parts (%s) must hold at least two origins, for %s", parts(), event()));
    }
  }

  /**
   * Returns the range the part from {@code origin} moved.
   *
   * @param origin one of the origins
   * @return its part, or empty when the movement did not leave {@code origin}
   */
  public final Optional<Estimate> partFrom(Account origin) {
    return Optional.ofNullable(parts().get(checkNotNull(origin, "origin")));
  }

  /**
   * Returns the split as "event: figure jointly; [origin] range, [origin] range".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder().append(event()).append(": ").append(figure());
    text.append(" jointly");
    String separator = "; ";
    for (var part : parts().entrySet()) {
      text.append(separator).append('[').append(part.getKey()).append("] ");
      text.append(part.getValue().toDerivedString());
      separator = ", ";
    }
    return text.toString();
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a split; only the ledger makes them. */
  static final class Builder extends ImmutableJointSplit.Builder {
    Builder() {}
  }

  /**
   * The range each part of a joint movement of {@code figure} moved out of origins holding {@code
   * held}: see the class comment. Pure arithmetic, so that a property test can check it alone.
   */
  static Estimate[] parts(Estimate figure, List<Estimate> held) {
    int n = held.size();
    long unbounded = Long.MAX_VALUE;
    long[] caps = new long[n];
    long capSum = 0;
    int unboundedCaps = 0;
    for (int i = 0; i < n; i++) {
      Estimate balance = held.get(i);
      caps[i] = balance.hasUpperBound() ? balance.high() : unbounded;
      if (caps[i] == unbounded) {
        unboundedCaps++;
      } else {
        capSum += caps[i];
      }
    }
    long[] lows = new long[n];
    long[] highs = new long[n];
    for (int i = 0; i < n; i++) {
      boolean othersBounded = unboundedCaps == 0 || (unboundedCaps == 1 && caps[i] == unbounded);
      long others = caps[i] == unbounded ? capSum : capSum - caps[i];
      lows[i] = othersBounded ? Math.max(0, figure.low() - others) : 0;
      long top = figure.hasUpperBound() ? figure.high() : unbounded;
      highs[i] = Math.min(top, caps[i]);
      // an overdrawn figure (more than the origins can hold, an error the rules report) still
      // gives a range: each origin gives at most what it held
      lows[i] = Math.min(lows[i], highs[i]);
    }
    long[] bests = bests(figure.best(), held, lows, highs);
    Estimate[] parts = new Estimate[n];
    for (int i = 0; i < n; i++) {
      if (highs[i] == unbounded) {
        parts[i] = Estimate.atLeast(lows[i]).withBest(bests[i]);
      } else if (lows[i] == highs[i]) {
        parts[i] = Estimate.exactly(lows[i]);
      } else {
        parts[i] = Estimate.of(lows[i], bests[i], highs[i]);
      }
    }
    return parts;
  }

  /**
   * Best values within {@code [lows, highs]} adding up to {@code total} when the ranges allow (as
   * near as they allow otherwise): in proportion to the origins' best balances, then the rest by
   * whole people, first up to each origin's best balance and only then beyond it.
   */
  private static long[] bests(long total, List<Estimate> held, long[] lows, long[] highs) {
    int n = held.size();
    BigInteger weights = BigInteger.ZERO;
    for (Estimate balance : held) {
      weights = weights.add(BigInteger.valueOf(balance.best()));
    }
    long[] bests = new long[n];
    long sum = 0;
    for (int i = 0; i < n; i++) {
      long share =
          weights.signum() == 0
              ? total / n
              : BigInteger.valueOf(total)
                  .multiply(BigInteger.valueOf(held.get(i).best()))
                  .divide(weights)
                  .longValue();
      bests[i] = Math.max(lows[i], Math.min(highs[i], share));
      sum += bests[i];
    }
    // the rest, rounded away or cut by a range: first where the origin's best balance has room
    for (int pass = 0; pass < 2 && sum != total; pass++) {
      for (int i = 0; i < n && sum != total; i++) {
        if (sum < total) {
          long room = pass == 0 ? Math.min(highs[i], held.get(i).best()) : highs[i];
          long add = Math.min(total - sum, Math.max(0, room - bests[i]));
          bests[i] += add;
          sum += add;
        } else {
          long take = Math.min(sum - total, bests[i] - lows[i]);
          bests[i] -= take;
          sum -= take;
        }
      }
    }
    return bests;
  }
}
