package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.Balances;
import dev.custody.aggregate.ByReading;
import dev.custody.aggregate.ControlTimeline;
import dev.custody.aggregate.DeadlineReport;
import dev.custody.aggregate.Dimension;
import dev.custody.aggregate.Intakes;
import dev.custody.aggregate.LeftCustody;
import dev.custody.aggregate.Narrowing;
import dev.custody.aggregate.OperationProgress;
import dev.custody.aggregate.PlanProgress;
import dev.custody.aggregate.Population;
import dev.custody.aggregate.Readings;
import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.RunningTotal;
import dev.custody.aggregate.Totals;
import dev.custody.agreement.Agreement;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.CountryCode;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything the library computes from a ledger at an instant, in one immutable value: the actors
 * and facilities with their controllers, the balances of every account and the totals by custodian
 * and by country beside their censuses, who came into custody and how, who left it (released,
 * repatriated and dead, by origin and destination), the progress of every plan of any kind of
 * movement, those still at large from every facility people escaped from under every reading, the
 * claims that cannot be reconciled, the deadlines with the time left, and the control timeline of
 * every facility with the handovers of custody made there, and every running total of a flow beside
 * the movements recorded by then.
 *
 * <p>The balances, totals, intakes, departures, plans and handovers are read under one reading, the
 * envelope unless another is asked for; the escapes are shown under every reading the ledger
 * supports (and the one asked for, when it is none of those), because the point of that section is
 * how the sources differ. The reconciliation, the control timelines and the handovers cover the
 * whole ledger; everything else counts only the events certainly done by the instant, as {@link
 * Ledger#situationAt(Instant)} does.
 *
 * <p>The report tells the time in the {@linkplain ScenarioZone scenario's zone}, the zone of the
 * ledger's earliest event, and names it.
 *
 * <p>{@link #render(ReportFormat)} writes the report as aligned text, Markdown or JSON. For the
 * reference case at noon on 2026-01-23 in Damascus, the text begins:
 *
 * <pre>
 * Custody report as of 2026-01-23 12:00 Damascus time (2026-01-23T09:00:00Z)
 * ==========================================================================
 * reading   envelope (the default)
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Report {

  /** The title every report has. */
  public static final String TITLE = "Custody report";

  private static final Comparator<Account> ACCOUNT_ORDER =
      Comparator.comparing(Account::kind).thenComparing(Account::toString);

  private final ReportHeader header;
  private final ImmutableList<Actor> actors;
  private final ImmutableList<FacilityEntry> facilities;
  private final ImmutableList<AccountBalance> balances;
  private final Totals<ActorId> byCustodian;
  private final Totals<CountryCode> byCountry;
  private final ImmutableList<Totals<?>> byKind;
  private final ImmutableList<Population> populations;
  private final Narrowing narrowing;
  private final Intakes intakes;
  private final LeftCustody leftCustody;
  private final ImmutableList<PlanProgress> plans;
  private final ImmutableList<EscapesFrom> escapes;
  private final Reconciliation reconciliation;
  private final ImmutableSortedMap<AgreementId, Agreement> agreements;
  private final DeadlineReport deadlines;
  private final ImmutableList<ControlTimeline> control;
  private final ImmutableList<HandoverEntry> handovers;
  private final ImmutableList<OperationProgress> operations;
  private final ImmutableList<RunningTotal> runningTotals;

  private Report(
      ReportHeader header,
      ImmutableList<Actor> actors,
      ImmutableList<FacilityEntry> facilities,
      ImmutableList<AccountBalance> balances,
      Totals<ActorId> byCustodian,
      Totals<CountryCode> byCountry,
      ImmutableList<Totals<?>> byKind,
      ImmutableList<Population> populations,
      Narrowing narrowing,
      Intakes intakes,
      LeftCustody leftCustody,
      ImmutableList<PlanProgress> plans,
      ImmutableList<EscapesFrom> escapes,
      Reconciliation reconciliation,
      ImmutableSortedMap<AgreementId, Agreement> agreements,
      DeadlineReport deadlines,
      ImmutableList<ControlTimeline> control,
      ImmutableList<HandoverEntry> handovers,
      ImmutableList<OperationProgress> operations,
      ImmutableList<RunningTotal> runningTotals) {
    this.header = header;
    this.actors = actors;
    this.facilities = facilities;
    this.balances = balances;
    this.byCustodian = byCustodian;
    this.byCountry = byCountry;
    this.byKind = byKind;
    this.populations = populations;
    this.narrowing = narrowing;
    this.intakes = intakes;
    this.leftCustody = leftCustody;
    this.plans = plans;
    this.escapes = escapes;
    this.reconciliation = reconciliation;
    this.agreements = agreements;
    this.deadlines = deadlines;
    this.control = control;
    this.handovers = handovers;
    this.operations = operations;
    this.runningTotals = runningTotals;
  }

  /**
   * Computes the report of {@code ledger} at {@code asOf}.
   *
   * @param ledger the ledger; its own reading is not used
   * @param asOf the instant; events whose time ends after it are not counted, except by the
   *     reconciliation, the control timelines and the handovers, which cover the whole ledger
   * @param reading the reading of the balances, totals, intakes, departures, plans and handovers;
   *     empty for the envelope
   * @return the report
   * @throws ArithmeticException if a balance or a sum overflows a {@code long}
   */
  public static Report of(Ledger ledger, Instant asOf, Optional<Reading> reading) {
    return of(ledger, asOf, reading, Optional.empty());
  }

  /**
   * Computes the report of {@code ledger} at {@code asOf}, as known at {@code knownAt}: from the
   * {@linkplain Ledger#asKnownAt(Instant) ledger as known then}, so that every figure uses only the
   * claims reported by then. The header says which knowledge time was used.
   *
   * @param ledger the ledger; its own reading is not used
   * @param asOf the instant; events whose time ends after it are not counted, except by the
   *     reconciliation, the control timelines and the handovers, which cover the whole ledger as
   *     known
   * @param reading the reading of the balances, totals, intakes, departures, plans and handovers;
   *     empty for the envelope
   * @param knownAt the knowledge time; empty for everything recorded
   * @return the report
   * @throws ArithmeticException if a balance or a sum overflows a {@code long}
   */
  public static Report of(
      Ledger ledger, Instant asOf, Optional<Reading> reading, Optional<Instant> knownAt) {
    checkNotNull(ledger, "ledger");
    checkNotNull(asOf, "asOf");
    checkNotNull(reading, "reading");
    checkNotNull(knownAt, "knownAt");
    // the zone is the whole record's, so that a report tells time alike whatever it knew
    ZoneId zone = ScenarioZone.of(ledger.events());
    return of(knownAt.map(ledger::asKnownAt).orElse(ledger), asOf, reading, knownAt, zone);
  }

  private static Report of(
      Ledger ledger,
      Instant asOf,
      Optional<Reading> reading,
      Optional<Instant> knownAt,
      ZoneId zone) {
    Reading used = reading.orElse(Reading.envelope());
    Ledger read = used.equals(ledger.reading()) ? ledger : ledger.withReading(used);
    Situation situation = read.situationAt(asOf);
    World world = ledger.world();
    ImmutableList<Event> done = read.eventsBy(asOf);

    ReportHeader header =
        new ReportHeader(
            TITLE,
            asOf,
            zone,
            used,
            reading.isEmpty(),
            Readings.of(ledger),
            world.actors().size(),
            world.facilities().size(),
            ledger.size(),
            done.size(),
            read.verdict(),
            knownAt);

    ImmutableList<FacilityEntry> facilities =
        world.facilities().values().stream()
            .map(f -> new FacilityEntry(f, situation.controllerOf(f.id())))
            .collect(ImmutableList.toImmutableList());

    Balances known = Balances.of(read, asOf);
    Set<Account> entered = new HashSet<>();
    for (Event event : done) {
      for (Movement movement : event.movements()) {
        entered.add(movement.to());
      }
    }
    ImmutableList<AccountBalance> balances =
        situation.balances().entrySet().stream()
            .sorted(Map.Entry.comparingByKey(ACCOUNT_ORDER))
            .map(
                e ->
                    new AccountBalance(
                        e.getKey(),
                        e.getValue(),
                        known.provenanceOf(e.getKey()),
                        entered.contains(e.getKey())))
            .collect(ImmutableList.toImmutableList());

    ImmutableList<PlanProgress> plans =
        done.stream()
            .filter(TransferPlanned.class::isInstance)
            .map(plan -> PlanProgress.of(read, plan.id(), asOf))
            .collect(ImmutableList.toImmutableList());

    ImmutableList<EscapesFrom> escapes =
        escapedFrom(done, world).stream()
            .map(f -> new EscapesFrom(f, ByReading.of(read, l -> AtLarge.from(l, f, asOf))))
            .collect(ImmutableList.toImmutableList());

    ImmutableList<ControlTimeline> control =
        ControlTimeline.ofAll(ledger, world.facilities().keySet());

    ImmutableList<HandoverEntry> handovers =
        read.events().stream()
            .filter(CustodyHandedOver.class::isInstance)
            .map(CustodyHandedOver.class::cast)
            .map(h -> new HandoverEntry(h, used.of(h.size())))
            .collect(ImmutableList.toImmutableList());

    // carried forward once, and the balances' provenance found once: the totals, the populations
    // and the narrowing all read the same balances, as each would find them alone
    ImmutableList<Population> populations = Population.allOf(read, asOf, known);
    return new Report(
        header,
        ImmutableList.copyOf(world.actors().values()),
        facilities,
        balances,
        Totals.of(read, Dimension.CUSTODIAN, asOf, AccountKind.HELD, known),
        Totals.of(read, Dimension.COUNTRY, asOf, AccountKind.HELD, known),
        byKind(read, asOf, known),
        populations,
        Narrowing.of(read, asOf, populations, known),
        Intakes.of(read, asOf),
        LeftCustody.of(read, asOf),
        plans,
        escapes,
        Reconciliation.of(ledger),
        situation.agreements(),
        DeadlineReport.of(read, asOf),
        control,
        handovers,
        OperationProgress.ofAll(read, asOf),
        RunningTotal.allOf(read, asOf));
  }

  /**
   * The totals of every kind of account along each dimension that tells its groups apart, those
   * with nothing on record left out: the held by cohort, those at large by facility escaped from,
   * the released and the repatriated by custodian and country left and by destination, the dead by
   * custodian and country.
   */
  private static ImmutableList<Totals<?>> byKind(Ledger ledger, Instant asOf, Balances known) {
    ImmutableList.Builder<Totals<?>> totals = ImmutableList.builder();
    totals.add(Totals.of(ledger, Dimension.COHORT, asOf, AccountKind.HELD, known));
    totals.add(Totals.of(ledger, Dimension.FACILITY, asOf, AccountKind.AT_LARGE, known));
    for (AccountKind kind : List.of(AccountKind.RELEASED, AccountKind.REPATRIATED)) {
      totals.add(Totals.of(ledger, Dimension.DESTINATION, asOf, kind, known));
      totals.add(Totals.of(ledger, Dimension.CUSTODIAN, asOf, kind, known));
      totals.add(Totals.of(ledger, Dimension.COUNTRY, asOf, kind, known));
    }
    totals.add(Totals.of(ledger, Dimension.CUSTODIAN, asOf, AccountKind.DEAD, known));
    totals.add(Totals.of(ledger, Dimension.COUNTRY, asOf, AccountKind.DEAD, known));
    return totals.build().stream()
        .filter(Totals::isRecorded)
        .collect(ImmutableList.toImmutableList());
  }

  /** The facilities people escaped from by then: the world's first, in its order, then others. */
  private static Set<FacilityId> escapedFrom(ImmutableList<Event> done, World world) {
    Set<FacilityId> escaped = new TreeSet<>();
    for (Event event : done) {
      for (Movement movement : event.movements()) {
        if (movement.to().kind() == AccountKind.AT_LARGE) {
          movement.to().facility().ifPresent(escaped::add);
        }
      }
    }
    Set<FacilityId> ordered = new LinkedHashSet<>();
    world.facilities().keySet().stream().filter(escaped::contains).forEach(ordered::add);
    ordered.addAll(escaped);
    return ordered;
  }

  /**
   * Returns the head of the report: title, instant, reading, counts and verdict.
   *
   * @return the header
   */
  public ReportHeader header() {
    return header;
  }

  /**
   * Returns the instant the report describes.
   *
   * @return the instant
   */
  public Instant asOf() {
    return header.asOf();
  }

  /**
   * Returns the zone in which the report tells the time: the {@linkplain ScenarioZone scenario's
   * zone}.
   *
   * @return the zone
   */
  public ZoneId zone() {
    return header.zone();
  }

  /**
   * Returns the reading of the balances, totals and plans.
   *
   * @return the reading
   */
  public Reading reading() {
    return header.reading();
  }

  /**
   * Returns the actors of the ledger's world, in its order.
   *
   * @return the actors
   */
  public ImmutableList<Actor> actors() {
    return actors;
  }

  /**
   * Returns the facilities of the ledger's world, in its order, with their controllers at the
   * instant.
   *
   * @return the facilities
   */
  public ImmutableList<FacilityEntry> facilities() {
    return facilities;
  }

  /**
   * Returns the balance of every account any event certainly done by the instant touched, under the
   * report's reading: held accounts first, then those at large, released, repatriated, dead and
   * outside, each kind in the order of its text.
   *
   * @return the balances
   */
  public ImmutableList<AccountBalance> balances() {
    return balances;
  }

  /**
   * Returns those held at the instant, by custodian, with the censuses that counted a group.
   *
   * @return the totals
   */
  public Totals<ActorId> byCustodian() {
    return byCustodian;
  }

  /**
   * Returns those held at the instant, by country, with the censuses that counted a group.
   *
   * @return the totals
   */
  public Totals<CountryCode> byCountry() {
    return byCountry;
  }

  /**
   * Returns the totals and shares of every kind of account with something on record, along each
   * dimension that tells its groups apart: the held by cohort, those at large by the facility they
   * escaped from, the released and the repatriated by destination, custodian and country left, the
   * dead by custodian and country.
   *
   * @return the totals, in that order
   */
  public ImmutableList<Totals<?>> byKind() {
    return byKind;
  }

  /**
   * Returns the population every census certainly taken by the instant counted, carried forward to
   * the instant through the movements across its scope's boundary since, with its provenance and
   * what the parts counted apart leave unexplained.
   *
   * @return the populations, in ledger order of their censuses
   */
  public ImmutableList<Population> populations() {
    return populations;
  }

  /**
   * Returns the balances narrowed by every census carried forward to the instant: the bounds that
   * overlapping and joint counts give each account, and the counts that cannot all hold.
   *
   * @return the narrowing
   */
  public Narrowing narrowing() {
    return narrowing;
  }

  /**
   * Returns who came into custody from outside it by the instant: by kind, by custodian and by
   * account.
   *
   * @return the intakes
   */
  public Intakes intakes() {
    return intakes;
  }

  /**
   * Returns who had left custody by the instant: released, repatriated and dead, by origin and
   * destination, with deaths in custody apart from deaths at large.
   *
   * @return the departures
   */
  public LeftCustody leftCustody() {
    return leftCustody;
  }

  /**
   * Returns the progress of every plan certainly made by the instant, of any kind of movement
   * (transfer, release, repatriation, handover), in ledger order.
   *
   * @return the plans' progress
   */
  public ImmutableList<PlanProgress> plans() {
    return plans;
  }

  /**
   * Returns the escapes from every facility people escaped from by the instant, under every
   * reading.
   *
   * @return the escapes, facilities in the world's order
   */
  public ImmutableList<EscapesFrom> escapes() {
    return escapes;
  }

  /**
   * Returns every figure of the ledger with several claims, and the claims that conflict.
   *
   * @return the reconciliation
   */
  public Reconciliation reconciliation() {
    return reconciliation;
  }

  /**
   * Returns the agreements concluded by the instant, with what had become of their obligations.
   *
   * @return the agreements by id
   */
  public ImmutableSortedMap<AgreementId, Agreement> agreements() {
    return agreements;
  }

  /**
   * Returns every obligation of the agreements concluded by the instant, with its status then.
   *
   * @return the deadline report
   */
  public DeadlineReport deadlines() {
    return deadlines;
  }

  /**
   * Returns the control timeline of every facility of the world, in its order.
   *
   * @return the timelines
   */
  public ImmutableList<ControlTimeline> control() {
    return control;
  }

  /**
   * Returns every handover of custody in place of the ledger, in ledger order, with how many passed
   * under the report's reading.
   *
   * @return the handovers
   */
  public ImmutableList<HandoverEntry> handovers() {
    return handovers;
  }

  /**
   * Returns what each named operation of the world had done by the instant, phase by phase, under
   * the report's reading.
   *
   * @return the operations' progress, in the world's order; empty when it declares none
   */
  public ImmutableList<OperationProgress> operations() {
    return operations;
  }

  /**
   * Returns every running total of a flow reported for a time by the instant ("130 recaptured by
   * the 23rd"), each beside the movements of its flow recorded before it, under the report's
   * reading.
   *
   * @return the running totals, in ledger order; empty when the ledger holds none
   */
  public ImmutableList<RunningTotal> runningTotals() {
    return runningTotals;
  }

  /**
   * Writes the report in {@code format}.
   *
   * @param format the format
   * @return the text, ending with a line break
   */
  public String render(ReportFormat format) {
    checkNotNull(format, "format");
    switch (format) {
      case TEXT:
        return TextRenderer.render(ReportLayout.of(this));
      case MARKDOWN:
        return MarkdownRenderer.render(ReportLayout.of(this));
      case JSON:
        return JsonRenderer.render(this);
    }
    throw new AssertionError(format);
  }

  /**
   * Returns the report as text, as {@link #render(ReportFormat) render(TEXT)} writes it.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return render(ReportFormat.TEXT);
  }
}
