package dev.custody.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class TermTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final When JAN_20 = When.on(LocalDate.of(2026, 1, 20), DAMASCUS);

  @Test
  void hoursFromADayRunToTheEndOfTheDayThatManyDaysLater() {
    Term pause = Term.of(JAN_20, Duration.ofHours(120));

    assertThat(pause.end()).isEqualTo(Deadline.on(LocalDate.of(2026, 1, 25), DAMASCUS));
    assertThat(pause.start()).isEqualTo(JAN_20);
    assertThat(pause.duration()).contains(Duration.ofHours(120));
    assertThat(pause.period()).isEmpty();
    assertThat(pause).hasToString("120 hours from 2026-01-20 (Asia/Damascus)");
  }

  @Test
  void hoursThatAreNotWholeDaysFromADayEndAfterTheLastMomentOfTheDay() {
    Term pause = Term.of(JAN_20, Duration.ofHours(36));

    // the ceasefire may have been agreed at any moment of the 20th: 36 hours after its end
    assertThat(pause.end())
        .isEqualTo(Deadline.at(ZonedDateTime.of(2026, 1, 22, 12, 0, 0, 0, DAMASCUS)));
    assertThat(pause.length()).isEqualTo("36 hours");
  }

  @Test
  void hoursFromAnInstantEndThatManyHoursLater() {
    Instant eight = ZonedDateTime.of(2026, 1, 20, 20, 0, 0, 0, DAMASCUS).toInstant();
    Term pause = Term.of(When.at(eight, DAMASCUS), Duration.ofHours(120));

    assertThat(pause.end()).isEqualTo(Deadline.at(eight.plus(Duration.ofHours(120)), DAMASCUS));
    assertThat(pause.end().lapsesAt()).isEqualTo(Instant.parse("2026-01-25T17:00:00Z"));
  }

  @Test
  void aPeriodFollowsTheCalendarOfTheStartsZone() {
    // across the change to summer time in Berlin on 2026-03-29: six calendar months, not hours
    Instant noon = ZonedDateTime.of(2026, 1, 15, 12, 0, 0, 0, BERLIN).toInstant();
    Term sixMonths = Term.of(When.at(noon, BERLIN), Period.ofMonths(6));
    Term fromADay = Term.of(JAN_20, Period.ofMonths(6));

    assertThat(sixMonths.end())
        .isEqualTo(Deadline.at(ZonedDateTime.of(2026, 7, 15, 12, 0, 0, 0, BERLIN)));
    assertThat(fromADay.end()).isEqualTo(Deadline.on(LocalDate.of(2026, 7, 20), DAMASCUS));
    assertThat(fromADay).hasToString("6 months from 2026-01-20 (Asia/Damascus)");
  }

  @Test
  void wholeDaysShortenedBySummerTimeEndAtTheirLengthInstead() {
    // New York moves to summer time on 2026-03-08: the 8th has 23 hours
    ZoneId newYork = ZoneId.of("America/New_York");
    Term twoDays = Term.of(When.on(LocalDate.of(2026, 3, 7), newYork), Duration.ofHours(48));
    Term inWinter = Term.of(When.on(LocalDate.of(2026, 1, 7), newYork), Duration.ofHours(48));

    assertThat(twoDays.end())
        .isEqualTo(Deadline.at(Instant.parse("2026-03-10T05:00:00Z"), newYork));
    assertThat(inWinter.end()).isEqualTo(Deadline.on(LocalDate.of(2026, 1, 9), newYork));
  }

  @Test
  void lengthsReadAsAReaderSaysThem() {
    assertThat(Term.of(JAN_20, Duration.ofHours(1)).length()).isEqualTo("1 hour");
    assertThat(Term.of(JAN_20, Duration.ofMinutes(90)).length()).isEqualTo("1 hour 30 minutes");
    assertThat(Term.of(JAN_20, Duration.ofSeconds(61)).length()).isEqualTo("1 minute 1 second");
    assertThat(Term.of(JAN_20, Duration.ofMillis(5)).length()).isEqualTo("PT0.005S");
    assertThat(Term.of(JAN_20, Period.of(1, 2, 3)).length()).isEqualTo("1 year 2 months 3 days");
    assertThat(Term.of(JAN_20, Period.ofDays(1)).length()).isEqualTo("1 day");
  }

  @Test
  void rejectsALengthThatIsNotPositive() {
    assertThatThrownBy(() -> Term.of(JAN_20, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Term.duration (PT0S) must be positive");
    assertThatThrownBy(() -> Term.of(JAN_20, Duration.ofHours(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Term.duration (PT-1H) must be positive");
    assertThatThrownBy(() -> Term.of(JAN_20, Period.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Term.period (P0D) must be positive, with no negative unit");
    assertThatThrownBy(() -> Term.of(JAN_20, Period.of(0, 1, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Term.period (P1M-1D) must be positive, with no negative unit");
  }

  @Test
  void rejectsATermThatWouldEndAfterTheYear9999() {
    When late = When.on(LocalDate.of(9999, 12, 30), DAMASCUS);

    assertThatThrownBy(() -> Term.of(late, Duration.ofDays(2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Term.duration (PT48H) must end the term from 9999-12-30 (Asia/Damascus) within the"
                + " years 1 to 9999 (0001-01-01 to 9999-12-31)");
    assertThatThrownBy(() -> Term.of(JAN_20, Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Term.duration (PT2562047788015215H30M7S) must end the term");
    assertThatThrownBy(() -> Term.of(JAN_20, Period.ofYears(Integer.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Term.period (P2147483647Y) must end the term");
    assertThat(Term.of(late, Duration.ofDays(1)).end())
        .isEqualTo(Deadline.on(LocalDate.of(9999, 12, 31), DAMASCUS));
  }

  @Test
  void equalityIsByStartAndLength() {
    assertThat(Term.of(JAN_20, Duration.ofHours(120)))
        .isEqualTo(Term.of(JAN_20, Duration.ofHours(120)))
        .hasSameHashCodeAs(Term.of(JAN_20, Duration.ofHours(120)))
        .isNotEqualTo(Term.of(JAN_20, Duration.ofHours(121)))
        .isNotEqualTo(Term.of(JAN_20, Period.ofDays(5)));
  }
}
