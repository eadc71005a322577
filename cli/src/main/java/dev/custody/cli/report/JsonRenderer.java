package dev.custody.cli.report;

import static dev.custody.cli.report.JsonValues.NODES;
import static dev.custody.cli.report.JsonValues.array;
import static dev.custody.cli.report.JsonValues.code;
import static dev.custody.cli.report.JsonValues.derived;
import static dev.custody.cli.report.JsonValues.estimate;
import static dev.custody.cli.report.JsonValues.ids;
import static dev.custody.cli.report.JsonValues.optional;
import static dev.custody.cli.report.JsonValues.putOptional;
import static dev.custody.cli.report.JsonValues.reading;
import static dev.custody.cli.report.JsonValues.when;

import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.CensusComparison;
import dev.custody.aggregate.ControlPeriod;
import dev.custody.aggregate.ControlTimeline;
import dev.custody.aggregate.DeathPlace;
import dev.custody.aggregate.Departure;
import dev.custody.aggregate.Group;
import dev.custody.aggregate.Intake;
import dev.custody.aggregate.Intakes;
import dev.custody.aggregate.LeftCustody;
import dev.custody.aggregate.ObligationReport;
import dev.custody.aggregate.OperationProgress;
import dev.custody.aggregate.PhaseProgress;
import dev.custody.aggregate.PlanProgress;
import dev.custody.aggregate.Population;
import dev.custody.aggregate.Provenance;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.aggregate.Totals;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Term;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.TransferPlanned;
import dev.custody.model.Actor;
import dev.custody.model.Claim;
import dev.custody.model.ClaimConflict;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Cohort;
import dev.custody.model.Dispute;
import dev.custody.model.Estimate;
import dev.custody.model.Facility;
import dev.custody.model.Reading;
import dev.custody.model.Share;
import dev.custody.model.UnitCount;
import dev.custody.rules.Violation;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Report} as a JSON tree. Keys are always present and in a fixed order; an absent
 * value is {@code null}, not a missing key. Counts are numbers: an {@link Estimate} is {@code
 * {"low", "best", "high", "qualifier", "text"}} with {@code high} null when unbounded, a {@link
 * Share} the same with fractions (0.78 for 78%). Every structured value also carries the text the
 * other formats print, so a program need not rebuild the wording. Strings keep the scenario's text
 * exactly, with the characters a terminal would act on {@linkplain PrintableJsonEscapes escaped}.
 */
final class JsonRenderer {

  /**
   * Two spaces and a line feed on every system, so that the output is the same everywhere; {@code
   * "key": value} and {@code []}, as most JSON is written.
   */
  private static final ObjectWriter WRITER =
      JsonMapper.builder(JsonFactory.builder().characterEscapes(new PrintableJsonEscapes()).build())
          // \u001b, as the text report and PrintableJsonEscapes write it
          .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
          .build()
          .writer()
          .with(
              new DefaultPrettyPrinter()
                  .withSeparators(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonRenderer() {}

  static String render(Report report) {
    return WRITER.writeValueAsString(tree(report)) + "\n";
  }

  static ObjectNode tree(Report report) {
    ObjectNode root = NODES.objectNode();
    root.put("title", report.header().title());
    root.put("asOf", report.asOf().toString());
    root.set("reading", reading(report.reading()).put("default", report.header().defaultReading()));
    root.set("readings", readings(report.header()));
    root.set("counts", counts(report.header()));
    root.set("verdict", verdict(report.header()));
    root.set("knowledge", knowledge(report.header()));
    root.set("actors", array(report.actors(), JsonRenderer::actor));
    root.set("facilities", array(report.facilities(), entry -> facility(report, entry)));
    ObjectNode balances = root.putObject("balances");
    balances.put("asOf", report.asOf().toString());
    balances.set("reading", reading(report.reading()));
    NothingOnRecord nothing = NothingOnRecord.of(report);
    balances.set("accounts", array(report.balances(), b -> balance(b, nothing)));
    ObjectNode totals = root.putObject("totals");
    totals.set("custodian", totals(report.byCustodian(), nothing));
    totals.set("country", totals(report.byCountry(), nothing));
    ArrayNode byKind = totals.putArray("byKind");
    report.byKind().forEach(t -> byKind.add(totals(t, nothing)));
    root.set("populations", array(report.populations(), JsonRenderer::population));
    root.set("narrowing", NarrowingJson.of(report.narrowing()));
    root.set("intakes", intakes(report.intakes()));
    root.set("leftCustody", leftCustody(report.leftCustody()));
    root.set("plans", array(report.plans(), JsonRenderer::plan));
    root.set("escapes", array(report.escapes(), JsonRenderer::escapes));
    ObjectNode reconciliation = root.putObject("reconciliation");
    reconciliation.put("reconcilable", report.reconciliation().isReconcilable());
    reconciliation.put("conflicting", report.reconciliation().conflicting().size());
    reconciliation.set("figures", array(report.reconciliation().figures(), JsonRenderer::figure));
    ObjectNode deadlines = root.putObject("deadlines");
    deadlines.put("asOf", report.deadlines().asOf().toString());
    deadlines.set(
        "obligations",
        array(report.deadlines().obligations(), o -> obligation(o, report.agreements())));
    root.set("control", array(report.control(), JsonRenderer::timeline));
    root.set("handovers", array(report.handovers(), JsonRenderer::handover));
    if (!report.operations().isEmpty()) {
      // only when the world declares operations, so that other reports stay as they were
      root.set("operations", array(report.operations(), JsonRenderer::operation));
    }
    if (!report.runningTotals().isEmpty()) {
      // only when the ledger holds running totals, so that other reports stay as they were
      root.set("runningTotals", array(report.runningTotals(), RunningTotalEntries::json));
    }
    return root;
  }

  private static ObjectNode operation(OperationProgress progress) {
    ObjectNode node = NODES.objectNode();
    node.put("id", progress.operation().id().toString());
    node.put("name", progress.operation().name());
    node.set("reading", reading(progress.reading()));
    node.set("moved", estimate(progress.moved()));
    ArrayNode phases = node.putArray("phases");
    for (PhaseProgress phase : progress.phases()) {
      ObjectNode p = phases.addObject();
      if (phase.phase().isPresent()) {
        p.put("phase", phase.phase().getAsInt());
      } else {
        p.putNull("phase");
      }
      putOptional(p, "name", phase.name());
      p.set("moved", estimate(phase.moved()));
      p.set("events", ids(phase.events()));
      p.set("allOfThem", ids(phase.allOfThem()));
    }
    return node;
  }

  // ----------------------------------------------------------------------------------------
  // header

  private static ObjectNode readings(ReportHeader header) {
    ObjectNode node = NODES.objectNode();
    node.set("all", array(header.readings().all(), JsonValues::reading));
    node.put("consensus", header.readings().hasConsensus());
    ArrayNode sources = node.putArray("sources");
    header.readings().sources().forEach(s -> sources.add(s.toString()));
    node.put("text", header.readings().toString());
    return node;
  }

  /** The knowledge time, null when the report uses everything recorded, and its wording. */
  private static ObjectNode knowledge(ReportHeader header) {
    ObjectNode node = NODES.objectNode();
    header
        .knownAt()
        .ifPresentOrElse(k -> node.put("knownAt", k.toString()), () -> node.putNull("knownAt"));
    return node.put("text", header.knownText());
  }

  private static ObjectNode counts(ReportHeader header) {
    return NODES
        .objectNode()
        .put("actors", header.actors())
        .put("facilities", header.facilities())
        .put("events", header.events())
        .put("eventsByAsOf", header.eventsByAsOf());
  }

  private static ObjectNode verdict(ReportHeader header) {
    ObjectNode node = NODES.objectNode();
    node.put("accepted", header.verdict().isAccepted());
    node.put("errors", header.verdict().errors().size());
    node.put("warnings", header.verdict().warnings().size());
    node.set("violations", array(header.verdict().violations(), JsonRenderer::violation));
    node.put("text", header.verdictText());
    return node;
  }

  private static ObjectNode violation(Violation violation) {
    return NODES
        .objectNode()
        .put("rule", violation.code())
        .put("severity", code(violation.severity()))
        .put("event", violation.event().toString())
        .put("field", violation.field())
        .put("message", violation.message());
  }

  // ----------------------------------------------------------------------------------------
  // world

  private static ObjectNode actor(Actor actor) {
    ObjectNode node =
        NODES
            .objectNode()
            .put("id", actor.id().toString())
            .put("name", actor.name())
            .put("kind", code(actor.kind()));
    return putOptional(node, "parent", actor.parent());
  }

  private static ObjectNode facility(Report report, FacilityEntry entry) {
    Facility facility = entry.facility();
    ObjectNode node =
        NODES
            .objectNode()
            .put("id", facility.id().toString())
            .put("name", facility.name())
            .put("kind", code(facility.kind()))
            .put("country", facility.location().country().toString());
    putOptional(node, "region", facility.location().region());
    if (facility.capacity().isPresent()) {
      node.put("capacity", facility.capacity().getAsLong());
    } else {
      node.putNull("capacity");
    }
    // a capacity the sources give is a figure like any other: read under the report's reading
    node.set(
        "reportedCapacity",
        JsonValues.estimate(facility.reportedCapacity().map(c -> report.reading().of(c))));
    putOptional(node, "controller", entry.controller());
    // contested or abandoned is a state on record, beside a null controller
    return node.put("control", ReportLayout.control(report, entry));
  }

  // ----------------------------------------------------------------------------------------
  // balances and totals

  private static ObjectNode balance(AccountBalance balance, NothingOnRecord nothing) {
    ObjectNode node = account(balance.account());
    node.set("balance", derived(balance.balance()));
    // false for a balance the record says nothing of (see NothingOnRecord): never counted, and
    // "unknown" with no best value; the text report says "not recorded" for it
    node.put("recorded", !nothing.saysNothing(balance));
    node.set("provenance", provenance(balance.provenance()));
    return node;
  }

  /**
   * {@code {"kind", "census", "counted", "sources", "movements", "age", "text"}}: "counted",
   * "carried-forward", "movements-only" or "not-recorded"; the census, its time and its sources
   * when one counted the balance, null and empty otherwise; the age an ISO-8601 period such as
   * "P3Y5M".
   */
  private static ObjectNode provenance(Provenance provenance) {
    ObjectNode node = NODES.objectNode().put("kind", code(provenance.kind()));
    putOptional(node, "census", provenance.census());
    node.set("counted", optional(provenance.counted(), JsonValues::when));
    ArrayNode sources = node.putArray("sources");
    provenance.sources().forEach(s -> sources.add(s.toString()));
    node.put("movements", provenance.movements());
    node.set("planTotals", ids(provenance.runningTotals()));
    node.set("lessCountedApart", ids(provenance.lessCountedApart()));
    putOptional(node, "age", provenance.age());
    return node.put("text", provenance.toString());
  }

  private static ObjectNode account(Account account) {
    ObjectNode node = NODES.objectNode().put("kind", code(account.kind()));
    putOptional(node, "custodian", account.custodian());
    putOptional(node, "facility", account.facility());
    putOptional(node, "country", account.country());
    node.set("cohort", cohort(account.cohort()));
    node.put("text", account.toString());
    return node;
  }

  private static ObjectNode cohort(Cohort cohort) {
    ObjectNode node = NODES.objectNode().put("category", code(cohort.category()));
    putOptional(node, "affiliation", cohort.affiliation());
    putOptional(node, "nationality", cohort.nationality());
    return node.put("text", cohort.toString());
  }

  private static <K> ObjectNode totals(Totals<K> totals, NothingOnRecord nothing) {
    ObjectNode node = NODES.objectNode();
    node.put("dimension", totals.dimension().name());
    node.put("asOf", totals.asOf().toString());
    node.set("reading", reading(totals.reading()));
    node.put("kind", code(totals.kind()));
    node.set("groups", array(totals.groups(), g -> group(g, totals, nothing)));
    // null, not zero, when nothing is on record
    node.set(
        "unattributed",
        totals.hasUnattributed() ? derived(totals.unattributed()) : NODES.nullNode());
    node.set(
        "unattributedProvenance",
        array(ReportLayout.unattributed(totals), JsonRenderer::provenance));
    boolean nothingAtAll = nothing.nothingAtAll(totals);
    node.set(
        "total", totals.isRecorded() && !nothingAtAll ? derived(totals.total()) : NODES.nullNode());
    // beside accounts the record says nothing of: the total of what is on record, and the places
    // of those accounts; the shares are of that total. Null and empty when every one says
    // something, null when none does
    node.set(
        "recordedTotal",
        nothingAtAll
            ? NODES.nullNode()
            : optional(nothing.recordedTotal(totals), JsonValues::derived));
    ArrayNode notRecorded = node.putArray("notRecorded");
    nothing.notRecorded(totals).forEach(notRecorded::add);
    node.put(
        "provenance",
        totals.isRecorded() ? ProvenanceWording.of(totals.provenance().values()) : "not recorded");
    return node;
  }

  private static ObjectNode group(Group<?> group, Totals<?> totals, NothingOnRecord nothing) {
    ObjectNode node = NODES.objectNode();
    node.put("key", group.key().toString());
    node.set("total", derived(group.total()));
    // a group the record says nothing of is not recorded, and has no share of the total
    node.put("recorded", !nothing.group(group));
    // what its accounts on record hold, when others of it say nothing; null otherwise
    node.set("recordedPart", optional(nothing.recordedPart(group), JsonValues::derived));
    node.set("share", optional(nothing.share(group, totals), JsonValues::derivedShare));
    node.set("census", optional(group.census(), JsonRenderer::census));
    putOptional(node, "wholeCountedBy", group.wholeCountedBy());
    node.set("partsCountedWhole", ids(group.partsCountedWhole()));
    node.set("arrivedUnderPlans", RunningTotalEntries.arrivedJson(group));
    node.set("accountsTotal", derived(group.accountsTotal()));
    ArrayNode accounts = node.putArray("accounts");
    group
        .provenance()
        .forEach(
            (account, provenance) ->
                accounts
                    .addObject()
                    .put("account", account.toString())
                    .set("provenance", provenance(provenance)));
    node.put("provenance", ProvenanceWording.of(group.provenance().values()));
    return node;
  }

  private static ObjectNode population(Population population) {
    ObjectNode node = NODES.objectNode();
    node.put("census", population.census().toString());
    node.put("scope", population.scope().toString());
    node.set("counted", estimate(population.counted()));
    population
        .countedUnits()
        .ifPresent(
            u -> {
              ObjectNode units = node.putObject("countedUnits");
              units.put("unit", u.unit().name().toLowerCase(java.util.Locale.ROOT));
              units.set("count", estimate(u.count()));
              units.put("peopleStated", u.statesPeople(population.counted()));
              units.put("text", UnitCount.claimed(u, population.counted()));
            });
    // null, not zero, once the census no longer describes anyone recorded
    node.set(
        "population", population.isCurrent() ? derived(population.population()) : NODES.nullNode());
    node.put("outrunBy", population.outrunBy().map(Object::toString).orElse(null));
    node.put("standing", population.hasStandingCount());
    node.set("provenance", provenance(population.provenance()));
    node.set("crossings", ids(population.crossings()));
    node.set("planTotals", ids(population.runningTotals()));
    // null, never "exactly 0", where no running total carried the population
    node.set(
        "unrecordedDepartures",
        population.runningTotals().isEmpty()
            ? NODES.nullNode()
            : derived(population.unrecordedDepartures()));
    ArrayNode parts = node.putArray("countedApart");
    population.countedParts().forEach(a -> parts.add(a.toString()));
    // null, not zero, when no part was counted apart
    node.set(
        "countedApartTotal",
        population.countedParts().isEmpty()
            ? NODES.nullNode()
            : derived(population.countedPartsTotal()));
    node.set(
        "remainder", population.isCurrent() ? derived(population.remainder()) : NODES.nullNode());
    return node.put("text", population.toString());
  }

  private static ObjectNode census(CensusComparison census) {
    ObjectNode node = NODES.objectNode();
    node.put("census", census.census().toString());
    node.set("when", when(census.when()));
    node.put("scope", census.scope().toString());
    node.set("counted", estimate(census.counted()));
    node.set("inAccounts", estimate(census.total()));
    node.put("agrees", census.agrees());
    node.put("gap", census.gap());
    node.put("text", census.toString());
    return node;
  }

  // ----------------------------------------------------------------------------------------
  // intakes and those who left custody

  private static ObjectNode intakes(Intakes intakes) {
    ObjectNode node = NODES.objectNode();
    node.put("asOf", intakes.asOf().toString());
    node.set("reading", reading(intakes.reading()));
    node.set("total", estimate(intakes.total()));
    ArrayNode byKind = node.putArray("byKind");
    intakes
        .byKind()
        .forEach(
            (how, total) -> byKind.addObject().put("how", code(how)).set("total", estimate(total)));
    ArrayNode byCustodian = node.putArray("byCustodian");
    intakes
        .byCustodian()
        .forEach(
            (custodian, total) ->
                byCustodian
                    .addObject()
                    .put("custodian", custodian.toString())
                    .set("total", estimate(total)));
    node.set("intakes", array(intakes.intakes(), JsonRenderer::intake));
    node.set("fallbacks", ids(intakes.fallbacks()));
    node.put("text", intakes.toString());
    return node;
  }

  private static ObjectNode intake(Intake intake) {
    ObjectNode node = NODES.objectNode();
    node.put("how", code(intake.how()));
    node.put("custodian", intake.custodian().toString());
    node.set("into", account(intake.into()));
    node.set("count", estimate(intake.count()));
    node.set("events", ids(intake.events()));
    node.put("text", intake.toString());
    return node;
  }

  private static ObjectNode leftCustody(LeftCustody left) {
    ObjectNode node = NODES.objectNode();
    node.put("asOf", left.asOf().toString());
    node.set("reading", reading(left.reading()));
    for (AccountKind kind : List.of(AccountKind.RELEASED, AccountKind.REPATRIATED)) {
      ObjectNode going = node.putObject(code(kind));
      going.set("total", estimate(left.total(kind)));
      ArrayNode destinations = going.putArray("byDestination");
      left.byDestination(kind)
          .forEach(
              (country, total) ->
                  destinations
                      .addObject()
                      .put("country", country.toString())
                      .set("total", estimate(total)));
      going.set("destinationNotReported", estimate(left.destinationNotReported(kind)));
      going.set("departures", array(left.departures(kind), JsonRenderer::departure));
    }
    ObjectNode dead = node.putObject("dead");
    dead.set("total", estimate(left.total(AccountKind.DEAD)));
    dead.set("inCustody", estimate(left.died(DeathPlace.IN_CUSTODY)));
    dead.set("atLarge", estimate(left.died(DeathPlace.AT_LARGE)));
    dead.set("placeNotReported", estimate(left.died(DeathPlace.NOT_REPORTED)));
    dead.set("departures", array(left.departures(AccountKind.DEAD), JsonRenderer::departure));
    node.set("fallbacks", ids(left.fallbacks()));
    node.put("text", left.toString());
    return node;
  }

  private static ObjectNode departure(Departure departure) {
    ObjectNode node = NODES.objectNode();
    node.put("kind", code(departure.kind()));
    putOptional(node, "fromFacility", departure.fromFacility());
    putOptional(node, "fromCustodian", departure.fromCustodian());
    putOptional(node, "destination", departure.destination());
    node.set("account", account(departure.account()));
    node.set("balance", estimate(departure.balance()));
    node.set("moved", departure.hasMovements() ? estimate(departure.moved()) : NODES.nullNode());
    node.set("events", ids(departure.events()));
    if (departure.deathPlace().isPresent()) {
      node.put("deathPlace", code(departure.deathPlace().get()));
    } else {
      node.putNull("deathPlace");
    }
    ArrayNode causes = node.putArray("causes");
    departure.causes().forEach(causes::add);
    node.put("text", departure.toString());
    return node;
  }

  // ----------------------------------------------------------------------------------------
  // plans and escapes

  private static ObjectNode plan(PlanProgress progress) {
    TransferPlanned plan = progress.plan();
    ObjectNode node = NODES.objectNode();
    node.put("plan", plan.id().toString());
    node.set("when", when(plan.when()));
    node.put("planner", plan.planner().toString());
    node.set("cohort", cohort(plan.cohort()));
    putOptional(node, "originCountry", plan.originCountry());
    node.put("receiver", plan.receiver().toString());
    node.put("movementKind", code(plan.movementKind()));
    node.put("kindText", FlowLayout.kind(plan.movementKind()));
    ArrayNode named = node.putArray("namedFacilities");
    plan.namedFacilities().forEach(f -> named.add(f.toString()));
    node.put("unnamedFacilities", plan.unnamedFacilities());
    putOptional(node, "destination", plan.destination());
    node.put("title", FlowLayout.planTitle(plan));
    node.set("reading", reading(progress.reading()));
    node.set("planned", estimate(progress.planned()));
    // null, not zero, before the first movement under the plan
    boolean moved = !progress.transfers().isEmpty();
    node.set("moved", moved ? derived(progress.moved()) : NODES.nullNode());
    node.set("transfers", ids(progress.transfers()));
    putOptional(node, "reportedTotal", progress.reportedTotal());
    node.set("transfersAfterReported", ids(progress.transfersAfterReported()));
    node.set(
        "reported",
        progress.reported().isPresent() ? derived(progress.reported().get()) : NODES.nullNode());
    // a share above 100% is a disagreement of the figures: null, and the excess said instead
    boolean outran = progress.movedSoFar().best() > progress.planned().best();
    node.set(
        "progress",
        (moved || progress.reported().isPresent()) && !outran
            ? optional(progress.progress(), JsonValues::derivedShare)
            : NODES.nullNode());
    node.set("remaining", derived(progress.remaining()));
    putOptional(node, "populationCensus", progress.populationCensus());
    node.set("population", estimate(progress.population()));
    boolean beyond =
        progress.population().filter(p -> progress.planned().best() > p.best()).isPresent();
    node.set(
        "coverage",
        beyond ? NODES.nullNode() : optional(progress.coverage(), JsonValues::derivedShare));
    node.set(
        "disagreement",
        outran || beyond ? NODES.stringNode(FlowLayout.disagreement(progress)) : NODES.nullNode());
    node.set("wouldStay", optional(progress.wouldStay(), JsonValues::derived));
    node.set("fallbacks", ids(progress.fallbacks()));
    node.put("text", progress.toString());
    return node;
  }

  private static ObjectNode escapes(EscapesFrom escapes) {
    ObjectNode node = NODES.objectNode();
    node.put("facility", escapes.facility().toString());
    ArrayNode readings = node.putArray("byReading");
    for (Map.Entry<Reading, AtLarge> answer : escapes.byReading().answers().entrySet()) {
      AtLarge tally = answer.getValue();
      ObjectNode row = readings.addObject();
      row.set("reading", reading(answer.getKey()));
      row.set("escaped", derived(tally.escaped()));
      // null, not zero, when no recapture was recorded; so is the rate
      boolean recaptures = !tally.recaptures().isEmpty();
      row.set("recaptured", recaptures ? derived(tally.recaptured()) : NODES.nullNode());
      // null, not zero, when no death at large was recorded
      row.set("died", tally.deaths().isEmpty() ? NODES.nullNode() : derived(tally.died()));
      // null, not zero, when the claims certainly disagree: nobody is known to be at large
      row.set(
          "stillAtLarge", tally.contradicts() ? NODES.nullNode() : derived(tally.stillAtLarge()));
      row.put("claimsDisagree", tally.contradicts());
      // a rate above 100% is a disagreement of the claims, given as the excess instead
      boolean excess = tally.excess().isPresent();
      row.set(
          "recaptureRate",
          recaptures && !excess
              ? optional(tally.recaptureRate(), JsonValues::derivedShare)
              : NODES.nullNode());
      if (excess) {
        row.put("excess", tally.excess().getAsLong());
      } else {
        row.putNull("excess");
      }
      row.set("escapes", ids(tally.escapes()));
      row.set("recaptures", ids(tally.recaptures()));
      row.set("deaths", ids(tally.deaths()));
      row.set("fallbacks", ids(tally.fallbacks()));
      row.put("text", tally.toString());
    }
    return node;
  }

  // ----------------------------------------------------------------------------------------
  // sources

  private static ObjectNode figure(ReportedFigure figure) {
    ObjectNode node = NODES.objectNode();
    node.put("event", figure.event().toString());
    node.put("type", figure.type());
    node.put("role", figure.role());
    node.put("agrees", figure.agrees());
    node.set("envelope", estimate(figure.envelope()));
    node.set("consensus", estimate(figure.consensus()));
    node.set(
        "claims",
        array(
            figure.figure().claims(),
            c -> {
              ObjectNode claim = claim(c);
              if (c.counts() && figure.figure().isSuperseded(c)) {
                // a source's earlier word, revised by a later claim of the same source
                claim.put("superseded", true);
                claim.put("counted", false);
              }
              return claim;
            }));
    node.set("conflicts", array(figure.conflicts(), JsonRenderer::conflict));
    node.put("conflictCount", figure.conflictCount());
    if (figure.figure().isDisputed()) {
      node.put("disputed", true);
    }
    if (!figure.figure().disputes().isEmpty()) {
      node.set("disputes", array(figure.figure().disputes(), JsonRenderer::dispute));
    }
    if (!figure.figure().onRecordOnly().isEmpty()) {
      node.put("onRecordOnly", figure.figure().onRecordOnly().size());
    }
    return node;
  }

  private static ObjectNode dispute(Dispute dispute) {
    ObjectNode node = NODES.objectNode();
    node.put("source", dispute.source().actor().toString());
    putOptional(node, "description", dispute.source().description());
    node.set("reported", when(dispute.reported()));
    node.put("words", dispute.words());
    putOptional(node, "claim", dispute.claim());
    node.put("text", dispute.toString());
    return node;
  }

  private static ObjectNode claim(Claim claim) {
    ObjectNode node = NODES.objectNode();
    node.put("source", claim.source().actor().toString());
    putOptional(node, "description", claim.source().description());
    putOptional(node, "channel", claim.channel());
    node.set("reported", when(claim.reported()));
    putOptional(node, "note", claim.note());
    node.set("estimate", estimate(claim.estimate()));
    putOptional(node, "id", claim.id());
    claim
        .units()
        .ifPresent(
            u -> {
              ObjectNode units = node.putObject("units");
              units.put("unit", u.unit().name().toLowerCase(java.util.Locale.ROOT));
              units.set("count", estimate(u.count()));
              u.peoplePer().ifPresent(per -> units.set("peoplePer", claim(per)));
              units.put("peopleStated", u.statesPeople(claim.estimate()));
            });
    if (claim.status().kind() != ClaimStatus.Kind.REPORTED) {
      // the status is written when it is not the default, and says whether the claim counts
      node.put("status", claim.status().toString());
      node.put("counted", claim.counts());
    }
    node.put("text", claim.toString());
    return node;
  }

  private static ObjectNode conflict(ClaimConflict conflict) {
    ObjectNode node = NODES.objectNode();
    node.put("gap", conflict.gap());
    node.set("higher", claim(conflict.higher()));
    node.set("lower", claim(conflict.lower()));
    node.put("text", conflict.toString());
    return node;
  }

  // ----------------------------------------------------------------------------------------
  // deadlines and control

  private static ObjectNode obligation(ObligationReport report, Map<?, Agreement> agreements) {
    DeadlineStatus status = report.status();
    ObjectNode node = NODES.objectNode();
    node.put("agreement", report.agreement().toString());
    Agreement agreement = agreements.get(report.agreement());
    if (agreement == null) {
      node.putNull("agreementTitle");
    } else {
      node.put("agreementTitle", agreement.title());
    }
    node.put("obligation", report.obligation().id().toString());
    node.put("obligor", report.obligation().obligor().toString());
    node.put("thirdParty", report.thirdParty());
    node.put("description", report.obligation().description());
    node.put("state", code(status.state()));
    node.put("open", status.isOpen());
    node.set("deadline", optional(status.deadline(), JsonRenderer::deadline));
    node.set(
        "term",
        report.obligation().term().isPresent()
            ? term(report.obligation().term().get())
            : NODES.nullNode());
    boolean running = status.state().isRunning() && status.deadline().isPresent();
    node.set("timeLeft", running ? duration(status.timeLeft()) : NODES.nullNode());
    node.set(
        "startsIn",
        status.state() == DeadlineStatus.State.SCHEDULED
            ? duration(status.timeToStart())
            : NODES.nullNode());
    node.set(
        "overdue",
        status.state() == DeadlineStatus.State.LAPSED
            ? duration(status.overdue())
            : NODES.nullNode());
    node.set("settled", optional(status.settled(), JsonValues::when));
    node.put("late", status.isLate());
    node.put("text", report.toString());
    return node;
  }

  private static ObjectNode term(Term term) {
    ObjectNode node = NODES.objectNode();
    node.set("start", when(term.start()));
    node.put("length", term.length());
    node.put(
        "iso",
        term.duration().map(Object::toString).orElseGet(() -> term.period().get().toString()));
    node.put("text", term.toString());
    return node;
  }

  private static ObjectNode deadline(Deadline deadline) {
    ObjectNode node = NODES.objectNode();
    node.set("due", when(deadline.due()));
    node.put("lapsesAt", deadline.lapsesAt().toString());
    node.put("text", deadline.toString());
    return node;
  }

  private static ObjectNode duration(Duration duration) {
    return NODES
        .objectNode()
        .put("seconds", duration.getSeconds())
        .put("iso", duration.toString())
        .put("text", DeadlineStatus.describe(duration));
  }

  private static ObjectNode timeline(ControlTimeline timeline) {
    ObjectNode node = NODES.objectNode();
    node.put("facility", timeline.facility().toString());
    node.set("periods", array(timeline.periods(), JsonRenderer::period));
    return node;
  }

  private static ObjectNode handover(HandoverEntry entry) {
    CustodyHandedOver handover = entry.event();
    ObjectNode node = NODES.objectNode();
    node.put("handover", handover.id().toString());
    node.set("when", when(handover.when()));
    putOptional(node, "facility", handover.from().facility());
    node.put("from", handover.from().custodian().orElseThrow().toString());
    node.put("to", handover.receiver().toString());
    node.set("cohort", cohort(handover.from().cohort()));
    node.set("size", estimate(entry.size()));
    node.put("withControl", handover.withControl());
    putOptional(node, "plan", handover.plan());
    node.put("text", handover.toString());
    return node;
  }

  private static ObjectNode period(ControlPeriod period) {
    ObjectNode node = NODES.objectNode();
    putOptional(node, "controller", period.controller());
    node.put("state", period.state().name().toLowerCase(java.util.Locale.ROOT));
    ArrayNode actors = node.putArray("actors");
    period.actors().forEach(a -> actors.add(a.toString()));
    node.put("began", period.began().toString());
    node.set("from", when(period.from()));
    putOptional(node, "ended", period.ended());
    node.set("until", optional(period.until(), JsonValues::when));
    node.put("current", period.isCurrent());
    node.put("text", period.toString());
    return node;
  }
}
