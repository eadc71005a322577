package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ranges as sources print them: "3,000 to 3,500" and "60-90" between their ends, "about 700-850"
 * and "around 60 to 90" widened by the about policy, "close to 700" as "about"; the words kept and
 * printed back, every form read back equal.
 */
class EstimateSpanTest {

  @Test
  void aRangeAsPrintedIsBetweenItsEndsInItsOwnWords() {
    Estimate span = Estimate.parse("3,000 to 3,500");

    assertThat(span.low()).isEqualTo(3_000);
    assertThat(span.high()).isEqualTo(3_500);
    assertThat(span.best()).isEqualTo(3_250);
    assertThat(span.qualifier()).isEqualTo(Estimate.Qualifier.BETWEEN);
    assertThat(span).hasToString("3,000 to 3,500");
    assertThat(span.isEqual(Estimate.between(3_000, 3_500))).isTrue();
    assertThat(Estimate.parse("60-90")).hasToString("60-90");
    assertThat(Estimate.parse("60-90").high()).isEqualTo(90);
  }

  @Test
  void aHedgedRangeTakesTheAboutPolicyAtEachEnd() {
    Estimate hedged = Estimate.parse("about 700-850");

    // five percent either side under the standard policy: 700 - 35 and 850 + 43
    assertThat(hedged.low()).isEqualTo(665);
    assertThat(hedged.high()).isEqualTo(893);
    assertThat(hedged.best()).isEqualTo(775);
    assertThat(hedged).hasToString("about 700-850 (665-893)");
    assertThat(Estimate.parse("around 60 to 90", AboutPolicy.percent(10)))
        .hasToString("around 60 to 90 (54-99)");
    // a written range inside the policy's stands; one outside it is refused, saying the policy
    assertThat(Estimate.parse("about 700-850 (680-880)").low()).isEqualTo(680);
    assertThatThrownBy(() -> Estimate.parse("about 700-850 (600-900)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("about policy")
        .hasMessageContaining("665-893");
  }

  @Test
  void closeToIsAnAboutInItsOwnWords() {
    Estimate close = Estimate.parse("close to 700");

    assertThat(close.low()).isEqualTo(665);
    assertThat(close.high()).isEqualTo(735);
    assertThat(close).hasToString("close to 700 (665-735)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "3,000 to 3,500",
        "60-90",
        "about 700-850",
        "about 700-850 (680-880)",
        "around 60 to 90",
        "an estimated 3,000 to 5,000",
        "close to 700",
        "3,000 to 3,500 (best 3,400)",
        "about 700-850 (665-893) (best 800)"
      })
  void everyFormReadsBackEqual(String text) {
    Estimate parsed = Estimate.parse(text);

    assertThat(Estimate.parse(parsed.toString())).isEqualTo(parsed);
  }

  @Test
  void aRangeMustRunFromLowToHigh() {
    assertThatThrownBy(() -> Estimate.parse("90-60"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Estimate text (\"90-60\") must give a range from a lower to a higher number");
    assertThatThrownBy(() -> Estimate.parse("about 90 to 90"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("from a lower to a higher number");
  }
}
