package dev.custody.aggregate;

import static dev.custody.aggregate.LeftCustodyTest.AT_LARGE_NORTH;
import static dev.custody.aggregate.LeftCustodyTest.KEEPER;
import static dev.custody.aggregate.LeftCustodyTest.KEEPER_NORTH;
import static dev.custody.aggregate.LeftCustodyTest.KEEPER_SOUTH;
import static dev.custody.aggregate.LeftCustodyTest.MONITOR;
import static dev.custody.aggregate.LeftCustodyTest.NO;
import static dev.custody.aggregate.LeftCustodyTest.NORTH;
import static dev.custody.aggregate.LeftCustodyTest.SOUTH;
import static dev.custody.aggregate.LeftCustodyTest.WORLD;
import static dev.custody.aggregate.LeftCustodyTest.at;
import static dev.custody.aggregate.LeftCustodyTest.by;
import static dev.custody.aggregate.LeftCustodyTest.census;
import static dev.custody.aggregate.LeftCustodyTest.exactly;
import static dev.custody.aggregate.LeftCustodyTest.id;
import static dev.custody.aggregate.LeftCustodyTest.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.MovementKind;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.rules.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Movements of "all of them": the prison emptied, every inmate freed. The ledger moves whatever the
 * balance of the origin is when it applies the movement, narrowed by the claims where the two
 * agree; the origin holds exactly 0 afterwards, and nobody is created or lost on the way.
 */
class AllOfThemTest {

  /** "every inmate was freed", said by the monitor with no number. */
  static final Figure EVERYONE = by(MONITOR, Estimate.unknown());

  static Ledger ledger(Event... events) {
    List<Event> all = new ArrayList<>();
    all.add(ControlChanged.first(id("control-north"), when(1, 0), NORTH, KEEPER));
    all.add(ControlChanged.first(id("control-south"), when(1, 0), SOUTH, KEEPER));
    all.addAll(List.of(events));
    AppendResult result = Ledger.of(WORLD).appendAll(all);
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static DetaineesReleased releaseAll(String id, int day, Account from) {
    return DetaineesReleased.builder()
        .id(id(id))
        .when(when(day, 22))
        .from(from)
        .size(EVERYONE)
        .destination(NO)
        .allOfThem(true)
        .build();
  }

  @Test
  void aReleaseOfAllOfThemMovesTheBalanceAndEmptiesTheOrigin() {
    Ledger ledger =
        ledger(
            census("count-north", when(1, 1), KEEPER_NORTH, by(KEEPER, Estimate.about(3_500))),
            releaseAll("north-emptied", 3, KEEPER_NORTH));
    Situation after = ledger.situationAt(at(4, 0));
    Account released = Account.releasedFrom(KEEPER_NORTH, NO);

    assertThat(after.balance(KEEPER_NORTH)).isEqualTo(Estimate.exactly(0));
    assertThat(after.allOfThem()).containsEntry(id("north-emptied"), Estimate.about(3_500));
    assertThat(after.balance(released).toString()).isEqualTo("at least 3,325 (best 3,500)");
  }

  @Test
  void theSizeIsTheBalanceAtThatInstantNotAtTheFirstCount() {
    Ledger ledger =
        ledger(
            census("count-north", when(1, 1), KEEPER_NORTH, exactly(500)),
            DetaineesEscaped.of(id("breakout"), when(2, 0), KEEPER_NORTH, exactly(120)),
            releaseAll("north-emptied", 3, KEEPER_NORTH));

    assertThat(ledger.situationAt(at(4, 0)).allOfThem())
        .containsEntry(id("north-emptied"), Estimate.exactly(380));
  }

  @Test
  void anOriginNobodyCountedMovesAnUnknownNumberAndHoldsExactlyZeroAfterwards() {
    Ledger ledger = ledger(releaseAll("north-emptied", 3, KEEPER_NORTH));
    Situation after = ledger.situationAt(at(4, 0));

    assertThat(after.allOfThem()).containsEntry(id("north-emptied"), Estimate.unknown());
    assertThat(after.balance(KEEPER_NORTH)).isEqualTo(Estimate.exactly(0));
  }

  @Test
  void anOriginNobodyCountedMovesWhatTheClaimsOfAllOfThemSay() {
    // "all 2,400 inmates were moved": the claim is the count of all of them
    DetaineesReleased emptied =
        DetaineesReleased.builder()
            .id(id("north-emptied"))
            .when(when(3, 22))
            .from(KEEPER_NORTH)
            .size(by(MONITOR, Estimate.exactly(2_400)))
            .destination(NO)
            .allOfThem(true)
            .build();
    Situation after = ledger(emptied).situationAt(at(4, 0));

    assertThat(after.allOfThem()).containsEntry(id("north-emptied"), Estimate.exactly(2_400));
    assertThat(after.balance(Account.releasedFrom(KEEPER_NORTH, NO)).low()).isEqualTo(2_400);
    assertThat(after.balance(KEEPER_NORTH)).isEqualTo(Estimate.exactly(0));
  }

  @Test
  void aCountedOriginIsNarrowedByClaimsItAllowsWithTheClaimsBest() {
    DetaineesEscaped breakout =
        DetaineesEscaped.allOf(
            id("breakout"), when(3, 0), KEEPER_NORTH, by(MONITOR, Estimate.about(500)));
    Ledger ledger =
        ledger(
            census("count-north", when(1, 1), KEEPER_NORTH, by(KEEPER, Estimate.between(400, 600))),
            breakout);

    // 400-600 held, "about 500" (475-525) got out: 475-525, best 500
    assertThat(ledger.situationAt(at(4, 0)).allOfThem())
        .containsEntry(id("breakout"), Estimate.of(475, 500, 525));
  }

  @Test
  void claimsThatDisagreeWithTheBalanceLeaveItWhole() {
    // 500 held, "more than 1,000" got out: no count both allow, so the balance moves
    DetaineesEscaped breakout =
        DetaineesEscaped.allOf(
            id("breakout"), when(3, 0), KEEPER_NORTH, by(MONITOR, Estimate.moreThan(1_000)));
    Ledger ledger = ledger(census("count-north", when(1, 1), KEEPER_NORTH, exactly(500)), breakout);

    assertThat(ledger.situationAt(at(4, 0)).allOfThem())
        .containsEntry(id("breakout"), Estimate.exactly(500));
  }

  @Test
  void aMovementOfAllOfThemNeverOverdrawsItsOriginWhateverItsClaimsSay() {
    DetaineesEscaped breakout =
        DetaineesEscaped.allOf(
            id("breakout"), when(3, 0), KEEPER_NORTH, by(MONITOR, Estimate.moreThan(1_000)));
    AppendResult result =
        ledger(census("count-north", when(1, 1), KEEPER_NORTH, exactly(500))).append(breakout);

    assertThat(result.verdict().violations()).noneMatch(v -> v.rule() == Rule.ACCOUNT_OVERDRAWN);
    assertThat(result.ledger().situationAt(at(4, 0)).balance(AT_LARGE_NORTH).best()).isEqualTo(500);
  }

  @Test
  void theSameFigureAsANumberWouldOverdrawTheOrigin() {
    DetaineesEscaped breakout =
        DetaineesEscaped.of(
            id("breakout"), when(3, 0), KEEPER_NORTH, by(MONITOR, Estimate.moreThan(1_000)));
    AppendResult result =
        ledger(census("count-north", when(1, 1), KEEPER_NORTH, exactly(500))).append(breakout);

    assertThat(result.verdict().violations()).anyMatch(v -> v.rule() == Rule.ACCOUNT_OVERDRAWN);
  }

  @Test
  void nobodyIsCreatedOrLostWhenAPrisonIsEmptied() {
    Ledger ledger =
        ledger(
            census("count-north", when(1, 1), KEEPER_NORTH, exactly(500)),
            census("count-south", when(1, 1), KEEPER_SOUTH, exactly(300)),
            census("none-released", when(1, 1), Account.releasedFrom(KEEPER_NORTH, NO), exactly(0)),
            census("none-dead", when(1, 1), Account.deadFrom(KEEPER_SOUTH), exactly(0)),
            DetaineesTransferred.builder()
                .id(id("moved-south"))
                .when(when(2, 0))
                .from(KEEPER_NORTH)
                .to(KEEPER_SOUTH)
                .size(exactly(50))
                .build(),
            releaseAll("north-emptied", 3, KEEPER_NORTH),
            DetaineesDied.allOf(
                id("south-strike"), when(4, 0), KEEPER_SOUTH, by(MONITOR, Estimate.unknown())));
    Situation after = ledger.situationAt(at(5, 0));

    long total = after.balances().values().stream().mapToLong(Estimate::best).sum();
    assertThat(total).isEqualTo(800);
    assertThat(after.balance(KEEPER_NORTH)).isEqualTo(Estimate.exactly(0));
    assertThat(after.balance(KEEPER_SOUTH)).isEqualTo(Estimate.exactly(0));
    assertThat(after.balance(Account.releasedFrom(KEEPER_NORTH, NO)))
        .isEqualTo(Estimate.exactly(450));
    assertThat(after.balance(Account.deadFrom(KEEPER_SOUTH))).isEqualTo(Estimate.exactly(350));
  }

  @Test
  void leftCustodyCountsTheBalanceEmptiedAndSaysItWasAllOfThem() {
    Ledger ledger =
        ledger(
            census("count-north", when(1, 1), KEEPER_NORTH, by(KEEPER, Estimate.about(3_500))),
            releaseAll("north-emptied", 3, KEEPER_NORTH));
    Departure north = LeftCustody.of(ledger, at(5, 0)).departures(AccountKind.RELEASED).get(0);

    assertThat(north.moved()).isEqualTo(Estimate.about(3_500));
    assertThat(north.allOfThem()).containsExactly(id("north-emptied"));
    assertThat(north.isAllOfThem()).isTrue();
  }

  @Test
  void aPlanCountsTheBalanceAMovementOfAllOfThemEmptied() {
    TransferPlanned plan =
        TransferPlanned.builder()
            .id(id("release-plan"))
            .when(when(1, 2))
            .planner(KEEPER)
            .cohort(KEEPER_NORTH.cohort())
            .addNamedFacilities(NORTH)
            .receiver(KEEPER)
            .size(exactly(600))
            .movementKind(MovementKind.RELEASE)
            .build();
    DetaineesReleased release =
        DetaineesReleased.builder()
            .id(id("north-emptied"))
            .when(when(3, 22))
            .from(KEEPER_NORTH)
            .size(EVERYONE)
            .plan(plan.id())
            .allOfThem(true)
            .build();
    Ledger ledger =
        ledger(census("count-north", when(1, 1), KEEPER_NORTH, exactly(500)), plan, release);

    assertThat(PlanProgress.of(ledger, plan.id(), at(5, 0)).moved())
        .isEqualTo(Estimate.exactly(500));
  }

  @Test
  void aMovementOfAllOfThemSaysSoInItsText() {
    Movement movement =
        Movement.allOf(KEEPER_NORTH, Account.releasedFrom(KEEPER_NORTH, NO), exactly(3));

    assertThat(movement.allOfThem()).isTrue();
    assertThat(movement.toString()).startsWith("all of them (exactly 3) from [");
    assertThat(Movement.of(KEEPER_NORTH, Account.releasedFrom(KEEPER_NORTH, NO), exactly(3)))
        .isNotEqualTo(movement);
  }
}
