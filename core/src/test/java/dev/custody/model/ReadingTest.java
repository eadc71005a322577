package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Reading}: the envelope, the consensus with its fallback, a preferred source with its
 * fallback, {@link Reading#isFirstHand(Figure)}, the invariant and the text.
 */
class ReadingTest {
  static final ActorId SDF = ActorId.of("sdf");
  static final ActorId USA = ActorId.of("usa");
  static final ActorId SYRIA = ActorId.of("syria-gov");
  static final ActorId NYT = ActorId.of("nyt");
  static final When WHEN = When.at(Instant.parse("2026-01-21T09:00:00Z"));

  static Claim claim(Estimate estimate, ActorId actor) {
    return Claim.of(estimate, Source.of(actor), WHEN);
  }

  /** Over 1,000 (SDF), about 150 and up to 200 (U.S. officials): the SDF conflicts with both. */
  static final Figure ESCAPE =
      Figure.of(
          claim(Estimate.moreThan(1_000), SDF),
          Claim.of(Estimate.about(150), Source.of(USA, "a U.S. official"), WHEN),
          Claim.builder()
              .estimate(Estimate.upTo(200))
              .source(Source.of(USA, "a U.S. military official"))
              .channel(NYT)
              .reported(WHEN)
              .build());

  /** Between 100 and 200 (SDF) and between 150 and 300 (USA): they agree on 150 to 200. */
  static final Figure AGREEING =
      Figure.of(claim(Estimate.between(100, 200), SDF), claim(Estimate.between(150, 300), USA));

  // ------------------------------------------------------------------------------------------
  // envelope

  @Test
  void theEnvelopeIsWhatSomeSourceAllows() {
    Reading envelope = Reading.envelope();

    assertThat(envelope.kind()).isEqualTo(Reading.Kind.ENVELOPE);
    assertThat(envelope.source()).isEmpty();
    assertThat(envelope).isSameAs(Reading.envelope());
    assertThat(envelope.of(ESCAPE)).isEqualTo(ESCAPE.envelope());
    assertThat(envelope.of(ESCAPE).low()).isZero();
    assertThat(envelope.of(ESCAPE).hasUpperBound()).isFalse();
    assertThat(envelope.of(AGREEING)).isEqualTo(Estimate.of(100, 150, 300));
  }

  // ------------------------------------------------------------------------------------------
  // consensus

  @Test
  void theConsensusIsWhatEverySourceAllows() {
    Reading consensus = Reading.consensus();

    assertThat(consensus.kind()).isEqualTo(Reading.Kind.CONSENSUS);
    assertThat(consensus.source()).isEmpty();
    assertThat(consensus).isSameAs(Reading.consensus());
    assertThat(consensus.of(AGREEING)).isEqualTo(AGREEING.consensus().orElseThrow());
    assertThat(consensus.of(AGREEING).low()).isEqualTo(150);
    assertThat(consensus.of(AGREEING).high()).isEqualTo(200);
    assertThat(consensus.of(AGREEING)).isNotEqualTo(Reading.envelope().of(AGREEING));
  }

  @Test
  void theConsensusOfConflictingClaimsFallsBackToTheEnvelope() {
    assertThat(ESCAPE.consensus()).isEmpty();

    assertThat(Reading.consensus().of(ESCAPE)).isEqualTo(ESCAPE.envelope());
  }

  // ------------------------------------------------------------------------------------------
  // a preferred source

  @Test
  void aSourceReadingTakesThatSourcesOwnClaim() {
    Reading sdf = Reading.preferring(SDF);

    assertThat(sdf.kind()).isEqualTo(Reading.Kind.SOURCE);
    assertThat(sdf.source()).contains(SDF);
    assertThat(sdf.of(ESCAPE)).isEqualTo(Estimate.moreThan(1_000));
    // one claim is read as the envelope of itself: the same range and best value
    assertThat(sdf.of(AGREEING)).isEqualTo(Figure.of(AGREEING.claimsBy(SDF)).envelope());
    assertThat(sdf.of(AGREEING).isEqual(Estimate.between(100, 200))).isTrue();
    assertThat(Reading.preferring(USA).of(AGREEING).isEqual(Estimate.between(150, 300))).isTrue();
    assertThat(Reading.preferring(USA).of(AGREEING).isEqual(sdf.of(AGREEING))).isFalse();
  }

  @Test
  void severalClaimsOfThePreferredSourceCombineByTheirEnvelope() {
    // both U.S. claims, one described and relayed: about 150 (142-158) and up to 200
    Estimate usa = Reading.preferring(USA).of(ESCAPE);

    assertThat(usa).isEqualTo(Figure.of(ESCAPE.claimsBy(USA)).envelope());
    assertThat(usa.low()).isZero();
    assertThat(usa.high()).isEqualTo(200);
  }

  @Test
  void aSourceThatMadeNoClaimFallsBackToTheEnvelope() {
    Figure governmentOnly = Figure.of(claim(Estimate.exactly(81), SYRIA));

    assertThat(Reading.preferring(USA).of(governmentOnly)).isEqualTo(Estimate.exactly(81));
    assertThat(Reading.preferring(SYRIA).of(ESCAPE)).isEqualTo(ESCAPE.envelope());
    // the channel that relayed a claim is not its source
    assertThat(Reading.preferring(NYT).of(ESCAPE)).isEqualTo(ESCAPE.envelope());
  }

  @Test
  void isFirstHandOnlyWhenTheSourceSpoke() {
    assertThat(Reading.preferring(SDF).isFirstHand(ESCAPE)).isTrue();
    assertThat(Reading.preferring(USA).isFirstHand(ESCAPE)).isTrue();
    assertThat(Reading.preferring(SYRIA).isFirstHand(ESCAPE)).isFalse();
    assertThat(Reading.preferring(NYT).isFirstHand(ESCAPE)).isFalse();
    assertThat(Reading.envelope().isFirstHand(ESCAPE)).isTrue();
    assertThat(Reading.consensus().isFirstHand(ESCAPE)).isTrue();
  }

  @Test
  void nullFiguresAreRefused() {
    assertThatThrownBy(() -> Reading.envelope().of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("figure");
    assertThatThrownBy(() -> Reading.envelope().isFirstHand(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("figure");
  }

  // ------------------------------------------------------------------------------------------
  // invariant

  @Test
  void aSourceIsPresentExactlyForASourceReading() {
    assertThat(ImmutableReading.of(Reading.Kind.SOURCE, Optional.of(SDF)))
        .isEqualTo(Reading.preferring(SDF));
    assertThat(ImmutableReading.of(Reading.Kind.ENVELOPE, Optional.empty()))
        .isEqualTo(Reading.envelope());

    assertThatThrownBy(() -> ImmutableReading.of(Reading.Kind.SOURCE, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Reading.source (empty) must be present exactly for a SOURCE reading; kind is SOURCE");
    assertThatThrownBy(() -> ImmutableReading.of(Reading.Kind.ENVELOPE, Optional.of(SDF)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Reading.source (sdf) must be present exactly for a SOURCE reading; kind is ENVELOPE");
    assertThatThrownBy(() -> ImmutableReading.of(Reading.Kind.CONSENSUS, Optional.of(USA)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Reading.source (usa) must be present exactly for a SOURCE reading; kind is CONSENSUS");
  }

  // ------------------------------------------------------------------------------------------
  // text

  @Test
  void toStringNamesTheReading() {
    assertThat(Reading.envelope()).hasToString("envelope");
    assertThat(Reading.consensus()).hasToString("consensus");
    assertThat(Reading.preferring(SDF)).hasToString("according to sdf");
  }
}
