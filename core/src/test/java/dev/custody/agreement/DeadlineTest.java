package dev.custody.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.When;
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

class DeadlineTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);
  private static final LocalDate JAN_24 = LocalDate.of(2026, 1, 24);

  /** The first instant of 2026-01-25 in Damascus. */
  private static final Instant LAPSE_24 = Instant.parse("2026-01-24T21:00:00Z");

  @Nested
  class TheDayConvention {
    private final Deadline deadline = Deadline.on(JAN_24, DAMASCUS);

    @Test
    void aDayDeadlineRunsToTheEndOfTheDayInItsZone() {
      assertThat(deadline.isDay()).isTrue();
      assertThat(deadline.dueDate()).isEqualTo(JAN_24);
      assertThat(deadline.zone()).isEqualTo(DAMASCUS);
      assertThat(deadline.due()).isEqualTo(When.on(JAN_24, DAMASCUS));
      assertThat(deadline.lapsesAt()).isEqualTo(LAPSE_24);
      assertThat(deadline.lapsesAt())
          .isEqualTo(ZonedDateTime.of(2026, 1, 25, 0, 0, 0, 0, DAMASCUS).toInstant());
    }

    @Test
    void isPendingOneNanosecondBeforeTheNextDayBegins() {
      assertThat(deadline.hasLapsedAt(LAPSE_24.minusNanos(1))).isFalse();
      assertThat(deadline.timeLeftAt(LAPSE_24.minusNanos(1))).isEqualTo(Duration.ofNanos(1));
    }

    @Test
    void hasLapsedFromTheFirstInstantOfTheNextDay() {
      assertThat(deadline.hasLapsedAt(LAPSE_24)).isTrue();
      assertThat(deadline.hasLapsedAt(LAPSE_24.plusSeconds(86_400 * 30))).isTrue();
      assertThat(deadline.timeLeftAt(LAPSE_24)).isZero();
    }

    @Test
    void isPendingThroughoutTheDueDayItself() {
      When day = When.on(JAN_24, DAMASCUS);

      assertThat(deadline.hasLapsedAt(day.start())).isFalse();
      assertThat(deadline.hasLapsedAt(Instant.parse("2026-01-24T20:59:59Z"))).isFalse();
    }

    @Test
    void theSameDateInUtcLapsesThreeHoursLater() {
      Deadline utc = Deadline.on(JAN_24, ZoneOffset.UTC);

      assertThat(utc.lapsesAt()).isEqualTo(Instant.parse("2026-01-25T00:00:00Z"));
      assertThat(utc.hasLapsedAt(LAPSE_24)).isFalse();
      assertThat(Duration.between(deadline.lapsesAt(), utc.lapsesAt()))
          .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void aDeadlineOnTheDayClocksGoForwardLapsesAtTheNextLocalMidnight() {
      Deadline springForward = Deadline.on(LocalDate.of(2026, 3, 29), BERLIN);

      // 2026-03-30T00:00+02:00
      assertThat(springForward.lapsesAt()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }

    @Test
    void aDayDeadlineLapsesWhenAnInstantDeadlineAtThatMomentDoes() {
      Deadline instant = Deadline.at(LAPSE_24, DAMASCUS);

      assertThat(instant.lapsesAt()).isEqualTo(deadline.lapsesAt());
      assertThat(instant).isNotEqualTo(deadline);
      // the instant is the first moment of the 25th in Damascus
      assertThat(instant.dueDate()).isEqualTo(JAN_24.plusDays(1));
    }
  }

  @Nested
  class DaysAfter {

    @Test
    void fourDaysAfterTheDayOfTheCeasefire() {
      Deadline deadline = Deadline.daysAfter(When.on(JAN_20, DAMASCUS), 4, DAMASCUS);

      assertThat(deadline).isEqualTo(Deadline.on(JAN_24, DAMASCUS));
      assertThat(deadline.dueDate()).isEqualTo(JAN_24);
      assertThat(deadline.lapsesAt()).isEqualTo(LAPSE_24);
    }

    @Test
    void zeroDaysAfterADayIsThatDay() {
      assertThat(Deadline.daysAfter(When.on(JAN_20, DAMASCUS), 0, DAMASCUS))
          .isEqualTo(Deadline.on(JAN_20, DAMASCUS));
    }

    @Test
    void fromAnInstantCountsFromItsDateInTheZone() {
      // 2026-01-20T22:30Z is already the 21st in Damascus, still the 20th in UTC
      When late = When.at(Instant.parse("2026-01-20T22:30:00Z"));

      assertThat(Deadline.daysAfter(late, 4, DAMASCUS).dueDate())
          .isEqualTo(LocalDate.of(2026, 1, 25));
      assertThat(Deadline.daysAfter(late, 4, ZoneOffset.UTC).dueDate()).isEqualTo(JAN_24);
      assertThat(Deadline.daysAfter(late, 0, DAMASCUS))
          .isEqualTo(Deadline.on(LocalDate.of(2026, 1, 21), DAMASCUS));
    }

    @Test
    void fromAnInstantAtMidnightCountsFromTheNewDay() {
      When midnight = When.at(ZonedDateTime.of(2026, 1, 21, 0, 0, 0, 0, DAMASCUS));

      assertThat(Deadline.daysAfter(midnight, 1, DAMASCUS).dueDate())
          .isEqualTo(LocalDate.of(2026, 1, 22));
    }

    @Test
    void fromSeveralDaysCountsFromTheLastOfThem() {
      When twentiethOrTwentyFirst = When.between(JAN_20, LocalDate.of(2026, 1, 21), DAMASCUS);

      assertThat(Deadline.daysAfter(twentiethOrTwentyFirst, 4, DAMASCUS).dueDate())
          .isEqualTo(LocalDate.of(2026, 1, 25));
    }

    @Test
    void fromAWeekOrAMonthCountsFromItsLastDay() {
      assertThat(Deadline.daysAfter(When.weekBefore(JAN_20, DAMASCUS), 4, DAMASCUS).dueDate())
          .isEqualTo(LocalDate.of(2026, 1, 23));
      assertThat(
              Deadline.daysAfter(When.inMonth(YearMonth.of(2026, 1), DAMASCUS), 1, DAMASCUS)
                  .dueDate())
          .isEqualTo(LocalDate.of(2026, 2, 1));
    }

    @Test
    void landsOnTheSameLocalDateAcrossASummerTimeChange() {
      Deadline deadline = Deadline.daysAfter(When.on(LocalDate.of(2026, 3, 27), BERLIN), 4, BERLIN);

      assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
      // 2026-04-01T00:00+02:00
      assertThat(deadline.lapsesAt()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
    }

    @Test
    void rejectsNegativeDays() {
      When from = When.on(JAN_20, DAMASCUS);

      assertThatThrownBy(() -> Deadline.daysAfter(from, -1, DAMASCUS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Deadline.days (-1) must not be negative");
      assertThatThrownBy(() -> Deadline.daysAfter(from, Integer.MIN_VALUE, DAMASCUS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Deadline.days (-2147483648) must not be negative");
    }
  }

  @Nested
  class AtAnInstant {
    private final Instant noon24 = Instant.parse("2026-01-24T09:00:00Z");
    private final Deadline deadline = Deadline.at(noon24, DAMASCUS);

    @Test
    void lapsesAtTheInstant() {
      assertThat(deadline.isDay()).isFalse();
      assertThat(deadline.due()).isEqualTo(When.at(noon24, DAMASCUS));
      assertThat(deadline.lapsesAt()).isEqualTo(noon24);
      assertThat(deadline.hasLapsedAt(noon24.minusNanos(1))).isFalse();
      assertThat(deadline.hasLapsedAt(noon24)).isTrue();
    }

    @Test
    void readsItsDateInItsZone() {
      assertThat(deadline.zone()).isEqualTo(DAMASCUS);
      assertThat(deadline.dueDate()).isEqualTo(JAN_24);
      assertThat(Deadline.at(Instant.parse("2026-01-24T22:00:00Z"), DAMASCUS).dueDate())
          .isEqualTo(LocalDate.of(2026, 1, 25));
    }

    @Test
    void atAZonedDateTimeIsTheSame() {
      assertThat(Deadline.at(ZonedDateTime.of(2026, 1, 24, 12, 0, 0, 0, DAMASCUS)))
          .isEqualTo(deadline);
    }
  }

  @Nested
  class TimeLeft {
    private final Deadline deadline = Deadline.on(JAN_24, DAMASCUS);

    @Test
    void isTheDurationToTheLapse() {
      Instant noon22 = ZonedDateTime.of(2026, 1, 22, 12, 0, 0, 0, DAMASCUS).toInstant();

      assertThat(deadline.timeLeftAt(noon22)).isEqualTo(Duration.ofDays(2).plusHours(12));
    }

    @Test
    void isNegativeOnceLapsed() {
      assertThat(deadline.timeLeftAt(LAPSE_24.plusSeconds(3_600))).isEqualTo(Duration.ofHours(-1));
    }

    @Test
    void countsRealHoursAcrossASummerTimeChange() {
      Deadline berlin = Deadline.on(LocalDate.of(2026, 3, 29), BERLIN);
      Instant startOfDay = When.on(LocalDate.of(2026, 3, 29), BERLIN).start();

      assertThat(berlin.timeLeftAt(startOfDay)).isEqualTo(Duration.ofHours(23));
    }
  }

  @Nested
  class PlusDays {

    @Test
    void movesADayDeadlineByLocalDays() {
      Deadline deadline = Deadline.on(JAN_24, DAMASCUS);

      assertThat(deadline.plusDays(4)).isEqualTo(Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS));
      assertThat(deadline.plusDays(-4)).isEqualTo(Deadline.on(JAN_20, DAMASCUS));
      assertThat(deadline.plusDays(0)).isEqualTo(deadline);
    }

    @Test
    void movesAnInstantDeadlineToTheSameLocalTimeAcrossASummerTimeChange() {
      Deadline noon = Deadline.at(ZonedDateTime.of(2026, 3, 28, 12, 0, 0, 0, BERLIN));
      Deadline moved = noon.plusDays(1);

      assertThat(moved).isEqualTo(Deadline.at(ZonedDateTime.of(2026, 3, 29, 12, 0, 0, 0, BERLIN)));
      assertThat(Duration.between(noon.lapsesAt(), moved.lapsesAt()))
          .isEqualTo(Duration.ofHours(23));
    }

    @Test
    void movesADayDeadlineAcrossASummerTimeChange() {
      Deadline deadline = Deadline.on(LocalDate.of(2026, 3, 28), BERLIN).plusDays(1);

      assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 3, 29));
      assertThat(deadline.lapsesAt()).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    }
  }

  @Nested
  class Ordering {
    private final Deadline jan24 = Deadline.on(JAN_24, DAMASCUS);
    private final Deadline jan24Utc = Deadline.on(JAN_24, ZoneOffset.UTC);
    private final Deadline jan25 = Deadline.on(LocalDate.of(2026, 1, 25), DAMASCUS);
    private final Deadline atLapse24 = Deadline.at(LAPSE_24, DAMASCUS);

    @Test
    void isBeforeComparesLapseInstants() {
      assertThat(jan24.isBefore(jan25)).isTrue();
      assertThat(jan25.isBefore(jan24)).isFalse();
      assertThat(jan24.isBefore(jan24Utc)).isTrue();
      assertThat(jan24.isBefore(jan24)).isFalse();
      assertThat(jan24.isBefore(atLapse24)).isFalse();
      assertThat(atLapse24.isBefore(jan24)).isFalse();
    }

    @Test
    void compareToOrdersByLapseFirst() {
      assertThat(jan24.compareTo(jan25)).isNegative();
      assertThat(jan25.compareTo(jan24)).isPositive();
      assertThat(jan24.compareTo(jan24Utc)).isNegative();
      assertThat(jan24.compareTo(Deadline.on(JAN_24, DAMASCUS))).isZero();
    }

    @Test
    void compareToPutsAnInstantBeforeADayLapsingTogether() {
      assertThat(atLapse24.compareTo(jan24)).isNegative();
      assertThat(jan24.compareTo(atLapse24)).isPositive();
    }

    @Test
    void compareToBreaksTiesByZoneId() {
      // Asia/Baghdad and Asia/Damascus are both UTC+3 in 2026
      Deadline baghdad = Deadline.on(JAN_24, ZoneId.of("Asia/Baghdad"));

      assertThat(baghdad.lapsesAt()).isEqualTo(jan24.lapsesAt());
      assertThat(baghdad.compareTo(jan24)).isNegative();
      assertThat(jan24.compareTo(baghdad)).isPositive();
      assertThat(Deadline.at(LAPSE_24, ZoneId.of("Asia/Baghdad")).compareTo(atLapse24))
          .isNegative();
    }

    @Test
    void compareToIsZeroOnlyForEqualDeadlines() {
      List<Deadline> all =
          List.of(
              jan24,
              jan24Utc,
              jan25,
              atLapse24,
              Deadline.on(JAN_24, ZoneId.of("Asia/Baghdad")),
              Deadline.at(LAPSE_24, ZoneOffset.UTC));
      for (Deadline a : all) {
        for (Deadline b : all) {
          assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
        }
      }
    }

    @Test
    void sortsByLapse() {
      List<Deadline> sorted = new ArrayList<>(List.of(jan25, jan24Utc, jan24, atLapse24));
      sorted.sort(null);

      assertThat(sorted).containsExactly(atLapse24, jan24, jan24Utc, jan25);
    }
  }

  @Nested
  class Invariants {

    @Test
    void aDueSpanLongerThanADayIsRejected() {
      When week = When.weekBefore(JAN_20, DAMASCUS);

      assertThatThrownBy(() -> ImmutableDeadline.of(week))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Deadline.due (week 2026-01-13 to 2026-01-19 (Asia/Damascus)) must be one day or an"
                  + " instant");
      assertThatThrownBy(() -> ImmutableDeadline.of(When.between(JAN_20, JAN_24, DAMASCUS)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Deadline.due (2026-01-20 to 2026-01-24 (Asia/Damascus)) must be one day or an"
                  + " instant");
    }

    @Test
    void aMonthIsNotADay() {
      assertThatThrownBy(() -> ImmutableDeadline.of(When.inMonth(YearMonth.of(2026, 1), DAMASCUS)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Deadline.due (2026-01 (Asia/Damascus)) must be one day or an instant");
    }

    @Test
    void oneDayAndAnInstantAreAccepted() {
      assertThat(ImmutableDeadline.of(When.on(JAN_24, DAMASCUS)))
          .isEqualTo(Deadline.on(JAN_24, DAMASCUS));
      assertThat(ImmutableDeadline.of(When.at(LAPSE_24)))
          .isEqualTo(Deadline.at(LAPSE_24, ZoneOffset.UTC));
    }
  }

  @Nested
  class Texts {

    @Test
    void aDay() {
      assertThat(Deadline.on(JAN_24, DAMASCUS)).hasToString("end of 2026-01-24 (Asia/Damascus)");
    }

    @Test
    void anInstant() {
      assertThat(Deadline.at(ZonedDateTime.of(2026, 1, 24, 12, 0, 0, 0, DAMASCUS)))
          .hasToString("2026-01-24T12:00+03:00[Asia/Damascus]");
      assertThat(Deadline.at(LAPSE_24, ZoneOffset.UTC)).hasToString("2026-01-24T21:00:00Z");
    }
  }

  @Nested
  class TheRangeOfTimes {
    private static final String RANGE =
        " must lie in the years 1 to 9999 (0001-01-01 to 9999-12-31)";

    @Test
    void aDeadlineAtTheEndOfJavaTimeIsRefused() {
      assertThatThrownBy(() -> Deadline.at(Instant.MAX, DAMASCUS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("When.start (+1000000000-12-31T23:59:59.999999999Z) must lie");
      assertThatThrownBy(() -> Deadline.on(LocalDate.MAX, DAMASCUS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("When.date (+999999999-12-31)" + RANGE);
    }

    @Test
    void movingADeadlineOutOfTheRangeIsRefusedNamingTheDaysAndTheDeadline() {
      Deadline day = Deadline.on(JAN_24, DAMASCUS);
      assertThatThrownBy(() -> day.plusDays(Long.MAX_VALUE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Deadline.plusDays days (9223372036854775807) must keep the deadline (end of"
                  + " 2026-01-24 (Asia/Damascus)) in the years 1 to 9999 (0001-01-01 to"
                  + " 9999-12-31)");
      assertThatThrownBy(() -> day.plusDays(Long.MIN_VALUE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Deadline.plusDays days (-9223372036854775808) must keep");
      assertThatThrownBy(() -> Deadline.at(LAPSE_24, DAMASCUS).plusDays(1_000_000_000_000L))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Deadline.plusDays days (1000000000000) must keep");
      assertThatThrownBy(() -> day.plusDays(3_000_000))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("When.date (+10239-10-15)" + RANGE);
      assertThat(Deadline.on(When.MAX_DATE.minusDays(1), DAMASCUS).plusDays(1).dueDate())
          .isEqualTo(When.MAX_DATE);
    }

    @Test
    void daysAfterPastTheRangeIsRefused() {
      When concluded = When.on(JAN_20, DAMASCUS);
      assertThatThrownBy(() -> Deadline.daysAfter(concluded, Integer.MAX_VALUE, DAMASCUS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("When.date (+5881636-07-30)" + RANGE);
    }
  }
}
