package dev.custody.ledger;

import static dev.custody.ledger.PeriodMovementsTest.HILL;
import static dev.custody.ledger.PeriodMovementsTest.HILL_HELD;
import static dev.custody.ledger.PeriodMovementsTest.KEEPER;
import static dev.custody.ledger.PeriodMovementsTest.WORLD;
import static dev.custody.ledger.PeriodMovementsTest.census;
import static dev.custody.ledger.PeriodMovementsTest.day;
import static dev.custody.ledger.PeriodMovementsTest.said;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesDied;
import dev.custody.event.Event;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Whatever share of a period's deaths happened before a census taken during the period, a true
 * record (an opening count, the deaths over 2011-2015 as a range that holds their true number, a
 * census during the period and one after it, each counting exactly who was there) raises no warning
 * of a census disagreeing and no error of an account overdrawn; and the balance after the period
 * always holds the true count.
 */
class PeriodMovementsProperties {

  @Property
  void a_true_record_of_deaths_over_a_period_raises_no_false_warning(
      @ForAll @LongRange(min = 0, max = 20_000) long opening,
      @ForAll @IntRange(min = 0, max = 100) int diedPercent,
      @ForAll @IntRange(min = 0, max = 100) int beforeCensusPercent,
      @ForAll @LongRange(min = 0, max = 5_000) long widthBelow,
      @ForAll @LongRange(min = 0, max = 5_000) long widthAbove,
      @ForAll @IntRange(min = 1, max = 1_800) int censusDay) {
    long died = opening * diedPercent / 100;
    long diedBeforeCensus = died * beforeCensusPercent / 100;
    LocalDate censusDate = LocalDate.of(2011, 1, 1).plusDays(censusDay);
    Estimate reported = Estimate.between(Math.max(0, died - widthBelow), died + widthAbove);
    List<Event> events =
        List.of(
            ControlChanged.first(EventId.of("control"), day(2010, 1, 1), HILL, KEEPER),
            census("count-2010", day(2010, 12, 31), opening),
            DetaineesDied.of(
                EventId.of("died-2011-2015"),
                When.between(LocalDate.of(2011, 1, 1), LocalDate.of(2015, 12, 31), ZoneOffset.UTC),
                HILL_HELD,
                said(reported)),
            census("count-during", When.on(censusDate, ZoneOffset.UTC), opening - diedBeforeCensus),
            census("count-after", day(2016, 12, 31), opening - died));

    AppendResult result = Ledger.of(WORLD).merge(events);

    assertThat(result.verdict().violations())
        .filteredOn(v -> v.rule() == Rule.CENSUS_DISAGREES || v.rule() == Rule.ACCOUNT_OVERDRAWN)
        .isEmpty();
    Estimate afterPeriod = result.ledger().situationAt(day(2016, 1, 1).end()).balance(HILL_HELD);
    assertThat(afterPeriod.contains(opening - died)).as("%s", afterPeriod).isTrue();
  }
}
