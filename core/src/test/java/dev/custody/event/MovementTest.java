package dev.custody.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** {@link Movement}: its factory, both invariants broken and kept, and its text. */
class MovementTest {
  static final ActorId SDF = ActorId.of("sdf");
  static final ActorId USA = ActorId.of("usa");
  static final ActorId ISIS = ActorId.of("isis");
  static final FacilityId SHADDADI = FacilityId.of("al-shaddadi");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);
  static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS);
  static final When WHEN = When.at(Instant.parse("2026-01-20T10:00:00Z"));
  static final Figure EXACTLY_150 =
      Figure.of(Claim.of(Estimate.exactly(150), Source.of(SDF), WHEN));

  static final Account SDF_SHADDADI = Account.heldAt(SDF, SHADDADI, FIGHTERS);
  static final Account AT_LARGE_SHADDADI = Account.atLargeFrom(SHADDADI, FIGHTERS);

  @Test
  void ofKeepsItsParts() {
    Movement movement = Movement.of(SDF_SHADDADI, AT_LARGE_SHADDADI, EXACTLY_150);

    assertThat(movement.from()).isEqualTo(SDF_SHADDADI);
    assertThat(movement.to()).isEqualTo(AT_LARGE_SHADDADI);
    assertThat(movement.size()).isEqualTo(EXACTLY_150);
  }

  @Test
  void theAccountsMustDiffer() {
    assertThat(Movement.of(SDF_SHADDADI, Account.held(SDF, FIGHTERS), EXACTLY_150).to())
        .isEqualTo(Account.held(SDF, FIGHTERS));
    assertThatThrownBy(() -> Movement.of(SDF_SHADDADI, SDF_SHADDADI, EXACTLY_150))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Movement.to (held by sdf at al-shaddadi: fighters affiliated with isis) must differ"
                + " from from (held by sdf at al-shaddadi: fighters affiliated with isis)");
  }

  @Test
  void theAccountsMustCountTheSameCohort() {
    assertThat(
            Movement.of(Account.outside(FAMILIES), Account.released(FAMILIES), EXACTLY_150).from())
        .isEqualTo(Account.outside(FAMILIES));
    assertThatThrownBy(
            () -> Movement.of(SDF_SHADDADI, Account.atLargeFrom(SHADDADI, FAMILIES), EXACTLY_150))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Movement.to cohort (family members affiliated with isis) must equal the from cohort"
                + " (fighters affiliated with isis): a movement does not change who people are");
  }

  @Test
  void toStringShowsTheEnvelopeAndBothAccounts() {
    assertThat(Movement.of(SDF_SHADDADI, AT_LARGE_SHADDADI, EXACTLY_150))
        .hasToString(
            "exactly 150 from [held by sdf at al-shaddadi: fighters affiliated with isis] to [at"
                + " large from al-shaddadi: fighters affiliated with isis]");

    Figure disputed = EXACTLY_150.withClaim(Claim.of(Estimate.exactly(200), Source.of(USA), WHEN));
    assertThat(Movement.of(SDF_SHADDADI, AT_LARGE_SHADDADI, disputed).toString())
        .startsWith("between 150 and 200 (best 150) from [");
  }
}
