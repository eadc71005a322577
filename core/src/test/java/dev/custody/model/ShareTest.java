package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShareTest {

  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void ofKeepsTheThreeFractions() {
    Share share = Share.of(0.74, 0.78, 0.82);
    assertThat(share.low()).isEqualTo(0.74);
    assertThat(share.best()).isEqualTo(0.78);
    assertThat(share.hasUpperBound()).isTrue();
    assertThat(share.high()).isEqualTo(0.82);
  }

  @Test
  void exactlyIsAPoint() {
    Share share = Share.exactly(0.021);
    assertThat(share.low()).isEqualTo(0.021);
    assertThat(share.best()).isEqualTo(0.021);
    assertThat(share.high()).isEqualTo(0.021);
    assertThat(share).isEqualTo(Share.of(0.021, 0.021, 0.021));
  }

  @Test
  void fractionsAboveOneAreAllowed() {
    assertThat(Share.exactly(1.5).best()).isEqualTo(1.5);
    assertThat(Share.of(0.9, 1.2, 3.0).high()).isEqualTo(3.0);
  }

  @Test
  void unboundedHighEnd() {
    Share share = Share.of(0.12, 0.2, INF);
    assertThat(share.hasUpperBound()).isFalse();
    assertThatThrownBy(share::high)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Share (at least 12% (best 20%)) has no upper bound; check hasUpperBound() first");
    assertThat(share.contains(1e12)).isTrue();
    assertThat(share.contains(INF)).isTrue();
    assertThat(share.contains(0.11)).isFalse();
  }

  @Test
  void invariantsBrokenAndSatisfiedSideBySide() {
    assertThat(Share.of(0, 0, 0).low()).isZero();
    assertThatThrownBy(() -> Share.of(-0.1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.low (-0.1) must be a finite fraction, zero or more");
    assertThatThrownBy(() -> Share.of(Double.NaN, 0.5, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.low (NaN) must be a finite fraction, zero or more");
    assertThatThrownBy(() -> Share.of(INF, INF, INF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.low (Infinity) must be a finite fraction, zero or more");

    assertThat(Share.of(0, 0.5, INF).best()).isEqualTo(0.5);
    assertThatThrownBy(() -> Share.of(0, INF, INF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.best (Infinity) must be a finite fraction, zero or more");
    assertThatThrownBy(() -> Share.of(0, Double.NaN, INF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.best (NaN) must be a finite fraction, zero or more");

    assertThatThrownBy(() -> Share.of(0, 0.5, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.high (NaN) must be a number");

    assertThat(Share.of(0.4, 0.4, 0.6).low()).isEqualTo(0.4);
    assertThatThrownBy(() -> Share.of(0.5, 0.4, 0.6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.low (0.5) must not exceed best (0.4)");

    assertThat(Share.of(0.4, 0.6, 0.6).best()).isEqualTo(0.6);
    assertThatThrownBy(() -> Share.of(0.4, 0.6, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.best (0.6) must not exceed high (0.5)");
    assertThatThrownBy(() -> Share.of(0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.best (0.0) must not exceed high (-1.0)");
    assertThatThrownBy(() -> Share.of(0, 0, Double.NEGATIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.best (0.0) must not exceed high (-Infinity)");
  }

  @Test
  void exactlyRejectsWhatIsNotAFraction() {
    assertThatThrownBy(() -> Share.exactly(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.low (-1.0) must be a finite fraction, zero or more");
    assertThatThrownBy(() -> Share.exactly(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.low (NaN) must be a finite fraction, zero or more");
    assertThatThrownBy(() -> Share.exactly(INF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Share.low (Infinity) must be a finite fraction, zero or more");
  }

  @Test
  void negativeZeroIsZero() {
    Share negativeZero = Share.exactly(-0.0);
    assertThat(negativeZero).isEqualTo(Share.exactly(0.0));
    assertThat(negativeZero).hasSameHashCodeAs(Share.exactly(0.0));
    assertThat(negativeZero).hasToString("0%");
    assertThat(Share.of(-0.0, 0.5, 1)).isEqualTo(Share.of(0, 0.5, 1));
  }

  @ParameterizedTest(name = "{0} prints {1}")
  @CsvSource({
    "0, 0%",
    "0.0001, 0.01%",
    "0.005, 0.50%",
    "0.0099, 0.99%",
    "0.01, 1.0%",
    "0.021, 2.1%",
    "0.0214, 2.1%",
    "0.0994, 9.9%",
    "0.0996, 10%",
    "0.12, 12%",
    "0.54, 54%",
    "0.999, 100%",
    "1, 100%",
    "1.5, 150%",
    "12.5, 1250%"
  })
  void exactSharePrintsOnePercentage(double fraction, String text) {
    assertThat(Share.exactly(fraction)).hasToString(text);
  }

  @Test
  void rangePrintsAbout() {
    assertThat(Share.of(0.74, 0.78, 0.82)).hasToString("about 78% (74%-82%)");
    assertThat(Share.of(0.5, 0.5, 0.6)).hasToString("about 50% (50%-60%)");
    assertThat(Share.of(0, 0.021, 0.05)).hasToString("about 2.1% (0%-5.0%)");
  }

  @Test
  void unboundedPrintsAtLeast() {
    assertThat(Share.of(0.12, 0.12, INF)).hasToString("at least 12%");
    assertThat(Share.of(0.12, 0.2, INF)).hasToString("at least 12% (best 20%)");
    assertThat(Share.of(0, 0, INF)).hasToString("at least 0%");
  }

  @Test
  void contains() {
    Share share = Share.of(0.1, 0.2, 0.3);
    assertThat(share.contains(0.1)).isTrue();
    assertThat(share.contains(0.2)).isTrue();
    assertThat(share.contains(0.3)).isTrue();
    assertThat(share.contains(0.30001)).isFalse();
    assertThat(share.contains(0.09999)).isFalse();
    assertThat(share.contains(Double.NaN)).isFalse();
    assertThat(Share.exactly(0).contains(0)).isTrue();
    assertThat(Share.exactly(0).contains(-0.0)).isTrue();
  }

  @Test
  void bestPercent() {
    assertThat(Share.exactly(0.25).bestPercent()).isEqualTo(25.0);
    assertThat(Share.of(0.1, 0.78, 0.9).bestPercent()).isCloseTo(78.0, within(1e-12));
    assertThat(Share.exactly(0).bestPercent()).isZero();
  }

  @Test
  void equalityComparesAllThreeFractions() {
    Share share = Share.of(0.1, 0.2, 0.3);
    assertThat(share).isEqualTo(Share.of(0.1, 0.2, 0.3));
    assertThat(share).isNotEqualTo(Share.of(0.1, 0.2, 0.31));
    assertThat(share).isNotEqualTo(Share.of(0.1, 0.21, 0.3));
    assertThat(share).isNotEqualTo(Share.of(0.11, 0.2, 0.3));
  }
}
