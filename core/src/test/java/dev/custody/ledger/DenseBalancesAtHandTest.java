package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.SDF_HASAKAH;
import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.census;
import static dev.custody.ledger.LedgerTest.transfer;
import static dev.custody.ledger.LedgerTest.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.Event;
import dev.custody.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * What {@link DenseBalances} remembers of the accounts of the event at hand ({@link
 * DenseBalances#atHand}) and what it reads ahead ({@link DenseBalances#touch}) never change a
 * number it gives: an account numbered since is found, by the same instance or by an equal one, and
 * reading ahead writes nothing.
 */
class DenseBalancesAtHandTest {

  /** An account equal to {@link LedgerTest#SDF_HASAKAH}, but another instance. */
  private static Account hasakahAgain() {
    Account again = Account.heldAt(LedgerTest.SDF, LedgerTest.HASAKAH, LedgerTest.FIGHTERS);
    assertThat(again).isEqualTo(SDF_HASAKAH).isNotSameAs(SDF_HASAKAH);
    return again;
  }

  @Test
  void an_account_at_hand_numbered_since_is_found_by_any_instance_equal_to_it() {
    DenseBalances balances = new DenseBalances();
    balances.set(SDF_SHADDADI, Estimate.exactly(10));
    Event move = transfer("move", when(2, 0), SDF_SHADDADI, SDF_HASAKAH, 3);
    balances.atHand(move);
    assertThat(balances.numberOf(SDF_HASAKAH)).isEqualTo(-1);

    // numbered through another instance: the one at hand is no longer remembered as unnumbered
    balances.set(hasakahAgain(), Estimate.exactly(4));

    assertThat(balances.numberOf(SDF_HASAKAH)).isEqualTo(1);
    assertThat(balances.numberOf(SDF_SHADDADI)).isZero();
    assertThat(balances.get(SDF_HASAKAH)).isEqualTo(Estimate.exactly(4));
  }

  @Test
  void the_account_a_census_counts_is_at_hand_and_numbered_once_set() {
    DenseBalances balances = new DenseBalances();
    Event count = census("count", when(1, 0), SDF_HASAKAH, 7);
    balances.atHand(count);
    assertThat(balances.numberOf(SDF_HASAKAH)).isEqualTo(-1);

    assertThat(balances.set(SDF_HASAKAH, Estimate.exactly(7))).isTrue();

    assertThat(balances.numberOf(SDF_HASAKAH)).isZero();
    assertThat(balances.numberOf(hasakahAgain())).isZero();
  }

  @Test
  void a_new_event_at_hand_forgets_the_accounts_of_the_one_before() {
    DenseBalances balances = new DenseBalances();
    balances.set(SDF_SHADDADI, Estimate.exactly(10));
    balances.set(SDF_HASAKAH, Estimate.exactly(5));
    balances.atHand(transfer("first", when(2, 0), SDF_SHADDADI, SDF_HASAKAH, 1));
    assertThat(balances.numberOf(SDF_HASAKAH)).isEqualTo(1);

    balances.atHand(census("count", when(3, 0), SDF_SHADDADI, 9));

    assertThat(balances.numberOf(SDF_HASAKAH)).isEqualTo(1);
    assertThat(balances.numberOf(SDF_SHADDADI)).isZero();
  }

  @Test
  void reading_ahead_changes_nothing() {
    DenseBalances balances = new DenseBalances();
    balances.set(SDF_SHADDADI, Estimate.exactly(10));
    DenseBalances before = balances.copy();
    Account[] accounts = {SDF_SHADDADI, SDF_HASAKAH};
    int[] numbers = new int[2];

    balances.touch(accounts, numbers, 2);

    assertThat(numbers).containsExactly(0, -1);
    assertThat(balances).isEqualTo(before);
    assertThat(balances.size()).isEqualTo(1);
    assertThat(balances.numberOf(SDF_HASAKAH)).isEqualTo(-1);
  }
}
