package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * {@link Estimate#toDerivedString()} and {@link Share#toDerivedString()}: "about" only while the
 * range stays within the about policy of the best value.
 */
class DerivedWordingTest {

  @Test
  void aRangeWithinThePolicyStaysAbout() {
    assertThat(Estimate.about(9_000).toDerivedString()).isEqualTo("about 9,000 (8,550-9,450)");
    assertThat(Estimate.about(150).toDerivedString()).isEqualTo("about 150 (142-158)");
  }

  @Test
  void aRangeWiderThanThePolicyIsBetweenWithItsBestValue() {
    assertThat(Estimate.of(0, 850, 1_050).toDerivedString())
        .isEqualTo("between 0 and 1,050 (best 850)");
    assertThat(Estimate.of(45, 1_125, 1_131).toDerivedString())
        .isEqualTo("between 45 and 1,131 (best 1,125)");
    // about 150 escaped, exactly 81 recaptured: 61-77 is wider than about 69 (65-73)
    Estimate stillAtLarge = Estimate.about(150).minus(Estimate.exactly(81));
    // arithmetic itself words a range wider than the standard about policy "between"
    assertThat(stillAtLarge).hasToString("between 61 and 77");
    assertThat(stillAtLarge.toDerivedString()).isEqualTo("between 61 and 77 (best 69)");
  }

  @Test
  void aWiderPolicyKeepsAbout() {
    assertThat(Estimate.of(61, 69, 77).toDerivedString(AboutPolicy.percent(20)))
        .isEqualTo("about 69 (61-77)");
  }

  @Test
  void everyOtherShapeIsWordedAsItsTextSaysIt() {
    for (Estimate estimate :
        new Estimate[] {
          Estimate.exactly(150),
          Estimate.moreThan(1_000),
          Estimate.atLeast(81),
          Estimate.upTo(200),
          Estimate.unknown()
        }) {
      assertThat(estimate.toDerivedString()).isEqualTo(estimate.toString());
    }
  }

  @Test
  void aRangeSaysItsBestValueToo() {
    // arithmetic words ranges wider than "about" as "between": derived, the best value is said
    assertThat(Estimate.between(100, 200).toDerivedString())
        .isEqualTo("between 100 and 200 (best 150)");
  }

  @Property
  void theDerivedTextReadsBackAsTheSameEstimate(
      @ForAll @LongRange(max = 1_000_000) long low,
      @ForAll @LongRange(max = 1_000_000) long above,
      @ForAll @LongRange(max = 1_000_000) long beyond) {
    Estimate estimate = Estimate.of(low, low + above, low + above + beyond);

    Estimate read = Estimate.parse(estimate.toDerivedString());

    assertThat(read.isEqual(estimate)).as("%s", estimate.toDerivedString()).isTrue();
    assertThat(read.best()).isEqualTo(estimate.best());
  }

  @Test
  void aShareThatPrintsAsOnePercentageIsThatPercentage() {
    assertThat(Share.of(0.99915, 1.0, 1.00085).toDerivedString()).isEqualTo("100%");
  }

  @Test
  void aShareIsAboutOnlyWithinThePolicy() {
    assertThat(Share.of(0.76, 0.78, 0.80).toDerivedString()).isEqualTo("about 78% (76%-80%)");
    // exactly 7,000 of about 9,000: 81.9% is more than five percent above 77.8%
    assertThat(Estimate.exactly(7_000).shareOf(Estimate.about(9_000)).toDerivedString())
        .isEqualTo("between 74% and 82% (best 78%)");
    assertThat(Share.of(0.0, 0.081, 0.081).toDerivedString())
        .isEqualTo("between 0% and 8.1% (best 8.1%)");
    assertThat(Share.of(0.51, 0.54, 0.57).toDerivedString())
        .isEqualTo("between 51% and 57% (best 54%)");
    assertThat(Share.of(0.0, 0.65, Double.POSITIVE_INFINITY).toDerivedString())
        .isEqualTo("at least 0% (best 65%)");
  }

  @Test
  void aNullPolicyIsRefused() {
    assertThatThrownBy(() -> Estimate.about(5).toDerivedString(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
    assertThatThrownBy(() -> Share.exactly(0.5).toDerivedString(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("policy");
  }
}
