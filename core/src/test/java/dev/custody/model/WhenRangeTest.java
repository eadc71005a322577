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

/**
 * The range of times the model accepts, the years 1 to 9999 in a value's own zone: refused outside
 * with the value and the range named, and every value inside printable and readable in any zone.
 */
class WhenRangeTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ZoneId FAR_EAST = ZoneOffset.ofHours(18);
  private static final ZoneId FAR_WEST = ZoneOffset.ofHours(-18);
  private static final String RANGE = " must lie in the years 1 to 9999 (0001-01-01 to 9999-12-31)";

  @Test
  void theRangeIsYearOneToYearNineThousandNineHundredNinetyNine() {
    assertThat(When.MIN_DATE).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(When.MAX_DATE).isEqualTo(LocalDate.of(9999, 12, 31));
  }

  @Test
  void anInstantAtTheEndOfJavaTimeIsRefusedNamingItAndTheRange() {
    assertThatThrownBy(() -> When.at(Instant.MAX, DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "When.start (+1000000000-12-31T23:59:59.999999999Z) must lie in the years 1 to 9999"
                + " (0001-01-01 to 9999-12-31) in its zone (Asia/Damascus)");
    assertThatThrownBy(() -> When.at(Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("in its zone (Z)");
    assertThatThrownBy(() -> When.at(Instant.MIN, DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("When.start (-1000000000-01-01T00:00:00Z) must lie in the years");
  }

  @Test
  void anInstantIsJudgedByItsDateInItsOwnZone() {
    Instant lastMomentInUtc = Instant.parse("9999-12-31T23:59:59Z");
    assertThat(When.at(lastMomentInUtc)).hasToString("9999-12-31T23:59:59Z");
    assertThat(When.at(lastMomentInUtc, FAR_WEST).firstDate())
        .isEqualTo(LocalDate.of(9999, 12, 31));
    // the same moment is already in the year 10000 east of Greenwich
    assertThatThrownBy(() -> When.at(lastMomentInUtc, DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.start (9999-12-31T23:59:59Z, +10000-01-01 in Asia/Damascus)" + RANGE);
    Instant firstMomentInUtc = Instant.parse("0001-01-01T00:00:00Z");
    assertThat(When.at(firstMomentInUtc)).hasToString("0001-01-01T00:00:00Z");
    assertThatThrownBy(() -> When.at(firstMomentInUtc, FAR_WEST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.start (0001-01-01T00:00:00Z, 0000-12-31 in -18:00)" + RANGE);
    assertThat(When.at(ZonedDateTime.of(9999, 12, 31, 23, 59, 59, 0, FAR_EAST)).firstDate())
        .isEqualTo(When.MAX_DATE);
  }

  @Test
  void daysAtTheEndsOfTheRangeAreAcceptedAndPrintable() {
    assertThat(When.on(When.MAX_DATE, DAMASCUS)).hasToString("9999-12-31 (Asia/Damascus)");
    assertThat(When.on(When.MIN_DATE, FAR_EAST)).hasToString("0001-01-01 (+18:00)");
    assertThat(When.between(When.MIN_DATE, When.MAX_DATE, FAR_WEST).lastDate())
        .isEqualTo(When.MAX_DATE);
    assertThat(When.inMonth(YearMonth.of(9999, 12), DAMASCUS))
        .hasToString("9999-12 (Asia/Damascus)");
    assertThat(When.weekBefore(LocalDate.of(1, 1, 8), DAMASCUS).firstDate())
        .isEqualTo(When.MIN_DATE);
    assertThat(When.weekStarting(LocalDate.of(9999, 12, 25), DAMASCUS).lastDate())
        .isEqualTo(When.MAX_DATE);
  }

  @Test
  void daysOutsideTheRangeAreRefusedBeforeAnyDateArithmetic() {
    assertThatThrownBy(() -> When.on(LocalDate.MAX, DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.date (+999999999-12-31)" + RANGE);
    assertThatThrownBy(() -> When.on(LocalDate.of(999_999_999, 12, 30), ZoneOffset.UTC))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.date (+999999999-12-30)" + RANGE);
    assertThatThrownBy(() -> When.on(LocalDate.of(0, 12, 31), DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.date (0000-12-31)" + RANGE);
    assertThatThrownBy(() -> When.weekBefore(LocalDate.MIN, DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.date (-999999999-01-01)" + RANGE);
    assertThatThrownBy(() -> When.weekStarting(LocalDate.MAX, DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.first (+999999999-12-31)" + RANGE);
    assertThatThrownBy(() -> When.between(LocalDate.MIN, LocalDate.MAX, DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.first (-999999999-01-01)" + RANGE);
    assertThatThrownBy(() -> When.between(When.MIN_DATE, LocalDate.MAX, DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.last (+999999999-12-31)" + RANGE);
    assertThatThrownBy(() -> When.inMonth(YearMonth.of(999_999_999, 12), DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.month (+999999999-12-01)" + RANGE);
  }

  @Test
  void aSpanThatRunsPastTheRangeIsRefusedNamingTheDayOutside() {
    assertThatThrownBy(() -> When.weekStarting(LocalDate.of(9999, 12, 30), DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.lastDate (+10000-01-05 in Asia/Damascus)" + RANGE);
    assertThatThrownBy(() -> When.weekBefore(LocalDate.of(1, 1, 3), DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("When.firstDate (0000-12-27 in Asia/Damascus)" + RANGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Asia/Damascus", "Pacific/Kiritimati", "Etc/GMT+12", "+18:00", "-18:00"})
  void everyAcceptedValueAtTheEndsPrintsAndReadsItsDatesInEveryZone(String zoneId) {
    ZoneId zone = ZoneId.of(zoneId);
    List<When> ends =
        List.of(
            When.on(When.MIN_DATE, zone),
            When.on(When.MAX_DATE, zone),
            When.at(When.MIN_DATE.atStartOfDay(zone).toInstant(), zone),
            When.at(When.MAX_DATE.plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1), zone),
            When.inMonth(YearMonth.of(1, 1), zone),
            When.inMonth(YearMonth.of(9999, 12), zone));
    for (When when : ends) {
      assertThat(when.toString()).isNotBlank();
      assertThat(when.firstDate()).isBetween(When.MIN_DATE, When.MAX_DATE);
      assertThat(when.lastDate()).isBetween(When.MIN_DATE, When.MAX_DATE);
    }
  }

  @Test
  void aliasDatesLieInTheSameRange() {
    assertThat(Alias.since("K", When.MIN_DATE).from()).contains(When.MIN_DATE);
    assertThat(Alias.until("K", When.MAX_DATE).until()).contains(When.MAX_DATE);
    assertThatThrownBy(() -> Alias.since("K", LocalDate.MIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Alias.from (-999999999-01-01)" + RANGE);
    assertThatThrownBy(() -> Alias.of("K", When.MIN_DATE, LocalDate.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Alias.until (+999999999-12-31)" + RANGE);
  }

  @Test
  void anEndBeyondTheRangeIsRefusedNamingTheEndEvenAfterAGoodStart() {
    // no factory makes such a value: the generated constructor is the path every value takes
    Instant start = Instant.parse("2026-01-19T22:00:00Z");
    assertThatThrownBy(() -> ImmutableWhen.of(When.Precision.DAY, DAMASCUS, start, Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "When.end (+1000000000-12-31T23:59:59.999999999Z) must lie in the years 1 to 9999"
                + " (0001-01-01 to 9999-12-31) in its zone (Asia/Damascus)");
  }
}
