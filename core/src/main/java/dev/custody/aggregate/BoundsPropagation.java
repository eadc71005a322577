package dev.custody.aggregate;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Bounds consistency for counts that overlap: each count is a linear constraint {@code low <=
 * sum(parts) <= high} over whole, non-negative unknowns, and every unknown's range is narrowed by
 * every constraint it is a part of until nothing changes.
 *
 * <p>One step, for a constraint over parts {@code x_1..x_k} with range {@code [L, H]}: each {@code
 * x_i <= H - sum_{j != i} low_j} and {@code x_i >= L - sum_{j != i} high_j} (the latter only when
 * every other part has an upper bound). Each step keeps every assignment that satisfies the
 * constraint, so the result contains every solution of the whole system (soundness). For a single
 * constraint one pass gives the tightest ranges. A constraint whose range cannot meet the sum of
 * its parts' ranges ({@code sum low > H}, or {@code sum high < L}) is a <b>disagreement</b>: it is
 * reported with the constraints that narrowed its parts and then set aside, so that no range is
 * ever inverted or below zero.
 *
 * <p>Cost: a pass visits every part of every constraint twice, {@code O(P)} for {@code P} parts in
 * all; passes repeat until none changes a range, at most {@link #MAX_PASSES} times (ranges of
 * counts shrink by whole people, so a fixpoint always exists; the cap bounds pathological chains,
 * and the ranges after it are still sound, only perhaps not the tightest).
 *
 * <p>Not thread-safe: a new instance per problem.
 */
final class BoundsPropagation {

  /** The upper bound of an unknown no count bounds. */
  static final long UNBOUNDED = Long.MAX_VALUE;

  /** The most passes over the constraints before giving up on the fixpoint. */
  static final int MAX_PASSES = 1_000;

  /** One count: {@code low <= sum(parts) <= high}, {@code high} possibly {@link #UNBOUNDED}. */
  record Constraint(int[] parts, long low, long high) {}

  private final long[] lows;
  private final long[] highs;
  private final BitSet[] narrowedBy;
  private final List<BitSet> disagreements = new ArrayList<>();
  private int passes;

  private BoundsPropagation(long[] lows, long[] highs) {
    this.lows = lows.clone();
    this.highs = highs.clone();
    this.narrowedBy = new BitSet[lows.length];
    for (int i = 0; i < lows.length; i++) {
      narrowedBy[i] = new BitSet();
      if (lows[i] < 0 || highs[i] < lows[i]) {
        throw new IllegalArgumentException(
            String.format(
                "BoundsPropagation range of unknown %d ([%d, %d]) must be from zero up",
                i, lows[i], highs[i]));
      }
    }
  }

  /**
   * Narrows the ranges {@code [lows[i], highs[i]]} by {@code constraints} to a fixpoint.
   *
   * @param lows the low end of each unknown, zero or more
   * @param highs the high end of each unknown, at least its low end, or {@link #UNBOUNDED}
   * @param constraints the counts
   * @return the narrowed problem
   */
  static BoundsPropagation of(long[] lows, long[] highs, List<Constraint> constraints) {
    BoundsPropagation problem = new BoundsPropagation(lows, highs);
    problem.run(constraints);
    return problem;
  }

  private void run(List<Constraint> constraints) {
    boolean[] setAside = new boolean[constraints.size()];
    boolean changed = true;
    while (changed && passes < MAX_PASSES) {
      changed = false;
      passes++;
      for (int c = 0; c < constraints.size(); c++) {
        if (!setAside[c]) {
          int outcome = step(constraints.get(c), c);
          if (outcome < 0) {
            setAside[c] = true;
          } else if (outcome > 0) {
            changed = true;
          }
        }
      }
    }
  }

  /**
   * One constraint's step, every new range computed from the ranges before it: -1 when the
   * constraint disagrees with them, 1 when it narrowed a range, 0 otherwise.
   */
  private int step(Constraint constraint, int label) {
    int[] parts = constraint.parts();
    long[] low0 = new long[parts.length];
    long[] high0 = new long[parts.length];
    long sumLow = 0;
    long sumHigh = 0;
    int unbounded = 0;
    for (int k = 0; k < parts.length; k++) {
      low0[k] = lows[parts[k]];
      high0[k] = highs[parts[k]];
      sumLow += low0[k];
      if (high0[k] == UNBOUNDED) {
        unbounded++;
      } else {
        sumHigh += high0[k];
      }
    }
    boolean bounded = constraint.high() != UNBOUNDED;
    if ((bounded && sumLow > constraint.high()) || (unbounded == 0 && sumHigh < constraint.low())) {
      BitSet names = new BitSet();
      names.set(label);
      for (int part : parts) {
        names.or(narrowedBy[part]);
      }
      disagreements.add(names);
      return -1;
    }
    boolean changed = false;
    for (int k = 0; k < parts.length; k++) {
      int part = parts[k];
      if (bounded) {
        long high = constraint.high() - (sumLow - low0[k]);
        if (high < highs[part]) {
          highs[part] = high;
          narrowedBy[part].set(label);
          changed = true;
        }
      }
      boolean selfUnbounded = high0[k] == UNBOUNDED;
      if (unbounded - (selfUnbounded ? 1 : 0) == 0) {
        long low = constraint.low() - (sumHigh - (selfUnbounded ? 0 : high0[k]));
        if (low > lows[part]) {
          lows[part] = low;
          narrowedBy[part].set(label);
          changed = true;
        }
      }
    }
    return changed ? 1 : 0;
  }

  /** The low end of unknown {@code i} after narrowing. */
  long low(int i) {
    return lows[i];
  }

  /** The high end of unknown {@code i} after narrowing, or {@link #UNBOUNDED}. */
  long high(int i) {
    return highs[i];
  }

  /** The constraints (by index) that narrowed unknown {@code i}. */
  BitSet narrowedBy(int i) {
    return (BitSet) narrowedBy[i].clone();
  }

  /**
   * The disagreements: for each constraint set aside, its index with those of the constraints that
   * had narrowed its parts, which cannot all hold.
   */
  List<BitSet> disagreements() {
    List<BitSet> copies = new ArrayList<>();
    disagreements.forEach(d -> copies.add((BitSet) d.clone()));
    return copies;
  }

  /** How many passes the fixpoint took. */
  int passes() {
    return passes;
  }
}
