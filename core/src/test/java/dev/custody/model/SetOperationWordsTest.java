package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The envelope and the consensus of claims keep a source's words when they are that source's
 * figure: "26,121" beside "about 26,000" agree on "26,121" as printed, not "exactly 26,121".
 */
class SetOperationWordsTest {

  @Test
  void anIntersectionThatIsOneClaimSaysItInItsWords() {
    Estimate printed = Estimate.parse("26,121");
    Estimate rounder = Estimate.parse("about 26,000");

    assertThat(printed.intersection(rounder)).hasToString("26,121").isEqualTo(printed);
    assertThat(rounder.intersection(printed)).hasToString("26,121");
  }

  @Test
  void aSpanThatIsOneClaimSaysItInItsWords() {
    Estimate bare = Estimate.parse("20");
    Estimate some = Estimate.parse("some 20");

    assertThat(bare.span(some)).hasToString(some.toString()).isEqualTo(some);
    assertThat(some.span(bare)).isEqualTo(some);
  }

  @Test
  void aResultThatIsNeitherIsWordedByItsShape() {
    Estimate span = Estimate.between(100, 200).span(Estimate.between(150, 300));

    assertThat(span).hasToString("between 100 and 300 (best 187)");
  }

  @Test
  void twoClaimsOfTheSameNumbersInOtherWordsKeepNeither() {
    Estimate about = Estimate.parse("about 150");
    Estimate roughly = Estimate.parse("roughly 150");

    assertThat(about.span(roughly)).isEqualTo(roughly.span(about));
    assertThat(about.intersection(roughly)).isEqualTo(roughly.intersection(about));
    assertThat(about.span(roughly).toString()).doesNotContain("roughly");
  }

  @Property
  void setOperationsStayCommutativeWithWordsKept(
      @ForAll @LongRange(max = 10_000) long a,
      @ForAll @LongRange(max = 10_000) long b,
      @ForAll boolean aboutFirst) {
    Estimate one = aboutFirst ? Estimate.about(a) : Estimate.parse(String.valueOf(a));
    Estimate other = Estimate.parse("some " + b);

    assertThat(one.span(other)).isEqualTo(other.span(one));
    if (one.overlaps(other)) {
      assertThat(one.intersection(other)).isEqualTo(other.intersection(one));
    }
  }

  @Test
  void theConsensusAndEnvelopeOfClaimsSayTheWordsOfTheClaimWhoseFigureTheyAre() {
    Source upi = Source.of(ActorId.of("upi"));
    Source stripes = Source.of(ActorId.of("stripes"));
    When reported = When.on(java.time.LocalDate.of(2009, 7, 16), java.time.ZoneOffset.UTC);
    Figure figure =
        Figure.of(
            Claim.of(Estimate.parse("26,121"), upi, reported),
            Claim.of(Estimate.parse("around 26,000"), stripes, reported));

    assertThat(figure.consensus()).hasValueSatisfying(c -> assertThat(c).hasToString("26,121"));
    assertThat(figure.envelope()).hasToString("around 26,000 (24,700-27,300)");
  }
}
