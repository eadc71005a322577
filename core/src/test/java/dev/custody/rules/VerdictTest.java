package dev.custody.rules;

import static dev.custody.rules.RuleFixture.DISAGREES;
import static dev.custody.rules.RuleFixture.LATE;
import static dev.custody.rules.RuleFixture.OVERDRAWN;
import static dev.custody.rules.RuleFixture.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Verdict}: what it accepts, how it counts and prints its violations, and how two combine.
 */
class VerdictTest {

  @Test
  void a_clean_verdict_accepts_and_says_so() {
    assertThat(Verdict.clean().isAccepted()).isTrue();
    assertThat(Verdict.clean().violations()).isEmpty();
    assertThat(Verdict.clean().errors()).isEmpty();
    assertThat(Verdict.clean().warnings()).isEmpty();
    assertThat(Verdict.clean()).hasToString("accepted").isEqualTo(Verdict.of(List.of()));
  }

  @Test
  void warnings_alone_accept() {
    Verdict verdict = Verdict.of(List.of(LATE, DISAGREES));

    assertThat(verdict.isAccepted()).isTrue();
    assertThat(verdict.errors()).isEmpty();
    assertThat(verdict.warnings()).containsExactly(LATE, DISAGREES);
    assertThat(verdict)
        .hasToString(
            "accepted with 2 warnings\n  CUS-008 warning in decided (when): late\n"
                + "  CUS-009 warning in count (count): apart");
  }

  @Test
  void one_error_rejects() {
    Verdict verdict = Verdict.of(List.of(LATE, OVERDRAWN));

    assertThat(verdict.isAccepted()).isFalse();
    assertThat(verdict.errors()).containsExactly(OVERDRAWN);
    assertThat(verdict.warnings()).containsExactly(LATE);
    assertThat(verdict.violations()).containsExactly(LATE, OVERDRAWN);
    assertThat(verdict)
        .hasToString(
            "rejected: 1 error, 1 warning\n  CUS-008 warning in decided (when): late\n"
                + "  CUS-001 error in release-1 (size): too many");
  }

  @Test
  void counts_are_worded_in_the_singular_and_plural() {
    assertThat(Verdict.of(List.of(OVERDRAWN))).hasToString("rejected: 1 error\n  " + OVERDRAWN);
    assertThat(Verdict.of(List.of(LATE))).hasToString("accepted with 1 warning\n  " + LATE);
    assertThat(Verdict.of(List.of(OVERDRAWN, UNKNOWN, LATE, DISAGREES)).toString())
        .startsWith("rejected: 2 errors, 2 warnings\n");
  }

  @Test
  void breaks_names_exactly_the_rules_of_its_violations() {
    Verdict verdict = Verdict.of(List.of(OVERDRAWN, LATE));

    assertThat(verdict.breaks(Rule.ACCOUNT_OVERDRAWN)).isTrue();
    assertThat(verdict.breaks(Rule.OBLIGATION_MET_LATE)).isTrue();
    assertThat(verdict.breaks(Rule.UNKNOWN_REFERENCE)).isFalse();
    assertThat(Verdict.clean().breaks(Rule.ACCOUNT_OVERDRAWN)).isFalse();
  }

  @Test
  void plus_keeps_this_verdicts_violations_then_the_others() {
    Verdict first = Verdict.of(List.of(LATE));
    Verdict second = Verdict.of(List.of(OVERDRAWN, DISAGREES));

    assertThat(first.plus(second).violations()).containsExactly(LATE, OVERDRAWN, DISAGREES);
    assertThat(second.plus(first).violations()).containsExactly(OVERDRAWN, DISAGREES, LATE);
    assertThat(first.plus(Verdict.clean())).isSameAs(first);
    assertThat(Verdict.clean().plus(second)).isEqualTo(second);
    assertThat(first.plus(second).isAccepted()).isFalse();
  }
}
