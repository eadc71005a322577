package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of {@link When}'s honest comparisons. Values are drawn from a few months around the
 * reference case and from zones far apart, with and without summer time, so that spans often touch,
 * nest and overlap.
 */
class WhenProperties {
  private static final LocalDate FIRST = LocalDate.of(2025, 12, 1);
  private static final int DAYS = 150;

  @Property(tries = 1000)
  void exactlyOneOfBeforeAfterAndOverlapsHolds(@ForAll("whens") When a, @ForAll("whens") When b) {
    int holding = (a.isBefore(b) ? 1 : 0) + (a.isAfter(b) ? 1 : 0) + (a.overlaps(b) ? 1 : 0);

    assertThat(holding).as("%s vs %s", a, b).isEqualTo(1);
  }

  @Property(tries = 1000)
  void overlapsIsSymmetricAndBeforeMirrorsAfter(@ForAll("whens") When a, @ForAll("whens") When b) {
    assertThat(a.overlaps(b)).as("%s overlaps %s", a, b).isEqualTo(b.overlaps(a));
    assertThat(a.isBefore(b)).as("%s before %s", a, b).isEqualTo(b.isAfter(a));
  }

  @Property(tries = 1000)
  void beforeMeansEveryMomentPrecedesEveryMoment(@ForAll("whens") When a, @ForAll("whens") When b) {
    // the last moment a may denote precedes the first moment b may denote
    Instant lastOfA = a.isInstant() ? a.end() : a.end().minusNanos(1);

    assertThat(a.isBefore(b)).as("%s before %s", a, b).isEqualTo(lastOfA.isBefore(b.start()));
  }

  @Property(tries = 1000)
  void overlappingValuesShareAMoment(@ForAll("whens") When a, @ForAll("whens") When b) {
    Instant latestStart = a.start().isAfter(b.start()) ? a.start() : b.start();

    assertThat(a.overlaps(b))
        .as("%s overlaps %s", a, b)
        .isEqualTo(a.contains(latestStart) && b.contains(latestStart));
  }

  @Property(tries = 1000)
  void whateverIsBeforeSortsFirst(@ForAll("whens") When a, @ForAll("whens") When b) {
    if (a.isBefore(b)) {
      assertThat(When.byStart().compare(a, b)).as("%s vs %s", a, b).isNegative();
      assertThat(When.byStart().compare(b, a)).as("%s vs %s", b, a).isPositive();
    }
  }

  @Property(tries = 500)
  void byStartIsAntisymmetric(@ForAll("whens") When a, @ForAll("whens") When b) {
    assertThat(Integer.signum(When.byStart().compare(a, b)))
        .isEqualTo(-Integer.signum(When.byStart().compare(b, a)));
  }

  @Property(tries = 500)
  void aSpanContainsItsStartAndNotItsEnd(@ForAll("whens") When when) {
    assertThat(when.contains(when.start())).as("%s contains its start", when).isTrue();
    if (!when.isInstant()) {
      assertThat(when.contains(when.end())).as("%s contains its end", when).isFalse();
      assertThat(when.contains(when.end().minusNanos(1))).isTrue();
      assertThat(when.firstDate()).isBeforeOrEqualTo(when.lastDate());
    } else {
      assertThat(when.firstDate()).isEqualTo(when.lastDate());
    }
  }

  @Property(tries = 500)
  void everyValueOverlapsItself(@ForAll("whens") When when) {
    assertThat(when.overlaps(when)).isTrue();
    assertThat(when.isBefore(when)).isFalse();
    assertThat(when.isCertainlyBy(when.end())).isTrue();
  }

  @Property(tries = 500)
  void comparingWithAnInstantIsComparingWithThatInstantAsAWhen(
      @ForAll("whens") When when, @ForAll("instants") Instant instant) {
    assertThat(when.isBefore(instant)).isEqualTo(when.isBefore(When.at(instant)));
    assertThat(when.isAfter(instant)).isEqualTo(when.isAfter(When.at(instant)));
    assertThat(when.contains(instant)).isEqualTo(when.overlaps(When.at(instant)));
  }

  @Property(tries = 1000)
  void parseIsTheInverseOfToString(@ForAll("whens") When when) {
    assertThat(When.parse(when.toString())).as("parse(\"%s\")", when).isEqualTo(when);
  }

  @Property(tries = 300)
  void parseReadsEveryInstantAcrossTheWholeRangeBack(@ForAll("anyInstants") Instant instant) {
    When when = When.at(instant);
    assertThat(When.parse(when.toString())).isEqualTo(when);
  }

  @Provide
  Arbitrary<Instant> anyInstants() {
    long first = When.MIN_DATE.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    long last = When.MAX_DATE.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - 1;
    return Combinators.combine(
            Arbitraries.longs().between(first, last),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  @Provide
  Arbitrary<When> whens() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, DAYS).map(FIRST::plusDays);
    Arbitrary<ZoneId> zones = zones();
    return Arbitraries.oneOf(
        Combinators.combine(instants(), zones).as(When::at),
        // instants on day boundaries, where off-by-one mistakes live
        Combinators.combine(dates, zones, zones)
            .as((d, dayZone, shown) -> When.at(d.atStartOfDay(dayZone).toInstant(), shown)),
        Combinators.combine(dates, zones).as(When::on),
        Combinators.combine(dates, Arbitraries.integers().between(0, 10), zones)
            .as((d, n, z) -> When.between(d, d.plusDays(n), z)),
        Combinators.combine(dates, zones).as(When::weekStarting),
        Combinators.combine(dates, zones).as(When::weekBefore),
        Combinators.combine(dates, zones).as((d, z) -> When.inMonth(YearMonth.from(d), z)));
  }

  @Provide
  Arbitrary<Instant> instants() {
    long first = FIRST.atStartOfDay(ZoneOffset.UTC).toEpochSecond();
    return Arbitraries.longs().between(first, first + DAYS * 86_400L).map(Instant::ofEpochSecond);
  }

  private static Arbitrary<ZoneId> zones() {
    return Arbitraries.of(
            "UTC",
            "Asia/Damascus",
            "Asia/Baghdad",
            "Europe/Berlin",
            "America/New_York",
            "Pacific/Kiritimati",
            "Pacific/Pago_Pago",
            "Asia/Kathmandu")
        .map(ZoneId::of);
  }
}
