package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.census;
import static dev.custody.ledger.LedgerTest.day;
import static dev.custody.ledger.LedgerTest.escape;
import static dev.custody.ledger.LedgerTest.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.rules.Rule;
import org.junit.jupiter.api.Test;

/** {@link AppendResult#orElseThrow()}: the new ledger when accepted, the verdict thrown if not. */
class AppendResultTest {

  @Test
  void an_accepted_event_gives_the_new_ledger() {
    Ledger before = opened();
    AppendResult result = before.append(escape("breakout", day(20), 100));

    Ledger after = result.orElseThrow();

    assertThat(after).isSameAs(result.ledger()).isNotEqualTo(before);
    assertThat(after.size()).isEqualTo(before.size() + 1);
  }

  @Test
  void a_rejected_event_throws_its_verdict_and_leaves_the_ledger_as_it_was() {
    Ledger before = opened();
    AppendResult result = before.append(escape("breakout", day(20), 5_000));

    assertThatThrownBy(result::orElseThrow)
        .isInstanceOf(EventRejectedException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(result.verdict().toString())
        .hasMessageContaining("CUS-001")
        .satisfies(
            thrown ->
                assertThat(((EventRejectedException) thrown).verdict())
                    .isEqualTo(result.verdict())
                    .matches(verdict -> verdict.breaks(Rule.ACCOUNT_OVERDRAWN)));
    assertThat(result.ledger()).isEqualTo(before);
  }

  @Test
  void a_warning_does_not_throw() {
    Ledger before = opened();
    AppendResult result = before.append(census("recount", day(20), SDF_SHADDADI, 900));

    assertThat(result.verdict().warnings()).isNotEmpty();
    assertThat(result.orElseThrow()).isEqualTo(result.ledger());
  }
}
