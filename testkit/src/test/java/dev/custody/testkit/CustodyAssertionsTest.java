package dev.custody.testkit;

import static dev.custody.testkit.CustodyAssertions.assertThat;
import static dev.custody.testkit.Fixture.AT_LARGE_NORTH;
import static dev.custody.testkit.Fixture.CEASEFIRE;
import static dev.custody.testkit.Fixture.DAY_5;
import static dev.custody.testkit.Fixture.EAST_CAMP;
import static dev.custody.testkit.Fixture.KEEPER;
import static dev.custody.testkit.Fixture.KEEPER_NORTH;
import static dev.custody.testkit.Fixture.LISTS;
import static dev.custody.testkit.Fixture.MISSING;
import static dev.custody.testkit.Fixture.NORTH_JAIL;
import static dev.custody.testkit.Fixture.NOWHERE;
import static dev.custody.testkit.Fixture.RELEASED;
import static dev.custody.testkit.Fixture.RIVAL;
import static dev.custody.testkit.Fixture.RIVAL_EAST;
import static dev.custody.testkit.Fixture.RIVAL_NORTH;
import static dev.custody.testkit.Fixture.VISITS;
import static dev.custody.testkit.Fixture.at;
import static dev.custody.testkit.Fixture.census;
import static dev.custody.testkit.Fixture.disputed;
import static dev.custody.testkit.Fixture.escape;
import static dev.custody.testkit.Fixture.exactly;
import static dev.custody.testkit.Fixture.id;
import static dev.custody.testkit.Fixture.opened;
import static dev.custody.testkit.Fixture.transfer;
import static dev.custody.testkit.Fixture.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.aggregate.ByReading;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.DeadlineStatus.State;
import dev.custody.agreement.Obligation;
import dev.custody.event.ControlChanged;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.AgreementId;
import dev.custody.model.Estimate;
import dev.custody.model.Reading;
import dev.custody.rules.Rule;
import dev.custody.rules.Severity;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ListAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every assertion of {@link CustodyAssertions}, passing and failing, with the text of its failure.
 * The test imports both this {@code assertThat} and AssertJ's, as users are told they may.
 */
class CustodyAssertionsTest {

  @Nested
  class EntryPoint {

    @Test
    void overloadsPickTheCustodyAssertionByType() {
      assertThat(assertThat(Estimate.exactly(1))).isInstanceOf(EstimateAssert.class);
      assertThat(assertThat(opened())).isInstanceOf(LedgerAssert.class);
      assertThat(assertThat(opened().situationAt(at(3, 0)))).isInstanceOf(SituationAssert.class);
      assertThat(assertThat(Verdict.clean())).isInstanceOf(VerdictAssert.class);
      assertThat(assertThat(ByReading.of(opened(), Ledger::size)))
          .isInstanceOf(ByReadingAssert.class);
      // AssertJ's own, for everything else
      assertThat(assertThat(List.of(1))).isInstanceOf(ListAssert.class);
    }

    @Test
    void everyAssertionFailsOnNull() {
      assertThatThrownBy(() -> assertThat((Estimate) null).hasBest(1))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat((Situation) null).holds(KEEPER_NORTH, 1))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat((Ledger) null).hasSize(0))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat((Verdict) null).isAccepted())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat((DeadlineStatus) null).isMet())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting actual not to be null");
      assertThatThrownBy(() -> assertThat((ByReading<Integer>) null).hasReadings())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expecting actual not to be null");
    }

    @Test
    void nullArgumentsAreNamed() {
      assertThatThrownBy(() -> assertThat(Estimate.exactly(1)).encloses(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("other");
      assertThatThrownBy(() -> assertThat(opened()).accepts(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("event");
    }

    @Test
    void aDescriptionPrefixesTheMessage() {
      assertThatThrownBy(() -> assertThat(Estimate.exactly(1)).as("the count").hasBest(2))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("[the count] Expected the estimate exactly 1");
    }

    @Test
    void aDescriptionCarriesOverToDerivedAssertions() {
      assertThatThrownBy(
              () -> assertThat(opened()).as("opening").situationAt(at(3, 0)).holds(KEEPER_NORTH, 1))
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("[opening] Expected [held by keeper at north-jail");
      assertThatThrownBy(
              () ->
                  assertThat(opened())
                      .as("opening")
                      .rejects(escape("too-many", when(3, 0), 500))
                      .hasNoViolations())
          .isInstanceOf(AssertionError.class)
          .hasMessageStartingWith("[opening] Expected no violation");
    }
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class Estimates {

    final Estimate about150 = Estimate.about(150); // 142-158

    @Test
    void isNumericallyEqualToIgnoresTheWording() {
      assertThat(Estimate.moreThan(1_000)).isNumericallyEqualTo(Estimate.atLeast(1_001));
      assertThat(Estimate.of(0, 200, 200)).isNumericallyEqualTo(Estimate.upTo(200));
    }

    @Test
    void isNumericallyEqualToFailsOnOtherNumbers() {
      assertThatThrownBy(() -> assertThat(about150).isNumericallyEqualTo(Estimate.exactly(150)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate about 150 (142-158) to have the numbers of exactly 150 (low"
                  + " 150, best 150, high 150) but it has low 142, best 150, high 158");
    }

    @Test
    void isEqualToStillComparesTheWording() {
      assertThatThrownBy(
              () -> assertThat(Estimate.moreThan(1_000)).isEqualTo(Estimate.atLeast(1_001)))
          .isInstanceOf(AssertionError.class);
    }

    @Test
    void hasRangePasses() {
      assertThat(about150).hasRange(142, 158);
    }

    @Test
    void hasRangeFailsOnAnotherRange() {
      assertThatThrownBy(() -> assertThat(about150).hasRange(140, 160))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate about 150 (142-158) to range from 140 to 160 but it ranges"
                  + " from 142 to 158");
    }

    @Test
    void hasRangeFailsWhenUnbounded() {
      assertThatThrownBy(() -> assertThat(Estimate.moreThan(1_000)).hasRange(1_001, 2_000))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("but it ranges from 1,001 to unbounded");
    }

    @Test
    void hasBestPasses() {
      assertThat(about150).hasBest(150);
    }

    @Test
    void hasBestFails() {
      assertThatThrownBy(() -> assertThat(about150).hasBest(142))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate about 150 (142-158) to have the best value 142 but it has"
                  + " 150");
    }

    @Test
    void isUnboundedPasses() {
      assertThat(Estimate.moreThan(1_000)).isUnbounded();
      assertThat(Estimate.unknown()).isUnbounded();
    }

    @Test
    void isUnboundedFails() {
      assertThatThrownBy(() -> assertThat(about150).isUnbounded())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate about 150 (142-158) to have no upper bound but its high end"
                  + " is 158");
    }

    @Test
    void isBoundedPasses() {
      assertThat(Estimate.upTo(200)).isBounded();
    }

    @Test
    void isBoundedFails() {
      assertThatThrownBy(() -> assertThat(Estimate.atLeast(5)).isBounded())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate at least 5 to have an upper bound but it ranges from 5 to"
                  + " unbounded");
    }

    @Test
    void containsPasses() {
      assertThat(about150).contains(142).contains(158);
      assertThat(Estimate.moreThan(1_000)).contains(1_000_000);
    }

    @Test
    void containsFails() {
      assertThatThrownBy(() -> assertThat(about150).contains(159))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate about 150 (142-158) to contain 159 but it ranges from 142 to"
                  + " 158");
    }

    @Test
    void enclosesPasses() {
      assertThat(Estimate.upTo(200)).encloses(about150);
      assertThat(about150).encloses(about150);
    }

    @Test
    void enclosesFails() {
      assertThatThrownBy(() -> assertThat(about150).encloses(Estimate.upTo(200)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate about 150 (142-158) (142 to 158) to enclose up to 200 (0 to"
                  + " 200) but it does not");
    }

    @Test
    void isEnclosedByPasses() {
      assertThat(about150).isEnclosedBy(Estimate.upTo(200)).isEnclosedBy(Estimate.unknown());
    }

    @Test
    void isEnclosedByFails() {
      assertThatThrownBy(() -> assertThat(Estimate.atLeast(10)).isEnclosedBy(Estimate.upTo(200)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate at least 10 (10 to unbounded) to be enclosed by up to 200 (0"
                  + " to 200) but it is not");
    }

    @Test
    void overlapsPasses() {
      assertThat(about150).overlaps(Estimate.upTo(200));
      assertThat(Estimate.between(100, 142)).overlaps(about150); // touching ends share 142
    }

    @Test
    void overlapsFailsSayingHowFarApart() {
      assertThatThrownBy(() -> assertThat(Estimate.moreThan(1_000)).overlaps(Estimate.upTo(200)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate over 1,000 (1,001 to unbounded) to overlap up to 200 (0 to 200)"
                  + " but they are 801 apart");
    }

    @Test
    void doesNotOverlapPasses() {
      assertThat(Estimate.moreThan(1_000)).doesNotOverlap(Estimate.upTo(200));
    }

    @Test
    void doesNotOverlapFailsNamingTheSharedCounts() {
      assertThatThrownBy(() -> assertThat(about150).doesNotOverlap(Estimate.between(100, 145)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate about 150 (142-158) (142 to 158) not to overlap between 100"
                  + " and 145 (100 to 145) but they share the counts 142 to 145");
    }

    @Test
    void isExactlyPasses() {
      assertThat(Estimate.exactly(81)).isExactly(81);
      assertThat(Estimate.between(81, 81)).isExactly(81);
    }

    @Test
    void isExactlyFailsOnARange() {
      assertThatThrownBy(() -> assertThat(about150).isExactly(150))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate about 150 (142-158) to be exactly 150 but it has low 142, best"
                  + " 150, high 158");
    }

    @Test
    void isExactlyFailsOnAnotherCount() {
      assertThatThrownBy(() -> assertThat(Estimate.exactly(80)).isExactly(81))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the estimate exactly 80 to be exactly 81");
    }

    @Test
    void isUnknownPasses() {
      assertThat(Estimate.unknown()).isUnknown();
      assertThat(Estimate.atLeast(0)).isUnknown();
    }

    @Test
    void isUnknownFails() {
      assertThatThrownBy(() -> assertThat(Estimate.atLeast(1)).isUnknown())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate at least 1 to be unknown (0 to unbounded) but it ranges from 1"
                  + " to unbounded");
    }

    @Test
    void hasTextPasses() {
      assertThat(Estimate.about(9_000)).hasText("about 9,000 (8,550-9,450)");
      assertThat(Estimate.unknown()).hasText("unknown");
    }

    @Test
    void hasTextFails() {
      assertThatThrownBy(() -> assertThat(Estimate.atLeast(1_001)).hasText("over 1,000"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the estimate to read \"over 1,000\" but it reads \"at least 1,001\" (low"
                  + " 1,001, best 1,001, high unbounded)");
    }
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class Situations {

    /** Day 3: 90 held at the north jail, 10 at large, the lists not yet due. */
    final Situation day3 = opened().situationAt(at(3, 0));

    /** Day 7: the lists are overdue. */
    final Situation day7 = opened().situationAt(at(7, 0));

    @Test
    void hasBalancePassesOnTheNumbers() {
      assertThat(day3)
          .hasBalance(KEEPER_NORTH, Estimate.exactly(90))
          .hasBalance(AT_LARGE_NORTH, Estimate.between(10, 10));
    }

    @Test
    void hasBalanceFailsNamingAccountInstantAndReading() {
      assertThatThrownBy(() -> assertThat(day3).hasBalance(KEEPER_NORTH, Estimate.exactly(100)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the balance of [held by keeper at north-jail: fighters affiliated with"
                  + " band] at 2030-03-03T00:00:00Z (envelope) to be exactly 100 but was exactly"
                  + " 90");
    }

    @Test
    void hasBalanceOfAnUntouchedAccountIsUnknown() {
      assertThat(day3).hasBalance(RELEASED, Estimate.unknown());
      assertThatThrownBy(() -> assertThat(day3).hasBalance(RELEASED, Estimate.exactly(0)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "to be exactly 0 but was unknown (no census counted the account and no event"
                  + " touched it)");
    }

    @Test
    void holdsPasses() {
      assertThat(day3).holds(KEEPER_NORTH, 90).holds(AT_LARGE_NORTH, 10);
    }

    @Test
    void holdsFails() {
      assertThatThrownBy(() -> assertThat(day3).holds(AT_LARGE_NORTH, 0))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected [at large from north-jail: fighters affiliated with band] to hold exactly 0"
                  + " at 2030-03-03T00:00:00Z (envelope) but its balance was exactly 10");
    }

    @Test
    void hasBalanceEnclosingPasses() {
      assertThat(day3).hasBalanceEnclosing(KEEPER_NORTH, Estimate.exactly(90));
      assertThat(day3).hasBalanceEnclosing(RELEASED, Estimate.atLeast(3));
    }

    @Test
    void hasBalanceEnclosingFails() {
      assertThatThrownBy(
              () -> assertThat(day3).hasBalanceEnclosing(KEEPER_NORTH, Estimate.between(85, 95)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the balance of [held by keeper at north-jail: fighters affiliated with"
                  + " band] at 2030-03-03T00:00:00Z (envelope) to enclose between 85 and 95 (85 to"
                  + " 95) but was exactly 90 (90 to 90)");
    }

    @Test
    void hasBalanceWithinPasses() {
      assertThat(day3).hasBalanceWithin(KEEPER_NORTH, Estimate.between(85, 95));
    }

    @Test
    void hasBalanceWithinFails() {
      assertThatThrownBy(() -> assertThat(day3).hasBalanceWithin(RELEASED, Estimate.upTo(1_000)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the balance of [released: fighters affiliated with band] at"
                  + " 2030-03-03T00:00:00Z (envelope) to lie within up to 1,000 (0 to 1,000) but"
                  + " was unknown (0 to unbounded) (no census counted the account and no event"
                  + " touched it)");
    }

    @Test
    void hasBalanceContainingPasses() {
      assertThat(day3).hasBalanceContaining(KEEPER_NORTH, 90);
    }

    @Test
    void hasBalanceContainingFails() {
      assertThatThrownBy(() -> assertThat(day3).hasBalanceContaining(KEEPER_NORTH, 100))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the balance of [held by keeper at north-jail: fighters affiliated with"
                  + " band] at 2030-03-03T00:00:00Z (envelope) to contain 100 but was exactly 90"
                  + " (90 to 90)");
    }

    @Test
    void hasNoBalanceForPasses() {
      assertThat(day3).hasNoBalanceFor(RELEASED).hasNoBalanceFor(RIVAL_EAST);
    }

    @Test
    void hasNoBalanceForFails() {
      assertThatThrownBy(() -> assertThat(day3).hasNoBalanceFor(AT_LARGE_NORTH))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected no balance for [at large from north-jail: fighters affiliated with band] at"
                  + " 2030-03-03T00:00:00Z (envelope) but it was exactly 10");
    }

    @Test
    void hasControllerPasses() {
      assertThat(day3).hasController(NORTH_JAIL, KEEPER);
    }

    @Test
    void hasControllerFailsOnAnotherController() {
      assertThatThrownBy(() -> assertThat(day3).hasController(NORTH_JAIL, RIVAL))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected north-jail to be controlled by rival at 2030-03-03T00:00:00Z but it was"
                  + " controlled by keeper");
    }

    @Test
    void hasControllerFailsWhenNoControlWasRecorded() {
      assertThatThrownBy(() -> assertThat(day3).hasController(EAST_CAMP, RIVAL))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected east-camp to be controlled by rival at 2030-03-03T00:00:00Z but no control"
                  + " of it was recorded");
    }

    @Test
    void hasNoControllerPasses() {
      assertThat(day3).hasNoController(EAST_CAMP);
    }

    @Test
    void hasNoControllerFails() {
      assertThatThrownBy(() -> assertThat(day3).hasNoController(NORTH_JAIL))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected no recorded control of north-jail at 2030-03-03T00:00:00Z but it was"
                  + " controlled by keeper");
    }

    @Test
    void hasObligationInPasses() {
      assertThat(day3)
          .hasObligationIn(CEASEFIRE, LISTS, State.PENDING)
          .hasObligationIn(CEASEFIRE, VISITS, State.PENDING);
      assertThat(day7).hasObligationIn(CEASEFIRE, LISTS, State.LAPSED);
    }

    @Test
    void hasObligationInFailsOnAnotherState() {
      assertThatThrownBy(() -> assertThat(day7).hasObligationIn(CEASEFIRE, LISTS, State.PENDING))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected obligation hand-over-lists of ceasefire to be pending at"
                  + " 2030-03-07T00:00:00Z but it was lapsed 1 day ago (end of 2030-03-05 (Z))");
    }

    @Test
    void hasObligationInFailsOnAnUnknownObligation() {
      assertThatThrownBy(() -> assertThat(day3).hasObligationIn(CEASEFIRE, MISSING, State.MET))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected agreement ceasefire to have an obligation missing but its obligations are"
                  + " [hand-over-lists, open-to-visits]");
    }

    @Test
    void hasObligationInFailsOnAnAgreementNotConcluded() {
      AgreementId truce = AgreementId.of("truce");
      assertThatThrownBy(() -> assertThat(day3).hasObligationIn(truce, LISTS, State.MET))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected agreement truce to have been concluded by 2030-03-03T00:00:00Z but the"
                  + " situation holds only the agreements [ceasefire]");
    }

    @Test
    void obligationGivesTheStatusAssertion() {
      assertThat(day7).obligation(CEASEFIRE, LISTS).isLapsed().isOverdueBy(Duration.ofDays(1));
      assertThatThrownBy(() -> assertThat(day7).obligation(CEASEFIRE, LISTS).isMet())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the obligation to be met at 2030-03-07T00:00:00Z");
    }
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class Ledgers {

    final Ledger ledger = opened();

    /** Control of a facility the world does not know: CUS-005, an error. */
    final ControlChanged rivalTakesNowhere =
        ControlChanged.first(id("take-nowhere"), when(3, 0), NOWHERE, RIVAL);

    @Test
    void hasSizePasses() {
      assertThat(ledger).hasSize(5);
      assertThat(Ledger.of(Fixture.WORLD)).hasSize(0);
    }

    @Test
    void hasSizeFailsListingTheEvents() {
      assertThatThrownBy(() -> assertThat(ledger).hasSize(4))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the ledger to hold 4 events but it holds 5: [control-north,"
                  + " ceasefire-concluded, count-north, count-at-large, breakout]");
    }

    @Test
    void containsEventPasses() {
      assertThat(ledger).containsEvent(id("breakout"));
    }

    @Test
    void containsEventFails() {
      assertThatThrownBy(() -> assertThat(ledger).containsEvent(id("release")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the ledger to contain event release but its events are [control-north,");
    }

    @Test
    void doesNotContainEventPasses() {
      assertThat(ledger).doesNotContainEvent(id("release"));
    }

    @Test
    void doesNotContainEventFails() {
      assertThatThrownBy(() -> assertThat(ledger).doesNotContainEvent(id("breakout")))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the ledger not to contain event breakout but it holds detainees-escaped"
                  + " breakout 2030-03-02T00:00:00Z: exactly 10 from [held by keeper at"
                  + " north-jail");
    }

    @Test
    void acceptsPassesAndLeavesTheLedgerAlone() {
      assertThat(ledger).accepts(escape("second-breakout", when(3, 0), 5)).hasSize(5);
    }

    @Test
    void acceptsPassesWithWarnings() {
      // a recount that the balance (exactly 90) does not allow: CUS-009, a warning
      assertThat(ledger).accepts(census("recount", when(3, 0), KEEPER_NORTH, exactly(200)));
    }

    @Test
    void acceptsFailsListingTheViolations() {
      assertThatThrownBy(() -> assertThat(ledger).accepts(escape("too-many", when(3, 0), 500)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the ledger to accept detainees-escaped too-many 2030-03-03T00:00:00Z:"
                  + " exactly 500 from [held by keeper at north-jail")
          .hasMessageContaining("but it was rejected:\n  CUS-001 error in too-many (size):");
    }

    @Test
    void rejectsPassesAndGivesTheVerdict() {
      assertThat(ledger)
          .rejects(escape("too-many", when(3, 0), 500))
          .isRejected()
          .hasError(Rule.ACCOUNT_OVERDRAWN);
    }

    @Test
    void rejectsFailsWhenAccepted() {
      assertThatThrownBy(() -> assertThat(ledger).rejects(escape("five", when(3, 0), 5)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the ledger to reject detainees-escaped five 2030-03-03T00:00:00Z: exactly 5"
                  + " from [held by keeper at north-jail")
          .hasMessageEndingWith("but it was accepted");
    }

    @Test
    void rejectsFailsWhenAcceptedListingWarnings() {
      assertThatThrownBy(
              () ->
                  assertThat(ledger)
                      .rejects(census("recount", when(3, 0), KEEPER_NORTH, exactly(200))))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "but it was accepted, with warnings:\n  CUS-009 warning in recount");
    }

    @Test
    void rejectsForARulePasses() {
      assertThat(ledger).rejects(rivalTakesNowhere, Rule.UNKNOWN_REFERENCE).hasNoWarnings();
      assertThat(ledger)
          .rejects(
              transfer("rival-moves", when(3, 0), RIVAL_NORTH, RIVAL_EAST, 5),
              Rule.TRANSFER_WITHOUT_CONTROL);
    }

    @Test
    void rejectsForARuleFailsWhenRejectedForAnother() {
      assertThatThrownBy(
              () ->
                  assertThat(ledger)
                      .rejects(escape("too-many", when(3, 0), 500), Rule.TRANSFER_WITHOUT_CONTROL))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "for CUS-002 (A movement out of a facility (a transfer, release, repatriation or"
                  + " handover) by a custodian who neither controls the facility at that time nor"
                  + " is recorded as holding anyone in that account.) but it was rejected for"
                  + " other rules:\n  CUS-001 error in too-many (size):");
    }

    @Test
    void rejectsForARuleFailsWhenAccepted() {
      assertThatThrownBy(
              () ->
                  assertThat(ledger).rejects(escape("five", when(3, 0), 5), Rule.ACCOUNT_OVERDRAWN))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("for CUS-001 (More people move out of an account")
          .hasMessageEndingWith("but it was accepted");
    }

    @Test
    void isUnchangedAfterRejectingPasses() {
      assertThat(ledger).isUnchangedAfterRejecting(escape("too-many", when(3, 0), 500));
      assertThat(ledger).isUnchangedAfterRejecting(escape("breakout", when(3, 0), 1));
    }

    @Test
    void isUnchangedAfterRejectingFailsWhenAccepted() {
      assertThatThrownBy(
              () -> assertThat(ledger).isUnchangedAfterRejecting(escape("five", when(3, 0), 5)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the ledger to reject detainees-escaped five 2030-03-03T00:00:00Z")
          .hasMessageContaining("and stay unchanged but it was accepted");
    }

    @Test
    void hasNoViolationsPasses() {
      assertThat(ledger).hasNoViolations().hasNoErrors();
    }

    @Test
    void hasNoViolationsFailsOnAWarning() {
      Ledger recounted =
          ledger.append(census("recount", when(3, 0), KEEPER_NORTH, exactly(200))).ledger();

      assertThat(recounted).hasNoErrors();
      assertThatThrownBy(() -> assertThat(recounted).hasNoViolations())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the events of the ledger to break no rule (envelope) but they break:\n"
                  + "  CUS-009 warning in recount (count): count (exactly 200)");
    }

    @Test
    void hasNoErrorsFailsUnderAnotherReading() {
      // the keeper says 100 were counted and the rival 120; 110 escape: the envelope allows it,
      // the keeper's reading does not
      Ledger escaped = disputed().append(escape("breakout", when(2, 0), 110)).ledger();
      assertThat(escaped).hasSize(3).hasNoErrors();

      assertThatThrownBy(
              () -> assertThat(escaped.withReading(Reading.preferring(KEEPER))).hasNoErrors())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the events of the ledger to break no rule with an error (according to"
                  + " keeper) but they break:\n  CUS-001 error in breakout (size):");
    }

    @Test
    void verdictGivesTheVerdictAssertion() {
      assertThat(ledger).verdict().isAccepted().hasNoViolations();
    }

    @Test
    void hasBalanceAtPasses() {
      assertThat(ledger)
          .hasBalanceAt(at(1, 12), KEEPER_NORTH, Estimate.exactly(100))
          .hasBalanceAt(at(3, 0), KEEPER_NORTH, Estimate.exactly(90));
    }

    @Test
    void hasBalanceAtFails() {
      assertThatThrownBy(
              () -> assertThat(ledger).hasBalanceAt(at(3, 0), KEEPER_NORTH, Estimate.exactly(100)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the balance of [held by keeper at north-jail: fighters affiliated with"
                  + " band] at 2030-03-03T00:00:00Z (envelope) to be exactly 100 but was exactly"
                  + " 90");
    }

    @Test
    void situationAtGivesTheSituationAssertion() {
      assertThat(ledger).situationAt(at(1, 12)).holds(AT_LARGE_NORTH, 0);
      assertThatThrownBy(() -> assertThat(ledger).situationAt(at(1, 12)).holds(AT_LARGE_NORTH, 10))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("at 2030-03-01T12:00:00Z (envelope) but its balance was exactly 0");
    }
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class Verdicts {

    final Violation overdrawn =
        Violation.of(
            Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, id("too-many"), "size", "moving 500 out");
    final Violation overdrawnWarning =
        Violation.of(
            Rule.ACCOUNT_OVERDRAWN, Severity.WARNING, id("many"), "size", "best moves 95 of 90");
    final Violation disagrees =
        Violation.of(Rule.CENSUS_DISAGREES, Severity.WARNING, id("recount"), "count", "200 apart");

    final Verdict rejected = Verdict.of(List.of(overdrawn, disagrees));
    final Verdict warned = Verdict.of(List.of(overdrawnWarning, disagrees));

    @Test
    void isAcceptedPasses() {
      assertThat(Verdict.clean()).isAccepted();
      assertThat(warned).isAccepted();
    }

    @Test
    void isAcceptedFailsListingTheViolations() {
      assertThatThrownBy(() -> assertThat(rejected).isAccepted())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the verdict to accept but it rejects, with 1 error:\n"
                  + "  CUS-001 error in too-many (size): moving 500 out\n"
                  + "  CUS-009 warning in recount (count): 200 apart");
    }

    @Test
    void isRejectedPasses() {
      assertThat(rejected).isRejected();
    }

    @Test
    void isRejectedFails() {
      assertThatThrownBy(() -> assertThat(warned).isRejected())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the verdict to reject but it accepts, with 2 warnings:\n"
                  + "  CUS-001 warning in many (size): best moves 95 of 90");
      assertThatThrownBy(() -> assertThat(Verdict.clean()).isRejected())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the verdict to reject but it accepts, with 0 warnings:\n  (no violation)");
    }

    @Test
    void hasViolationPasses() {
      assertThat(rejected).hasViolation(Rule.ACCOUNT_OVERDRAWN).hasViolation(Rule.CENSUS_DISAGREES);
    }

    @Test
    void hasViolationFailsNamingTheRuleByCodeAndSummary() {
      assertThatThrownBy(() -> assertThat(rejected).hasViolation(Rule.DUPLICATE_EVENT_ID))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected a violation of CUS-010 (An event whose id an earlier event of the ledger"
                  + " already has.) but the verdict holds:\n"
                  + "  CUS-001 error in too-many (size): moving 500 out");
    }

    @Test
    void hasNoViolationOfPasses() {
      assertThat(rejected).hasNoViolationOf(Rule.DUPLICATE_EVENT_ID);
    }

    @Test
    void hasNoViolationOfFailsListingThoseOfTheRule() {
      assertThatThrownBy(() -> assertThat(rejected).hasNoViolationOf(Rule.CENSUS_DISAGREES))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected no violation of CUS-009 (A census that cannot agree")
          .hasMessageEndingWith("but found:\n  CUS-009 warning in recount (count): 200 apart");
    }

    @Test
    void hasOnlyViolationsOfPasses() {
      assertThat(rejected).hasOnlyViolationsOf(Rule.CENSUS_DISAGREES, Rule.ACCOUNT_OVERDRAWN);
    }

    @Test
    void hasOnlyViolationsOfFailsOnAnotherRule() {
      assertThatThrownBy(() -> assertThat(rejected).hasOnlyViolationsOf(Rule.ACCOUNT_OVERDRAWN))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected only violations of CUS-001, yet it also breaks CUS-009 but the verdict"
                  + " holds:\n  CUS-001 error in too-many (size): moving 500 out");
    }

    @Test
    void hasOnlyViolationsOfFailsOnARuleNotBroken() {
      assertThatThrownBy(
              () ->
                  assertThat(rejected)
                      .hasOnlyViolationsOf(
                          Rule.ACCOUNT_OVERDRAWN, Rule.CENSUS_DISAGREES, Rule.UNKNOWN_REFERENCE))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected only violations of CUS-001, CUS-009, CUS-005, yet it breaks none of"
                  + " CUS-005 (An event names an actor, facility, operation or phase the world does"
                  + " not know");
    }

    @Test
    void hasErrorPasses() {
      assertThat(rejected).hasError(Rule.ACCOUNT_OVERDRAWN);
    }

    @Test
    void hasErrorFailsOnAWarningOfTheRule() {
      assertThatThrownBy(() -> assertThat(warned).hasError(Rule.ACCOUNT_OVERDRAWN))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected an error of CUS-001 (More people move out of an account than it holds")
          .hasMessageContaining("\n  CUS-001 warning in many (size): best moves 95 of 90");
    }

    @Test
    void hasWarningPasses() {
      assertThat(warned).hasWarning(Rule.ACCOUNT_OVERDRAWN).hasWarning(Rule.CENSUS_DISAGREES);
    }

    @Test
    void hasWarningFailsOnAnErrorOfTheRule() {
      assertThatThrownBy(() -> assertThat(rejected).hasWarning(Rule.ACCOUNT_OVERDRAWN))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected a warning of CUS-001 (More people move out")
          .hasMessageContaining("\n  CUS-001 error in too-many (size): moving 500 out");
    }

    @Test
    void hasNoWarningsPasses() {
      assertThat(Verdict.of(List.of(overdrawn))).hasNoWarnings();
    }

    @Test
    void hasNoWarningsFails() {
      assertThatThrownBy(() -> assertThat(rejected).hasNoWarnings())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected no warning but the verdict holds 1 warning:\n"
                  + "  CUS-009 warning in recount (count): 200 apart");
    }

    @Test
    void hasNoViolationsPasses() {
      assertThat(Verdict.clean()).hasNoViolations();
    }

    @Test
    void hasNoViolationsFails() {
      assertThatThrownBy(() -> assertThat(warned).hasNoViolations())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected no violation but the verdict holds 2 violations:\n"
                  + "  CUS-001 warning in many (size): best moves 95 of 90\n"
                  + "  CUS-009 warning in recount (count): 200 apart");
    }

    @Test
    void hasViolationMentioningPasses() {
      assertThat(rejected).hasViolationMentioning(Rule.ACCOUNT_OVERDRAWN, "500");
    }

    @Test
    void hasViolationMentioningFails() {
      assertThatThrownBy(
              () -> assertThat(rejected).hasViolationMentioning(Rule.ACCOUNT_OVERDRAWN, "200"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected a violation of CUS-001 (More people move out of an account")
          .hasMessageContaining("mentioning \"200\" but the verdict holds:\n  CUS-001 error in");
    }

    @Test
    void verdictsFromALedgerReadTheSame() {
      assertThat(opened().append(escape("breakout", when(3, 0), 1)).verdict())
          .isRejected()
          .hasOnlyViolationsOf(Rule.DUPLICATE_EVENT_ID)
          .hasViolationMentioning(Rule.DUPLICATE_EVENT_ID, "id (breakout) is already used");
    }
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class DeadlineStatuses {

    final Obligation lists = Obligation.of(LISTS, KEEPER, "hand over lists", DAY_5);
    final Obligation visits = Obligation.of(VISITS, KEEPER, "open the jail to visits");

    /** Day 3 at noon: 2 days 12 hours left until the end of day 5. */
    final DeadlineStatus pending = lists.statusAt(at(3, 12));

    /** Day 6 at 03:00: 3 hours overdue. */
    final DeadlineStatus lapsed = lists.statusAt(at(6, 3));

    final DeadlineStatus extended =
        lists
            .withExtension(Deadline.on(LocalDate.of(2030, 3, 10), ZoneOffset.UTC), when(4, 0))
            .statusAt(at(6, 0));
    final DeadlineStatus metOnTime = lists.withMet(when(4, 0)).statusAt(at(6, 0));
    final DeadlineStatus metLate = lists.withMet(when(7, 0)).statusAt(at(8, 0));
    final DeadlineStatus waived = lists.withWaived(when(4, 0)).statusAt(at(6, 0));

    @Test
    void theStatesOfTermsBreachesAndRevisionsPassAndFail() {
      Obligation pause =
          Obligation.builder()
              .id(VISITS)
              .obligor(KEEPER)
              .description("pause operations")
              .term(dev.custody.agreement.Term.of(when(2, 0), java.time.Duration.ofHours(48)))
              .build();
      DeadlineStatus inForce = pause.statusAt(at(3, 0));
      DeadlineStatus kept = pause.statusAt(at(5, 0));
      DeadlineStatus breached =
          pause.withBreach(dev.custody.agreement.Breach.on(when(3, 0))).statusAt(at(5, 0));
      DeadlineStatus forward =
          lists
              .withRevision(Deadline.on(LocalDate.of(2030, 3, 4), ZoneOffset.UTC), when(2, 0))
              .statusAt(at(3, 0));

      assertThat(inForce).isInForce().isOpen();
      assertThat(kept).isKept();
      assertThat(breached).isBreached();
      assertThat(forward).isBroughtForward().isOpen();
      assertThatThrownBy(() -> assertThat(kept).isInForce())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to be in force at 2030-03-05T00:00:00Z but it was kept");
      assertThatThrownBy(() -> assertThat(inForce).isBreached())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the obligation to be breached");
      assertThatThrownBy(() -> assertThat(pending).isBroughtForward())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the obligation to be brought forward");
      assertThatThrownBy(() -> assertThat(breached).isKept())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the obligation to be kept");
    }

    @Test
    void isPendingPasses() {
      assertThat(pending).isPending();
      assertThat(visits.statusAt(at(30, 0))).isPending();
    }

    @Test
    void isPendingFails() {
      assertThatThrownBy(() -> assertThat(lapsed).isPending())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to be pending at 2030-03-06T03:00:00Z but it was lapsed 3"
                  + " hours ago (end of 2030-03-05 (Z))");
    }

    @Test
    void isLapsedPasses() {
      assertThat(lapsed).isLapsed();
    }

    @Test
    void isLapsedFails() {
      assertThatThrownBy(() -> assertThat(pending).isLapsed())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to be lapsed at 2030-03-03T12:00:00Z but it was pending, 2"
                  + " days 12 hours left (end of 2030-03-05 (Z))");
    }

    @Test
    void isMetPasses() {
      assertThat(metOnTime).isMet();
      assertThat(metLate).isMet();
    }

    @Test
    void isMetFails() {
      assertThatThrownBy(() -> assertThat(waived).isMet())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to be met at 2030-03-06T00:00:00Z but it was waived"
                  + " 2030-03-04T00:00:00Z");
    }

    @Test
    void isWaivedPasses() {
      assertThat(waived).isWaived();
    }

    @Test
    void isWaivedFails() {
      assertThatThrownBy(() -> assertThat(metOnTime).isWaived())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to be waived at 2030-03-06T00:00:00Z but it was met"
                  + " 2030-03-04T00:00:00Z");
    }

    @Test
    void isExtendedPasses() {
      assertThat(extended).isExtended().hasTimeLeft(Duration.ofDays(5));
    }

    @Test
    void isExtendedFails() {
      assertThatThrownBy(() -> assertThat(pending).isExtended())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("Expected the obligation to be extended at 2030-03-03T12:00:00Z");
    }

    @Test
    void isOpenPasses() {
      assertThat(pending).isOpen();
      assertThat(extended).isOpen();
      assertThat(lapsed).isOpen();
    }

    @Test
    void isOpenFails() {
      assertThatThrownBy(() -> assertThat(metOnTime).isOpen())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to be open (pending, extended or lapsed) at"
                  + " 2030-03-06T00:00:00Z but it was met 2030-03-04T00:00:00Z");
    }

    @Test
    void isLatePasses() {
      assertThat(metLate).isLate();
    }

    @Test
    void isLateFails() {
      assertThatThrownBy(() -> assertThat(metOnTime).isLate())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to have been met late at 2030-03-06T00:00:00Z but it was met"
                  + " 2030-03-04T00:00:00Z (end of 2030-03-05 (Z))");
      assertThatThrownBy(() -> assertThat(lapsed).isLate())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("but it was lapsed 3 hours ago");
    }

    @Test
    void isMetOnTimePasses() {
      assertThat(metOnTime).isMetOnTime();
    }

    @Test
    void isMetOnTimeFails() {
      assertThatThrownBy(() -> assertThat(metLate).isMetOnTime())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to have been met on time at 2030-03-08T00:00:00Z but it was"
                  + " met 2030-03-07T00:00:00Z, late (end of 2030-03-05 (Z))");
    }

    @Test
    void hasTimeLeftPasses() {
      assertThat(pending).hasTimeLeft(Duration.ofDays(2).plusHours(12));
    }

    @Test
    void hasTimeLeftFailsOnAnotherDuration() {
      assertThatThrownBy(() -> assertThat(pending).hasTimeLeft(Duration.ofDays(2)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to have PT48H left at 2030-03-03T12:00:00Z but it had PT60H"
                  + " left: it was pending, 2 days 12 hours left (end of 2030-03-05 (Z))");
    }

    @Test
    void hasTimeLeftFailsWithoutADeadline() {
      assertThatThrownBy(() -> assertThat(visits.statusAt(at(3, 0))).hasTimeLeft(Duration.ZERO))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to have PT0S left at 2030-03-03T00:00:00Z but it has no time"
                  + " left to report: it was pending, no deadline");
    }

    @Test
    void isOverdueByPasses() {
      assertThat(lapsed).isOverdueBy(Duration.ofHours(3));
    }

    @Test
    void isOverdueByFailsOnAnotherDuration() {
      assertThatThrownBy(() -> assertThat(lapsed).isOverdueBy(Duration.ofHours(2)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to be overdue by PT2H at 2030-03-06T03:00:00Z but it was"
                  + " overdue by PT3H: lapsed 3 hours ago");
    }

    @Test
    void isOverdueByFailsWhenNotLapsed() {
      assertThatThrownBy(() -> assertThat(pending).isOverdueBy(Duration.ofHours(2)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the obligation to be overdue by PT2H at 2030-03-03T12:00:00Z but it was"
                  + " pending, 2 days 12 hours left");
    }
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class ByReadings {

    final Instant day3 = at(3, 0);
    final Reading keepers = Reading.preferring(KEEPER);
    final Reading rivals = Reading.preferring(RIVAL);

    /**
     * The keeper counted 100 at the north jail, the rival 120; the envelope's best is the lower.
     */
    final ByReading<Estimate> held =
        ByReading.of(disputed(), l -> l.situationAt(day3).balance(KEEPER_NORTH));

    final ByReading<Integer> sizes = ByReading.of(disputed(), Ledger::size);

    @Test
    void hasReadingsPasses() {
      assertThat(held).hasReadings(Reading.envelope(), keepers, rivals);
    }

    @Test
    void hasReadingsFailsOnAnotherOrder() {
      assertThatThrownBy(() -> assertThat(held).hasReadings(Reading.envelope(), rivals, keepers))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected answers under the readings [envelope, according to rival, according to"
                  + " keeper], in that order, but they were answered under [envelope, according to"
                  + " keeper, according to rival]");
    }

    @Test
    void hasAnswerPasses() {
      assertThat(sizes).hasAnswer(keepers, 2).hasAnswer(Reading.envelope(), 2);
      assertThat(held).hasAnswer(keepers, Estimate.exactly(100));
    }

    @Test
    void hasAnswerFails() {
      assertThatThrownBy(() -> assertThat(held).hasAnswer(rivals, Estimate.exactly(100)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the answer under according to rival to be exactly 100 but was exactly 120;"
                  + " the answers are:\n"
                  + "  envelope: between 100 and 120 (best 100)\n"
                  + "  according to keeper: exactly 100\n"
                  + "  according to rival: exactly 120");
    }

    @Test
    void hasAnswerFailsOnAReadingNotAnswered() {
      assertThatThrownBy(() -> assertThat(sizes).hasAnswer(Reading.consensus(), 2))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected an answer under consensus but that reading was not answered; the readings"
                  + " are [envelope, according to keeper, according to rival]");
    }

    @Test
    void hasEstimateUnderPassesOnTheNumbers() {
      assertThat(held)
          .hasEstimateUnder(Reading.envelope(), Estimate.between(100, 120).withBest(100))
          .hasEstimateUnder(rivals, Estimate.between(120, 120));
    }

    @Test
    void hasEstimateUnderFails() {
      assertThatThrownBy(
              () -> assertThat(held).hasEstimateUnder(Reading.envelope(), Estimate.exactly(100)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the answer under envelope to be exactly 100 (low 100, best 100, high 100)"
                  + " but was between 100 and 120 (best 100) (low 100, best 100, high 120)");
    }

    @Test
    void hasEstimateUnderFailsOnAnswersThatAreNotEstimates() {
      assertThatThrownBy(() -> assertThat(sizes).hasEstimateUnder(keepers, Estimate.exactly(2)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the answer under according to keeper to be an estimate but was 2 (a"
                  + " java.lang.Integer)");
    }

    @Test
    void answersAllWithPasses() {
      assertThat(held).answersAllWith(e -> e.contains(100) || e.contains(120));
      assertThat(sizes).answersAllWith(n -> n == 2, "two events");
    }

    @Test
    void answersAllWithFailsNamingTheReadings() {
      assertThatThrownBy(() -> assertThat(held).answersAllWith(e -> e.contains(110), "110 held"))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the answer under every reading to satisfy 110 held but these do not:\n"
                  + "  according to keeper: exactly 100\n"
                  + "  according to rival: exactly 120");
      assertThatThrownBy(() -> assertThat(sizes).answersAllWith(n -> n > 2))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("to satisfy the predicate but these do not:\n  envelope: 2");
    }

    @Test
    void allSatisfyPasses() {
      assertThat(held).allSatisfy(e -> assertThat(e).isEnclosedBy(Estimate.between(100, 120)));
    }

    @Test
    void allSatisfyFailsReportingEveryFailure() {
      assertThatThrownBy(() -> assertThat(held).allSatisfy(e -> assertThat(e).contains(100)))
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining(
              "Expected the answer under every reading to satisfy the requirements but 1 of 3 do"
                  + " not:\n"
                  + "  under according to rival (exactly 120): Expected the estimate exactly 120 to"
                  + " contain 100 but it ranges from 120 to 120");
    }
  }
}
