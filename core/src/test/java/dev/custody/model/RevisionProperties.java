package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Revisions of a source by itself: an earlier word never changes what its latest says. */
class RevisionProperties {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  private static final ActorId SDF = ActorId.of("sdf");

  @Property(tries = 300)
  void adding_an_earlier_claim_by_the_same_source_never_changes_its_latest_word(
      @ForAll("claimLists") List<Claim> others,
      @ForAll("estimates") Estimate latest,
      @ForAll("estimates") Estimate earlier,
      @ForAll @IntRange(min = 0, max = 200) int latestHour,
      @ForAll @IntRange(min = 1, max = 200) int hoursEarlier,
      @ForAll @IntRange(min = 0, max = 12) int position) {
    Claim latestClaim = Claim.of(latest, Source.of(SDF), at(latestHour));
    Claim earlierClaim =
        Claim.of(
            earlier,
            Source.of(SDF),
            When.at(at(latestHour).start().minus(Duration.ofHours(hoursEarlier))));
    List<Claim> claims = new ArrayList<>(others);
    claims.add(Math.min(position, claims.size()), latestClaim);
    Figure before = Figure.of(claims);
    List<Claim> more = new ArrayList<>(claims);
    more.add(Math.min(position, more.size()), earlierClaim);
    Figure after = Figure.of(more);

    assertThat(Reading.preferring(SDF).of(after)).isEqualTo(Reading.preferring(SDF).of(before));
    assertThat(after.consensus()).isEqualTo(before.consensus());
    assertThat(after.counted()).isEqualTo(before.counted());
    assertThat(after.claims()).contains(earlierClaim);
    assertThat(after.isSuperseded(earlierClaim)).isTrue();
  }

  @Property(tries = 300)
  void every_claim_counted_or_on_record_and_the_latest_of_each_source_counts(
      @ForAll("claimLists") List<Claim> claims) {
    if (claims.isEmpty()) {
      return;
    }
    Figure figure = Figure.of(claims);

    assertThat(figure.counted().size() + figure.onRecordOnly().size())
        .isEqualTo(figure.claims().size());
    for (Claim claim : figure.claims()) {
      boolean latestOfItsSource =
          figure.claims().stream()
              .filter(o -> o.source().equals(claim.source()))
              .noneMatch(o -> claim.reported().isBefore(o.reported()));
      if (latestOfItsSource) {
        assertThat(figure.counted()).as("%s in %s", claim, figure).contains(claim);
      }
    }
  }

  private static When at(int hour) {
    return When.at(START.plus(Duration.ofHours(hour)));
  }

  @Provide
  Arbitrary<Estimate> estimates() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 2_000).map(Estimate::exactly),
        Arbitraries.longs().between(0, 2_000).map(Estimate::about),
        Arbitraries.longs().between(0, 2_000).map(Estimate::atLeast),
        Arbitraries.longs().between(0, 2_000).map(Estimate::upTo),
        Combinators.combine(
                Arbitraries.longs().between(0, 2_000), Arbitraries.longs().between(0, 500))
            .as((low, width) -> Estimate.between(low, low + width)));
  }

  /** Claims by the SDF and others, reported at hours that may coincide. */
  @Provide
  Arbitrary<List<Claim>> claimLists() {
    Arbitrary<Source> sources =
        Arbitraries.of(
            Source.of(SDF),
            Source.of(SDF, "an SDF official"),
            Source.of(ActorId.of("usa")),
            Source.relayedBy(ActorId.of("outlet"), "a resident"));
    return Combinators.combine(estimates(), sources, Arbitraries.integers().between(0, 200))
        .as((e, s, hour) -> Claim.of(e, s, at(hour)))
        .list()
        .ofMaxSize(8);
  }
}
