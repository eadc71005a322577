package dev.custody.benchmarks;

import com.google.common.collect.ImmutableList;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.ClaimConflict;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of summarising the conflicts of one figure of n mutually conflicting claims (exactly 0,
 * 3, 6, ... in a shuffled order, so that every pair conflicts: n(n-1)/2 pairs), as n grows: {@link
 * Figure#conflictCount()} and {@link Figure#widestConflicts(int) widestConflicts(10)}, both meant
 * to grow as n log n, against listing every pair with {@link Figure#conflicts()}, which grows as n
 * squared and is measured only up to n = 1,000. Each invocation builds the figure afresh (linear in
 * n), since a figure keeps its count once computed. The score is microseconds per figure.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ConflictCountBenchmark {

  /** The claims of the figure, n of them. */
  @State(Scope.Benchmark)
  public static class Claims {
    /** n: the number of claims. */
    @Param({"100", "1000", "10000"})
    public int claims;

    ImmutableList<Claim> all;

    /** Builds n claims that conflict pairwise, in a shuffled order. */
    @Setup(Level.Trial)
    public void build() {
      all = conflicting(claims);
    }
  }

  /** The claims of a figure small enough to list every conflicting pair. */
  @State(Scope.Benchmark)
  public static class FewClaims {
    /** n: the number of claims. */
    @Param({"100", "1000"})
    public int claims;

    ImmutableList<Claim> all;

    /** Builds n claims that conflict pairwise, in a shuffled order. */
    @Setup(Level.Trial)
    public void build() {
      all = conflicting(claims);
    }
  }

  static ImmutableList<Claim> conflicting(int n) {
    When reported = When.at(Instant.parse("2026-01-21T09:00:00Z"));
    Source source = Source.of(ActorId.of("source"));
    List<Claim> claims = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      claims.add(Claim.of(Estimate.exactly(3L * i), source, reported));
    }
    Collections.shuffle(claims, new Random(42));
    return ImmutableList.copyOf(claims);
  }

  /**
   * Counts the conflicting pairs.
   *
   * @param claims the claims
   * @return the count
   */
  @Benchmark
  public long conflictCount(Claims claims) {
    return Figure.of(claims.all).conflictCount();
  }

  /**
   * Finds the ten widest conflicts.
   *
   * @param claims the claims
   * @return the conflicts
   */
  @Benchmark
  public List<ClaimConflict> widestConflicts(Claims claims) {
    return Figure.of(claims.all).widestConflicts(10);
  }

  /**
   * Lists every conflicting pair, for comparison.
   *
   * @param claims the claims
   * @return the number of pairs listed
   */
  @Benchmark
  public int conflictsListed(FewClaims claims) {
    return Figure.of(claims.all).conflicts().size();
  }
}
