package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AL_HOL;
import static dev.custody.rules.RuleFixture.FIGHTERS;
import static dev.custody.rules.RuleFixture.HASAKAH;
import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SDF_AL_HOL;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SHADDADI;
import static dev.custody.rules.RuleFixture.SY;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.said;
import static dev.custody.rules.RuleFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesTransferred;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-002}, {@link Rule#TRANSFER_WITHOUT_CONTROL}, broken and kept through the public
 * API: a {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}.
 * Its check is {@link TransferWithoutControlCheck}.
 */
class TransferWithoutControlCheckTest {

  @Test
  void a_custodian_moving_people_out_of_a_facility_another_controls_is_an_error() {
    Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SYRIA));

    AppendResult result =
        before.append(transfer("hol-out", 22, SDF_AL_HOL, IRAQ_SITE, Estimate.exactly(50)));

    assertBreaks(
        result,
        Rule.TRANSFER_WITHOUT_CONTROL,
        Severity.ERROR,
        "hol-out",
        "from",
        "custodian (sdf) moves people out of al-hol, which syria-gov controls since "
            + day(5)
            + ", and holds nobody there on record");
    assertRejected(result, before);
  }

  @Test
  void a_custodian_holding_people_in_a_facility_another_controls_may_move_them() {
    // one force's detainees held inside another's prison: a fact to record, not an error
    Ledger before =
        ledger(
            ControlChanged.first(id("hol-first"), day(5), AL_HOL, SYRIA),
            census("sdf-in-hol", 6, SDF_AL_HOL, Estimate.exactly(80)));

    DetaineesTransferred out = transfer("hol-out", 22, SDF_AL_HOL, IRAQ_SITE, Estimate.exactly(50));
    AppendResult result = before.append(out);

    assertAccepted(result, before, out);
    assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
  }

  @Test
  void a_transfer_on_the_day_control_changed_is_only_a_warning() {
    // the change and the transfer share a day: the ledger cannot tell which came first
    Ledger before =
        ledger(
            ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF),
            ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA));

    AppendResult result =
        before.append(transfer("hol-out", 21, SDF_AL_HOL, IRAQ_SITE, Estimate.exactly(50)));

    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    assertThat(result.verdict().warnings())
        .extracting(Violation::rule)
        .contains(Rule.TRANSFER_WITHOUT_CONTROL);
  }

  @Test
  void the_controller_is_the_one_at_the_time_of_the_transfer() {
    Ledger before =
        ledger(
            ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF),
            ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA));
    DetaineesTransferred earlier =
        transfer("hol-out", 12, SDF_AL_HOL, IRAQ_SITE, Estimate.exactly(50));

    AppendResult early = before.append(earlier);
    AppendResult late =
        before.append(transfer("hol-out", 22, SDF_AL_HOL, IRAQ_SITE, Estimate.exactly(50)));

    assertThat(early.verdict().violations()).isEmpty();
    assertAccepted(early, before, earlier);
    assertThat(early.ledger().events().indexOf(earlier)).isEqualTo(1);
    assertBreaks(
        late, Rule.TRANSFER_WITHOUT_CONTROL, Severity.ERROR, "hol-out", "from", "syria-gov");
  }

  @Test
  void the_controller_as_custodian_keeps_it() {
    Ledger before = ledger(ControlChanged.first(id("hasakah-first"), day(5), HASAKAH, SDF));

    AppendResult result =
        before.append(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void no_recorded_control_contradicts_nothing() {
    AppendResult result =
        ledger().append(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void an_account_without_a_facility_is_not_checked() {
    Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SYRIA));

    AppendResult result =
        before.append(
            transfer(
                "moved", 22, Account.heldIn(SDF, SY, FIGHTERS), IRAQ_SITE, Estimate.exactly(50)));

    assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
  }

  @Test
  void escapes_are_not_transfers() {
    Ledger before = ledger(ControlChanged.first(id("shaddadi-first"), day(5), SHADDADI, SYRIA));

    AppendResult result =
        before.append(
            DetaineesEscaped.of(id("breakout"), day(15), SDF_SHADDADI, said(Estimate.about(150))));

    assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
    assertThat(result.isAccepted()).isTrue();
  }
}
