package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.Event;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.Source;
import dev.custody.model.When;
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
import net.jqwik.api.constraints.Size;

/**
 * How the ledger splits a joint movement ({@link JointSplit#parts}), checked by brute force on
 * small cases: every split of the figure that the origins could give lies within the parts' ranges,
 * each range's ends are reached by some split, the best values add up to the figure's best and stay
 * within the origins' best balances; and a ledger with a joint movement creates and loses nobody.
 */
class JointSplitProperties {

  /** A small range, bounded or not. */
  record Range(long low, long best, long high, boolean bounded) {
    Estimate estimate() {
      return bounded ? Estimate.of(low, best, high) : Estimate.atLeast(low).withBest(best);
    }
  }

  @Provide
  Arbitrary<Range> ranges() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 6),
            Arbitraries.longs().between(0, 6),
            Arbitraries.longs().between(0, 6),
            Arbitraries.of(true, true, true, false))
        .as(
            (a, b, c, bounded) -> {
              long[] sorted = java.util.stream.LongStream.of(a, b, c).sorted().toArray();
              return new Range(sorted[0], sorted[1], sorted[2], bounded);
            });
  }

  @Property(tries = 500)
  void everySplitTheOriginsCouldGiveLiesWithinTheParts(
      @ForAll("ranges") Range figure,
      @ForAll @Size(min = 2, max = 3) List<@net.jqwik.api.From("ranges") Range> origins) {
    Estimate[] parts = JointSplit.parts(figure.estimate(), estimates(origins));
    long[] reachedLow = new long[origins.size()];
    long[] reachedHigh = new long[origins.size()];
    java.util.Arrays.fill(reachedLow, Long.MAX_VALUE);
    java.util.Arrays.fill(reachedHigh, -1);
    boolean any = false;
    // bounded ends are searched exactly; an unbounded end up to a box past every bound given
    long box = 14;
    for (long[] split : splits(origins, box)) {
      long sum = java.util.Arrays.stream(split).sum();
      if (sum < figure.low() || (figure.bounded() && sum > figure.high()) || sum > box) {
        continue;
      }
      any = true;
      for (int i = 0; i < split.length; i++) {
        Estimate part = parts[i];
        assertThat(split[i])
            .as("part %s of %s from %s: %s", i, figure, origins, part)
            .isGreaterThanOrEqualTo(part.low());
        if (part.hasUpperBound()) {
          assertThat(split[i]).as("part %s: %s", i, part).isLessThanOrEqualTo(part.high());
        }
        reachedLow[i] = Math.min(reachedLow[i], split[i]);
        reachedHigh[i] = Math.max(reachedHigh[i], split[i]);
      }
    }
    if (any) {
      for (int i = 0; i < parts.length; i++) {
        assertThat(reachedLow[i]).as("low end of part %s is reached", i).isEqualTo(parts[i].low());
        if (parts[i].hasUpperBound()) {
          assertThat(reachedHigh[i])
              .as("high end of part %s is reached", i)
              .isEqualTo(parts[i].high());
        }
      }
    }
  }

  @Property(tries = 500)
  void theBestValuesAddUpToTheFigureAndStayWithinTheOrigins(
      @ForAll("ranges") Range figure,
      @ForAll @Size(min = 2, max = 4) List<@net.jqwik.api.From("ranges") Range> origins) {
    Estimate[] parts = JointSplit.parts(figure.estimate(), estimates(origins));
    long lows = 0;
    long highs = 0;
    long bests = 0;
    long originBests = 0;
    boolean bounded = true;
    for (int i = 0; i < parts.length; i++) {
      Estimate part = parts[i];
      assertThat(part.low()).isNotNegative();
      assertThat(part.best()).isBetween(part.low(), part.hasUpperBound() ? part.high() : 1_000);
      lows += part.low();
      bounded &= part.hasUpperBound();
      highs += part.hasUpperBound() ? part.high() : 0;
      bests += part.best();
      originBests += origins.get(i).best();
    }
    if (lows <= figure.best() && (!bounded || figure.best() <= highs)) {
      assertThat(bests).as("bests of %s", List.of(parts)).isEqualTo(figure.best());
    }
    if (figure.best() <= originBests) {
      for (int i = 0; i < parts.length; i++) {
        // no origin gives more than its best when the figure's best fits theirs: nobody is created
        if (parts[i].low() <= origins.get(i).best()) {
          assertThat(parts[i].best())
              .as("part %s of %s", i, List.of(parts))
              .isLessThanOrEqualTo(origins.get(i).best());
        }
      }
    }
  }

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId GROUP = ActorId.of("group");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, GROUP);
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  @Property(tries = 200)
  void aLedgerWithAJointMovementCreatesAndLosesNobody(
      @ForAll @Size(min = 2, max = 4) List<@IntRange(min = 0, max = 3_000) Integer> held,
      @ForAll @IntRange(min = 0, max = 100) int percent,
      @ForAll @IntRange(min = 0, max = 3) int shape) {
    List<Facility> facilities = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Account> origins = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < held.size(); i++) {
      FacilityId id = FacilityId.of("prison-" + i);
      facilities.add(
          Facility.of(id, "Prison " + i, FacilityKind.PRISON, Location.in(CountryCode.of("SY"))));
      Account account = Account.heldAt(KEEPER, id, FIGHTERS);
      origins.add(account);
      events.add(
          CensusTaken.of(
              EventId.of("count-" + i),
              When.at(START),
              CensusScope.account(account),
              figure(Estimate.about(held.get(i)))));
      total += held.get(i);
    }
    World world =
        World.of(
            List.of(
                Actor.of(KEEPER, "Keeper", ActorKind.STATE),
                Actor.of(GROUP, "Group", ActorKind.DESIGNATED_ORGANISATION)),
            facilities);
    long escaped = total * percent / 100;
    Estimate size =
        switch (shape) {
          case 0 -> Estimate.exactly(escaped);
          case 1 -> escaped == 0 ? Estimate.exactly(0) : Estimate.about(escaped);
          case 2 -> Estimate.upTo(escaped);
          default -> Estimate.atLeast(escaped / 2).withBest(escaped);
        };
    events.add(
        DetaineesEscaped.jointly(
            EventId.of("joint"),
            When.at(START.plusSeconds(3_600)),
            ImmutableList.copyOf(origins),
            figure(size)));
    Ledger ledger = Ledger.of(world).appendAll(events).ledger();
    Situation after = ledger.situationAt(START.plusSeconds(7_200));

    long before = 0;
    for (Integer count : held) {
      before += Estimate.about(count).best();
    }
    assertThat(after.balances().values().stream().mapToLong(Estimate::best).sum())
        .as("%s", after)
        .isEqualTo(before);
    assertThat(after.balances().values()).allSatisfy(b -> assertThat(b.low()).isNotNegative());
    JointSplit split = after.jointSplits().get(EventId.of("joint"));
    assertThat(split.parts().values().stream().mapToLong(Estimate::best).sum())
        .isEqualTo(size.best());
    Ledger replayed = Ledger.of(world).appendAll(ledger.events()).ledger();
    assertThat(replayed.situationAt(START.plusSeconds(7_200))).isEqualTo(after);
  }

  private static Figure figure(Estimate estimate) {
    return Figure.of(Claim.of(estimate, Source.of(KEEPER), When.at(START)));
  }

  private static List<Estimate> estimates(List<Range> ranges) {
    return ranges.stream().map(Range::estimate).toList();
  }

  /**
   * Every assignment of whole numbers to the parts that the origins could give: at most the high
   * end of each origin (or {@code box} for an unbounded one).
   */
  private static List<long[]> splits(List<Range> origins, long box) {
    List<long[]> all = new ArrayList<>();
    all.add(new long[0]);
    for (Range origin : origins) {
      List<long[]> next = new ArrayList<>();
      long top = origin.bounded() ? origin.high() : box;
      for (long[] prefix : all) {
        for (long x = 0; x <= top; x++) {
          long[] longer = java.util.Arrays.copyOf(prefix, prefix.length + 1);
          longer[prefix.length] = x;
          next.add(longer);
        }
      }
      all = next;
    }
    return all;
  }
}
