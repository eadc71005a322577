package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Reading;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A reading "according to" an actor includes the actors that speak for it. */
class SpeakersReadingTest {
  private static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), ZoneOffset.UTC);
  private static final ActorId MINISTRY = ActorId.of("interior-ministry");
  private static final ActorId SPOKESMAN = ActorId.of("ministry-spokesman");
  private static final ActorId POLICE = ActorId.of("police");
  private static final ActorId PRECINCT = ActorId.of("precinct-4");
  private static final ActorId SDF = ActorId.of("sdf");

  private static final World WORLD =
      World.of(
          List.of(
              Actor.of(MINISTRY, "Interior ministry", ActorKind.STATE),
              Actor.builder()
                  .id(SPOKESMAN)
                  .name("Ministry spokesman")
                  .kind(ActorKind.OFFICIAL)
                  .parent(MINISTRY)
                  .build(),
              Actor.builder()
                  .id(POLICE)
                  .name("Police")
                  .kind(ActorKind.ARMED_FORCES)
                  .parent(MINISTRY)
                  .build(),
              Actor.builder()
                  .id(PRECINCT)
                  .name("Precinct 4")
                  .kind(ActorKind.ARMED_FORCES)
                  .parent(POLICE)
                  .build(),
              Actor.of(SDF, "SDF", ActorKind.NON_STATE_ARMED_GROUP)),
          List.of());

  private static final Figure ESCAPED =
      Figure.of(
          Claim.of(Estimate.exactly(120), Source.of(SPOKESMAN), JAN_21),
          Claim.of(Estimate.moreThan(1_000), Source.of(SDF), JAN_21));

  @Test
  void theWorldKnowsWhoSpeaksForAnActor() {
    assertThat(WORLD.partsOf(MINISTRY)).containsExactly(SPOKESMAN, POLICE, PRECINCT);
    assertThat(WORLD.partsOf(POLICE)).containsExactly(PRECINCT);
    assertThat(WORLD.partsOf(SDF)).isEmpty();
    assertThat(WORLD.partsOf(ActorId.of("unknown"))).isEmpty();
  }

  @Test
  void aReadingOfTheMinistryTakesItsSpokesmansClaims() {
    Reading alone = Reading.preferring(MINISTRY);
    Reading withSpeakers = alone.withSpeakers(WORLD.partsOf(MINISTRY));

    // without speakers the ministry made no claim, and the reading falls back to the envelope
    assertThat(alone.of(ESCAPED)).isEqualTo(ESCAPED.envelope());
    assertThat(alone.isFirstHand(ESCAPED)).isFalse();
    assertThat(withSpeakers.of(ESCAPED)).isEqualTo(Estimate.exactly(120));
    assertThat(withSpeakers.isFirstHand(ESCAPED)).isTrue();
    // the speakers are not part of the reading's identity
    assertThat(withSpeakers)
        .isEqualTo(alone)
        .hasSameHashCodeAs(alone)
        .hasToString(alone.toString());
    assertThat(Reading.envelope().withSpeakers(Set.of(SPOKESMAN))).isSameAs(Reading.envelope());
  }

  @Test
  void aLedgerReadAccordingToAnActorIncludesThoseWhoSpeakForIt() {
    Ledger ledger = Ledger.of(WORLD).withReading(Reading.preferring(MINISTRY));
    assertThat(ledger.reading().speakers()).containsExactly(SPOKESMAN, POLICE, PRECINCT);
    assertThat(ledger.reading().of(ESCAPED)).isEqualTo(Estimate.exactly(120));
    assertThat(Ledger.of(WORLD, Reading.preferring(POLICE)).reading().speakers())
        .containsExactly(PRECINCT);
  }
}
