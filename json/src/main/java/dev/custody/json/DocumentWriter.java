package dev.custody.json;

import static dev.custody.json.FormatNames.ACCOUNT;
import static dev.custody.json.FormatNames.ACCOUNTS;
import static dev.custody.json.FormatNames.ACTOR;
import static dev.custody.json.FormatNames.ACTORS;
import static dev.custody.json.FormatNames.AFFILIATION;
import static dev.custody.json.FormatNames.AGREEMENT;
import static dev.custody.json.FormatNames.ALIASES;
import static dev.custody.json.FormatNames.ALL_EXCEPT;
import static dev.custody.json.FormatNames.ALL_OF_THEM;
import static dev.custody.json.FormatNames.ALSO_FROM;
import static dev.custody.json.FormatNames.BREACHES;
import static dev.custody.json.FormatNames.CAPACITY;
import static dev.custody.json.FormatNames.CARRIED_OUT_BY;
import static dev.custody.json.FormatNames.CARRIER;
import static dev.custody.json.FormatNames.CATEGORY;
import static dev.custody.json.FormatNames.CAUSE;
import static dev.custody.json.FormatNames.COHORT;
import static dev.custody.json.FormatNames.COHORTS;
import static dev.custody.json.FormatNames.CONCLUDED;
import static dev.custody.json.FormatNames.COORDINATES;
import static dev.custody.json.FormatNames.COUNT;
import static dev.custody.json.FormatNames.COUNTRY;
import static dev.custody.json.FormatNames.CUSTODIAN;
import static dev.custody.json.FormatNames.DEADLINE;
import static dev.custody.json.FormatNames.DECIDED;
import static dev.custody.json.FormatNames.DESCRIPTION;
import static dev.custody.json.FormatNames.DESTINATION;
import static dev.custody.json.FormatNames.DURATION;
import static dev.custody.json.FormatNames.EVENTS;
import static dev.custody.json.FormatNames.EXTENSIONS;
import static dev.custody.json.FormatNames.FACILITIES;
import static dev.custody.json.FormatNames.FACILITY;
import static dev.custody.json.FormatNames.FLOW;
import static dev.custody.json.FormatNames.FORMAT;
import static dev.custody.json.FormatNames.FROM;
import static dev.custody.json.FormatNames.HOW;
import static dev.custody.json.FormatNames.ID;
import static dev.custody.json.FormatNames.KIND;
import static dev.custody.json.FormatNames.LATITUDE;
import static dev.custody.json.FormatNames.LONGITUDE;
import static dev.custody.json.FormatNames.MET;
import static dev.custody.json.FormatNames.MOVEMENT_KIND;
import static dev.custody.json.FormatNames.NAME;
import static dev.custody.json.FormatNames.NAMED_FACILITIES;
import static dev.custody.json.FormatNames.OBLIGATION;
import static dev.custody.json.FormatNames.OBLIGATIONS;
import static dev.custody.json.FormatNames.OBLIGOR;
import static dev.custody.json.FormatNames.ONLY;
import static dev.custody.json.FormatNames.OPERATION;
import static dev.custody.json.FormatNames.OPERATIONS;
import static dev.custody.json.FormatNames.ORIGIN_COUNTRY;
import static dev.custody.json.FormatNames.PARENT;
import static dev.custody.json.FormatNames.PARTIES;
import static dev.custody.json.FormatNames.PAYER;
import static dev.custody.json.FormatNames.PERIOD;
import static dev.custody.json.FormatNames.PHASE;
import static dev.custody.json.FormatNames.PHASES;
import static dev.custody.json.FormatNames.PLAN;
import static dev.custody.json.FormatNames.PLANNER;
import static dev.custody.json.FormatNames.RECEIVER;
import static dev.custody.json.FormatNames.REGION;
import static dev.custody.json.FormatNames.RELAYED;
import static dev.custody.json.FormatNames.REPORTED;
import static dev.custody.json.FormatNames.SCOPE;
import static dev.custody.json.FormatNames.SIZE;
import static dev.custody.json.FormatNames.SOURCE;
import static dev.custody.json.FormatNames.SOURCES;
import static dev.custody.json.FormatNames.START;
import static dev.custody.json.FormatNames.STATE;
import static dev.custody.json.FormatNames.SUCCEEDED_ON;
import static dev.custody.json.FormatNames.SUCCEEDS;
import static dev.custody.json.FormatNames.TERM;
import static dev.custody.json.FormatNames.TITLE;
import static dev.custody.json.FormatNames.TO;
import static dev.custody.json.FormatNames.TOTAL;
import static dev.custody.json.FormatNames.TYPE;
import static dev.custody.json.FormatNames.UNNAMED_FACILITIES;
import static dev.custody.json.FormatNames.UNTIL;
import static dev.custody.json.FormatNames.WAIVED;
import static dev.custody.json.FormatNames.WHEN;
import static dev.custody.json.FormatNames.WITHIN;
import static dev.custody.json.FormatNames.WITH_CONTROL;
import static dev.custody.json.ValueWriter.deadline;
import static dev.custody.json.ValueWriter.figure;
import static dev.custody.json.ValueWriter.when;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Breach;
import dev.custody.agreement.DeadlineExtension;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.MovementKind;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.Actor;
import dev.custody.model.Alias;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.Operation;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a document into the JSON tree of the custody/2 format, in the order the format lists its
 * parts: the world, the cohorts under the ids {@link CohortIds} gives them, then the events. Names
 * come from {@link FormatNames}, values from {@link ValueWriter}. Confined to one write.
 */
final class DocumentWriter {
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final CohortIds cohorts;

  private DocumentWriter(CohortIds cohorts) {
    this.cohorts = cohorts;
  }

  static ObjectNode write(CustodyDocument document) {
    return new DocumentWriter(idsOf(document)).document(document);
  }

  /**
   * The header of {@code document} written as JSON Lines: the document without its events, its
   * cohorts those that its events name.
   */
  static ObjectNode header(CustodyDocument document) {
    ObjectNode root = write(document);
    root.remove(EVENTS);
    return root;
  }

  /** The events of {@code document}, each as the element of {@code events} it would be. */
  static List<ObjectNode> events(CustodyDocument document) {
    DocumentWriter writer = new DocumentWriter(idsOf(document));
    List<ObjectNode> events = new ArrayList<>(document.events().size());
    document.events().forEach(e -> events.add(writer.event(e)));
    return events;
  }

  /** The ids of the cohorts the events name, then of those the world declares nested. */
  private static CohortIds idsOf(CustodyDocument document) {
    CohortIds ids = new CohortIds(document.events());
    document
        .world()
        .cohortsWithin()
        .forEach(
            (inner, outer) -> {
              ids.name(inner);
              ids.name(outer);
            });
    return ids;
  }

  /** One event, naming its cohorts by the ids {@code cohorts} gives them. */
  static ObjectNode event(CohortIds cohorts, Event event) {
    return new DocumentWriter(cohorts).event(event);
  }

  private ObjectNode document(CustodyDocument document) {
    ObjectNode root = nodes.objectNode();
    root.put(FORMAT, CustodyJson.FORMAT);
    root.put(TITLE, document.title());
    document.description().ifPresent(d -> root.put(DESCRIPTION, d));
    ArrayNode actors = root.putArray(ACTORS);
    document.world().actors().values().forEach(a -> actors.add(actor(a)));
    ArrayNode facilities = root.putArray(FACILITIES);
    document.world().facilities().values().forEach(f -> facilities.add(facility(f)));
    if (!document.world().operations().isEmpty()) {
      ArrayNode operations = root.putArray(OPERATIONS);
      document.world().operations().values().forEach(o -> operations.add(operation(o)));
    }
    ArrayNode cohortArray = root.putArray(COHORTS);
    cohorts
        .all()
        .forEach(
            (cohort, id) -> {
              ObjectNode node = cohort(id, cohort);
              Set<Cohort> outer = document.world().cohortsWithin().get(cohort);
              if (!outer.isEmpty()) {
                ArrayNode within = node.putArray(WITHIN);
                outer.forEach(o -> within.add(cohorts.id(o)));
              }
              cohortArray.add(node);
            });
    ArrayNode events = root.putArray(EVENTS);
    document.events().forEach(e -> events.add(event(e)));
    return root;
  }

  private ObjectNode actor(Actor actor) {
    ObjectNode node = nodes.objectNode();
    node.put(ID, actor.id().toString());
    node.put(NAME, actor.name());
    node.put(KIND, FormatNames.spelling(actor.kind()));
    aliases(node, actor.aliases());
    actor.parent().ifPresent(p -> node.put(PARENT, p.toString()));
    actor.succeeds().ifPresent(p -> node.put(SUCCEEDS, p.toString()));
    actor.succeededOn().ifPresent(d -> node.put(SUCCEEDED_ON, d.toString()));
    return node;
  }

  /** Bare names for aliases without dates, objects for the others; nothing when there are none. */
  private static void aliases(ObjectNode node, List<Alias> all) {
    if (all.isEmpty()) {
      return;
    }
    ArrayNode aliases = node.putArray(ALIASES);
    for (Alias alias : all) {
      if (alias.from().isEmpty() && alias.until().isEmpty()) {
        aliases.add(alias.name());
      } else {
        ObjectNode dated = aliases.addObject();
        dated.put(NAME, alias.name());
        alias.from().ifPresent(d -> dated.put(FROM, d.toString()));
        alias.until().ifPresent(d -> dated.put(UNTIL, d.toString()));
      }
    }
  }

  private ObjectNode facility(Facility facility) {
    ObjectNode node = nodes.objectNode();
    node.put(ID, facility.id().toString());
    node.put(NAME, facility.name());
    node.put(KIND, FormatNames.spelling(facility.kind()));
    node.put(COUNTRY, facility.location().country().toString());
    facility.location().region().ifPresent(r -> node.put(REGION, r));
    facility
        .location()
        .coordinates()
        .ifPresent(
            c -> {
              ObjectNode at = node.putObject(COORDINATES);
              at.put(LATITUDE, c.latitude());
              at.put(LONGITUDE, c.longitude());
            });
    facility.capacity().ifPresent(c -> node.put(CAPACITY, c));
    facility.reportedCapacity().ifPresent(c -> node.set(CAPACITY, figure(c)));
    aliases(node, facility.aliases());
    return node;
  }

  private ObjectNode operation(Operation operation) {
    ObjectNode node = nodes.objectNode();
    node.put(ID, operation.id().toString());
    node.put(NAME, operation.name());
    if (!operation.phases().isEmpty()) {
      ArrayNode phases = node.putArray(PHASES);
      operation.phases().forEach(phases::add);
    }
    return node;
  }

  private ObjectNode cohort(String id, Cohort cohort) {
    ObjectNode node = nodes.objectNode();
    node.put(ID, id);
    node.put(CATEGORY, FormatNames.spelling(cohort.category()));
    cohort.affiliation().ifPresent(a -> node.put(AFFILIATION, a.toString()));
    cohort
        .nationality()
        .ifPresent(
            n -> {
              ArrayNode countries = node.putArray(n.isExclusive() ? ALL_EXCEPT : ONLY);
              n.countries().forEach(c -> countries.add(c.toString()));
            });
    return node;
  }

  private ObjectNode event(Event event) {
    ObjectNode node = nodes.objectNode();
    node.put(TYPE, event.type());
    node.put(ID, event.id().toString());
    if (!(event instanceof AgreementConcluded)) {
      node.set(WHEN, when(event.when()));
    }
    if (event instanceof CensusTaken census) {
      node.set(SCOPE, scope(census.scope()));
      node.set(COUNT, figure(census.count()));
    } else if (event instanceof RunningTotalReported total) {
      node.put(FLOW, FormatNames.spelling(total.flow()));
      node.set(SCOPE, scope(total.scope()));
      node.set(TOTAL, figure(total.total()));
      total.plan().ifPresent(p -> node.put(PLAN, p.toString()));
    } else if (event instanceof ControlChanged change) {
      node.put(FACILITY, change.facility().toString());
      change.from().ifPresent(f -> node.put(FROM, f.toString()));
      node.put(TO, change.to().toString());
    } else if (event instanceof ControlReported report) {
      node.put(FACILITY, report.facility().toString());
      node.put(STATE, FormatNames.spelling(report.state()));
      if (!report.actors().isEmpty()) {
        ArrayNode actors = node.putArray(ACTORS);
        report.actors().forEach(a -> actors.add(a.toString()));
      }
      node.put(SOURCE, report.source().actor().toString());
      report.source().description().ifPresent(d -> node.put(DESCRIPTION, d));
      if (report.source().isRelayed()) {
        node.put(RELAYED, true);
      }
      node.set(REPORTED, when(report.reported()));
    } else if (event instanceof TransferPlanned plan) {
      node.put(PLANNER, plan.planner().toString());
      node.put(COHORT, cohorts.id(plan.cohort()));
      if (!plan.namedFacilities().isEmpty()) {
        ArrayNode named = node.putArray(NAMED_FACILITIES);
        plan.namedFacilities().forEach(f -> named.add(f.toString()));
      }
      if (plan.unnamedFacilities() > 0) {
        node.put(UNNAMED_FACILITIES, plan.unnamedFacilities());
      }
      plan.originCountry().ifPresent(c -> node.put(ORIGIN_COUNTRY, c.toString()));
      node.put(RECEIVER, plan.receiver().toString());
      plan.destination().ifPresent(d -> node.put(DESTINATION, d.toString()));
      plan.payer().ifPresent(p -> node.put(PAYER, p.toString()));
      plan.agreement().ifPresent(a -> node.put(AGREEMENT, a.toString()));
      node.set(SIZE, figure(plan.size()));
      if (plan.movementKind() != MovementKind.TRANSFER) {
        node.put(MOVEMENT_KIND, FormatNames.spelling(plan.movementKind()));
      }
    } else if (event instanceof DetaineesTransferred transfer) {
      node.set(FROM, account(transfer.from()));
      node.set(TO, account(transfer.to()));
      node.set(SIZE, figure(transfer.size()));
      allOfThem(node, transfer.allOfThem());
      transfer.carrier().ifPresent(c -> node.put(CARRIER, c.toString()));
      transfer.plan().ifPresent(p -> node.put(PLAN, p.toString()));
    } else if (event instanceof DetaineesRecaptured recapture) {
      node.set(FROM, account(recapture.from()));
      node.set(TO, account(recapture.to()));
      node.set(SIZE, figure(recapture.size()));
    } else if (event instanceof DetaineesEscaped escape) {
      node.set(FROM, account(escape.from()));
      alsoFrom(node, escape.alsoFrom());
      node.set(SIZE, figure(escape.size()));
      allOfThem(node, escape.allOfThem());
    } else if (event instanceof DetaineesReleased release) {
      node.set(FROM, account(release.from()));
      alsoFrom(node, release.alsoFrom());
      node.set(SIZE, figure(release.size()));
      allOfThem(node, release.allOfThem());
      release.destination().ifPresent(c -> node.put(DESTINATION, c.toString()));
      release.carriedOutBy().ifPresent(a -> node.put(CARRIED_OUT_BY, a.toString()));
      release.plan().ifPresent(p -> node.put(PLAN, p.toString()));
    } else if (event instanceof DetaineesRepatriated repatriation) {
      node.set(FROM, account(repatriation.from()));
      alsoFrom(node, repatriation.alsoFrom());
      node.set(SIZE, figure(repatriation.size()));
      allOfThem(node, repatriation.allOfThem());
      repatriation.destination().ifPresent(c -> node.put(DESTINATION, c.toString()));
      repatriation.carriedOutBy().ifPresent(a -> node.put(CARRIED_OUT_BY, a.toString()));
      repatriation.plan().ifPresent(p -> node.put(PLAN, p.toString()));
    } else if (event instanceof CustodyHandedOver handover) {
      node.set(FROM, account(handover.from()));
      node.put(RECEIVER, handover.receiver().toString());
      node.set(SIZE, figure(handover.size()));
      allOfThem(node, handover.allOfThem());
      if (handover.withControl()) {
        node.put(WITH_CONTROL, true);
      }
      handover.plan().ifPresent(p -> node.put(PLAN, p.toString()));
    } else if (event instanceof DetaineesTakenIntoCustody intake) {
      node.set(TO, account(intake.to()));
      node.put(HOW, FormatNames.spelling(intake.how()));
      node.set(SIZE, figure(intake.size()));
    } else if (event instanceof DetaineesDied died) {
      node.set(FROM, account(died.from()));
      node.set(SIZE, figure(died.size()));
      allOfThem(node, died.allOfThem());
      died.cause().ifPresent(c -> node.put(CAUSE, c));
    } else if (event instanceof AgreementConcluded concluded) {
      node.set(AGREEMENT, agreement(concluded.agreement()));
    } else if (event instanceof ObligationMet met) {
      node.put(AGREEMENT, met.agreement().toString());
      node.put(OBLIGATION, met.obligation().toString());
    } else if (event instanceof DeadlineExtended extended) {
      node.put(AGREEMENT, extended.agreement().toString());
      node.put(OBLIGATION, extended.obligation().toString());
      node.set(DEADLINE, deadline(extended.deadline()));
    } else if (event instanceof ObligationBreached breached) {
      node.put(AGREEMENT, breached.agreement().toString());
      node.put(OBLIGATION, breached.obligation().toString());
      breached.description().ifPresent(d -> node.put(DESCRIPTION, d));
      sources(node, breached.sources());
    }
    event
        .operation()
        .ifPresent(
            part -> {
              ObjectNode operation = node.putObject(OPERATION);
              operation.put(ID, part.operation().toString());
              part.phase().ifPresent(phase -> operation.put(PHASE, phase));
            });
    return node;
  }

  /** Writes the further origins of a joint movement, nothing for a movement of one origin. */
  private void alsoFrom(ObjectNode node, List<Account> origins) {
    if (!origins.isEmpty()) {
      ArrayNode array = node.putArray(ALSO_FROM);
      origins.forEach(origin -> array.add(account(origin)));
    }
  }

  /** Writes {@code "allOfThem": true} for a movement of all of them, nothing otherwise. */
  private static void allOfThem(ObjectNode node, boolean allOfThem) {
    if (allOfThem) {
      node.put(ALL_OF_THEM, true);
    }
  }

  /** Writes who reported a breach, when anyone is named: {@code [{"actor": "sdf"}]}. */
  private void sources(ObjectNode node, List<Source> sources) {
    if (sources.isEmpty()) {
      return;
    }
    ArrayNode array = node.putArray(SOURCES);
    for (Source source : sources) {
      ObjectNode s = array.addObject();
      s.put(ACTOR, source.actor().toString());
      source.description().ifPresent(d -> s.put(DESCRIPTION, d));
      if (source.isRelayed()) {
        s.put(RELAYED, true);
      }
    }
  }

  /** Writes a term, its start only when it is not the agreement's conclusion (the default). */
  private ObjectNode term(Term term, When concluded) {
    ObjectNode node = nodes.objectNode();
    if (!term.start().equals(concluded)) {
      node.set(START, when(term.start()));
    }
    term.duration().ifPresent(d -> node.put(DURATION, d.toString()));
    term.period().ifPresent(p -> node.put(PERIOD, p.toString()));
    return node;
  }

  private ObjectNode agreement(Agreement agreement) {
    ObjectNode node = nodes.objectNode();
    node.put(ID, agreement.id().toString());
    node.put(KIND, FormatNames.spelling(agreement.kind()));
    node.put(TITLE, agreement.title());
    ArrayNode parties = node.putArray(PARTIES);
    agreement.parties().forEach(p -> parties.add(p.toString()));
    node.set(CONCLUDED, when(agreement.concluded()));
    ArrayNode obligations = node.putArray(OBLIGATIONS);
    for (Obligation obligation : agreement.obligations()) {
      ObjectNode o = obligations.addObject();
      o.put(ID, obligation.id().toString());
      o.put(OBLIGOR, obligation.obligor().toString());
      o.put(DESCRIPTION, obligation.description());
      obligation.deadline().ifPresent(d -> o.set(DEADLINE, deadline(d)));
      obligation.term().ifPresent(t -> o.set(TERM, term(t, agreement.concluded())));
      if (!obligation.extensions().isEmpty()) {
        ArrayNode extensions = o.putArray(EXTENSIONS);
        for (DeadlineExtension extension : obligation.extensions()) {
          ObjectNode e = extensions.addObject();
          e.set(DEADLINE, deadline(extension.deadline()));
          e.set(DECIDED, when(extension.decided()));
        }
      }
      obligation.met().ifPresent(m -> o.set(MET, when(m)));
      obligation.waived().ifPresent(w -> o.set(WAIVED, when(w)));
      if (!obligation.breaches().isEmpty()) {
        ArrayNode breaches = o.putArray(BREACHES);
        for (Breach breach : obligation.breaches()) {
          ObjectNode b = breaches.addObject();
          b.set(WHEN, when(breach.when()));
          breach.description().ifPresent(d -> b.put(DESCRIPTION, d));
          sources(b, breach.sources());
        }
      }
    }
    return node;
  }

  private ObjectNode scope(CensusScope scope) {
    ObjectNode node = nodes.objectNode();
    if (scope.account().isPresent()) {
      node.set(ACCOUNT, account(scope.account().get()));
      return node;
    }
    if (scope.joint().isPresent()) {
      ArrayNode accounts = node.putArray(ACCOUNTS);
      scope.joint().get().forEach(a -> accounts.add(account(a)));
      return node;
    }
    scope
        .facilities()
        .ifPresent(
            facilities -> {
              ArrayNode array = node.putArray(FACILITIES);
              facilities.forEach(f -> array.add(f.toString()));
            });
    scope.country().ifPresent(c -> node.put(COUNTRY, c.toString()));
    scope.custodian().ifPresent(c -> node.put(CUSTODIAN, c.toString()));
    scope.cohort().ifPresent(c -> node.put(COHORT, cohorts.id(c)));
    return node;
  }

  private ObjectNode account(Account account) {
    ObjectNode node = nodes.objectNode();
    node.put(KIND, FormatNames.spelling(account.kind()));
    account.custodian().ifPresent(c -> node.put(CUSTODIAN, c.toString()));
    account.facility().map(FacilityId::toString).ifPresent(f -> node.put(FACILITY, f));
    account.country().map(CountryCode::toString).ifPresent(c -> node.put(COUNTRY, c));
    node.put(COHORT, cohorts.id(account.cohort()));
    return node;
  }
}
