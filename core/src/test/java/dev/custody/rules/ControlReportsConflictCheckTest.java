package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AL_HOL;
import static dev.custody.rules.RuleFixture.FIGHTERS;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SDF_AL_HOL;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.ControlPeriod;
import dev.custody.aggregate.ControlTimeline;
import dev.custody.event.Account;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.ControlState;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import dev.custody.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-017}, {@link Rule#CONTROL_REPORTS_CONFLICT}, broken and kept, and what reports of
 * contested and abandoned control do to the controller on record and to the timeline.
 */
class ControlReportsConflictCheckTest {

  private static ControlReported contested(String id, int day) {
    return ControlReported.builder()
        .id(id(id))
        .when(day(day))
        .facility(AL_HOL)
        .state(ControlState.CONTESTED)
        .addActors(SDF, SYRIA)
        .source(Source.of(SDF))
        .reported(day(day))
        .build();
  }

  @Test
  void a_report_that_contradicts_another_source_on_the_same_day_is_flagged() {
    Ledger before =
        ledger(
            ControlReported.held(
                id("gov-says"), day(20), AL_HOL, SYRIA, Source.of(SYRIA), day(20)));
    ControlReported sdfSays = contested("sdf-says", 20);

    AppendResult result = before.append(sdfSays);

    assertBreaks(
        result,
        Rule.CONTROL_REPORTS_CONFLICT,
        Severity.WARNING,
        "sdf-says",
        "state",
        "sdf reported al-hol contested between sdf, syria-gov at "
            + day(20)
            + ", while gov-says (according to syria-gov) said it was held by syria-gov at "
            + day(20));
    assertAccepted(result, before, sdfSays);
  }

  @Test
  void a_report_that_agrees_or_follows_in_time_keeps_it() {
    Ledger before = ledger(ControlChanged.first(id("first"), day(1), AL_HOL, SDF));

    assertKeeps(
        before.append(
            ControlReported.held(id("same"), day(1), AL_HOL, SDF, Source.of(SYRIA), day(2))),
        Rule.CONTROL_REPORTS_CONFLICT);
    assertKeeps(before.append(contested("later", 20)), Rule.CONTROL_REPORTS_CONFLICT);
  }

  @Test
  void contested_and_abandoned_control_leave_no_controller_and_show_in_the_timeline() {
    Ledger ledger =
        ledger(
            ControlChanged.first(id("first"), day(1), AL_HOL, SDF),
            contested("fighting", 19),
            ControlReported.builder()
                .id(id("guards-fled"))
                .when(day(20))
                .facility(AL_HOL)
                .state(ControlState.ABANDONED)
                .addActors(SDF)
                .source(Source.of(SYRIA))
                .reported(day(20))
                .build(),
            ControlChanged.first(id("taken"), day(21), AL_HOL, SYRIA));

    assertThat(ledger.controllerAt(AL_HOL, day(19).end())).isEmpty();
    assertThat(ledger.controllerAt(AL_HOL, day(21).end())).contains(SYRIA);
    ControlTimeline timeline = ControlTimeline.of(ledger, AL_HOL);
    assertThat(timeline.periods())
        .extracting(ControlPeriod::state)
        .containsExactly(
            ControlState.HELD, ControlState.CONTESTED, ControlState.ABANDONED, ControlState.HELD);
    assertThat(timeline.periods().get(1).toString())
        .startsWith("contested between sdf, syria-gov from ");
    assertThat(timeline.periods().get(2).controller()).isEmpty();
    assertThat(timeline.controllerAt(day(20).end())).isEmpty();
  }

  @Test
  void people_can_be_moved_out_of_a_contested_prison_by_whoever_holds_them() {
    Ledger before =
        ledger(ControlChanged.first(id("first"), day(1), AL_HOL, SYRIA), contested("fighting", 5));

    AppendResult result =
        before.append(
            RuleFixture.transfer(
                "out",
                6,
                SDF_AL_HOL,
                Account.heldAt(SYRIA, RuleFixture.HASAKAH, FIGHTERS),
                Estimate.exactly(1)));

    assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
    assertThat(census("c", 1, SDF_AL_HOL, Estimate.exactly(1)).id()).isEqualTo(id("c"));
  }

  @Test
  void a_report_must_name_the_actors_its_state_needs() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                ControlReported.builder()
                    .id(id("bad"))
                    .when(day(1))
                    .facility(AL_HOL)
                    .state(ControlState.CONTESTED)
                    .addActors(SDF)
                    .source(Source.of(SDF))
                    .reported(day(1))
                    .build())
        .withMessage(
            "ControlReported.actors ([sdf]) do not fit the state CONTESTED: held names one actor,"
                + " contested at least two, abandoned at most the one that left, unknown none;"
                + " for bad");
  }
}
