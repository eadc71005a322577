package dev.custody.json;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineExtension;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import dev.custody.event.TransferPlanned;
import dev.custody.model.Actor;
import dev.custody.model.Alias;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.When;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns a document into the JSON tree of the custody/1 format. Confined to one write. */
final class DocumentWriter {
  private final JsonNodeFactory nodes = JsonNodeFactory.instance;
  private final Map<Cohort, String> cohorts = new LinkedHashMap<>();

  ObjectNode write(CustodyDocument document) {
    for (Event event : document.events()) {
      collectCohorts(event);
    }
    ObjectNode root = nodes.objectNode();
    root.put("format", CustodyJson.FORMAT);
    root.put("title", document.title());
    document.description().ifPresent(d -> root.put("description", d));
    ArrayNode actors = root.putArray("actors");
    document.world().actors().values().forEach(a -> actors.add(actor(a)));
    ArrayNode facilities = root.putArray("facilities");
    document.world().facilities().values().forEach(f -> facilities.add(facility(f)));
    ArrayNode cohortArray = root.putArray("cohorts");
    cohorts.forEach((cohort, id) -> cohortArray.add(cohort(id, cohort)));
    ArrayNode events = root.putArray("events");
    document.events().forEach(e -> events.add(event(e)));
    return root;
  }

  private void collectCohorts(Event event) {
    event
        .movements()
        .forEach(
            m -> {
              name(m.from().cohort());
              name(m.to().cohort());
            });
    if (event instanceof CensusTaken census) {
      census.scope().account().ifPresent(a -> name(a.cohort()));
      census.scope().cohort().ifPresent(this::name);
    } else if (event instanceof TransferPlanned plan) {
      name(plan.cohort());
    }
  }

  /** A readable id for each cohort: "fighters-isis", "family-members-isis-except-iq-sy". */
  private String name(Cohort cohort) {
    return cohorts.computeIfAbsent(
        cohort,
        c -> {
          StringBuilder id =
              new StringBuilder(kebab(c.category().name())).append('-').append(c.affiliation());
          c.nationality()
              .ifPresent(
                  n -> {
                    id.append(n.isExclusive() ? "-except" : "-only");
                    n.countries().forEach(country -> id.append('-').append(lower(country)));
                  });
          String base = id.toString();
          String unique = base;
          for (int i = 2; cohorts.containsValue(unique); i++) {
            unique = base + "-" + i;
          }
          return unique;
        });
  }

  private ObjectNode actor(Actor actor) {
    ObjectNode node = nodes.objectNode();
    node.put("id", actor.id().toString());
    node.put("name", actor.name());
    node.put("kind", kebab(actor.kind().name()));
    if (!actor.aliases().isEmpty()) {
      ArrayNode aliases = node.putArray("aliases");
      for (Alias alias : actor.aliases()) {
        if (alias.from().isEmpty() && alias.until().isEmpty()) {
          aliases.add(alias.name());
        } else {
          ObjectNode dated = aliases.addObject();
          dated.put("name", alias.name());
          alias.from().ifPresent(d -> dated.put("from", d.toString()));
          alias.until().ifPresent(d -> dated.put("until", d.toString()));
        }
      }
    }
    actor.parent().ifPresent(p -> node.put("parent", p.toString()));
    return node;
  }

  private ObjectNode facility(Facility facility) {
    ObjectNode node = nodes.objectNode();
    node.put("id", facility.id().toString());
    node.put("name", facility.name());
    node.put("kind", kebab(facility.kind().name()));
    node.put("country", facility.location().country().toString());
    facility.location().region().ifPresent(r -> node.put("region", r));
    facility
        .location()
        .coordinates()
        .ifPresent(
            c -> {
              ObjectNode at = node.putObject("coordinates");
              at.put("latitude", c.latitude());
              at.put("longitude", c.longitude());
            });
    facility.capacity().ifPresent(c -> node.put("capacity", c));
    return node;
  }

  private ObjectNode cohort(String id, Cohort cohort) {
    ObjectNode node = nodes.objectNode();
    node.put("id", id);
    node.put("category", kebab(cohort.category().name()));
    node.put("affiliation", cohort.affiliation().toString());
    cohort
        .nationality()
        .ifPresent(
            n -> {
              ArrayNode countries = node.putArray(n.isExclusive() ? "allExcept" : "only");
              n.countries().forEach(c -> countries.add(c.toString()));
            });
    return node;
  }

  private ObjectNode event(Event event) {
    ObjectNode node = nodes.objectNode();
    node.put("type", event.type());
    node.put("id", event.id().toString());
    if (!(event instanceof AgreementConcluded)) {
      node.set("when", when(event.when()));
    }
    if (event instanceof CensusTaken census) {
      node.set("scope", scope(census.scope()));
      node.set("count", figure(census.count()));
    } else if (event instanceof ControlChanged change) {
      node.put("facility", change.facility().toString());
      change.from().ifPresent(f -> node.put("from", f.toString()));
      node.put("to", change.to().toString());
    } else if (event instanceof TransferPlanned plan) {
      node.put("planner", plan.planner().toString());
      node.put("cohort", cohorts.get(plan.cohort()));
      if (!plan.namedFacilities().isEmpty()) {
        ArrayNode named = node.putArray("namedFacilities");
        plan.namedFacilities().forEach(f -> named.add(f.toString()));
      }
      if (plan.unnamedFacilities() > 0) {
        node.put("unnamedFacilities", plan.unnamedFacilities());
      }
      plan.originCountry().ifPresent(c -> node.put("originCountry", c.toString()));
      node.put("receiver", plan.receiver().toString());
      plan.destination().ifPresent(d -> node.put("destination", d.toString()));
      plan.payer().ifPresent(p -> node.put("payer", p.toString()));
      plan.agreement().ifPresent(a -> node.put("agreement", a.toString()));
      node.set("size", figure(plan.size()));
    } else if (event instanceof DetaineesTransferred transfer) {
      node.set("from", account(transfer.from()));
      node.set("to", account(transfer.to()));
      node.set("size", figure(transfer.size()));
      transfer.carrier().ifPresent(c -> node.put("carrier", c.toString()));
      transfer.plan().ifPresent(p -> node.put("plan", p.toString()));
    } else if (event instanceof DetaineesRecaptured recapture) {
      node.set("from", account(recapture.from()));
      node.set("to", account(recapture.to()));
      node.set("size", figure(recapture.size()));
    } else if (event instanceof DetaineesEscaped
        || event instanceof DetaineesReleased
        || event instanceof DetaineesRepatriated) {
      node.set("from", account(event.movements().get(0).from()));
      node.set("size", figure(event.movements().get(0).size()));
    } else if (event instanceof AgreementConcluded concluded) {
      node.set("agreement", agreement(concluded.agreement()));
    } else if (event instanceof ObligationMet met) {
      node.put("agreement", met.agreement().toString());
      node.put("obligation", met.obligation().toString());
    } else if (event instanceof DeadlineExtended extended) {
      node.put("agreement", extended.agreement().toString());
      node.put("obligation", extended.obligation().toString());
      node.set("deadline", deadline(extended.deadline()));
    }
    return node;
  }

  private ObjectNode agreement(Agreement agreement) {
    ObjectNode node = nodes.objectNode();
    node.put("id", agreement.id().toString());
    node.put("kind", kebab(agreement.kind().name()));
    node.put("title", agreement.title());
    ArrayNode parties = node.putArray("parties");
    agreement.parties().forEach(p -> parties.add(p.toString()));
    node.set("concluded", when(agreement.concluded()));
    ArrayNode obligations = node.putArray("obligations");
    for (Obligation obligation : agreement.obligations()) {
      ObjectNode o = obligations.addObject();
      o.put("id", obligation.id().toString());
      o.put("obligor", obligation.obligor().toString());
      o.put("description", obligation.description());
      obligation.deadline().ifPresent(d -> o.set("deadline", deadline(d)));
      if (!obligation.extensions().isEmpty()) {
        ArrayNode extensions = o.putArray("extensions");
        for (DeadlineExtension extension : obligation.extensions()) {
          ObjectNode e = extensions.addObject();
          e.set("deadline", deadline(extension.deadline()));
          e.set("decided", when(extension.decided()));
        }
      }
      obligation.met().ifPresent(m -> o.set("met", when(m)));
      obligation.waived().ifPresent(w -> o.set("waived", when(w)));
    }
    return node;
  }

  private ObjectNode scope(CensusScope scope) {
    ObjectNode node = nodes.objectNode();
    if (scope.account().isPresent()) {
      node.set("account", account(scope.account().get()));
      return node;
    }
    scope
        .facilities()
        .ifPresent(
            facilities -> {
              ArrayNode array = node.putArray("facilities");
              facilities.forEach(f -> array.add(f.toString()));
            });
    scope.country().ifPresent(c -> node.put("country", c.toString()));
    scope.custodian().ifPresent(c -> node.put("custodian", c.toString()));
    scope.cohort().ifPresent(c -> node.put("cohort", cohorts.get(c)));
    return node;
  }

  private ObjectNode account(Account account) {
    ObjectNode node = nodes.objectNode();
    node.put("kind", kebab(account.kind().name()));
    account.custodian().ifPresent(c -> node.put("custodian", c.toString()));
    account.facility().map(FacilityId::toString).ifPresent(f -> node.put("facility", f));
    account.country().map(CountryCode::toString).ifPresent(c -> node.put("country", c));
    node.put("cohort", cohorts.get(account.cohort()));
    return node;
  }

  private ArrayNode figure(Figure figure) {
    ArrayNode claims = nodes.arrayNode();
    for (Claim claim : figure.claims()) {
      ObjectNode node = claims.addObject();
      node.put("estimate", claim.estimate().toString());
      node.put("source", claim.source().actor().toString());
      claim.source().description().ifPresent(d -> node.put("description", d));
      claim.channel().ifPresent(c -> node.put("channel", c.toString()));
      node.set("reported", when(claim.reported()));
      claim.note().ifPresent(n -> node.put("note", n));
    }
    return claims;
  }

  private ObjectNode when(When when) {
    ObjectNode node = nodes.objectNode();
    switch (when.precision()) {
      case INSTANT:
        node.put("instant", when.start().toString());
        break;
      case DAY:
        if (when.firstDate().equals(when.lastDate())) {
          node.put("day", when.firstDate().toString());
        } else {
          node.put("from", when.firstDate().toString());
          node.put("to", when.lastDate().toString());
        }
        break;
      case WEEK:
        node.put("week", when.firstDate().toString());
        break;
      case MONTH:
        node.put("month", YearMonth.from(when.firstDate()).toString());
        break;
    }
    node.put("zone", when.zone().getId());
    return node;
  }

  private ObjectNode deadline(Deadline deadline) {
    ObjectNode node = nodes.objectNode();
    if (deadline.isDay()) {
      node.put("day", deadline.dueDate().toString());
    } else {
      node.put("instant", deadline.due().start().toString());
    }
    node.put("zone", deadline.zone().getId());
    return node;
  }

  static String kebab(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String lower(CountryCode country) {
    return country.toString().toLowerCase(Locale.ROOT);
  }
}
