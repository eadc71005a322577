package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** Figures in families or households, and the sourced ratio through which they become people. */
class UnitCountTest {
  private static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), ZoneOffset.UTC);
  private static final Source CAMP = Source.of(ActorId.of("camp-administration"));
  private static final Claim FIVE_PER_FAMILY =
      Claim.of(Estimate.between(4, 6).withBest(5), Source.of(ActorId.of("unhcr")), JAN_21);

  @Test
  void familiesBecomePeopleOnlyThroughTheSourcedRatio() {
    UnitCount families = UnitCount.families(Estimate.exactly(81), FIVE_PER_FAMILY);

    assertThat(families.people()).isEqualTo(Estimate.between(324, 486).withBest(405));
    assertThat(families)
        .hasToString(
            "exactly 81 families, between 4 and 6 people per family according to unhcr:"
                + " between 324 and 486 people");
    Claim claim = Claim.inUnits(families, CAMP, JAN_21);
    assertThat(claim.estimate()).isEqualTo(families.people());
    assertThat(claim.units()).contains(families);
    assertThat(claim.toString())
        .startsWith(
            "exactly 81 families at between 4 and 6 per family (unhcr), between 324 and"
                + " 486 people according to camp-administration");
    // a figure of families counts the people they stand for
    assertThat(Figure.of(claim).envelope()).isEqualTo(families.people());
  }

  @Test
  void householdsAndOpenCounts() {
    UnitCount households =
        UnitCount.households(Estimate.moreThan(100), Claim.of(Estimate.exactly(6), CAMP, JAN_21));
    assertThat(households.people()).isEqualTo(Estimate.moreThan(605).withBest(606));
    assertThat(households.toString()).contains("people per household");
    assertThat(UnitCount.families(Estimate.parse("dozens"), FIVE_PER_FAMILY).people())
        .isEqualTo(Estimate.between(96, 594).withBest(305));
  }

  @Test
  void theRatioMustBeAtLeastOnePersonAndBounded() {
    assertThatThrownBy(
            () ->
                UnitCount.families(Estimate.exactly(81), Claim.of(Estimate.upTo(5), CAMP, JAN_21)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("UnitCount.peoplePer (up to 5) must be at least one person per family");
    assertThatThrownBy(
            () ->
                UnitCount.families(
                    Estimate.exactly(81), Claim.of(Estimate.atLeast(2), CAMP, JAN_21)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("UnitCount.peoplePer (at least 2) must have an upper bound");
    assertThatThrownBy(
            () ->
                UnitCount.families(
                    Estimate.exactly(Estimate.MAX_COUNT),
                    Claim.of(Estimate.exactly(2), CAMP, JAN_21)))
        .isInstanceOf(ArithmeticException.class)
        .hasMessageContaining("must not exceed the largest count");
  }

  @Test
  void aClaimsEstimateMustBeThePeopleItsUnitsStandFor() {
    UnitCount families = UnitCount.families(Estimate.exactly(81), FIVE_PER_FAMILY);
    assertThatThrownBy(
            () ->
                Claim.builder()
                    .estimate(Estimate.exactly(81))
                    .units(families)
                    .source(CAMP)
                    .reported(JAN_21)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Claim.estimate (exactly 81) must be the people its units stand for");
    new EqualsTester()
        .addEqualityGroup(families, UnitCount.families(Estimate.exactly(81), FIVE_PER_FAMILY))
        .addEqualityGroup(UnitCount.households(Estimate.exactly(81), FIVE_PER_FAMILY))
        .testEquals();
  }

  @Property(tries = 300)
  void everyProductOfMembersLiesInThePeople(
      @ForAll @LongRange(max = 10_000) long a,
      @ForAll @LongRange(max = 10_000) long b,
      @ForAll @LongRange(min = 1, max = 20) long p,
      @ForAll @LongRange(min = 0, max = 20) long q) {
    Estimate count = Estimate.between(Math.min(a, b), Math.max(a, b));
    Estimate per = Estimate.between(p, p + q);
    Estimate people = UnitCount.families(count, Claim.of(per, CAMP, JAN_21)).people();
    for (long x : new long[] {count.low(), count.best(), count.high()}) {
      for (long y : new long[] {per.low(), per.best(), per.high()}) {
        assertThat(people.contains(x * y)).as("%s x %s in %s", x, y, people).isTrue();
      }
    }
    assertThat(Estimate.parse(people.toString())).isEqualTo(people);
  }
}
