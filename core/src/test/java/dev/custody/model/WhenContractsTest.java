package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Equality and null-handling contracts of {@link When}: equal exactly when precision, zone and span
 * are, whichever factory made them; no public method accepts {@code null}.
 */
class WhenContractsTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final LocalDate JAN_13 = LocalDate.of(2026, 1, 13);
  private static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);
  private static final Instant NOON_21 = Instant.parse("2026-01-21T09:00:00Z");

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            When.at(NOON_21),
            When.at(NOON_21, ZoneOffset.UTC),
            When.at(NOON_21.atZone(ZoneOffset.UTC)))
        .addEqualityGroup(
            When.at(NOON_21, DAMASCUS),
            When.at(ZonedDateTime.of(2026, 1, 21, 12, 0, 0, 0, DAMASCUS)))
        // the same instant with a fixed offset rather than a region is another value
        .addEqualityGroup(When.at(NOON_21, ZoneOffset.ofHours(3)))
        .addEqualityGroup(When.at(NOON_21, ZoneId.of("UTC")))
        .addEqualityGroup(When.at(NOON_21.plusNanos(1)))
        .addEqualityGroup(When.on(JAN_20, DAMASCUS), When.between(JAN_20, JAN_20, DAMASCUS))
        .addEqualityGroup(When.on(JAN_20, ZoneId.of("Asia/Baghdad")))
        .addEqualityGroup(When.on(JAN_20, ZoneOffset.UTC))
        .addEqualityGroup(When.on(JAN_20.plusDays(1), DAMASCUS))
        .addEqualityGroup(When.between(JAN_20, JAN_20.plusDays(1), DAMASCUS))
        .addEqualityGroup(When.weekBefore(JAN_20, DAMASCUS), When.weekStarting(JAN_13, DAMASCUS))
        // the same seven days, reported as days rather than as a week
        .addEqualityGroup(When.between(JAN_13, JAN_20.minusDays(1), DAMASCUS))
        .addEqualityGroup(When.weekStarting(JAN_20, DAMASCUS))
        .addEqualityGroup(
            When.inMonth(YearMonth.of(2026, 1), DAMASCUS),
            When.inMonth(YearMonth.from(JAN_20), DAMASCUS))
        .addEqualityGroup(
            When.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), DAMASCUS))
        .addEqualityGroup(When.inMonth(YearMonth.of(2026, 2), DAMASCUS))
        .testEquals();
  }

  @Test
  void byStartIsConsistentWithEqualsForAWeekAndTheSameSevenDays() {
    When week = When.weekStarting(JAN_13, DAMASCUS);
    When days = When.between(JAN_13, JAN_20.minusDays(1), DAMASCUS);

    assertThat(week).isNotEqualTo(days);
    // same span: precision breaks the tie, days (DAY) before the week (WEEK)
    assertThat(When.byStart().compare(days, week)).isNegative();
    assertThat(When.byStart().compare(week, days)).isPositive();
    assertThat(new java.util.TreeSet<>(When.byStart())).isEmpty();
    java.util.TreeSet<When> set = new java.util.TreeSet<>(When.byStart());
    set.add(week);
    set.add(days);
    assertThat(set).containsExactly(days, week);
  }

  @Test
  void noPublicMethodAcceptsNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Instant.class, NOON_21)
            .setDefault(ZoneId.class, DAMASCUS)
            .setDefault(LocalDate.class, JAN_20)
            .setDefault(YearMonth.class, YearMonth.of(2026, 1))
            .setDefault(ZonedDateTime.class, ZonedDateTime.of(2026, 1, 21, 12, 0, 0, 0, DAMASCUS))
            .setDefault(When.class, When.on(JAN_20, DAMASCUS));

    tester.testAllPublicStaticMethods(When.class);
    for (When when :
        new When[] {
          When.at(NOON_21),
          When.at(NOON_21, DAMASCUS),
          When.on(JAN_20, DAMASCUS),
          When.between(JAN_13, JAN_20, DAMASCUS),
          When.weekBefore(JAN_20, DAMASCUS),
          When.inMonth(YearMonth.of(2026, 1), DAMASCUS)
        }) {
      tester.testAllPublicInstanceMethods(when);
    }
  }
}
