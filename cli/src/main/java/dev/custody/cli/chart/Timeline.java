package dev.custody.cli.chart;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.DeadlineReport;
import dev.custody.aggregate.ObligationReport;
import dev.custody.aggregate.Population;
import dev.custody.cli.internal.AccountPlace;
import dev.custody.cli.internal.Counted;
import dev.custody.event.Account;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Reading;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The balances of a ledger's accounts over a span of time, and the changes of control and deadlines
 * within it: what a {@link TimelineChart} draws, as data.
 *
 * <p>The balances are sampled at the start of the span, at the end of the time of every event that
 * ends within it (when the event is certainly done, as {@link Ledger#situationAt(Instant)} counts
 * it) and at the end of the span, under the ledger's reading: for another reading, {@code
 * Timeline.of(ledger.withReading(reading), from, to)}. A balance holds from its sample to the next.
 * There is one {@link BalanceSeries} per account with a positive balance at some sample, known from
 * the first sample whose situation knows the account: before it, the account's balance is not
 * recorded, and is empty, never zero.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Timeline {

  /** The most claims a census's label names; the rest are counted. */
  private static final int MOST_CLAIMS = 3;

  private final Reading reading;
  private final Instant from;
  private final Instant to;
  private final ImmutableList<Instant> samples;
  private final ImmutableList<BalanceSeries> series;
  private final ImmutableList<PopulationSeries> populations;
  private final ImmutableList<TimelineMarker> markers;
  private final ImmutableList<CensusPoint> censuses;
  private final SeriesColours colours;

  private Timeline(
      Reading reading,
      Instant from,
      Instant to,
      ImmutableList<Instant> samples,
      ImmutableList<BalanceSeries> series,
      ImmutableList<PopulationSeries> populations,
      ImmutableList<TimelineMarker> markers,
      ImmutableList<CensusPoint> censuses,
      SeriesColours colours) {
    this.reading = reading;
    this.from = from;
    this.to = to;
    this.samples = samples;
    this.series = series;
    this.populations = populations;
    this.markers = markers;
    this.censuses = censuses;
    this.colours = colours;
  }

  /**
   * Samples the balances of {@code ledger} from {@code from} to {@code to}, under its reading, and
   * finds the changes of control, the deadlines and the censuses in that span. The colours are
   * those of the whole ledger ({@link SeriesColours#of(Ledger)}), whatever the span.
   *
   * @param ledger the ledger
   * @param from the start of the span
   * @param to the end of the span, such as the instant of a report
   * @return the timeline
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   * @throws ArithmeticException if a balance overflows a {@code long}
   */
  public static Timeline of(Ledger ledger, Instant from, Instant to) {
    checkNotNull(ledger, "ledger");
    return of(ledger, from, to, SeriesColours.of(ledger));
  }

  /**
   * Samples the balances of {@code ledger} from {@code from} to {@code to} as {@link #of(Ledger,
   * Instant, Instant)} does, with the colours given: those of the scenario's whole record when
   * {@code ledger} is that record as known at some time, so that a chart of what was known keeps
   * the colours of every other chart of the scenario.
   *
   * @param ledger the ledger
   * @param from the start of the span
   * @param to the end of the span, such as the instant of a report
   * @param colours the colours of the accounts and censuses
   * @return the timeline
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   * @throws ArithmeticException if a balance overflows a {@code long}
   */
  public static Timeline of(Ledger ledger, Instant from, Instant to, SeriesColours colours) {
    checkNotNull(ledger, "ledger");
    checkNotNull(colours, "colours");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(from.isBefore(to), "Timeline from (%s) must be before to (%s)", from, to);
    TreeSet<Instant> times = new TreeSet<>(List.of(from, to));
    for (Event event : ledger.events()) {
      Instant end = event.when().end();
      if (end.isAfter(from) && end.isBefore(to)) {
        times.add(end);
      }
    }
    ImmutableList<Instant> samples = ImmutableList.copyOf(times);
    List<Situation> situations = ledger.situationsAt(samples).values().asList();
    return new Timeline(
        ledger.reading(),
        from,
        to,
        samples,
        series(situations),
        populations(ledger, samples),
        markers(ledger, from, to),
        censuses(ledger, from, to),
        colours);
  }

  /** The censuses certainly taken within the span, in ledger order, with their claims. */
  private static ImmutableList<CensusPoint> censuses(Ledger ledger, Instant from, Instant to) {
    ImmutableList.Builder<CensusPoint> points = ImmutableList.builder();
    for (Event event : ledger.eventsBy(to)) {
      if (event instanceof CensusTaken census && !census.when().end().isBefore(from)) {
        points.add(
            new CensusPoint(
                census.id(),
                census.when().end(),
                census.scope().account(),
                ledger.reading().of(census.count()),
                census.id() + ": " + claims(census.count())));
      }
    }
    return points.build();
  }

  /**
   * The counted claims of a figure, each after its source: "unhcr says about 9,000; sdf says
   * 8,500".
   */
  private static String claims(Figure count) {
    List<String> claims = new ArrayList<>();
    for (Claim claim : count.counted()) {
      claims.add(claim.source().actor() + " says " + claim.estimate());
    }
    if (claims.isEmpty()) {
      return "no claim counted";
    }
    if (claims.size() > MOST_CLAIMS) {
      int more = claims.size() - MOST_CLAIMS;
      claims = new ArrayList<>(claims.subList(0, MOST_CLAIMS));
      claims.add(Counted.of(more, "more claim", "more claims"));
    }
    return String.join("; ", claims);
  }

  /**
   * One series per census of a whole taken by the end of the span, carried forward to every sample:
   * a census of one account is already that account's balance.
   */
  private static ImmutableList<PopulationSeries> populations(
      Ledger ledger, ImmutableList<Instant> samples) {
    ImmutableList.Builder<PopulationSeries> populations = ImmutableList.builder();
    for (Event event : ledger.eventsBy(samples.get(samples.size() - 1))) {
      if (event instanceof CensusTaken census && !census.scope().isSingleAccount()) {
        populations.add(
            new PopulationSeries(
                census.id(),
                "census " + census.id() + ": " + census.scope(),
                Population.over(ledger, census.id(), samples)));
      }
    }
    return populations.build();
  }

  /** One series per account with a positive balance at some sample, by kind and text. */
  private static ImmutableList<BalanceSeries> series(List<Situation> situations) {
    TreeSet<Account> accounts =
        new TreeSet<>(Comparator.comparing(Account::kind).thenComparing(Account::toString));
    for (Situation situation : situations) {
      situation
          .balances()
          .forEach(
              (account, balance) -> {
                if (balance.best() > 0 || balance.low() > 0) {
                  accounts.add(account);
                }
              });
    }
    Map<String, Integer> places = new HashMap<>();
    accounts.forEach(a -> places.merge(AccountPlace.of(a), 1, Integer::sum));
    ImmutableList.Builder<BalanceSeries> series = ImmutableList.builder();
    for (Account account : accounts) {
      String place = AccountPlace.of(account);
      String label = places.get(place) > 1 ? place + " (" + account.cohort() + ")" : place;
      ImmutableList<Optional<Estimate>> balances =
          situations.stream()
              .map(s -> Optional.ofNullable(s.balances().get(account)))
              .collect(ImmutableList.toImmutableList());
      series.add(new BalanceSeries(account, label, balances));
    }
    return series.build();
  }

  /**
   * The changes of control done (handovers of custody with control among them), and the deadlines
   * in force, within the span, in time order.
   */
  private static ImmutableList<TimelineMarker> markers(Ledger ledger, Instant from, Instant to) {
    List<TimelineMarker> markers = new ArrayList<>();
    for (Event event : ledger.eventsBy(to)) {
      if (event instanceof ControlChanged change && !change.when().end().isBefore(from)) {
        markers.add(
            new TimelineMarker(
                change.when().end(),
                TimelineMarker.Kind.CONTROL_CHANGE,
                change.facility()
                    + ": "
                    + change.from().map(ActorId::toString).map(a -> a + " → ").orElse("to ")
                    + change.to()));
      } else if (event instanceof CustodyHandedOver handover
          && handover.withControl()
          && !handover.when().end().isBefore(from)) {
        // custody passing with control of the facility ends one control period and begins another
        markers.add(
            new TimelineMarker(
                handover.when().end(),
                TimelineMarker.Kind.CONTROL_CHANGE,
                handover.from().facility().orElseThrow()
                    + ": "
                    + handover.from().custodian().orElseThrow()
                    + " → "
                    + handover.receiver()
                    + " (custody handed over)"));
      }
    }
    for (ObligationReport obligation : DeadlineReport.of(ledger, to).obligations()) {
      obligation
          .status()
          .deadline()
          .filter(d -> !d.lapsesAt().isBefore(from) && !d.lapsesAt().isAfter(to))
          .ifPresent(
              d ->
                  markers.add(
                      new TimelineMarker(
                          d.lapsesAt(),
                          TimelineMarker.Kind.DEADLINE,
                          "deadline: "
                              + obligation.obligation().id()
                              + " ("
                              + obligation.obligation().obligor()
                              + ")")));
    }
    markers.sort(Comparator.comparing(TimelineMarker::at));
    return ImmutableList.copyOf(markers);
  }

  /**
   * Returns the reading under which the balances were read.
   *
   * @return the ledger's reading
   */
  public Reading reading() {
    return reading;
  }

  /**
   * Returns the start of the span.
   *
   * @return the instant
   */
  public Instant from() {
    return from;
  }

  /**
   * Returns the end of the span.
   *
   * @return the instant
   */
  public Instant to() {
    return to;
  }

  /**
   * Returns the instants at which the balances were sampled: the start, the ends of the events
   * within the span, the end; in order, without repeats.
   *
   * @return the samples
   */
  public ImmutableList<Instant> samples() {
    return samples;
  }

  /**
   * Returns the series, one per account with a positive balance at some sample.
   *
   * @return the series, held accounts first
   */
  public ImmutableList<BalanceSeries> series() {
    return series;
  }

  /**
   * Returns the population of every census of a whole (not of one account) taken by the end of the
   * span, carried forward to each sample, in ledger order.
   *
   * @return the series
   */
  public ImmutableList<PopulationSeries> populations() {
    return populations;
  }

  /**
   * Returns the changes of control and the deadlines within the span, in time order.
   *
   * @return the markers
   */
  public ImmutableList<TimelineMarker> markers() {
    return markers;
  }

  /**
   * Returns the censuses certainly taken within the span, with the claims behind each.
   *
   * @return the censuses, in ledger order
   */
  public ImmutableList<CensusPoint> censuses() {
    return censuses;
  }

  /**
   * Returns the colours of the accounts and censuses: those of the whole scenario, whatever the
   * span.
   *
   * @return the colours
   */
  public SeriesColours colours() {
    return colours;
  }

  /**
   * Returns the title of the timeline: "Balances per account, 2026-01-12 to 2026-01-23 09:00 UTC
   * (envelope)".
   *
   * @return the title
   */
  public String title() {
    return "Balances per account, " + format(from) + " to " + format(to) + " UTC (" + reading + ")";
  }

  private static String format(Instant instant) {
    DateTimeFormatter format =
        instant.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)
            ? DateTimeFormatter.ISO_LOCAL_DATE
            : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    return format.format(instant.atOffset(ZoneOffset.UTC));
  }

  /**
   * Returns the timeline in a line: its title, how many series and markers.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return title()
        + ": "
        + Counted.of(series.size(), "series", "series")
        + ", "
        + Counted.of(markers.size(), "marker", "markers");
  }
}
