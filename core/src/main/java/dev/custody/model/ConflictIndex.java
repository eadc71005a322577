package dev.custody.model;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The claims of a {@link Figure} sorted two ways, to count and rank their conflicts without listing
 * every pair: a figure of 5,000 mutually conflicting claims has 12.5 million pairs, which {@link
 * Figure#conflicts()} would build one by one.
 *
 * <p>Two claims conflict exactly when one's low end exceeds the other's high end; the gap is the
 * difference. Sorted by low end, highest first ("higher" side), and bounded claims by high end,
 * lowest first ("lower" side), the gap of the pair (i, j) never grows with i or j. So {@link
 * #count()} counts, for each claim, the high ends below its low end by binary search, in {@code O(n
 * log n)}; and {@link #widest(int)} walks the grid of pairs best first from (0, 0), as for the k
 * largest sums of two sorted lists, in {@code O(n log n + k log k)}.
 */
final class ConflictIndex {
  private final ImmutableList<Claim> claims;

  /** Claim indices by low end, highest first; ties in the order of the claims. */
  private final int[] byLow;

  /** Indices of the bounded claims by high end, lowest first; ties in the order of the claims. */
  private final int[] byHigh;

  /** The high ends of {@link #byHigh}, in that order, for binary search. */
  private final long[] highs;

  ConflictIndex(ImmutableList<Claim> claims) {
    this.claims = claims;
    int n = claims.size();
    Integer[] low = new Integer[n];
    List<Integer> bounded = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      low[i] = i;
      if (claims.get(i).estimate().hasUpperBound()) {
        bounded.add(i);
      }
    }
    Arrays.sort(
        low,
        Comparator.comparingLong((Integer i) -> claims.get(i).estimate().low())
            .reversed()
            .thenComparingInt(i -> i));
    bounded.sort(
        Comparator.comparingLong((Integer i) -> claims.get(i).estimate().high())
            .thenComparingInt(i -> i));
    this.byLow = Arrays.stream(low).mapToInt(Integer::intValue).toArray();
    this.byHigh = bounded.stream().mapToInt(Integer::intValue).toArray();
    this.highs = Arrays.stream(byHigh).mapToLong(i -> claims.get(i).estimate().high()).toArray();
  }

  /** How many pairs of claims conflict. */
  long count() {
    long count = 0;
    for (Claim claim : claims) {
      count += below(claim.estimate().low());
    }
    return count;
  }

  /** How many bounded claims have a high end below {@code low}. */
  private int below(long low) {
    int from = 0;
    int to = highs.length;
    while (from < to) {
      int mid = (from + to) >>> 1;
      if (highs[mid] < low) {
        from = mid + 1;
      } else {
        to = mid;
      }
    }
    return from;
  }

  /**
   * The {@code limit} conflicts with the widest gaps, widest first; among equal gaps, by the higher
   * claim (higher low end first, then earlier in the figure), then by the lower claim (lower high
   * end first, then earlier).
   */
  ImmutableList<ClaimConflict> widest(int limit) {
    ImmutableList.Builder<ClaimConflict> widest = ImmutableList.builder();
    if (limit == 0 || byLow.length == 0 || byHigh.length == 0) {
      return widest.build();
    }
    PriorityQueue<Pair> next = new PriorityQueue<>();
    Set<Long> seen = new HashSet<>();
    offer(next, seen, 0, 0);
    int found = 0;
    while (found < limit && !next.isEmpty()) {
      Pair pair = next.poll();
      if (pair.gap <= 0) {
        break; // no pair further on is wider: the rest overlap
      }
      int higher = byLow[pair.i];
      int lower = byHigh[pair.j];
      widest.add(
          higher < lower
              ? ClaimConflict.of(claims.get(higher), claims.get(lower))
              : ClaimConflict.of(claims.get(lower), claims.get(higher)));
      found++;
      offer(next, seen, pair.i + 1, pair.j);
      offer(next, seen, pair.i, pair.j + 1);
    }
    return widest.build();
  }

  private void offer(PriorityQueue<Pair> next, Set<Long> seen, int i, int j) {
    if (i < byLow.length && j < byHigh.length && seen.add((long) i * byHigh.length + j)) {
      next.add(new Pair(claims.get(byLow[i]).estimate().low() - highs[j], i, j));
    }
  }

  /** A cell of the grid: the pair of the i-th highest low end and the j-th lowest high end. */
  private record Pair(long gap, int i, int j) implements Comparable<Pair> {
    @Override
    public int compareTo(Pair other) {
      int byGap = Long.compare(other.gap, gap);
      if (byGap != 0) {
        return byGap;
      }
      int byI = Integer.compare(i, other.i);
      return byI != 0 ? byI : Integer.compare(j, other.j);
    }
  }
}
