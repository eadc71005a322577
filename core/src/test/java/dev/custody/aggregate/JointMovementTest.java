package dev.custody.aggregate;

import static dev.custody.aggregate.LeftCustodyTest.KEEPER;
import static dev.custody.aggregate.LeftCustodyTest.KEEPER_NORTH;
import static dev.custody.aggregate.LeftCustodyTest.KEEPER_SOUTH;
import static dev.custody.aggregate.LeftCustodyTest.NORTH;
import static dev.custody.aggregate.LeftCustodyTest.SOUTH;
import static dev.custody.aggregate.LeftCustodyTest.WORLD;
import static dev.custody.aggregate.LeftCustodyTest.at;
import static dev.custody.aggregate.LeftCustodyTest.census;
import static dev.custody.aggregate.LeftCustodyTest.exactly;
import static dev.custody.aggregate.LeftCustodyTest.id;
import static dev.custody.aggregate.LeftCustodyTest.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.Movement;
import dev.custody.event.RunningTotalReported;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.JointSplit;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.NationalityGroup;
import dev.custody.rules.Rule;
import dev.custody.rules.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Joint movements: one figure over several origins, its split unknown. "500 escaped from both
 * prisons" when the north prison held 3,000 and the south 200: the south's part is 0-200, the
 * north's 300-500, and those at large from the two together exactly 500; a flight of 120 children,
 * women and men repatriated from three counted cohorts.
 */
class JointMovementTest {

  static final Account AT_LARGE_NORTH = Account.atLargeFrom(NORTH, LeftCustodyTest.FIGHTERS);
  static final Account AT_LARGE_SOUTH = Account.atLargeFrom(SOUTH, LeftCustodyTest.FIGHTERS);
  static final Instant AFTER = at(9, 0);

  static Ledger ledger(Event... events) {
    List<Event> all = new ArrayList<>();
    all.add(ControlChanged.first(id("control-north"), when(1, 0), NORTH, KEEPER));
    all.add(ControlChanged.first(id("control-south"), when(1, 0), SOUTH, KEEPER));
    all.add(census("count-north", when(1, 1), KEEPER_NORTH, exactly(3_000)));
    all.add(census("count-south", when(1, 1), KEEPER_SOUTH, exactly(200)));
    all.add(census("none-north", when(1, 1), AT_LARGE_NORTH, exactly(0)));
    all.add(census("none-south", when(1, 1), AT_LARGE_SOUTH, exactly(0)));
    all.addAll(List.of(events));
    AppendResult result = Ledger.of(WORLD).appendAll(all);
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static DetaineesEscaped bothPrisons(long escaped) {
    return DetaineesEscaped.jointly(
        id("both-prisons"),
        when(3, 0),
        ImmutableList.of(KEEPER_NORTH, KEEPER_SOUTH),
        exactly(escaped));
  }

  @Test
  void fiveHundredEscapedFromBothPrisons() {
    Ledger ledger = ledger(bothPrisons(500));
    Situation after = ledger.situationAt(AFTER);
    JointSplit split = after.jointSplits().get(id("both-prisons"));

    assertThat(split.figure()).isEqualTo(Estimate.exactly(500));
    assertThat(split.partFrom(KEEPER_SOUTH).orElseThrow())
        .satisfies(p -> assertThat(p.low()).isZero())
        .satisfies(p -> assertThat(p.high()).isEqualTo(200));
    assertThat(split.partFrom(KEEPER_NORTH).orElseThrow())
        .satisfies(p -> assertThat(p.low()).isEqualTo(300))
        .satisfies(p -> assertThat(p.high()).isEqualTo(500));
    assertThat(split.parts().values().stream().mapToLong(Estimate::best).sum()).isEqualTo(500);
    // those at large from the two prisons together: exactly 500, tighter than the parts' sum
    assertThat(split.destinationsTogether()).contains(Estimate.exactly(500));
    assertThat(split.originsTogether()).contains(Estimate.exactly(2_700));
    assertThat(after.balance(AT_LARGE_SOUTH).high()).isEqualTo(200);
    assertThat(after.balance(AT_LARGE_NORTH).low()).isEqualTo(300);
    assertThat(after.balance(KEEPER_NORTH).low()).isEqualTo(2_500);
    assertThat(after.balance(KEEPER_NORTH).high()).isEqualTo(2_700);
    assertThat(after.balance(KEEPER_SOUTH).high()).isEqualTo(200);
  }

  @Test
  void aRunningTotalAfterAJointEscapeCountsEachPartOnceNotTheFigurePerPart() {
    // the sums of movements start only once a running total asks: then they are rebuilt from the
    // events folded before, and the joint escape's parts count their split, 300-700 together
    RunningTotalReported sixHundred =
        RunningTotalReported.of(
            id("six-hundred"),
            when(4, 0),
            Flow.ESCAPED,
            CensusScope.cohort(LeftCustodyTest.FIGHTERS),
            exactly(600));
    AppendResult agrees = ledger(bothPrisons(500)).append(sixHundred);
    // (the figures' claims are dated the first day: CUS-019 says so, beside the point here)
    assertThat(agrees.verdict().violations())
        .extracting(v -> v.rule().code())
        .doesNotContain("CUS-020");
    RunningTotalReported tooFew =
        RunningTotalReported.of(
            id("too-few"),
            when(4, 0),
            Flow.ESCAPED,
            CensusScope.cohort(LeftCustodyTest.FIGHTERS),
            exactly(299));
    assertThat(ledger(bothPrisons(500)).append(tooFew).verdict().violations())
        .extracting(v -> v.rule().code())
        .contains("CUS-020");
  }

  @Test
  void nobodyIsCreatedOrLost() {
    Situation after = ledger(bothPrisons(500)).situationAt(AFTER);

    long best = after.balances().values().stream().mapToLong(Estimate::best).sum();
    assertThat(best).isEqualTo(3_200);
    assertThat(after.balances().values()).allSatisfy(b -> assertThat(b.low()).isNotNegative());
  }

  @Test
  void theAggregatesCountThePartsNotTheFigureOnceForEachPart() {
    Ledger ledger = ledger(bothPrisons(500));

    Estimate north = AtLarge.from(ledger, NORTH, AFTER).escaped();
    Estimate south = AtLarge.from(ledger, SOUTH, AFTER).escaped();
    assertThat(north.low()).isEqualTo(300);
    assertThat(north.high()).isEqualTo(500);
    assertThat(south.high()).isEqualTo(200);
    assertThat(north.best() + south.best()).isEqualTo(500);
    assertThat(AtLarge.from(ledger, NORTH, AFTER).escapes()).containsExactly(id("both-prisons"));
  }

  @Test
  void aJointEscapeFromEveryCohortOfOnePrisonIsItsFigureThere() {
    DetaineesEscaped breakout =
        DetaineesEscaped.jointly(
            id("breakout"), when(3, 0), ImmutableList.of(CHILDREN, WOMEN, MEN), exactly(120));
    Ledger ledger =
        ledger(
            census("children", when(1, 1), CHILDREN, exactly(50)),
            census("women", when(1, 1), WOMEN, exactly(45)),
            census("men", when(1, 1), MEN, exactly(35)),
            breakout);

    // the parts' ranges add up to 100-130; all three left the one prison, so what escaped from it
    // is the figure itself
    AtLarge north = AtLarge.from(ledger, NORTH, AFTER);
    assertThat(north.escaped()).isEqualTo(Estimate.exactly(120));
    assertThat(north.escapes()).containsExactly(id("breakout"));
    assertThat(north.stillAtLarge()).isEqualTo(Estimate.exactly(120));
    assertThat(AtLarge.from(ledger, SOUTH, AFTER).escapes()).isEmpty();
  }

  @Test
  void whatSomePartsOfAJointEscapeMovedTogetherIsNoMoreThanTheFigureLeavesThem() {
    // 1,534 escaped from two cohorts of each of two prisons, none of them counted: each part is
    // 0-1,534, so the two parts at one prison add up to 0-3,068, more than escaped in all
    Account northWomen = WOMEN;
    Account northChildren = CHILDREN;
    Account southWomen = heldAtSouth(CohortCategory.WOMEN);
    Account southChildren = heldAtSouth(CohortCategory.MINORS);
    DetaineesEscaped breakout =
        DetaineesEscaped.jointly(
            id("breakout"),
            when(3, 0),
            ImmutableList.of(northWomen, northChildren, southWomen, southChildren),
            exactly(1_534));
    Ledger uncounted = ledger(breakout);

    Estimate north = AtLarge.from(uncounted, NORTH, AFTER).escaped();
    assertThat(north.low()).isZero();
    assertThat(north.high()).isEqualTo(1_534);
    assertThat(AtLarge.from(uncounted, SOUTH, AFTER).escaped().high()).isEqualTo(1_534);

    // counted, the parts at the north add up to 968-1,100 and those at the south to 368-500: the
    // north gave the figure less what the south gave, 1,034 to 1,166, so 1,034 to 1,100
    Ledger counted =
        ledger(
            census("north-women", when(1, 1), northWomen, exactly(1_000)),
            census("north-children", when(1, 1), northChildren, exactly(100)),
            census("south-women", when(1, 1), southWomen, exactly(300)),
            census("south-children", when(1, 1), southChildren, exactly(200)),
            breakout);
    Estimate countedNorth = AtLarge.from(counted, NORTH, AFTER).escaped();
    assertThat(countedNorth.low()).isEqualTo(1_034);
    assertThat(countedNorth.high()).isEqualTo(1_100);
    Estimate countedSouth = AtLarge.from(counted, SOUTH, AFTER).escaped();
    assertThat(countedSouth.low()).isEqualTo(434);
    assertThat(countedSouth.high()).isEqualTo(500);
    // the best values still add up to the figure's
    assertThat(countedNorth.best() + countedSouth.best()).isEqualTo(1_534);
  }

  static Account heldAtSouth(CohortCategory category) {
    return Account.heldAt(
        KEEPER, SOUTH, Cohort.of(category, LeftCustodyTest.BAND, NationalityGroup.of(FR)));
  }

  @Test
  void aPopulationOneOfThePartsCrossesChangesByThatPartsRange() {
    Ledger ledger = ledger(bothPrisons(500));
    Population noneSouth =
        Population.allOf(ledger, AFTER).stream()
            .filter(p -> p.census().equals(id("none-south")))
            .findFirst()
            .orElseThrow();

    assertThat(noneSouth.population().low()).isZero();
    assertThat(noneSouth.population().high()).isEqualTo(200);
    assertThat(Population.over(ledger, id("none-north"), List.of(AFTER)).get(0).orElseThrow().low())
        .isEqualTo(300);
  }

  @Test
  void theJointFigureIsReportedOnceNotOnceForEachPart() {
    assertThat(ReportedFigure.allOf(bothPrisons(500))).hasSize(1);
  }

  @Test
  void aCountOfOneDestinationNarrowsTheOtherThroughTheJointFigure() {
    Ledger ledger =
        ledger(
            bothPrisons(500), census("south-at-large", when(4, 0), AT_LARGE_SOUTH, exactly(150)));
    Narrowing narrowing = Narrowing.of(ledger, AFTER);

    assertThat(narrowing.jointMovements())
        .extracting(JointSplit::event)
        .contains(id("both-prisons"));
    assertThat(narrowing.boundOf(AT_LARGE_NORTH)).contains(Estimate.exactly(350));
    assertThat(narrowing.narrowedBy().get(AT_LARGE_NORTH)).contains(id("both-prisons"));
    assertThat(narrowing.disagreements()).isEmpty();
  }

  @Test
  void theOriginsTogetherHoldTheirSumLessTheFigure() {
    Ledger ledger =
        ledger(bothPrisons(500), census("south-left", when(4, 0), KEEPER_SOUTH, exactly(20)));
    Narrowing narrowing = Narrowing.of(ledger, AFTER);

    // 2,700 left in the two prisons, 20 of them in the south
    assertThat(narrowing.boundOf(KEEPER_NORTH)).contains(Estimate.exactly(2_680));
  }

  @Test
  void aFigureAboveWhatTheOriginsHoldTogetherIsAnOverdraw() {
    AppendResult result = ledger().append(bothPrisons(3_500));

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.verdict().violations())
        .filteredOn(v -> v.rule() == Rule.ACCOUNT_OVERDRAWN)
        .singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.ERROR))
        .satisfies(
            v ->
                assertThat(v.toString())
                    .contains("both-prisons")
                    .contains("exactly 3,500")
                    .contains(KEEPER_NORTH.toString())
                    .contains(KEEPER_SOUTH.toString())
                    .contains("jointly"));
  }

  @Test
  void aBestAboveTheOriginsBestsIsAWarning() {
    DetaineesEscaped about =
        DetaineesEscaped.jointly(
            id("both-prisons"),
            when(3, 0),
            ImmutableList.of(KEEPER_NORTH, KEEPER_SOUTH),
            LeftCustodyTest.by(KEEPER, Estimate.between(3_000, 3_400).withBest(3_300)));
    AppendResult result = ledger().append(about);

    assertThat(result.verdict().violations())
        .filteredOn(v -> v.rule() == Rule.ACCOUNT_OVERDRAWN)
        .singleElement()
        .satisfies(v -> assertThat(v.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void aFigureWithinWhatTheOriginsHoldTogetherKeepsTheRuleEvenAboveOneOfThem() {
    // 500 is more than the south prison held, but not more than the two held together
    AppendResult result = ledger().append(bothPrisons(500));

    assertThat(result.verdict().violations()).noneMatch(v -> v.rule() == Rule.ACCOUNT_OVERDRAWN);
  }

  @Test
  void thePartsOfAJointMovementHaveDistinctOrigins() {
    assertThatThrownBy(
            () ->
                DetaineesEscaped.jointly(
                    id("twice"),
                    when(3, 0),
                    ImmutableList.of(KEEPER_NORTH, KEEPER_NORTH),
                    exactly(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DetaineesEscaped.alsoFrom")
        .hasMessageContaining("distinct origins")
        .hasMessageContaining("twice");
  }

  @Test
  void aJointMovementHasAtLeastTwoHeldOrigins() {
    assertThatThrownBy(
            () ->
                DetaineesEscaped.jointly(
                    id("one"), when(3, 0), ImmutableList.of(KEEPER_NORTH), exactly(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least two");
    assertThatThrownBy(
            () ->
                DetaineesEscaped.jointly(
                    id("at-large"),
                    when(3, 0),
                    ImmutableList.of(KEEPER_NORTH, AT_LARGE_SOUTH),
                    exactly(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a held account");
  }

  @Test
  void aJointMovementIsNeitherOfAllOfThemNorUnderAPlan() {
    assertThatThrownBy(
            () ->
                DetaineesEscaped.builder()
                    .id(id("all"))
                    .when(when(3, 0))
                    .from(KEEPER_NORTH)
                    .addAlsoFrom(KEEPER_SOUTH)
                    .size(exactly(10))
                    .allOfThem(true)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all of them");
    assertThatThrownBy(
            () ->
                DetaineesRepatriated.builder()
                    .id(id("planned"))
                    .when(when(3, 0))
                    .from(KEEPER_NORTH)
                    .addAlsoFrom(KEEPER_SOUTH)
                    .size(exactly(10))
                    .plan(id("plan"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DetaineesRepatriated.plan");
  }

  @Test
  void theEventMovesOnePartFromEachOriginToItsOwnDestination() {
    DetaineesEscaped escape = bothPrisons(500);

    assertThat(escape.isJoint()).isTrue();
    assertThat(escape.origins()).containsExactly(KEEPER_NORTH, KEEPER_SOUTH);
    assertThat(escape.movements())
        .extracting(Movement::to)
        .containsExactly(AT_LARGE_NORTH, AT_LARGE_SOUTH);
    assertThat(escape.movements()).allMatch(Movement::isJointPart);
    assertThat(escape.toString()).contains("jointly exactly 500 from [");
  }

  static final CountryCode FR = CountryCode.of("FR");
  static final Account CHILDREN = heldAtNorth(CohortCategory.MINORS);
  static final Account WOMEN = heldAtNorth(CohortCategory.WOMEN);
  static final Account MEN = heldAtNorth(CohortCategory.FIGHTERS);

  static Account heldAtNorth(CohortCategory category) {
    return Account.heldAt(
        KEEPER, NORTH, Cohort.of(category, LeftCustodyTest.BAND, NationalityGroup.of(FR)));
  }

  @Test
  void aFlightOf120ChildrenWomenAndMen() {
    DetaineesRepatriated flight =
        DetaineesRepatriated.builder()
            .id(id("flight"))
            .when(when(3, 0))
            .from(CHILDREN)
            .addAlsoFrom(WOMEN, MEN)
            .size(exactly(120))
            .destination(FR)
            .build();
    Ledger ledger =
        ledger(
            census("children", when(1, 1), CHILDREN, exactly(50)),
            census("women", when(1, 1), WOMEN, exactly(45)),
            census("men", when(1, 1), MEN, exactly(35)),
            flight);
    JointSplit split = ledger.situationAt(AFTER).jointSplits().get(id("flight"));

    assertThat(split.partFrom(CHILDREN).orElseThrow().low()).isEqualTo(40);
    assertThat(split.partFrom(CHILDREN).orElseThrow().high()).isEqualTo(50);
    assertThat(split.partFrom(WOMEN).orElseThrow().low()).isEqualTo(35);
    assertThat(split.partFrom(WOMEN).orElseThrow().high()).isEqualTo(45);
    assertThat(split.partFrom(MEN).orElseThrow().low()).isEqualTo(25);
    assertThat(split.partFrom(MEN).orElseThrow().high()).isEqualTo(35);
    assertThat(split.parts().values().stream().mapToLong(Estimate::best).sum()).isEqualTo(120);
    // ten are left in the three cohorts together
    assertThat(split.originsTogether()).contains(Estimate.exactly(10));
    assertThat(split.destinations())
        .containsExactly(
            Account.repatriatedFrom(CHILDREN, FR),
            Account.repatriatedFrom(WOMEN, FR),
            Account.repatriatedFrom(MEN, FR));
  }
}
