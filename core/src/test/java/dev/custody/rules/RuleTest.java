package dev.custody.rules;

import static dev.custody.rules.RuleFixture.HASAKAH;
import static dev.custody.rules.RuleFixture.I24;
import static dev.custody.rules.RuleFixture.IRAQ;
import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.USA;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.ceasefire;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.concluded;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.planBuilder;
import static dev.custody.rules.RuleFixture.release;
import static dev.custody.rules.RuleFixture.said;
import static dev.custody.rules.RuleFixture.the;
import static dev.custody.rules.RuleFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.AgreementId;
import dev.custody.model.Estimate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as a whole: {@link Rule#ofCode(String)}, the severities, {@link Rule#checkAll}; and
 * how a {@link Ledger} applies the rules when it appends.
 */
class RuleTest {

  @Test
  void of_code_finds_every_rule_by_its_code() {
    for (Rule rule : Rule.values()) {
      assertThat(Rule.ofCode(rule.code())).isSameAs(rule);
    }
    assertThat(Rule.ofCode("CUS-001")).isEqualTo(Rule.ACCOUNT_OVERDRAWN);
    assertThat(Rule.ofCode("CUS-014")).isEqualTo(Rule.AGREEMENT_ALREADY_CONCLUDED);
  }

  @Test
  void of_code_refuses_a_code_no_rule_has() {
    assertThatThrownBy(() -> Rule.ofCode("CUS-999"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Rule.code (\"CUS-999\") names no rule");
    assertThatThrownBy(() -> Rule.ofCode("cus-001")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_seven_rules_that_only_warn_say_so() {
    assertThat(Rule.values())
        .filteredOn(r -> r.severity() == Severity.WARNING)
        .containsExactly(
            Rule.OBLIGATION_MET_LATE,
            Rule.CENSUS_DISAGREES,
            Rule.RECAPTURE_EXCEEDS_RECORDED_ESCAPES,
            Rule.REPATRIATION_OUTSIDE_NATIONALITY,
            Rule.CONTROL_REPORTS_CONFLICT,
            Rule.REPORTED_BEFORE_EVENT,
            Rule.RUNNING_TOTAL_BELOW_MOVEMENTS);
  }

  @Test
  void check_all_on_a_clean_event_gives_the_clean_verdict() {
    Event event = census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100));

    assertThat(Rule.checkAll(event, new StubContext())).isSameAs(Verdict.clean());
  }

  // ------------------------------------------------------------------------------------------
  // how the ledger applies the rules

  @Nested
  class Appending {

    @Test
    void a_rejected_event_leaves_the_ledger_equal_to_the_one_before() {
      Ledger before =
          ledger(
              census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100)),
              ControlChanged.first(id("hasakah-first"), day(11), HASAKAH, SDF));
      ImmutableList<Event> events = before.events();

      AppendResult result =
          before.append(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertThat(result.ledger()).isSameAs(before).isEqualTo(before);
      assertThat(before.events()).isEqualTo(events);
      assertThat(before.event(id("first-batch"))).isEmpty();
      assertThat(before.situationAt(day(25).end()).balance(SDF_HASAKAH))
          .isEqualTo(Estimate.exactly(100));
    }

    @Test
    void a_rejected_agreement_is_not_known_to_later_events() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
      Agreement arrangement =
          Agreement.builder()
              .id(AgreementId.of("transfer-arrangement"))
              .kind(AgreementKind.TRANSFER_ARRANGEMENT)
              .title("transfer of detainees to Iraq")
              .addParties(USA, IRAQ, I24) // i24news is not in the world
              .concluded(day(21))
              .build();

      AppendResult rejected = before.append(concluded("arrangement", arrangement));
      AppendResult plan =
          rejected
              .ledger()
              .append(
                  planBuilder()
                      .unnamedFacilities(2)
                      .receiver(IRAQ)
                      .agreement(arrangement.id())
                      .build());

      assertRejected(rejected, before);
      assertBreaks(
          plan,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "plan-iraq",
          "agreement",
          "transfer-arrangement");
    }

    @Test
    void a_late_event_that_makes_a_later_event_break_a_rule_is_rejected() {
      // 1,000 counted, 900 released on the 20th; an escape of 200 reported late for the 15th
      // leaves 800 for the release
      Ledger before =
          ledger(
              census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
              release("release-1", 20, SDF_SHADDADI, Estimate.exactly(900)));
      DetaineesEscaped late =
          DetaineesEscaped.of(id("breakout"), day(15), SDF_SHADDADI, said(Estimate.exactly(200)));

      AppendResult result = before.append(late);

      Violation violation =
          assertBreaks(
              result,
              Rule.ACCOUNT_OVERDRAWN,
              Severity.ERROR,
              "release-1",
              "size",
              "moving exactly 900",
              "which holds exactly 800");
      assertThat(result.verdict().violations()).containsExactly(violation);
      assertRejected(result, before);
      assertThat(before.event(id("breakout"))).isEmpty();
    }

    @Test
    void a_late_event_that_breaks_nothing_is_inserted_in_its_place() {
      Ledger before =
          ledger(
              census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
              release("release-1", 20, SDF_SHADDADI, Estimate.exactly(700)));
      DetaineesEscaped late =
          DetaineesEscaped.of(id("breakout"), day(15), SDF_SHADDADI, said(Estimate.exactly(200)));

      AppendResult result = before.append(late);

      assertThat(result.verdict().violations()).isEmpty();
      assertThat(result.ledger().events())
          .extracting(Event::id)
          .containsExactly(id("count-shaddadi"), id("breakout"), id("release-1"));
      assertThat(result.ledger().situationAt(day(25).end()).balance(SDF_SHADDADI))
          .isEqualTo(Estimate.exactly(100));
    }

    @Test
    void a_late_event_reports_the_warnings_of_the_events_it_precedes() {
      Ledger before =
          ledger(
              census("count-shaddadi", 10, SDF_SHADDADI, Estimate.between(900, 1_100)),
              release("release-1", 20, SDF_SHADDADI, Estimate.exactly(800)));
      // 1,000 (900-1,100) less 250 is 750 (650-850): the release of 800, once below the best
      // balance, now exceeds it, though the range still allows it
      AppendResult result =
          before.append(
              DetaineesEscaped.of(
                  id("breakout"), day(15), SDF_SHADDADI, said(Estimate.exactly(250))));

      assertBreaks(
          result,
          Rule.ACCOUNT_OVERDRAWN,
          Severity.WARNING,
          "release-1",
          "size",
          "(800) exceeds the best value (750)");
      assertThat(result.isAccepted()).isTrue();
      assertThat(result.ledger().size()).isEqualTo(3);
    }

    @Test
    void every_violation_is_collected_in_the_order_of_the_rule_codes() {
      Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(100)));

      AppendResult result =
          before.append(
              DetaineesReleased.of(
                  id("release-1"), day(20), SDF_SHADDADI, said(I24, Estimate.exactly(150))));

      assertThat(result.verdict().violations())
          .extracting(Violation::code)
          .containsExactly("CUS-001", "CUS-005");
      assertThat(result.verdict().errors()).hasSize(2);
    }

    @Test
    void append_all_stops_at_the_first_rejected_event() {
      Ledger start = ledger(census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100)));
      DetaineesTransferred first =
          transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(60));
      DetaineesTransferred second =
          transfer("second-batch", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(60));
      DetaineesTransferred third =
          transfer("third-batch", 23, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(10));

      AppendResult result = start.appendAll(List.of(first, second, third));

      assertThat(result.isAccepted()).isFalse();
      assertThat(result.ledger().events())
          .extracting(Event::id)
          .containsExactly(id("count-hasakah"), id("first-batch"));
      assertThat(the(Rule.ACCOUNT_OVERDRAWN, result).event()).isEqualTo(id("second-batch"));
    }
  }
}
