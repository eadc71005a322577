package dev.custody.rules;

import static dev.custody.rules.RuleFixture.LATE;
import static dev.custody.rules.RuleFixture.OVERDRAWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.EventId;
import org.junit.jupiter.api.Test;

/** {@link Violation}: its code, severity, printed form, checks and equality. */
class ViolationTest {

  @Test
  void a_violation_prints_its_code_severity_event_field_and_message() {
    assertThat(OVERDRAWN).hasToString("CUS-001 error in release-1 (size): too many");
    assertThat(LATE).hasToString("CUS-008 warning in decided (when): late");
  }

  @Test
  void a_violation_knows_its_code_and_whether_it_is_an_error() {
    assertThat(OVERDRAWN.code()).isEqualTo("CUS-001");
    assertThat(OVERDRAWN.isError()).isTrue();
    assertThat(LATE.code()).isEqualTo("CUS-008");
    assertThat(LATE.isError()).isFalse();
  }

  @Test
  void a_rule_that_is_an_error_at_most_may_report_a_warning() {
    Violation warning =
        Violation.of(
            Rule.ACCOUNT_OVERDRAWN, Severity.WARNING, EventId.of("release-1"), "size", "best");

    assertThat(warning.isError()).isFalse();
    assertThat(warning).hasToString("CUS-001 warning in release-1 (size): best");
  }

  @Test
  void a_blank_field_or_message_is_refused() {
    assertThatThrownBy(
            () ->
                Violation.of(
                    Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, EventId.of("e"), " ", "message"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Violation.field");
    assertThatThrownBy(
            () -> Violation.of(Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, EventId.of("e"), "size", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Violation.message");
  }

  @Test
  void violations_are_equal_by_value() {
    assertThat(
            Violation.of(
                Rule.ACCOUNT_OVERDRAWN,
                Severity.ERROR,
                EventId.of("release-1"),
                "size",
                "too many"))
        .isEqualTo(OVERDRAWN)
        .hasSameHashCodeAs(OVERDRAWN)
        .isNotEqualTo(
            Violation.of(
                Rule.ACCOUNT_OVERDRAWN,
                Severity.WARNING,
                EventId.of("release-1"),
                "size",
                "too many"));
  }
}
