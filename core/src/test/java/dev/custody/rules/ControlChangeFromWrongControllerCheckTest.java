package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AL_HOL;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SHADDADI;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.USA;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.ControlChanged;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-003}, {@link Rule#CONTROL_CHANGE_FROM_WRONG_CONTROLLER}, broken and kept through
 * the public API: a {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its
 * {@code append}. Its check is {@link ControlChangeFromWrongControllerCheck}.
 */
class ControlChangeFromWrongControllerCheckTest {

  @Test
  void a_change_on_the_same_day_as_the_recorded_one_is_only_a_warning() {
    Ledger before =
        ledger(
            ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF),
            ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA));

    AppendResult result =
        before.append(ControlChanged.of(id("hol-again"), day(21), AL_HOL, SDF, USA));

    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    assertThat(result.verdict().warnings())
        .extracting(Violation::rule)
        .containsExactly(Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER);
  }

  @Test
  void a_change_from_someone_other_than_the_controller_is_an_error() {
    Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF));

    AppendResult result =
        before.append(ControlChanged.of(id("hol-taken"), day(21), AL_HOL, USA, SYRIA));

    assertBreaks(
        result,
        Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER,
        Severity.ERROR,
        "hol-taken",
        "from",
        "from (usa) is not the current controller of al-hol (sdf)");
    assertRejected(result, before);
  }

  @Test
  void a_second_first_control_is_an_error() {
    Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF));

    AppendResult result =
        before.append(ControlChanged.first(id("hol-again"), day(21), AL_HOL, SYRIA));

    assertBreaks(
        result,
        Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER,
        Severity.ERROR,
        "hol-again",
        "from",
        "from (none) records a first control of al-hol, which sdf already controls");
    assertRejected(result, before);
  }

  @Test
  void a_change_from_the_controller_keeps_it() {
    Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF));
    ControlChanged taken = ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA);

    AppendResult result = before.append(taken);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, taken);
  }

  @Test
  void a_change_with_no_earlier_record_keeps_it() {
    AppendResult result =
        ledger().append(ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA));

    assertKeeps(result, Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER);
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void control_of_another_facility_is_not_compared() {
    Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF));

    AppendResult result =
        before.append(ControlChanged.first(id("shaddadi-first"), day(6), SHADDADI, SYRIA));

    assertKeeps(result, Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER);
  }
}
