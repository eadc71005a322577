package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.event.Event;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.ObligationId;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Writes a {@link Scenario} step by step; {@link Scenario#builder()} gives one. Each step is
 * checked as it is written: an unknown facility, a negative count, a step before any date or dated
 * before the step written before it is refused with an {@link IllegalArgumentException} that names
 * the value and the rule. The ledger's rules are checked by {@link #build()}.
 *
 * <p>Steps of several words ({@code transfer(150).from("a").to("b")}) must be finished before the
 * next begins: the first word returns a stage ({@link TransferStep}, {@link OriginStep} and their
 * kin) whose last word returns this builder. A builder is not thread-safe; {@link #build()} may be
 * called more than once.
 */
public final class ScenarioBuilder {
  private final ScenarioScript script = new ScenarioScript();

  ScenarioBuilder() {}

  /** The state the stages write their steps to. */
  ScenarioScript script() {
    return script;
  }

  // ------------------------------------------------------------------------------------------
  // settings

  /**
   * Sets the zone whose calendar dates the scenario's days; UTC unless set.
   *
   * @param zone the zone
   * @return this builder
   * @throws IllegalArgumentException if a date or time is already set
   */
  public ScenarioBuilder zone(ZoneId zone) {
    script.zone(checkNotNull(zone, "zone"));
    return this;
  }

  /**
   * Sets who is counted in every account of the scenario; fighters affiliated with {@code group}
   * unless set.
   *
   * @param cohort the cohort
   * @return this builder
   * @throws IllegalArgumentException if a step is already written
   */
  public ScenarioBuilder cohort(Cohort cohort) {
    script.cohort(checkNotNull(cohort, "cohort"));
    return this;
  }

  /**
   * Sets who claims the counts of the steps written after this, in place of each step's custodian.
   *
   * @param actor the source's actor id, such as {@code "monitor"}
   * @return this builder
   */
  public ScenarioBuilder source(String actor) {
    return source(ActorId.of(checkNotNull(actor, "actor")));
  }

  /**
   * Sets who claims the counts of the steps written after this, in place of each step's custodian.
   *
   * @param actor the source's actor
   * @return this builder
   */
  public ScenarioBuilder source(ActorId actor) {
    return source(Source.of(checkNotNull(actor, "actor")));
  }

  /**
   * Sets who claims the counts of the steps written after this, such as a described official.
   *
   * @param source the source
   * @return this builder
   */
  public ScenarioBuilder source(Source source) {
    script.source(checkNotNull(source, "source"));
    return this;
  }

  /**
   * Declares an actor as it should be, in place of the one the builder would create when it is
   * mentioned.
   *
   * @param actor the actor
   * @return this builder
   * @throws IllegalArgumentException if an actor of that id is already declared
   */
  public ScenarioBuilder actor(Actor actor) {
    script.actor(checkNotNull(actor, "actor"));
    return this;
  }

  // ------------------------------------------------------------------------------------------
  // time

  /**
   * Dates the steps written after this to the whole day {@code date} in the scenario's zone.
   *
   * @param date the day
   * @return this builder
   * @throws IllegalArgumentException if the day ends before the last event written
   */
  public ScenarioBuilder on(LocalDate date) {
    script.on(checkNotNull(date, "date"));
    return this;
  }

  /**
   * Dates the steps written after this to {@code instant}.
   *
   * @param instant the moment
   * @return this builder
   * @throws IllegalArgumentException if the instant comes before the last event written, as an
   *     instant within a day whose events are already written does
   */
  public ScenarioBuilder at(Instant instant) {
    script.at(checkNotNull(instant, "instant"));
    return this;
  }

  /**
   * Dates the steps written after this to the period from {@code first} to {@code last}, whole days
   * in the scenario's zone: movements over years ("between 2011 and 2015"), which the ledger places
   * at the period's end and which a census during the period may already have counted in part.
   * {@link #plusDays(long)} then moves on from {@code first}.
   *
   * @param first the period's first day
   * @param last its last day, not before {@code first}
   * @return this builder
   * @throws IllegalArgumentException if {@code last} is before {@code first}, or the period ends
   *     before the last event written
   */
  public ScenarioBuilder during(LocalDate first, LocalDate last) {
    script.during(checkNotNull(first, "first"), checkNotNull(last, "last"));
    return this;
  }

  /**
   * Dates the steps written after this to the whole day {@code days} after the current date.
   *
   * @param days how many days on, one or more
   * @return this builder
   * @throws IllegalArgumentException if {@code days} is less than one or no date is set
   */
  public ScenarioBuilder plusDays(long days) {
    script.plusDays(days);
    return this;
  }

  // ------------------------------------------------------------------------------------------
  // facilities

  /**
   * Declares a prison named {@code id} in {@code country}.
   *
   * @param id the facility's slug, such as {@code "north-prison"}
   * @param country its ISO 3166-1 alpha-2 code, such as {@code "SY"}
   * @return the step, to say who holds it
   * @throws IllegalArgumentException if {@code id} is not a slug, the country not a code, or a
   *     facility of that id is already declared
   */
  public FacilityStep facility(String id, String country) {
    return facility(
        FacilityId.of(checkNotNull(id, "id")), CountryCode.of(checkNotNull(country, "country")));
  }

  /**
   * Declares a prison named by its id in {@code country}.
   *
   * @param id the facility's id
   * @param country its country
   * @return the step, to say who holds it
   * @throws IllegalArgumentException if a facility of that id is already declared
   */
  public FacilityStep facility(FacilityId id, CountryCode country) {
    checkNotNull(id, "id");
    checkNotNull(country, "country");
    return facility(Facility.of(id, id.value(), FacilityKind.PRISON, Location.in(country)));
  }

  /**
   * Declares a facility as it should be: of another kind, with a region or a capacity.
   *
   * @param facility the facility
   * @return the step, to say who holds it
   * @throws IllegalArgumentException if a facility of that id is already declared
   */
  public FacilityStep facility(Facility facility) {
    checkNotNull(facility, "facility");
    return new FacilityStep(this, script.beginFacility(facility), facility);
  }

  // ------------------------------------------------------------------------------------------
  // movements

  /**
   * Begins a transfer of exactly {@code count} people from one facility to another.
   *
   * @param count how many, zero or more
   * @return the step, to say from where
   * @throws IllegalArgumentException if {@code count} is negative or no date is set
   */
  public TransferStep transfer(long count) {
    return transfer(StepCount.exactly("transfer", count));
  }

  /**
   * Begins a transfer of {@code count} people, as estimated, from one facility to another.
   *
   * @param count how many
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public TransferStep transfer(Estimate count) {
    return transfer(StepCount.of(count));
  }

  /**
   * Begins a transfer of as many people as {@code count} claims, from one facility to another.
   *
   * @param count the claims, taken as given
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public TransferStep transfer(Figure count) {
    return transfer(StepCount.of(count));
  }

  private TransferStep transfer(StepCount count) {
    When when = script.datedStep("transfer");
    return new TransferStep(
        this, script.begin("transfer of " + count, "from(facility).to(facility)"), count, when);
  }

  /**
   * Begins an escape of exactly {@code count} people from a facility.
   *
   * @param count how many, zero or more
   * @return the step, to say from where
   * @throws IllegalArgumentException if {@code count} is negative or no date is set
   */
  public OriginStep escape(long count) {
    return outflow(Outflow.ESCAPE, StepCount.exactly("escape", count));
  }

  /**
   * Begins an escape of {@code count} people, as estimated, from a facility.
   *
   * @param count how many
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public OriginStep escape(Estimate count) {
    return outflow(Outflow.ESCAPE, StepCount.of(count));
  }

  /**
   * Begins an escape of as many people as {@code count} claims, from a facility.
   *
   * @param count the claims, taken as given
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public OriginStep escape(Figure count) {
    return outflow(Outflow.ESCAPE, StepCount.of(count));
  }

  /**
   * Begins the release of exactly {@code count} people from a facility.
   *
   * @param count how many, zero or more
   * @return the step, to say from where
   * @throws IllegalArgumentException if {@code count} is negative or no date is set
   */
  public OriginStep release(long count) {
    return outflow(Outflow.RELEASE, StepCount.exactly("release", count));
  }

  /**
   * Begins the release of {@code count} people, as estimated, from a facility.
   *
   * @param count how many
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public OriginStep release(Estimate count) {
    return outflow(Outflow.RELEASE, StepCount.of(count));
  }

  /**
   * Begins the release of as many people as {@code count} claims, from a facility.
   *
   * @param count the claims, taken as given
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public OriginStep release(Figure count) {
    return outflow(Outflow.RELEASE, StepCount.of(count));
  }

  /**
   * Begins the repatriation of exactly {@code count} people from a facility.
   *
   * @param count how many, zero or more
   * @return the step, to say from where
   * @throws IllegalArgumentException if {@code count} is negative or no date is set
   */
  public OriginStep repatriate(long count) {
    return outflow(Outflow.REPATRIATE, StepCount.exactly("repatriate", count));
  }

  /**
   * Begins the repatriation of {@code count} people, as estimated, from a facility.
   *
   * @param count how many
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public OriginStep repatriate(Estimate count) {
    return outflow(Outflow.REPATRIATE, StepCount.of(count));
  }

  /**
   * Begins the repatriation of as many people as {@code count} claims, from a facility.
   *
   * @param count the claims, taken as given
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public OriginStep repatriate(Figure count) {
    return outflow(Outflow.REPATRIATE, StepCount.of(count));
  }

  private OriginStep outflow(Outflow kind, StepCount count) {
    When when = script.datedStep(kind.type);
    return new OriginStep(
        this, script.begin(kind.type + " of " + count, "from(facility)"), kind, count, when);
  }

  /**
   * Begins the escape of all of them from a facility: everyone it holds when the ledger applies the
   * event, whatever that is ("the prison was emptied"); the claim, by the custodian's source, gives
   * no number.
   *
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public OriginStep escapeOfAll() {
    return outflowOfAll(Outflow.ESCAPE);
  }

  /**
   * Begins the release of all of them from a facility ("every inmate was freed"), whatever it holds
   * when the ledger applies the event.
   *
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public OriginStep releaseOfAll() {
    return outflowOfAll(Outflow.RELEASE);
  }

  /**
   * Begins the repatriation of all of them from a facility, whatever it holds when the ledger
   * applies the event.
   *
   * @return the step, to say from where
   * @throws IllegalArgumentException if no date is set
   */
  public OriginStep repatriationOfAll() {
    return outflowOfAll(Outflow.REPATRIATE);
  }

  private OriginStep outflowOfAll(Outflow kind) {
    When when = script.datedStep(kind.type);
    return new OriginStep(
        this,
        script.begin(kind.type + " of all of them", "from(facility)"),
        kind,
        StepCount.of(Estimate.unknown()),
        when,
        true);
  }

  /**
   * Declares a named operation in the scenario's world, which later steps may be {@linkplain
   * #partOf(String, int) part of}.
   *
   * @param operation the operation, with its phases
   * @return this builder
   * @throws IllegalArgumentException if an operation of that id is already declared, or a step is
   *     not finished
   */
  public ScenarioBuilder operation(Operation operation) {
    script.operation(checkNotNull(operation, "operation"));
    return this;
  }

  /**
   * Makes the event of the step just written part of {@code operation}, in no particular phase.
   *
   * @param operation the operation's id; the ledger's rule {@code CUS-005} requires it declared
   * @return this builder
   * @throws IllegalArgumentException if {@code operation} is not a slug, or no step is written yet
   */
  public ScenarioBuilder partOf(String operation) {
    script.partOf(OperationPart.of(OperationId.of(checkNotNull(operation, "operation"))));
    return this;
  }

  /**
   * Makes the event of the step just written part of phase {@code phase} of {@code operation}.
   *
   * @param operation the operation's id; the ledger's rule {@code CUS-005} requires it declared
   * @param phase the phase's number, from 1; {@code CUS-005} requires the operation to have it
   * @return this builder
   * @throws IllegalArgumentException if {@code operation} is not a slug, {@code phase} is below 1,
   *     or no step is written yet
   */
  public ScenarioBuilder partOf(String operation, int phase) {
    script.partOf(OperationPart.of(OperationId.of(checkNotNull(operation, "operation")), phase));
    return this;
  }

  /**
   * Begins the recapture of exactly {@code count} people who escaped from a facility.
   *
   * @param count how many, zero or more
   * @return the step, to say whose escapees
   * @throws IllegalArgumentException if {@code count} is negative or no date is set
   */
  public RecaptureStep recapture(long count) {
    return recapture(StepCount.exactly("recapture", count));
  }

  /**
   * Begins the recapture of {@code count} people, as estimated, who escaped from a facility.
   *
   * @param count how many
   * @return the step, to say whose escapees
   * @throws IllegalArgumentException if no date is set
   */
  public RecaptureStep recapture(Estimate count) {
    return recapture(StepCount.of(count));
  }

  /**
   * Begins the recapture of as many people as {@code count} claims, who escaped from a facility.
   *
   * @param count the claims, taken as given
   * @return the step, to say whose escapees
   * @throws IllegalArgumentException if no date is set
   */
  public RecaptureStep recapture(Figure count) {
    return recapture(StepCount.of(count));
  }

  private RecaptureStep recapture(StepCount count) {
    When when = script.datedStep("recapture");
    return new RecaptureStep(
        this,
        script.begin("recapture of " + count, "from(facility) and by(actor) or into(facility)"),
        count,
        when);
  }

  /**
   * Begins a census that counts exactly {@code count} people held at a facility by its custodian,
   * setting that account's balance.
   *
   * @param count how many, zero or more
   * @return the step, to say where
   * @throws IllegalArgumentException if {@code count} is negative or no date is set
   */
  public CensusStep census(long count) {
    return census(StepCount.exactly("census", count));
  }

  /**
   * Begins a census that counts {@code count} people, as estimated, held at a facility.
   *
   * @param count how many
   * @return the step, to say where
   * @throws IllegalArgumentException if no date is set
   */
  public CensusStep census(Estimate count) {
    return census(StepCount.of(count));
  }

  /**
   * Begins a census that counts as many people as {@code count} claims, held at a facility.
   *
   * @param count the claims, taken as given
   * @return the step, to say where
   * @throws IllegalArgumentException if no date is set
   */
  public CensusStep census(Figure count) {
    return census(StepCount.of(count));
  }

  private CensusStep census(StepCount count) {
    When when = script.datedStep("census");
    return new CensusStep(this, script.begin("census of " + count, "of(facility)"), count, when);
  }

  // ------------------------------------------------------------------------------------------
  // control

  /**
   * Begins a change of control of {@code facility}: who controls it, not who holds the people
   * inside.
   *
   * @param facility the facility's id
   * @return the step, to say to whom
   * @throws IllegalArgumentException if the facility is not declared or no date is set
   */
  public ControlStep controlChange(String facility) {
    return controlChange(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Begins a change of control of {@code facility}: who controls it, not who holds the people
   * inside.
   *
   * @param facility the facility
   * @return the step, to say to whom
   * @throws IllegalArgumentException if the facility is not declared or no date is set
   */
  public ControlStep controlChange(FacilityId facility) {
    checkNotNull(facility, "facility");
    script.idle();
    When when = script.datedStep("controlChange");
    DeclaredFacility site = script.site("controlChange", facility);
    return new ControlStep(
        this, script.begin("control change of " + facility, "to(actor)"), site, when);
  }

  /**
   * Begins the handover of exactly {@code count} people held at a facility to a new custodian, who
   * takes control of the facility too.
   *
   * @param count how many, zero or more
   * @return the step, to say where
   * @throws IllegalArgumentException if {@code count} is negative or no date is set
   */
  public HandoverStep handover(long count) {
    return handover(StepCount.exactly("handover", count));
  }

  /**
   * Begins the handover of {@code count} people, as estimated, held at a facility.
   *
   * @param count how many
   * @return the step, to say where
   * @throws IllegalArgumentException if no date is set
   */
  public HandoverStep handover(Estimate count) {
    return handover(StepCount.of(count));
  }

  /**
   * Begins the handover of as many people as {@code count} claims, held at a facility.
   *
   * @param count the claims, taken as given
   * @return the step, to say where
   * @throws IllegalArgumentException if no date is set
   */
  public HandoverStep handover(Figure count) {
    return handover(StepCount.of(count));
  }

  private HandoverStep handover(StepCount count) {
    When when = script.datedStep("handover");
    return new HandoverStep(
        this, script.begin("handover of " + count, "of(facility).to(actor)"), count, when);
  }

  // ------------------------------------------------------------------------------------------
  // agreements and other events

  /**
   * Records that {@code agreement} was concluded, at its own conclusion time, which must not come
   * before the last event written; its parties and obligors are mentioned as holders would be.
   *
   * @param agreement the agreement
   * @return this builder
   * @throws IllegalArgumentException if the agreement was concluded before the last event written
   */
  public ScenarioBuilder agreement(Agreement agreement) {
    script.agreement(checkNotNull(agreement, "agreement"));
    return this;
  }

  /**
   * Records that an obligation of a concluded agreement was met on the current date.
   *
   * @param agreement the agreement's id
   * @param obligation the obligation's id within it
   * @return this builder
   * @throws IllegalArgumentException if an id is not a slug or no date is set
   */
  public ScenarioBuilder obligationMet(String agreement, String obligation) {
    return obligationMet(
        AgreementId.of(checkNotNull(agreement, "agreement")),
        ObligationId.of(checkNotNull(obligation, "obligation")));
  }

  /**
   * Records that an obligation of a concluded agreement was met on the current date.
   *
   * @param agreement the agreement
   * @param obligation the obligation within it
   * @return this builder
   * @throws IllegalArgumentException if no date is set
   */
  public ScenarioBuilder obligationMet(AgreementId agreement, ObligationId obligation) {
    checkNotNull(agreement, "agreement");
    checkNotNull(obligation, "obligation");
    script.obligationMet(agreement, obligation);
    return this;
  }

  /**
   * Records that an obligation of a concluded agreement was breached on the current date; for a
   * breach with a description or sources, write an {@link dev.custody.event.ObligationBreached}
   * with {@link #event(Event)}.
   *
   * @param agreement the agreement's id
   * @param obligation the obligation's id within it
   * @return this builder
   * @throws IllegalArgumentException if an id is not a slug or no date is set
   */
  public ScenarioBuilder obligationBreached(String agreement, String obligation) {
    script.obligationBreached(
        AgreementId.of(checkNotNull(agreement, "agreement")),
        ObligationId.of(checkNotNull(obligation, "obligation")));
    return this;
  }

  /**
   * Records that the deadline of an obligation of a concluded agreement (or the end of its term)
   * was revised on the current date to {@code deadline}, later or earlier.
   *
   * @param agreement the agreement's id
   * @param obligation the obligation's id within it
   * @param deadline the new deadline
   * @return this builder
   * @throws IllegalArgumentException if an id is not a slug or no date is set
   */
  public ScenarioBuilder deadlineRevised(String agreement, String obligation, Deadline deadline) {
    script.deadlineRevised(
        AgreementId.of(checkNotNull(agreement, "agreement")),
        ObligationId.of(checkNotNull(obligation, "obligation")),
        checkNotNull(deadline, "deadline"));
    return this;
  }

  /**
   * Records {@code event} as given, for what the steps do not say (a plan, a transfer under it, a
   * census of a country). Its time must not come before the last event written; the actors it names
   * are mentioned, and a change of control of a declared facility is remembered by later steps. Its
   * id is its own.
   *
   * @param event the event
   * @return this builder
   * @throws IllegalArgumentException if the event is dated before the last event written, or its id
   *     is already used
   */
  public ScenarioBuilder event(Event event) {
    script.event(checkNotNull(event, "event"));
    return this;
  }

  /**
   * Names the event of the step just written {@code id} in place of its generated id; the events a
   * step writes besides (a change of control, a census of zero) are named after it.
   *
   * @param id the slug, such as {@code "first-batch"}
   * @return this builder
   * @throws IllegalArgumentException if {@code id} is not a slug or is already used, no step is
   *     written yet, or the step's events cannot be renamed
   */
  public ScenarioBuilder id(String id) {
    script.rename(checkNotNull(id, "id"));
    return this;
  }

  // ------------------------------------------------------------------------------------------
  // building

  /**
   * Appends every event to a ledger over the scenario's world, in the order written.
   *
   * @return the scenario
   * @throws IllegalStateException if the ledger rejects an event, naming the step that wrote it,
   *     the event and every violation; or if a step is not finished
   */
  public Scenario build() {
    return Scenario.record(script, true);
  }

  /**
   * Appends every event to a ledger over the scenario's world, in the order written, going on past
   * the events the ledger rejects; {@link Scenario#result(String)} tells which.
   *
   * @return the scenario, whose ledger holds the accepted events
   * @throws IllegalStateException if a step is not finished
   */
  public Scenario buildAllowingRejections() {
    return Scenario.record(script, false);
  }
}
