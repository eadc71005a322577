package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.When.Precision;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WhenTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate JAN_16 = LocalDate.of(2026, 1, 16);
  private static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);
  private static final LocalDate JAN_21 = LocalDate.of(2026, 1, 21);

  /** 2026-01-21T12:00+03:00, a moment during 2026-01-21 in Damascus. */
  private static final Instant NOON_21 = Instant.parse("2026-01-21T09:00:00Z");

  private static Instant instant(String text) {
    return Instant.parse(text);
  }

  @Nested
  class Factories {

    @Test
    void atInstantIsAnInstantInUtc() {
      When when = When.at(NOON_21);

      assertThat(when.precision()).isEqualTo(Precision.INSTANT);
      assertThat(when.isInstant()).isTrue();
      assertThat(when.zone()).isEqualTo(ZoneOffset.UTC);
      assertThat(when.start()).isEqualTo(NOON_21);
      assertThat(when.end()).isEqualTo(NOON_21);
    }

    @Test
    void atInstantInZoneKeepsTheZone() {
      When when = When.at(NOON_21, DAMASCUS);

      assertThat(when.precision()).isEqualTo(Precision.INSTANT);
      assertThat(when.zone()).isEqualTo(DAMASCUS);
      assertThat(when.start()).isEqualTo(NOON_21);
      assertThat(when.end()).isEqualTo(NOON_21);
      assertThat(when).isNotEqualTo(When.at(NOON_21));
    }

    @Test
    void atZonedDateTimeUsesItsInstantAndZone() {
      When when = When.at(ZonedDateTime.of(2026, 1, 21, 12, 0, 0, 0, DAMASCUS));

      assertThat(when).isEqualTo(When.at(NOON_21, DAMASCUS));
      assertThat(when.isInstant()).isTrue();
    }

    @Test
    void atZonedDateTimeWithAnOffsetKeepsTheOffsetAsZone() {
      When when = When.at(ZonedDateTime.parse("2026-01-21T12:00+03:00"));

      assertThat(when.start()).isEqualTo(NOON_21);
      assertThat(when.zone()).isEqualTo(ZoneOffset.ofHours(3));
    }

    @Test
    void onIsTheWholeDayInTheZone() {
      When when = When.on(JAN_20, DAMASCUS);

      assertThat(when.precision()).isEqualTo(Precision.DAY);
      assertThat(when.isInstant()).isFalse();
      assertThat(when.zone()).isEqualTo(DAMASCUS);
      // Damascus is UTC+3 all year since 2022
      assertThat(when.start()).isEqualTo(instant("2026-01-19T21:00:00Z"));
      assertThat(when.end()).isEqualTo(instant("2026-01-20T21:00:00Z"));
      assertThat(when.firstDate()).isEqualTo(JAN_20);
      assertThat(when.lastDate()).isEqualTo(JAN_20);
    }

    @Test
    void theSameDayInAnotherZoneIsAnotherSpan() {
      When damascus = When.on(JAN_20, DAMASCUS);
      When utc = When.on(JAN_20, ZoneOffset.UTC);

      assertThat(utc.start()).isEqualTo(instant("2026-01-20T00:00:00Z"));
      assertThat(utc.end()).isEqualTo(instant("2026-01-21T00:00:00Z"));
      assertThat(utc).isNotEqualTo(damascus);
      assertThat(utc.overlaps(damascus)).isTrue();
    }

    @Test
    void betweenSpansBothDaysInclusive() {
      When when = When.between(JAN_20, JAN_21, DAMASCUS);

      assertThat(when.precision()).isEqualTo(Precision.DAY);
      assertThat(when.start()).isEqualTo(instant("2026-01-19T21:00:00Z"));
      assertThat(when.end()).isEqualTo(instant("2026-01-21T21:00:00Z"));
      assertThat(when.firstDate()).isEqualTo(JAN_20);
      assertThat(when.lastDate()).isEqualTo(JAN_21);
    }

    @Test
    void betweenOneDayAndItselfIsThatDay() {
      assertThat(When.between(JAN_20, JAN_20, DAMASCUS)).isEqualTo(When.on(JAN_20, DAMASCUS));
    }

    @Test
    void betweenRejectsLastBeforeFirst() {
      assertThatThrownBy(() -> When.between(JAN_21, JAN_20, DAMASCUS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("When.last (2026-01-20) must not be before first (2026-01-21)");
    }

    @Test
    void weekStartingIsSevenDaysFromTheFirst() {
      When when = When.weekStarting(LocalDate.of(2026, 1, 13), DAMASCUS);

      assertThat(when.precision()).isEqualTo(Precision.WEEK);
      assertThat(when.firstDate()).isEqualTo(LocalDate.of(2026, 1, 13));
      assertThat(when.lastDate()).isEqualTo(LocalDate.of(2026, 1, 19));
      assertThat(when.start()).isEqualTo(instant("2026-01-12T21:00:00Z"));
      assertThat(when.end()).isEqualTo(instant("2026-01-19T21:00:00Z"));
      assertThat(Duration.between(when.start(), when.end())).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void weekStartingAcceptsAnyDayOfTheWeek() {
      // 2026-01-16 is a Friday
      When when = When.weekStarting(JAN_16, DAMASCUS);

      assertThat(when.firstDate()).isEqualTo(JAN_16);
      assertThat(when.lastDate()).isEqualTo(LocalDate.of(2026, 1, 22));
    }

    @Test
    void weekBeforeEndsTheDayBefore() {
      When when = When.weekBefore(JAN_20, DAMASCUS);

      assertThat(when.precision()).isEqualTo(Precision.WEEK);
      assertThat(when.firstDate()).isEqualTo(LocalDate.of(2026, 1, 13));
      assertThat(when.lastDate()).isEqualTo(LocalDate.of(2026, 1, 19));
      assertThat(when.end()).isEqualTo(When.on(JAN_20, DAMASCUS).start());
      assertThat(when).isEqualTo(When.weekStarting(LocalDate.of(2026, 1, 13), DAMASCUS));
    }

    @Test
    void inMonthIsTheWholeCalendarMonth() {
      When when = When.inMonth(YearMonth.of(2026, 1), DAMASCUS);

      assertThat(when.precision()).isEqualTo(Precision.MONTH);
      assertThat(when.firstDate()).isEqualTo(LocalDate.of(2026, 1, 1));
      assertThat(when.lastDate()).isEqualTo(LocalDate.of(2026, 1, 31));
      assertThat(when.start()).isEqualTo(instant("2025-12-31T21:00:00Z"));
      assertThat(when.end()).isEqualTo(instant("2026-01-31T21:00:00Z"));
    }

    @Test
    void inMonthKnowsLeapFebruaries() {
      assertThat(When.inMonth(YearMonth.of(2028, 2), ZoneOffset.UTC).lastDate())
          .isEqualTo(LocalDate.of(2028, 2, 29));
      assertThat(When.inMonth(YearMonth.of(2026, 2), ZoneOffset.UTC).lastDate())
          .isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @Test
    void aWeekIsNotTheSameValueAsTheSameSevenDays() {
      When week = When.weekStarting(LocalDate.of(2026, 1, 13), DAMASCUS);
      When days = When.between(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 19), DAMASCUS);

      assertThat(days.start()).isEqualTo(week.start());
      assertThat(days.end()).isEqualTo(week.end());
      assertThat(days).isNotEqualTo(week);
    }
  }

  @Nested
  class SummerTime {

    @Test
    void aSpringForwardDayIsTwentyThreeHours() {
      // Berlin moves from UTC+1 to UTC+2 at 02:00 on 2026-03-29
      When day = When.on(LocalDate.of(2026, 3, 29), BERLIN);

      assertThat(day.start()).isEqualTo(instant("2026-03-28T23:00:00Z"));
      assertThat(day.end()).isEqualTo(instant("2026-03-29T22:00:00Z"));
      assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(23));
      assertThat(day.firstDate()).isEqualTo(LocalDate.of(2026, 3, 29));
      assertThat(day.lastDate()).isEqualTo(LocalDate.of(2026, 3, 29));
    }

    @Test
    void aFallBackDayIsTwentyFiveHours() {
      // Berlin moves from UTC+2 back to UTC+1 at 03:00 on 2026-10-25
      When day = When.on(LocalDate.of(2026, 10, 25), BERLIN);

      assertThat(day.start()).isEqualTo(instant("2026-10-24T22:00:00Z"));
      assertThat(day.end()).isEqualTo(instant("2026-10-25T23:00:00Z"));
      assertThat(Duration.between(day.start(), day.end())).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aWeekOverTheChangeIsSevenCalendarDaysNotSevenTimesTwentyFourHours() {
      When week = When.weekStarting(LocalDate.of(2026, 3, 26), BERLIN);

      assertThat(week.firstDate()).isEqualTo(LocalDate.of(2026, 3, 26));
      assertThat(week.lastDate()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(Duration.between(week.start(), week.end()))
          .isEqualTo(Duration.ofDays(7).minusHours(1));
    }

    @Test
    void theSpringForwardDayContainsItsLastMomentButNotTheNextMidnight() {
      When day = When.on(LocalDate.of(2026, 3, 29), BERLIN);

      assertThat(day.contains(instant("2026-03-29T21:59:59.999999999Z"))).isTrue();
      assertThat(day.contains(instant("2026-03-29T22:00:00Z"))).isFalse();
      assertThat(day.contains(instant("2026-03-28T22:59:59Z"))).isFalse();
    }
  }

  @Nested
  class Dates {

    @Test
    void anInstantsDatesAreItsLocalDateInItsZone() {
      // 2026-01-20T22:30Z is already 2026-01-21 in Damascus
      When utc = When.at(instant("2026-01-20T22:30:00Z"));
      When damascus = When.at(instant("2026-01-20T22:30:00Z"), DAMASCUS);

      assertThat(utc.firstDate()).isEqualTo(JAN_20);
      assertThat(utc.lastDate()).isEqualTo(JAN_20);
      assertThat(damascus.firstDate()).isEqualTo(JAN_21);
      assertThat(damascus.lastDate()).isEqualTo(JAN_21);
    }

    @Test
    void anInstantAtMidnightIsOnTheNewDay() {
      When midnight = When.at(ZonedDateTime.of(2026, 1, 21, 0, 0, 0, 0, DAMASCUS));

      assertThat(midnight.firstDate()).isEqualTo(JAN_21);
      assertThat(midnight.lastDate()).isEqualTo(JAN_21);
    }

    @Test
    void aSpansLastDateIsTheDayBeforeItsExclusiveEnd() {
      When when = When.between(JAN_16, JAN_20, DAMASCUS);

      assertThat(when.end().atZone(DAMASCUS).toLocalDate()).isEqualTo(JAN_21);
      assertThat(when.lastDate()).isEqualTo(JAN_20);
    }
  }

  @Nested
  class Contains {

    @Test
    void aDayContainsItsStartAndNotItsEnd() {
      When day = When.on(JAN_20, DAMASCUS);

      assertThat(day.contains(day.start())).isTrue();
      assertThat(day.contains(day.end().minusNanos(1))).isTrue();
      assertThat(day.contains(day.end())).isFalse();
      assertThat(day.contains(day.start().minusNanos(1))).isFalse();
      assertThat(day.contains(instant("2026-01-20T12:00:00Z"))).isTrue();
    }

    @Test
    void anInstantContainsOnlyItself() {
      When when = When.at(NOON_21);

      assertThat(when.contains(NOON_21)).isTrue();
      assertThat(when.contains(NOON_21.plusNanos(1))).isFalse();
      assertThat(when.contains(NOON_21.minusNanos(1))).isFalse();
    }
  }

  @Nested
  class Comparisons {
    private final When weekBefore20 = When.weekBefore(JAN_20, DAMASCUS);
    private final When on16 = When.on(JAN_16, DAMASCUS);
    private final When on20 = When.on(JAN_20, DAMASCUS);
    private final When on21 = When.on(JAN_21, DAMASCUS);

    @Test
    void theWeekBeforeTheTwentiethIsNeitherBeforeNorAfterTheSixteenth() {
      assertThat(weekBefore20.isBefore(on16)).isFalse();
      assertThat(weekBefore20.isAfter(on16)).isFalse();
      assertThat(weekBefore20.overlaps(on16)).isTrue();
      assertThat(on16.isBefore(weekBefore20)).isFalse();
      assertThat(on16.isAfter(weekBefore20)).isFalse();
      assertThat(on16.overlaps(weekBefore20)).isTrue();
    }

    @Test
    void theWeekBeforeTheTwentiethIsBeforeTheTwentieth() {
      assertThat(weekBefore20.isBefore(on20)).isTrue();
      assertThat(weekBefore20.isAfter(on20)).isFalse();
      assertThat(weekBefore20.overlaps(on20)).isFalse();
      assertThat(on20.isAfter(weekBefore20)).isTrue();
      assertThat(on20.isBefore(weekBefore20)).isFalse();
    }

    @Test
    void adjacentDaysDoNotOverlap() {
      assertThat(on20.isBefore(on21)).isTrue();
      assertThat(on21.isAfter(on20)).isTrue();
      assertThat(on20.overlaps(on21)).isFalse();
      assertThat(on21.overlaps(on20)).isFalse();
    }

    @Test
    void aDayOverlapsItself() {
      assertThat(on20.overlaps(on20)).isTrue();
      assertThat(on20.isBefore(on20)).isFalse();
      assertThat(on20.isAfter(on20)).isFalse();
    }

    @Test
    void anInstantOverlapsItselfAndNothingEarlierOrLater() {
      When a = When.at(NOON_21);
      When later = When.at(NOON_21.plusNanos(1));

      assertThat(a.overlaps(When.at(NOON_21, DAMASCUS))).isTrue();
      assertThat(a.isBefore(a)).isFalse();
      assertThat(a.isBefore(later)).isTrue();
      assertThat(later.isAfter(a)).isTrue();
      assertThat(a.overlaps(later)).isFalse();
    }

    @Test
    void anInstantInsideADayOverlapsIt() {
      When noon = When.at(NOON_21);

      assertThat(noon.overlaps(on21)).isTrue();
      assertThat(on21.overlaps(noon)).isTrue();
      assertThat(noon.isBefore(on21)).isFalse();
      assertThat(noon.isAfter(on21)).isFalse();
    }

    @Test
    void anInstantAtTheStartOfADayOverlapsItButAtItsEndFollowsIt() {
      When atStart = When.at(on21.start());
      When atEnd = When.at(on21.end());

      assertThat(atStart.overlaps(on21)).isTrue();
      assertThat(atStart.isBefore(on21)).isFalse();
      assertThat(on21.isBefore(atEnd)).isTrue();
      assertThat(atEnd.isAfter(on21)).isTrue();
      assertThat(atEnd.overlaps(on21)).isFalse();
    }

    @Test
    void anInstantJustBeforeADayIsBeforeIt() {
      When justBefore = When.at(on21.start().minusNanos(1));

      assertThat(justBefore.isBefore(on21)).isTrue();
      assertThat(on21.isAfter(justBefore)).isTrue();
    }

    @Test
    void aMonthOverlapsEveryDayInIt() {
      When january = When.inMonth(YearMonth.of(2026, 1), DAMASCUS);

      assertThat(january.overlaps(on20)).isTrue();
      assertThat(january.overlaps(weekBefore20)).isTrue();
      assertThat(january.isBefore(When.on(LocalDate.of(2026, 2, 1), DAMASCUS))).isTrue();
      assertThat(january.isAfter(When.on(LocalDate.of(2025, 12, 31), DAMASCUS))).isTrue();
    }

    @Test
    void theSameDateInZonesFarApartNeedNotOverlap() {
      // 2026-01-20 in Kiritimati (UTC+14) ends before 2026-01-20 in Pago Pago (UTC-11) begins
      When east = When.on(JAN_20, ZoneId.of("Pacific/Kiritimati"));
      When west = When.on(JAN_20, ZoneId.of("Pacific/Pago_Pago"));

      assertThat(east.isBefore(west)).isTrue();
      assertThat(west.isAfter(east)).isTrue();
    }

    @Test
    void aSpanComparedWithInstants() {
      assertThat(on20.isBefore(on20.end())).isTrue();
      assertThat(on20.isBefore(on20.end().minusNanos(1))).isFalse();
      assertThat(on20.isAfter(on20.start().minusNanos(1))).isTrue();
      assertThat(on20.isAfter(on20.start())).isFalse();
      assertThat(on20.isBefore(on20.start())).isFalse();
      assertThat(on20.isAfter(on20.end())).isFalse();
    }

    @Test
    void anInstantComparedWithInstants() {
      When noon = When.at(NOON_21);

      assertThat(noon.isBefore(NOON_21.plusNanos(1))).isTrue();
      assertThat(noon.isBefore(NOON_21)).isFalse();
      assertThat(noon.isAfter(NOON_21.minusNanos(1))).isTrue();
      assertThat(noon.isAfter(NOON_21)).isFalse();
    }

    @Test
    void comparisonsWithAnInstantAgreeWithComparisonsWithThatInstantAsAWhen() {
      for (Instant instant :
          List.of(
              on20.start().minusNanos(1),
              on20.start(),
              instant("2026-01-20T10:00:00Z"),
              on20.end().minusNanos(1),
              on20.end())) {
        assertThat(on20.isBefore(instant))
            .as("isBefore %s", instant)
            .isEqualTo(on20.isBefore(When.at(instant)));
        assertThat(on20.isAfter(instant))
            .as("isAfter %s", instant)
            .isEqualTo(on20.isAfter(When.at(instant)));
      }
    }
  }

  @Nested
  class CertainlyBy {

    @Test
    void aDayHasCertainlyHappenedOnlyOnceItHasEnded() {
      When day = When.on(JAN_20, DAMASCUS);

      assertThat(day.isCertainlyBy(day.end())).isTrue();
      assertThat(day.isCertainlyBy(day.end().plusSeconds(1))).isTrue();
      assertThat(day.isCertainlyBy(day.end().minusNanos(1))).isFalse();
      assertThat(day.isCertainlyBy(day.start())).isFalse();
    }

    @Test
    void anInstantHasHappenedFromThatInstantOn() {
      When when = When.at(NOON_21);

      assertThat(when.isCertainlyBy(NOON_21)).isTrue();
      assertThat(when.isCertainlyBy(NOON_21.plusNanos(1))).isTrue();
      assertThat(when.isCertainlyBy(NOON_21.minusNanos(1))).isFalse();
    }
  }

  @Nested
  class Texts {

    @Test
    void anInstantInUtc() {
      assertThat(When.at(NOON_21)).hasToString("2026-01-21T09:00:00Z");
    }

    @Test
    void anInstantInAnotherZoneIsShownThere() {
      assertThat(When.at(NOON_21, DAMASCUS)).hasToString("2026-01-21T12:00+03:00[Asia/Damascus]");
      assertThat(When.at(ZonedDateTime.parse("2026-01-21T12:00+03:00")))
          .hasToString("2026-01-21T12:00+03:00");
    }

    @Test
    void aDay() {
      assertThat(When.on(JAN_20, DAMASCUS)).hasToString("2026-01-20 (Asia/Damascus)");
    }

    @Test
    void severalDays() {
      assertThat(When.between(JAN_20, JAN_21, DAMASCUS))
          .hasToString("2026-01-20 to 2026-01-21 (Asia/Damascus)");
    }

    @Test
    void aWeek() {
      assertThat(When.weekBefore(JAN_20, DAMASCUS))
          .hasToString("week 2026-01-13 to 2026-01-19 (Asia/Damascus)");
    }

    @Test
    void aMonth() {
      assertThat(When.inMonth(YearMonth.of(2026, 1), DAMASCUS))
          .hasToString("2026-01 (Asia/Damascus)");
    }
  }

  @Nested
  class ByStart {

    @Test
    void ordersByStartThenByEnd() {
      When week = When.weekBefore(JAN_20, DAMASCUS); // starts 2026-01-13
      When jan13 = When.on(LocalDate.of(2026, 1, 13), DAMASCUS); // same start, earlier end
      When noon21 = When.at(NOON_21);
      When on21 = When.on(JAN_21, DAMASCUS);
      When on16 = When.on(JAN_16, DAMASCUS);

      List<When> sorted = new ArrayList<>(List.of(noon21, week, on21, on16, jan13));
      sorted.sort(When.byStart());

      assertThat(sorted).containsExactly(jan13, week, on16, on21, noon21);
    }

    @Test
    void anInstantAtTheStartOfASpanSortsBeforeIt() {
      When on21 = When.on(JAN_21, DAMASCUS);
      When atStart = When.at(on21.start());

      assertThat(When.byStart().compare(atStart, on21)).isNegative();
      assertThat(When.byStart().compare(on21, atStart)).isPositive();
    }

    @Test
    void breaksTiesOfTheSameSpanByPrecisionThenZone() {
      When week = When.weekStarting(LocalDate.of(2026, 1, 13), DAMASCUS);
      When days = When.between(LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 19), DAMASCUS);
      Instant instant = Instant.parse("2026-01-21T09:00:00Z");

      assertThat(When.byStart().compare(days, week)).isNegative();
      assertThat(When.byStart().compare(week, week)).isZero();
      assertThat(When.byStart().compare(When.at(instant, DAMASCUS), When.at(instant))).isNegative();
    }
  }

  @Test
  void a_leap_second_ended_the_days_the_iers_chose_and_no_other() {
    assertThat(When.hadLeapSecond(LocalDate.of(2016, 12, 31))).isTrue();
    assertThat(When.hadLeapSecond(LocalDate.of(1972, 6, 30))).isTrue();
    assertThat(When.hadLeapSecond(LocalDate.of(2016, 12, 30))).isFalse();
    assertThat(When.hadLeapSecond(LocalDate.of(2026, 1, 20))).isFalse();
  }
}
