package dev.custody.rules;

import static dev.custody.rules.RuleFixture.FIGHTERS;
import static dev.custody.rules.RuleFixture.IRAQ;
import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.NOWHERE;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.release;
import static dev.custody.rules.RuleFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-010}, {@link Rule#DUPLICATE_EVENT_ID}, broken and kept through the public API: a
 * {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}. Its
 * check is {@link DuplicateEventIdCheck}.
 */
class DuplicateEventIdCheckTest {

  @Test
  void the_ledger_reports_an_id_it_already_holds_before_any_other_check() {
    Ledger before =
        ledger(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));
    // otherwise sound, but also naming an unknown facility: only the duplicate is reported
    AppendResult result =
        before.append(
            transfer(
                "first-batch",
                22,
                SDF_HASAKAH,
                Account.heldAt(IRAQ, NOWHERE, FIGHTERS),
                Estimate.exactly(150)));

    Violation duplicate =
        assertBreaks(
            result,
            Rule.DUPLICATE_EVENT_ID,
            Severity.ERROR,
            "first-batch",
            "id",
            "id (first-batch) is already used by detainees-transferred first-batch 2026-01-21");
    assertThat(result.verdict().violations()).containsExactly(duplicate);
    assertRejected(result, before);
  }

  @Test
  void an_id_of_its_own_keeps_it() {
    Ledger before =
        ledger(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    AppendResult result =
        before.append(transfer("second-batch", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    assertKeeps(result, Rule.DUPLICATE_EVENT_ID);
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void the_id_of_a_rejected_event_is_free() {
    Ledger before = ledger(census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100)));
    DetaineesTransferred sound =
        transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(100));

    AppendResult rejected =
        before.append(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));
    AppendResult accepted = rejected.ledger().append(sound);

    assertThat(rejected.isAccepted()).isFalse();
    assertThat(accepted.verdict().violations()).isEmpty();
    assertAccepted(accepted, before, sound);
  }

  @Test
  void the_rule_itself_reports_another_event_of_the_same_id() {
    Event earlier = census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100));
    Event event = release("count-hasakah", 20, SDF_HASAKAH, Estimate.exactly(10));

    ImmutableList<Violation> found = Rule.DUPLICATE_EVENT_ID.check(event, new StubContext(earlier));
    ImmutableList<Violation> none =
        Rule.DUPLICATE_EVENT_ID.check(
            release("release-1", 20, SDF_HASAKAH, Estimate.exactly(10)), new StubContext(earlier));

    assertThat(found).hasSize(1);
    assertThat(found.get(0).rule()).isEqualTo(Rule.DUPLICATE_EVENT_ID);
    assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
    assertThat(found.get(0).event()).isEqualTo(id("count-hasakah"));
    assertThat(found.get(0).field()).isEqualTo("id");
    assertThat(found.get(0).message())
        .startsWith("id (count-hasakah) is already used by census-taken count-hasakah");
    assertThat(none).isEmpty();
  }
}
