package dev.custody.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Deadline;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Times as people write them, and zones as people name them. */
class TimeWordingTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");

  @Test
  void writes_the_date_and_time_in_the_zone_with_its_name() {
    assertThat(TimeWording.at(Instant.parse("2026-01-23T09:00:00Z"), DAMASCUS))
        .isEqualTo("2026-01-23 12:00 Damascus time");
    assertThat(TimeWording.at(Instant.parse("2026-01-23T09:00:30Z"), DAMASCUS))
        .isEqualTo("2026-01-23 12:00:30 Damascus time");
  }

  @Test
  void writes_midnight_as_the_end_of_the_day_before() {
    assertThat(TimeWording.at(Instant.parse("2026-01-22T21:00:00Z"), DAMASCUS))
        .isEqualTo("2026-01-22 24:00 Damascus time");
    assertThat(TimeWording.at(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .isEqualTo("2025-12-31 24:00 UTC");
  }

  @Test
  void adds_the_instant_in_utc() {
    assertThat(TimeWording.atWithInstant(Instant.parse("2026-01-25T21:00:00Z"), DAMASCUS))
        .isEqualTo("2026-01-25 24:00 Damascus time (2026-01-25T21:00:00Z)");
  }

  @Test
  void writes_an_instant_beyond_the_calendar_as_the_instant() {
    assertThat(TimeWording.at(Instant.MAX, DAMASCUS)).isEqualTo(Instant.MAX.toString());
    assertThat(TimeWording.atWithInstant(Instant.MAX, DAMASCUS)).isEqualTo(Instant.MAX.toString());
  }

  @Test
  void names_a_zone_by_its_city_or_its_offset() {
    assertThat(TimeWording.zoneName(DAMASCUS)).isEqualTo("Damascus time");
    assertThat(TimeWording.zoneName(ZoneId.of("America/New_York"))).isEqualTo("New York time");
    assertThat(TimeWording.zoneName(ZoneId.of("America/Argentina/Buenos_Aires")))
        .isEqualTo("Buenos Aires time");
    assertThat(TimeWording.zoneName(ZoneOffset.UTC)).isEqualTo("UTC");
    assertThat(TimeWording.zoneName(ZoneId.of("UTC"))).isEqualTo("UTC");
    assertThat(TimeWording.zoneName(ZoneId.of("Etc/UTC"))).isEqualTo("UTC");
    assertThat(TimeWording.zoneName(ZoneOffset.ofHours(3))).isEqualTo("UTC+03:00");
    assertThat(TimeWording.zoneName(ZoneId.of("UTC+03:00"))).isEqualTo("UTC+03:00");
    assertThat(TimeWording.zoneName(ZoneId.of("Etc/GMT+3"))).isEqualTo("UTC-03:00");
    assertThat(TimeWording.zoneName(ZoneId.of("CET"))).isEqualTo("CET time");
  }

  @Test
  void writes_a_deadline_as_the_end_of_its_day_or_its_instant_in_its_own_zone() {
    assertThat(TimeWording.deadline(Deadline.on(LocalDate.parse("2026-01-24"), DAMASCUS)))
        .isEqualTo("2026-01-24 24:00 Damascus time");
    assertThat(
            TimeWording.deadline(Deadline.on(LocalDate.parse("2026-01-10"), ZoneOffset.ofHours(3))))
        .isEqualTo("2026-01-10 24:00 UTC+03:00");
    assertThat(TimeWording.deadline(Deadline.at(Instant.parse("2026-01-24T09:00:00Z"), DAMASCUS)))
        .isEqualTo("2026-01-24 12:00 Damascus time");
  }
}
