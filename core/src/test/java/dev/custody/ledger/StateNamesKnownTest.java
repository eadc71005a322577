package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.FIGHTERS;
import static dev.custody.ledger.LedgerTest.OPENING;
import static dev.custody.ledger.LedgerTest.SDF;
import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.WORLD;
import static dev.custody.ledger.LedgerTest.exactly;
import static dev.custody.ledger.LedgerTest.id;
import static dev.custody.ledger.LedgerTest.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.DetaineesTransferred;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fold remembers which accounts name only actors and facilities its world knows: the answer is
 * the world's, asked once per account, and the same however often it is asked.
 */
class StateNamesKnownTest {

  private static final Account NOWHERE = Account.heldAt(SDF, FacilityId.of("nowhere"), FIGHTERS);

  @Test
  void an_account_with_a_balance_whose_names_the_world_knows_is_known_every_time() {
    State state = new State(WORLD, Reading.envelope(), Map.of(), Map.of());
    OPENING.forEach(state::apply);

    assertThat(state.hasRecorded(SDF_SHADDADI)).isTrue();
    assertThat(state.knowsNamesOf(SDF_SHADDADI)).isTrue();
    assertThat(state.knowsNamesOf(SDF_SHADDADI)).isTrue();
    assertThat(state.copy(Map.of(), Map.of()).knowsNamesOf(SDF_SHADDADI)).isTrue();
  }

  @Test
  void an_account_with_a_balance_naming_a_facility_the_world_lacks_is_unknown_every_time() {
    State state = new State(WORLD, Reading.envelope(), Map.of(), Map.of());
    OPENING.forEach(state::apply);
    assertThat(state.knowsNamesOf(NOWHERE)).isFalse();
    // folded without a check, as a ledger as known at an instant folds: the account has a balance
    state.apply(
        DetaineesTransferred.builder()
            .id(id("to-nowhere"))
            .when(when(22, 0))
            .from(SDF_SHADDADI)
            .to(NOWHERE)
            .size(exactly(5))
            .build());

    assertThat(state.hasRecorded(NOWHERE)).isTrue();
    assertThat(state.knowsNamesOf(NOWHERE)).isFalse();
    assertThat(state.knowsNamesOf(NOWHERE)).isFalse();
    assertThat(state.copy(Map.of(), Map.of()).knowsNamesOf(NOWHERE)).isFalse();
  }
}
