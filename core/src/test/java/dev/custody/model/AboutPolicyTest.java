package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AboutPolicyTest {

  @ParameterizedTest(name = "5% of {0} is {1}")
  @CsvSource({
    "0, 0",
    "1, 1",
    "19, 1",
    "20, 1",
    "21, 2",
    "150, 8",
    "160, 8",
    "161, 9",
    "9000, 450",
    "9001, 451"
  })
  void standardIsFivePercentRoundedUp(long best, long margin) {
    assertThat(AboutPolicy.standard().marginFor(best)).isEqualTo(margin);
  }

  @Test
  void standardIsPercentFiveAndAlwaysTheSame() {
    assertThat(AboutPolicy.standard()).isSameAs(AboutPolicy.standard());
    assertThat(AboutPolicy.standard()).isEqualTo(AboutPolicy.percent(5));
    assertThat(AboutPolicy.standard()).hasToString("AboutPolicy.percent(5)");
  }

  @Test
  void percentRoundsUp() {
    assertThat(AboutPolicy.percent(10).marginFor(150)).isEqualTo(15);
    assertThat(AboutPolicy.percent(10).marginFor(155)).isEqualTo(16);
    assertThat(AboutPolicy.percent(10).marginFor(0)).isZero();
    assertThat(AboutPolicy.percent(100).marginFor(7)).isEqualTo(7);
    assertThat(AboutPolicy.percent(0).marginFor(1_000_000)).isZero();
    assertThat(AboutPolicy.percent(1).marginFor(1)).isEqualTo(1);
    assertThat(AboutPolicy.percent(10)).hasToString("AboutPolicy.percent(10)");
  }

  @Test
  void percentOverflowThrows() {
    assertThatThrownBy(() -> AboutPolicy.standard().marginFor(Long.MAX_VALUE))
        .isInstanceOf(ArithmeticException.class);
    assertThat(AboutPolicy.percent(0).marginFor(Long.MAX_VALUE)).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 50, 100})
  void percentAcceptsZeroToHundred(int percent) {
    assertThat(AboutPolicy.percent(percent).marginFor(100)).isEqualTo(percent);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 101, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void percentRejectsOutsideZeroToHundred(int percent) {
    assertThatThrownBy(() -> AboutPolicy.percent(percent))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AboutPolicy.percent (" + percent + ") must be between 0 and 100");
  }

  @Test
  void absoluteIsTheSameWhateverTheFigure() {
    AboutPolicy policy = AboutPolicy.absolute(25);
    assertThat(policy.marginFor(0)).isEqualTo(25);
    assertThat(policy.marginFor(150)).isEqualTo(25);
    assertThat(policy.marginFor(1_000_000)).isEqualTo(25);
    assertThat(policy).hasToString("AboutPolicy.absolute(25)");
    assertThat(AboutPolicy.absolute(0).marginFor(150)).isZero();
  }

  @Test
  void absoluteRejectsNegativeMargin() {
    assertThatThrownBy(() -> AboutPolicy.absolute(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AboutPolicy.margin (-1) must not be negative");
  }

  @Test
  void builtInPoliciesCompareByValue() {
    assertThat(AboutPolicy.percent(10)).isEqualTo(AboutPolicy.percent(10));
    assertThat(AboutPolicy.percent(10)).hasSameHashCodeAs(AboutPolicy.percent(10));
    assertThat(AboutPolicy.percent(10)).isNotEqualTo(AboutPolicy.percent(11));
    assertThat(AboutPolicy.absolute(10)).isEqualTo(AboutPolicy.absolute(10));
    assertThat(AboutPolicy.absolute(10)).isNotEqualTo(AboutPolicy.absolute(11));
    assertThat(AboutPolicy.percent(10)).isNotEqualTo(AboutPolicy.absolute(10));
  }

  @Test
  void aLambdaIsAPolicy() {
    AboutPolicy tens = best -> 10;
    assertThat(Estimate.about(100, tens)).isEqualTo(Estimate.about(100, AboutPolicy.absolute(10)));
    assertThat(Estimate.about(100, AboutPolicy.percent(20)).low()).isEqualTo(80);
    assertThat(Estimate.about(100, AboutPolicy.percent(20)).high()).isEqualTo(120);
  }
}
