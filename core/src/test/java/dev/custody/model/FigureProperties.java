package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

class FigureProperties {
  private static final When REPORTED = When.at(Instant.parse("2026-01-21T09:00:00Z"));

  @Property(tries = 300)
  void reconciliation_is_symmetric(@ForAll("claims") Claim a, @ForAll("claims") Claim b) {
    Figure ab = Figure.of(a, b);
    Figure ba = Figure.of(b, a);

    assertThat(ab.agrees()).isEqualTo(ba.agrees());
    assertThat(ab.conflicts()).hasSameSizeAs(ba.conflicts());
    assertThat(a.agreesWith(b)).isEqualTo(b.agreesWith(a));
  }

  @Property(tries = 300)
  void a_figure_agrees_exactly_when_every_pair_overlaps(
      @ForAll("claimLists") @Size(min = 1, max = 6) List<Claim> claims) {
    Figure figure = Figure.of(claims);
    boolean everyPairOverlaps = true;
    for (Claim a : claims) {
      for (Claim b : claims) {
        everyPairOverlaps &= a.estimate().overlaps(b.estimate());
      }
    }

    assertThat(figure.agrees()).isEqualTo(everyPairOverlaps);
    assertThat(figure.conflicts().isEmpty()).isEqualTo(everyPairOverlaps);
    assertThat(figure.consensus().isPresent()).isEqualTo(everyPairOverlaps);
  }

  @Property(tries = 300)
  void the_consensus_lies_inside_every_claim_and_the_envelope_encloses_them_all(
      @ForAll("claimLists") @Size(min = 1, max = 6) List<Claim> claims) {
    Figure figure = Figure.of(claims);

    for (Claim claim : claims) {
      assertThat(figure.envelope().encloses(claim.estimate())).isTrue();
      figure.consensus().ifPresent(c -> assertThat(claim.estimate().encloses(c)).isTrue());
    }
  }

  @Property(tries = 200)
  void consensus_and_envelope_do_not_depend_on_the_order_of_the_claims(
      @ForAll("claimLists") @Size(min = 1, max = 6) List<Claim> claims) {
    List<Claim> reversed = new ArrayList<>(claims);
    Collections.reverse(reversed);

    assertThat(Figure.of(reversed).consensus()).isEqualTo(Figure.of(claims).consensus());
    assertThat(Figure.of(reversed).envelope()).isEqualTo(Figure.of(claims).envelope());
    assertThat(Figure.of(reversed).conflicts()).hasSameSizeAs(Figure.of(claims).conflicts());
  }

  @Property(tries = 300)
  void the_count_of_conflicts_is_the_size_of_their_list(
      @ForAll("claimLists") @Size(min = 1, max = 12) List<Claim> claims) {
    Figure figure = Figure.of(claims);

    assertThat(figure.conflictCount()).isEqualTo(figure.conflicts().size());
    assertThat(figure.agrees()).isEqualTo(figure.conflictCount() == 0);
  }

  @Property(tries = 300)
  void the_widest_conflicts_are_the_conflicts_with_the_largest_gaps(
      @ForAll("claimLists") @Size(min = 1, max = 12) List<Claim> claims,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 0, max = 20) int limit) {
    Figure figure = Figure.of(claims);
    List<ClaimConflict> widest = figure.widestConflicts(limit);
    List<Long> largestGaps =
        figure.conflicts().stream()
            .map(ClaimConflict::gap)
            .sorted(java.util.Comparator.reverseOrder())
            .limit(limit)
            .toList();

    assertThat(widest).hasSize((int) Math.min(limit, figure.conflictCount()));
    // each pair at most as often as the figure has it (equal claims make equal pairs)
    assertThat(
            com.google.common.collect.Multisets.containsOccurrences(
                com.google.common.collect.HashMultiset.create(figure.conflicts()),
                com.google.common.collect.HashMultiset.create(widest)))
        .isTrue();
    assertThat(widest).extracting(ClaimConflict::gap).containsExactlyElementsOf(largestGaps);
  }

  @Provide
  Arbitrary<List<Claim>> claimLists() {
    return claims().list();
  }

  @Provide
  Arbitrary<Claim> claims() {
    Arbitrary<Estimate> estimates =
        Arbitraries.oneOf(
            Arbitraries.longs().between(0, 2_000).map(Estimate::exactly),
            Arbitraries.longs().between(0, 2_000).map(Estimate::about),
            Arbitraries.longs().between(0, 2_000).map(Estimate::moreThan),
            Arbitraries.longs().between(0, 2_000).map(Estimate::atLeast),
            Arbitraries.longs().between(0, 2_000).map(Estimate::upTo),
            Combinators.combine(
                    Arbitraries.longs().between(0, 2_000), Arbitraries.longs().between(0, 500))
                .as((low, width) -> Estimate.between(low, low + width)));
    Arbitrary<Source> sources =
        Arbitraries.of("sdf", "syria-gov", "usa", "iraq-gov").map(id -> Source.of(ActorId.of(id)));
    return Combinators.combine(estimates, sources).as((e, s) -> Claim.of(e, s, REPORTED));
  }
}
