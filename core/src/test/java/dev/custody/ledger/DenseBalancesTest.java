package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.event.Account;
import dev.custody.model.Estimate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DenseBalances} on a fixed table of estimates of every wording, each added to and taken
 * from each other: the same result as {@link Estimate}'s own arithmetic, wording and all, and the
 * same exception on overflow. The properties of {@code DenseBalancesProperties} explore further;
 * this table is what the mutation profile, which runs no properties, holds the arrays to.
 */
class DenseBalancesTest {
  private static final Account ACCOUNT = LedgerTest.SDF_SHADDADI;

  private static final List<Estimate> TABLE =
      List.of(
          Estimate.exactly(0),
          Estimate.exactly(1),
          Estimate.exactly(150),
          Estimate.parse("785"),
          Estimate.about(9_000),
          Estimate.parse("roughly 200"),
          Estimate.parse("nearly 5,000"),
          Estimate.parse("just over 100"),
          Estimate.vague("dozens"),
          Estimate.vague("a few hundred"),
          Estimate.fewerThan(50),
          Estimate.parse("as many as 200"),
          Estimate.upTo(30),
          Estimate.moreThan(1_000),
          Estimate.atLeast(89),
          Estimate.unknown(),
          Estimate.between(10, 20),
          Estimate.between(10, 20).withBest(11),
          Estimate.of(99, 100, 100),
          Estimate.of(0, 0, 7),
          Estimate.parse("3,000 to 3,500"),
          Estimate.exactly(Estimate.MAX_COUNT),
          Estimate.atLeast(Estimate.MAX_COUNT - 1));

  @Test
  void everySumAndDifferenceOfTheTableIsEstimatesOwn() {
    int compared = 0;
    for (Estimate start : TABLE) {
      for (Estimate operand : TABLE) {
        compare(start, operand, true);
        compare(start, operand, false);
        compared += 2;
      }
    }
    assertThat(compared).isEqualTo(TABLE.size() * TABLE.size() * 2);
  }

  private static void compare(Estimate start, Estimate operand, boolean plus) {
    DenseBalances balances = new DenseBalances();
    balances.set(ACCOUNT, start);
    int number = balances.numberOf(ACCOUNT);
    Estimate expected;
    try {
      expected = plus ? start.plus(operand) : start.minus(operand);
    } catch (ArithmeticException e) {
      assertThatThrownBy(
              () -> {
                if (plus) {
                  balances.plus(number, operand);
                } else {
                  balances.minus(number, operand);
                }
              })
          .as("%s %s %s", start, plus ? "plus" : "minus", operand)
          .isInstanceOf(ArithmeticException.class)
          .hasMessage(e.getMessage());
      return;
    }
    if (plus) {
      balances.plus(number, operand);
    } else {
      balances.minus(number, operand);
    }
    assertThat(balances.get(number))
        .as("%s %s %s", start, plus ? "plus" : "minus", operand)
        .isEqualTo(expected);
    assertThat(balances.low(number)).isEqualTo(expected.low());
    assertThat(balances.best(number)).isEqualTo(expected.best());
    assertThat(balances.get(ACCOUNT)).isEqualTo(expected);
  }

  @Test
  void accountsAreNumberedInTheOrderTheyFirstGetABalanceAndACopyIsIndependent() {
    DenseBalances balances = new DenseBalances();
    balances.set(LedgerTest.SDF_SHADDADI, Estimate.exactly(5));
    balances.set(LedgerTest.SDF_HASAKAH, Estimate.about(100));
    balances.set(LedgerTest.SDF_SHADDADI, Estimate.exactly(6));

    assertThat(balances.size()).isEqualTo(2);
    assertThat(balances.numberOf(LedgerTest.SDF_SHADDADI)).isZero();
    assertThat(balances.numberOf(LedgerTest.SDF_HASAKAH)).isEqualTo(1);
    assertThat(balances.account(1)).isEqualTo(LedgerTest.SDF_HASAKAH);
    assertThat(balances.get(LedgerTest.SDF_SHADDADI)).isEqualTo(Estimate.exactly(6));
    DenseBalances copy = balances.copy();
    copy.plus(copy.numberOf(LedgerTest.SDF_HASAKAH), Estimate.exactly(10));
    assertThat(balances.get(LedgerTest.SDF_HASAKAH)).isEqualTo(Estimate.about(100));
    assertThat(copy.get(LedgerTest.SDF_HASAKAH))
        .isEqualTo(Estimate.about(100).plus(Estimate.exactly(10)));
  }
}
