package dev.custody.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/**
 * Deadlines are counted on local dates: they land on the same local date in their zone whatever
 * offset changes lie around them.
 */
class DeadlineProperties {
  private static final List<String> ZONE_IDS =
      ZoneId.getAvailableZoneIds().stream().sorted().toList();
  private static final Map<ZoneId, List<LocalDate>> OFFSET_CHANGES = offsetChanges();

  /**
   * Checks if {@code date} exists in {@code zone}. A handful of zones skipped a whole calendar day
   * when they moved across the date line (Pacific/Apia and Pacific/Fakaofo skipped 2011-12-30,
   * Pacific/Kiritimati and Pacific/Kanton 1994-12-31, Pacific/Kwajalein 1993-08-21); {@link
   * When#on} rejects such a day, having no moment to denote.
   */
  private static boolean exists(LocalDate date, ZoneId zone) {
    return date.atStartOfDay(zone).toLocalDate().equals(date);
  }

  @Property(tries = 1000)
  void aDeadlineLandsOnTheSameLocalDateWhateverTheOffsets(
      @ForAll @DateRange(min = "1900-01-01", max = "2100-12-31") LocalDate date,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = 0, max = 400) int days) {
    LocalDate due = date.plusDays(days);
    Assume.that(exists(date, zone) && exists(due, zone));

    Deadline deadline = Deadline.daysAfter(When.on(date, zone), days, zone);

    assertThat(deadline.dueDate()).isEqualTo(due);
    assertThat(deadline.zone()).isEqualTo(zone);
    assertThat(deadline.lapsesAt()).isEqualTo(due.plusDays(1).atStartOfDay(zone).toInstant());
    assertThat(deadline).isEqualTo(Deadline.on(due, zone));
  }

  /**
   * The same, with the start or the due date within two days of an offset change of the zone
   * (summer time, or a zone changing its standard offset), where random dates seldom fall.
   */
  @Property(tries = 1000)
  void aDeadlineLandsOnTheSameLocalDateAroundOffsetChanges(@ForAll("nearOffsetChanges") Case c) {
    LocalDate due = c.date().plusDays(c.days());
    Assume.that(exists(c.date(), c.zone()) && exists(due, c.zone()));

    Deadline deadline = Deadline.daysAfter(When.on(c.date(), c.zone()), c.days(), c.zone());

    assertThat(deadline.dueDate()).isEqualTo(due);
    assertThat(deadline.lapsesAt()).isEqualTo(due.plusDays(1).atStartOfDay(c.zone()).toInstant());
  }

  /** A start date, a number of days and a zone. */
  record Case(LocalDate date, int days, ZoneId zone) {}

  @Provide
  Arbitrary<Case> nearOffsetChanges() {
    return Arbitraries.of(OFFSET_CHANGES.keySet())
        .flatMap(
            zone ->
                Combinators.combine(
                        Arbitraries.of(OFFSET_CHANGES.get(zone)),
                        Arbitraries.integers().between(-2, 2),
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.of(true, false))
                    .as(
                        (change, shift, days, changeNearDue) -> {
                          LocalDate near = change.plusDays(shift);
                          LocalDate start = changeNearDue ? near.minusDays(days) : near;
                          return new Case(start, days, zone);
                        }));
  }

  /**
   * For every zone that has any, the local dates (before the change) of its offset changes from
   * 1900 to 2100.
   */
  private static Map<ZoneId, List<LocalDate>> offsetChanges() {
    Map<ZoneId, List<LocalDate>> changes = new LinkedHashMap<>();
    Instant from = Instant.parse("1900-01-01T00:00:00Z");
    Instant until = Instant.parse("2101-01-01T00:00:00Z");
    for (String id : ZONE_IDS) {
      ZoneRules rules = ZoneId.of(id).getRules();
      List<LocalDate> dates = new ArrayList<>();
      for (ZoneOffsetTransition t = rules.nextTransition(from);
          t != null && t.getInstant().isBefore(until);
          t = rules.nextTransition(t.getInstant())) {
        dates.add(t.getDateTimeBefore().toLocalDate());
      }
      if (!dates.isEmpty()) {
        changes.put(ZoneId.of(id), dates);
      }
    }
    return changes;
  }

  @Property(tries = 500)
  void aDeadlineIsPendingUntilItsLapseAndLapsedFromIt(
      @ForAll @DateRange(min = "1970-01-01", max = "2100-12-31") LocalDate date,
      @ForAll("zones") ZoneId zone) {
    Assume.that(exists(date, zone));
    Deadline deadline = Deadline.on(date, zone);
    Instant lapse = deadline.lapsesAt();

    assertThat(deadline.hasLapsedAt(lapse.minusNanos(1))).isFalse();
    assertThat(deadline.hasLapsedAt(lapse)).isTrue();
    assertThat(deadline.timeLeftAt(lapse.minusNanos(1))).isEqualTo(Duration.ofNanos(1));
    assertThat(deadline.hasLapsedAt(When.on(date, zone).start())).isFalse();
    // the lapse is the first moment of the next local day
    assertThat(lapse.atZone(zone).toLocalDate()).isEqualTo(date.plusDays(1));
    assertThat(lapse.minusNanos(1).atZone(zone).toLocalDate()).isEqualTo(date);
  }

  @Property(tries = 500)
  void plusDaysAddsLocalDaysAndIsReversible(
      @ForAll @DateRange(min = "1970-01-01", max = "2100-12-31") LocalDate date,
      @ForAll("zones") ZoneId zone,
      @ForAll @IntRange(min = -400, max = 400) int days) {
    Assume.that(exists(date, zone) && exists(date.plusDays(days), zone));
    Deadline deadline = Deadline.on(date, zone);

    assertThat(deadline.plusDays(days).dueDate()).isEqualTo(date.plusDays(days));
    assertThat(deadline.plusDays(days).plusDays(-days)).isEqualTo(deadline);
    assertThat(deadline.plusDays(days).isBefore(deadline)).isEqualTo(days < 0);
  }

  @Property(tries = 500)
  void compareToAgreesWithIsBeforeAndEquals(
      @ForAll @DateRange(min = "2025-01-01", max = "2026-12-31") LocalDate a,
      @ForAll @DateRange(min = "2025-01-01", max = "2026-12-31") LocalDate b,
      @ForAll("zones") ZoneId zoneA,
      @ForAll("zones") ZoneId zoneB) {
    Assume.that(exists(a, zoneA) && exists(b, zoneB));
    Deadline x = Deadline.on(a, zoneA);
    Deadline y = Deadline.on(b, zoneB);

    if (x.isBefore(y)) {
      assertThat(x.compareTo(y)).isNegative();
    }
    assertThat(Integer.signum(x.compareTo(y))).isEqualTo(-Integer.signum(y.compareTo(x)));
    assertThat(x.compareTo(y) == 0).isEqualTo(x.equals(y));
  }

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of(ZONE_IDS).map(ZoneId::of);
  }
}
