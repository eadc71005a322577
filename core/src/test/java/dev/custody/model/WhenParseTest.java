package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link When#parse(CharSequence)}: every form {@code toString} writes, and leap seconds. */
class WhenParseTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);

  @Test
  void readsEveryFormToStringWrites() {
    List<When> all =
        List.of(
            When.at(Instant.parse("2026-01-21T09:00:00Z")),
            When.at(Instant.parse("2026-01-21T09:00:00.123456789Z")),
            When.at(Instant.parse("2026-01-21T09:00:00Z"), DAMASCUS),
            When.at(Instant.parse("2026-01-21T09:00:00Z"), ZoneOffset.ofHours(3)),
            When.at(Instant.parse("2026-01-21T09:00:00Z"), ZoneId.of("UTC")),
            When.on(JAN_20, DAMASCUS),
            When.on(JAN_20, ZoneOffset.UTC),
            When.between(JAN_20, JAN_20.plusDays(1), DAMASCUS),
            When.weekBefore(JAN_20, DAMASCUS),
            When.inMonth(YearMonth.of(2026, 1), DAMASCUS),
            When.on(When.MIN_DATE, DAMASCUS),
            When.on(When.MAX_DATE, DAMASCUS));
    for (When when : all) {
      assertThat(When.parse(when.toString())).as("parse(\"%s\")", when).isEqualTo(when);
    }
  }

  @Test
  void readsAnInstantWithAnOffsetInThatOffset() {
    assertThat(When.parse("2026-01-21T12:00:00+03:00"))
        .isEqualTo(When.at(ZonedDateTime.parse("2026-01-21T12:00:00+03:00")));
    assertThat(When.parse("2026-01-21T12:00:00+03:00").start())
        .isEqualTo(Instant.parse("2026-01-21T09:00:00Z"));
  }

  @Test
  void readsTheSameDayTwiceAsThatDay() {
    assertThat(When.parse("2026-01-20 to 2026-01-20 (Asia/Damascus)"))
        .isEqualTo(When.on(JAN_20, DAMASCUS));
  }

  @Test
  void aLeapSecondOnADayWithoutOneIsRefused() {
    assertThatThrownBy(() -> When.parse("2026-01-20T23:59:60Z"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "When text (\"2026-01-20T23:59:60Z\") has a leap second on 2026-01-20, a day without"
                + " one: leap seconds were inserted only at the end of 27 UTC days from 1972-06-30"
                + " to 2016-12-31");
    // java.time alone would have read it as the second before
    assertThat(Instant.parse("2026-01-20T23:59:60Z")).isEqualTo("2026-01-20T23:59:59Z");
  }

  @Test
  void aRealLeapSecondIsReadAsTheSecondBeforeItAsJavaTimeReadsIt() {
    assertThat(When.parse("2016-12-31T23:59:60Z"))
        .isEqualTo(When.at(Instant.parse("2016-12-31T23:59:59Z")));
    assertThat(When.parse("1972-06-30T23:59:60.5Z"))
        .isEqualTo(When.at(Instant.parse("1972-06-30T23:59:59.5Z")));
    assertThat(WhenText.LEAP_SECOND_DAYS).hasSize(27);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2016-12-31T23:59:60+00:00",
        "2016-12-31T02:59:60+03:00",
        "2016-12-31T12:30:60Z",
        "2016-12-31T23:59:60+03:00[Asia/Damascus]"
      })
  void aSecondSixtyAnywhereElseIsRefused(String text) {
    assertThatThrownBy(() -> When.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a second 60, which only a leap second has");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "yesterday",
        "2026-01-21T09:00:00",
        "2026-01-21 09:00:00Z",
        "2026-01-20 (Asia/Damascus",
        "week 2026-01-13 (Asia/Damascus)",
        "2026-01-21T09:00:00Z[Mars/Olympus]"
      })
  void refusesTextsOfNoFormShowingTheText(String text) {
    assertThatThrownBy(() -> When.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "When text (\"" + text + "\") must read like \"2026-01-21T09:00:00Z\"");
  }

  @Test
  void refusesWhatIsNoDayNoZoneOrNoWeek() {
    assertThatThrownBy(() -> When.parse("2026-02-30 (Asia/Damascus)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "When text (\"2026-02-30 (Asia/Damascus)\") has a date (2026-02-30) that is not a day"
                + " of the calendar");
    assertThatThrownBy(() -> When.parse("2026-01 (Mars/Olympus)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "When text (\"2026-01 (Mars/Olympus)\") has a zone (\"Mars/Olympus\") that is not a"
                + " time zone id like \"Asia/Damascus\" or \"+03:00\"");
    assertThatThrownBy(() -> When.parse("week 2026-01-13 to 2026-01-20 (Asia/Damascus)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "When text (\"week 2026-01-13 to 2026-01-20 (Asia/Damascus)\") must name a week of"
                + " seven days; 2026-01-13 to 2026-01-20 is not");
    assertThatThrownBy(() -> When.parse("2026-13 (Asia/Damascus)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a month (2026-13) that is not a month of the calendar");
  }

  @Test
  void refusesTimesOutsideTheRangeAndShowsHiddenCharactersEscaped() {
    assertThatThrownBy(() -> When.parse("+10000-01-01 (Asia/Damascus)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "When.date (+10000-01-01) must lie in the years 1 to 9999 (0001-01-01 to 9999-12-31)");
    assertThatThrownBy(() -> When.parse("2026-01-21\u0000\nno errors"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("When text (\"2026-01-21\\u0000\\u000ano errors\") must read like")
        .message()
        .doesNotContain("\n");
  }
}
