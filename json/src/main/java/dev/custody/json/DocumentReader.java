package dev.custody.json;

import com.google.common.base.CaseFormat;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
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
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Alias;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.Coordinates;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.NationalityGroup;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON tree into a document, collecting every problem on the way. Each method reads one
 * part at one path and returns empty when that part has a problem, so that reading goes on and
 * finds the others. Confined to one read.
 */
final class DocumentReader {
  private static final int MAX_SHOWN = 80;

  private final String source;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Cohort> cohorts = new LinkedHashMap<>();

  DocumentReader(String source) {
    this.source = source;
  }

  static Problem problem(
      Problem.Kind kind, String source, String path, @Nullable String value, String message) {
    ImmutableProblem.Builder problem =
        ImmutableProblem.builder().kind(kind).source(source).path(path).message(message);
    int dot = Math.max(path.lastIndexOf('.'), 0);
    String field = path.substring(dot).replaceFirst("^\\.", "").replaceFirst("\\[\\d+]$", "");
    if (!field.isEmpty() && !field.equals("$")) {
      problem.field(field);
    }
    if (value != null) {
      problem.value(value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN - 3) + "..." : value);
    }
    return problem.build();
  }

  private void report(Problem.Kind kind, String path, @Nullable String value, String message) {
    problems.add(problem(kind, source, path, value, message));
  }

  CustodyDocument read(JsonNode root) {
    if (!root.isObject()) {
      report(Problem.Kind.STRUCTURE, "$", shown(root), "the document must be a JSON object");
      throw new InvalidDocumentException(problems);
    }
    fields(
        root,
        "$",
        set("format", "title", "description", "actors", "facilities", "cohorts", "events"),
        set("format", "title", "actors", "facilities", "events"));
    Optional<String> format = string(root, "$", "format", true);
    if (format.isPresent() && !format.get().equals(CustodyJson.FORMAT)) {
      // another format's fields mean other things: report only the format
      problems.clear();
      report(
          Problem.Kind.VALUE,
          "$.format",
          format.get(),
          "format (" + format.get() + ") must be " + CustodyJson.FORMAT);
      throw new InvalidDocumentException(problems);
    }
    Optional<String> title = text(root, "$", "title", true);
    Optional<String> description = text(root, "$", "description", false);
    List<Actor> actors = list(root, "$", "actors", true, this::actor);
    List<Facility> facilities = list(root, "$", "facilities", true, this::facility);
    list(root, "$", "cohorts", false, this::cohort);
    List<Event> events = list(root, "$", "events", true, this::event);
    unique(actors, a -> a.id().toString(), "$.actors", "actor");
    unique(facilities, f -> f.id().toString(), "$.facilities", "facility");
    parentsKnown(actors);
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(problems);
    }
    World world;
    try {
      world = World.of(actors, facilities);
    } catch (IllegalArgumentException e) {
      report(Problem.Kind.REFERENCE, "$", null, e.getMessage());
      throw new InvalidDocumentException(problems);
    }
    checkRules(world, events);
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException(problems);
    }
    CustodyDocument document = CustodyDocument.of(title.orElseThrow(), world, events);
    return description.map(document::withDescription).orElse(document);
  }

  /** Appends each event in turn, as the ledger would receive them, and reports every rejection. */
  private void checkRules(World world, List<Event> events) {
    Ledger ledger = Ledger.of(world);
    for (int i = 0; i < events.size(); i++) {
      AppendResult result = ledger.append(events.get(i));
      if (result.isAccepted()) {
        ledger = result.ledger();
        continue;
      }
      for (Violation violation : result.verdict().errors()) {
        // a late event can make events after it break a rule: the violation names which
        int at =
            events.get(i).id().equals(violation.event())
                ? i
                : indexOf(events, violation.event(), i);
        problems.add(
            ImmutableProblem.builder()
                .kind(Problem.Kind.RULE)
                .source(source)
                .path("$.events[" + at + "]." + violation.field())
                .field(violation.field())
                .value(violation.event().toString())
                .rule(violation.code())
                .message(violation.message())
                .build());
      }
    }
  }

  private static int indexOf(List<Event> events, EventId id, int fallback) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).id().equals(id) && i <= fallback) {
        return i;
      }
    }
    return fallback;
  }

  // ---- the world

  private Optional<Actor> actor(JsonNode node, String path) {
    if (!fields(
        node, path, set("id", "name", "kind", "aliases", "parent"), set("id", "name", "kind"))) {
      return Optional.empty();
    }
    Optional<ActorId> id = parsed(node, path, "id", true, ActorId::of, "an actor id like \"sdf\"");
    Optional<String> name = text(node, path, "name", true);
    Optional<ActorKind> kind = constant(node, path, "kind", true, ActorKind.class);
    Optional<ActorId> parent = parsed(node, path, "parent", false, ActorId::of, "an actor id");
    List<Alias> aliases = list(node, path, "aliases", false, this::alias);
    if (id.isEmpty() || name.isEmpty() || kind.isEmpty()) {
      return Optional.empty();
    }
    return build(
        path,
        () -> {
          Actor.Builder actor = Actor.builder().id(id.get()).name(name.get()).kind(kind.get());
          parent.ifPresent(actor::parent);
          actor.addAllAliases(aliases);
          return actor.build();
        });
  }

  private Optional<Alias> alias(JsonNode node, String path) {
    if (node.isString()) {
      return build(path, () -> Alias.of(node.stringValue()));
    }
    if (!fields(node, path, set("name", "from", "until"), set("name"))) {
      return Optional.empty();
    }
    Optional<String> name = text(node, path, "name", true);
    Optional<LocalDate> from = date(node, path, "from", false);
    Optional<LocalDate> until = date(node, path, "until", false);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    return build(
        path,
        () -> {
          if (from.isPresent() && until.isPresent()) {
            return Alias.of(name.get(), from.get(), until.get());
          }
          if (from.isPresent()) {
            return Alias.since(name.get(), from.get());
          }
          return until.isPresent() ? Alias.until(name.get(), until.get()) : Alias.of(name.get());
        });
  }

  private Optional<Facility> facility(JsonNode node, String path) {
    if (!fields(
        node,
        path,
        set("id", "name", "kind", "country", "region", "coordinates", "capacity"),
        set("id", "name", "kind", "country"))) {
      return Optional.empty();
    }
    Optional<FacilityId> id =
        parsed(node, path, "id", true, FacilityId::of, "a facility id like \"al-hol\"");
    Optional<String> name = text(node, path, "name", true);
    Optional<FacilityKind> kind = constant(node, path, "kind", true, FacilityKind.class);
    Optional<CountryCode> country = country(node, path, "country", true);
    Optional<String> region = text(node, path, "region", false);
    Optional<Coordinates> coordinates = object(node, path, "coordinates", false, this::coordinates);
    Optional<Long> capacity = count(node, path, "capacity", false, 1, Long.MAX_VALUE);
    if (id.isEmpty() || name.isEmpty() || kind.isEmpty() || country.isEmpty()) {
      return Optional.empty();
    }
    return build(
        path,
        () -> {
          Location location =
              region.isPresent()
                  ? Location.in(country.get(), region.get())
                  : Location.in(country.get());
          if (coordinates.isPresent()) {
            location = location.withCoordinates(coordinates.get());
          }
          Facility.Builder facility =
              Facility.builder().id(id.get()).name(name.get()).kind(kind.get()).location(location);
          capacity.ifPresent(facility::capacity);
          return facility.build();
        });
  }

  private Optional<Coordinates> coordinates(JsonNode node, String path) {
    if (!fields(node, path, set("latitude", "longitude"), set("latitude", "longitude"))) {
      return Optional.empty();
    }
    Optional<Double> latitude = decimal(node, path, "latitude");
    Optional<Double> longitude = decimal(node, path, "longitude");
    if (latitude.isEmpty() || longitude.isEmpty()) {
      return Optional.empty();
    }
    return build(path, () -> Coordinates.of(latitude.get(), longitude.get()));
  }

  private Optional<Cohort> cohort(JsonNode node, String path) {
    if (!fields(
        node,
        path,
        set("id", "category", "affiliation", "only", "allExcept"),
        set("id", "category", "affiliation"))) {
      return Optional.empty();
    }
    Optional<String> id =
        parsed(node, path, "id", true, DocumentReader::slug, "a cohort id like \"isis-fighters\"");
    Optional<CohortCategory> category =
        constant(node, path, "category", true, CohortCategory.class);
    Optional<ActorId> affiliation =
        parsed(node, path, "affiliation", true, ActorId::of, "an actor id");
    List<CountryCode> only = list(node, path, "only", false, this::countryCode);
    List<CountryCode> except = list(node, path, "allExcept", false, this::countryCode);
    if (node.has("only") && node.has("allExcept")) {
      report(
          Problem.Kind.STRUCTURE, path, null, "a cohort has \"only\" or \"allExcept\", not both");
      return Optional.empty();
    }
    if (id.isEmpty() || category.isEmpty() || affiliation.isEmpty()) {
      return Optional.empty();
    }
    Optional<Cohort> cohort =
        build(
            path,
            () -> {
              if (!only.isEmpty()) {
                return Cohort.of(category.get(), affiliation.get(), group(only, false));
              }
              if (!except.isEmpty()) {
                return Cohort.of(category.get(), affiliation.get(), group(except, true));
              }
              return Cohort.of(category.get(), affiliation.get());
            });
    if (cohort.isPresent()) {
      if (cohorts.containsKey(id.get())) {
        report(
            Problem.Kind.REFERENCE,
            path + ".id",
            id.get(),
            "cohort id (" + id.get() + ") is declared twice");
        return Optional.empty();
      }
      cohorts.put(id.get(), cohort.get());
    }
    return cohort;
  }

  private static NationalityGroup group(List<CountryCode> countries, boolean except) {
    CountryCode first = countries.get(0);
    CountryCode[] more = countries.subList(1, countries.size()).toArray(new CountryCode[0]);
    return except ? NationalityGroup.allExcept(first, more) : NationalityGroup.of(first, more);
  }

  private Optional<CountryCode> countryCode(JsonNode node, String path) {
    if (!node.isString()) {
      report(
          Problem.Kind.STRUCTURE,
          path,
          shown(node),
          "must be a country code like \"SY\", not " + typeOf(node));
      return Optional.empty();
    }
    return value(path, node.stringValue(), CountryCode::of, "an ISO 3166 country code like \"SY\"");
  }

  // ---- events

  private static final Map<String, Set<String>> EVENT_FIELDS = new LinkedHashMap<>();
  private static final Map<String, Set<String>> EVENT_REQUIRED = new LinkedHashMap<>();

  static {
    event(CensusTaken.TYPE, set("scope", "count"), set("scope", "count"));
    event(ControlChanged.TYPE, set("facility", "from", "to"), set("facility", "to"));
    event(
        TransferPlanned.TYPE,
        set(
            "planner",
            "cohort",
            "namedFacilities",
            "unnamedFacilities",
            "originCountry",
            "receiver",
            "destination",
            "payer",
            "agreement",
            "size"),
        set("planner", "cohort", "receiver", "size"));
    event(
        DetaineesTransferred.TYPE,
        set("from", "to", "size", "carrier", "plan"),
        set("from", "to", "size"));
    event(DetaineesRecaptured.TYPE, set("from", "to", "size"), set("from", "to", "size"));
    event(DetaineesEscaped.TYPE, set("from", "size"), set("from", "size"));
    event(DetaineesReleased.TYPE, set("from", "size"), set("from", "size"));
    event(DetaineesRepatriated.TYPE, set("from", "size"), set("from", "size"));
    event(ObligationMet.TYPE, set("agreement", "obligation"), set("agreement", "obligation"));
    event(
        DeadlineExtended.TYPE,
        set("agreement", "obligation", "deadline"),
        set("agreement", "obligation", "deadline"));
    EVENT_FIELDS.put(AgreementConcluded.TYPE, set("type", "id", "agreement"));
    EVENT_REQUIRED.put(AgreementConcluded.TYPE, set("type", "id", "agreement"));
  }

  private static void event(String type, Set<String> fields, Set<String> required) {
    EVENT_FIELDS.put(
        type, ImmutableSet.<String>builder().add("type", "id", "when").addAll(fields).build());
    EVENT_REQUIRED.put(
        type, ImmutableSet.<String>builder().add("type", "id", "when").addAll(required).build());
  }

  private Optional<Event> event(JsonNode node, String path) {
    if (!node.isObject()) {
      report(
          Problem.Kind.STRUCTURE,
          path,
          shown(node),
          "an event must be an object, not " + typeOf(node));
      return Optional.empty();
    }
    Optional<String> type = string(node, path, "type", true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (!EVENT_FIELDS.containsKey(type.get())) {
      report(
          Problem.Kind.VALUE,
          path + ".type",
          type.get(),
          "type (" + type.get() + ") must be one of " + EVENT_FIELDS.keySet());
      return Optional.empty();
    }
    if (!fields(node, path, EVENT_FIELDS.get(type.get()), EVENT_REQUIRED.get(type.get()))) {
      return Optional.empty();
    }
    Optional<EventId> id =
        parsed(node, path, "id", true, EventId::of, "an event id like \"first-batch\"");
    if (type.get().equals(AgreementConcluded.TYPE)) {
      Optional<Agreement> agreement = object(node, path, "agreement", true, this::agreement);
      return id.isPresent() && agreement.isPresent()
          ? build(path, () -> AgreementConcluded.of(id.get(), agreement.get()))
          : Optional.empty();
    }
    Optional<When> when = object(node, path, "when", true, this::when);
    Optional<Event> event = body(type.get(), node, path, id, when);
    return id.isPresent() && when.isPresent() ? event : Optional.empty();
  }

  private Optional<Event> body(
      String type, JsonNode node, String path, Optional<EventId> id, Optional<When> when) {
    switch (type) {
      case CensusTaken.TYPE:
        {
          Optional<CensusScope> scope = object(node, path, "scope", true, this::scope);
          Optional<Figure> count = figure(node, path, "count");
          return all(id, when, scope, count)
              ? build(path, () -> CensusTaken.of(id.get(), when.get(), scope.get(), count.get()))
              : Optional.empty();
        }
      case ControlChanged.TYPE:
        {
          Optional<FacilityId> facility = facilityId(node, path, "facility", true);
          Optional<ActorId> from = actorId(node, path, "from", false);
          Optional<ActorId> to = actorId(node, path, "to", true);
          if (!all(id, when, facility, to) || (node.has("from") && from.isEmpty())) {
            return Optional.empty();
          }
          return build(
              path,
              () ->
                  from.isPresent()
                      ? ControlChanged.of(
                          id.get(), when.get(), facility.get(), from.get(), to.get())
                      : ControlChanged.first(id.get(), when.get(), facility.get(), to.get()));
        }
      case TransferPlanned.TYPE:
        return plan(node, path, id, when);
      case DetaineesTransferred.TYPE:
        {
          Optional<Account> from = object(node, path, "from", true, this::account);
          Optional<Account> to = object(node, path, "to", true, this::account);
          Optional<Figure> size = figure(node, path, "size");
          Optional<ActorId> carrier = actorId(node, path, "carrier", false);
          Optional<EventId> plan = parsed(node, path, "plan", false, EventId::of, "an event id");
          if (!all(id, when, from, to, size)) {
            return Optional.empty();
          }
          return build(
              path,
              () -> {
                DetaineesTransferred.Builder transfer =
                    DetaineesTransferred.builder()
                        .id(id.get())
                        .when(when.get())
                        .from(from.get())
                        .to(to.get())
                        .size(size.get());
                carrier.ifPresent(transfer::carrier);
                plan.ifPresent(transfer::plan);
                return transfer.build();
              });
        }
      case DetaineesRecaptured.TYPE:
        {
          Optional<Account> from = object(node, path, "from", true, this::account);
          Optional<Account> to = object(node, path, "to", true, this::account);
          Optional<Figure> size = figure(node, path, "size");
          return all(id, when, from, to, size)
              ? build(
                  path,
                  () ->
                      DetaineesRecaptured.of(
                          id.get(), when.get(), from.get(), to.get(), size.get()))
              : Optional.empty();
        }
      case DetaineesEscaped.TYPE:
      case DetaineesReleased.TYPE:
      case DetaineesRepatriated.TYPE:
        {
          Optional<Account> from = object(node, path, "from", true, this::account);
          Optional<Figure> size = figure(node, path, "size");
          if (!all(id, when, from, size)) {
            return Optional.empty();
          }
          return build(
              path,
              () -> {
                switch (type) {
                  case DetaineesEscaped.TYPE:
                    return DetaineesEscaped.of(id.get(), when.get(), from.get(), size.get());
                  case DetaineesReleased.TYPE:
                    return DetaineesReleased.of(id.get(), when.get(), from.get(), size.get());
                  default:
                    return DetaineesRepatriated.of(id.get(), when.get(), from.get(), size.get());
                }
              });
        }
      case ObligationMet.TYPE:
        {
          Optional<AgreementId> agreement = agreementId(node, path);
          Optional<ObligationId> obligation = obligationId(node, path);
          return all(id, when, agreement, obligation)
              ? build(
                  path,
                  () -> ObligationMet.of(id.get(), when.get(), agreement.get(), obligation.get()))
              : Optional.empty();
        }
      default: // deadline-extended
        {
          Optional<AgreementId> agreement = agreementId(node, path);
          Optional<ObligationId> obligation = obligationId(node, path);
          Optional<Deadline> deadline = object(node, path, "deadline", true, this::deadline);
          return all(id, when, agreement, obligation, deadline)
              ? build(
                  path,
                  () ->
                      DeadlineExtended.of(
                          id.get(), when.get(), agreement.get(), obligation.get(), deadline.get()))
              : Optional.empty();
        }
    }
  }

  private Optional<Event> plan(
      JsonNode node, String path, Optional<EventId> id, Optional<When> when) {
    Optional<ActorId> planner = actorId(node, path, "planner", true);
    Optional<Cohort> cohort = cohortReference(node, path, "cohort", true);
    List<FacilityId> named = list(node, path, "namedFacilities", false, this::facilityIdNode);
    Optional<Long> unnamed = count(node, path, "unnamedFacilities", false, 0, 10_000);
    Optional<CountryCode> origin = country(node, path, "originCountry", false);
    Optional<ActorId> receiver = actorId(node, path, "receiver", true);
    Optional<FacilityId> destination = facilityId(node, path, "destination", false);
    Optional<ActorId> payer = actorId(node, path, "payer", false);
    Optional<AgreementId> agreement =
        parsed(node, path, "agreement", false, AgreementId::of, "an agreement id");
    Optional<Figure> size = figure(node, path, "size");
    if (!all(id, when, planner, cohort, receiver, size)) {
      return Optional.empty();
    }
    return build(
        path,
        () -> {
          TransferPlanned.Builder plan =
              TransferPlanned.builder()
                  .id(id.get())
                  .when(when.get())
                  .planner(planner.get())
                  .cohort(cohort.get())
                  .addAllNamedFacilities(named)
                  .receiver(receiver.get())
                  .size(size.get());
          unnamed.ifPresent(u -> plan.unnamedFacilities(u.intValue()));
          origin.ifPresent(plan::originCountry);
          destination.ifPresent(plan::destination);
          payer.ifPresent(plan::payer);
          agreement.ifPresent(plan::agreement);
          return plan.build();
        });
  }

  private Optional<Agreement> agreement(JsonNode node, String path) {
    if (!fields(
        node,
        path,
        set("id", "kind", "title", "parties", "concluded", "obligations"),
        set("id", "kind", "title", "parties", "concluded"))) {
      return Optional.empty();
    }
    Optional<AgreementId> id = parsed(node, path, "id", true, AgreementId::of, "an agreement id");
    Optional<AgreementKind> kind = constant(node, path, "kind", true, AgreementKind.class);
    Optional<String> title = text(node, path, "title", true);
    List<ActorId> parties = list(node, path, "parties", true, this::actorIdNode);
    Optional<When> concluded = object(node, path, "concluded", true, this::when);
    List<Obligation> obligations = list(node, path, "obligations", false, this::obligation);
    if (!all(id, kind, title, concluded)) {
      return Optional.empty();
    }
    return build(
        path,
        () ->
            Agreement.builder()
                .id(id.get())
                .kind(kind.get())
                .title(title.get())
                .addAllParties(parties)
                .concluded(concluded.get())
                .addAllObligations(obligations)
                .build());
  }

  private Optional<Obligation> obligation(JsonNode node, String path) {
    if (!fields(
        node,
        path,
        set("id", "obligor", "description", "deadline", "extensions", "met", "waived"),
        set("id", "obligor", "description"))) {
      return Optional.empty();
    }
    Optional<ObligationId> id =
        parsed(node, path, "id", true, ObligationId::of, "an obligation id");
    Optional<ActorId> obligor = actorId(node, path, "obligor", true);
    Optional<String> description = text(node, path, "description", true);
    Optional<Deadline> deadline = object(node, path, "deadline", false, this::deadline);
    List<Extension> extensions = list(node, path, "extensions", false, this::extension);
    Optional<When> met = object(node, path, "met", false, this::when);
    Optional<When> waived = object(node, path, "waived", false, this::when);
    if (!all(id, obligor, description)) {
      return Optional.empty();
    }
    return build(
        path,
        () -> {
          Obligation obligation =
              deadline.isPresent()
                  ? Obligation.of(id.get(), obligor.get(), description.get(), deadline.get())
                  : Obligation.of(id.get(), obligor.get(), description.get());
          for (Extension extension : extensions) {
            obligation = obligation.withExtension(extension.deadline(), extension.decided());
          }
          if (met.isPresent()) {
            obligation = obligation.withMet(met.get());
          }
          if (waived.isPresent()) {
            obligation = obligation.withWaived(waived.get());
          }
          return obligation;
        });
  }

  /** A deadline extension as written, before it is applied to its obligation. */
  private record Extension(Deadline deadline, When decided) {}

  private Optional<Extension> extension(JsonNode node, String path) {
    if (!fields(node, path, set("deadline", "decided"), set("deadline", "decided"))) {
      return Optional.empty();
    }
    Optional<Deadline> deadline = object(node, path, "deadline", true, this::deadline);
    Optional<When> decided = object(node, path, "decided", true, this::when);
    return all(deadline, decided)
        ? Optional.of(new Extension(deadline.get(), decided.get()))
        : Optional.empty();
  }

  // ---- accounts, scopes, figures, times

  private Optional<Account> account(JsonNode node, String path) {
    if (!fields(
        node,
        path,
        set("kind", "custodian", "facility", "country", "cohort"),
        set("kind", "cohort"))) {
      return Optional.empty();
    }
    Optional<AccountKind> kind = constant(node, path, "kind", true, AccountKind.class);
    Optional<ActorId> custodian = actorId(node, path, "custodian", false);
    Optional<FacilityId> facility = facilityId(node, path, "facility", false);
    Optional<CountryCode> country = country(node, path, "country", false);
    Optional<Cohort> cohort = cohortReference(node, path, "cohort", true);
    if (kind.isEmpty() || cohort.isEmpty()) {
      return Optional.empty();
    }
    AccountKind k = kind.get();
    Set<String> allowed =
        k == AccountKind.HELD
            ? set("kind", "custodian", "facility", "country", "cohort")
            : k == AccountKind.AT_LARGE ? set("kind", "facility", "cohort") : set("kind", "cohort");
    for (String name : ImmutableList.copyOf(node.propertyNames())) {
      if (!allowed.contains(name)) {
        report(
            Problem.Kind.STRUCTURE,
            path + "." + name,
            null,
            "an account of kind "
                + DocumentWriter.kebab(k.name())
                + " has no "
                + name
                + "; it has "
                + allowed);
        return Optional.empty();
      }
    }
    return build(
        path,
        () -> {
          switch (k) {
            case HELD:
              if (custodian.isEmpty()) {
                throw new IllegalArgumentException("a held account needs a custodian");
              }
              if (facility.isPresent()) {
                if (country.isPresent()) {
                  throw new IllegalArgumentException(
                      "a held account has a facility or a country, not both: the facility's world knows its country");
                }
                return Account.heldAt(custodian.get(), facility.get(), cohort.get());
              }
              return country.isPresent()
                  ? Account.heldIn(custodian.get(), country.get(), cohort.get())
                  : Account.held(custodian.get(), cohort.get());
            case AT_LARGE:
              return facility.isPresent()
                  ? Account.atLargeFrom(facility.get(), cohort.get())
                  : Account.atLarge(cohort.get());
            case RELEASED:
              return Account.released(cohort.get());
            case REPATRIATED:
              return Account.repatriated(cohort.get());
            case DEAD:
              return Account.dead(cohort.get());
            default:
              return Account.outside(cohort.get());
          }
        });
  }

  private Optional<CensusScope> scope(JsonNode node, String path) {
    if (!fields(
        node, path, set("account", "facilities", "country", "custodian", "cohort"), set())) {
      return Optional.empty();
    }
    if (node.has("account")) {
      if (node.size() > 1) {
        report(Problem.Kind.STRUCTURE, path, null, "a scope is one account or criteria, not both");
        return Optional.empty();
      }
      return object(node, path, "account", true, this::account).map(CensusScope::account);
    }
    List<FacilityId> facilities = list(node, path, "facilities", false, this::facilityIdNode);
    Optional<CountryCode> country = country(node, path, "country", false);
    Optional<ActorId> custodian = actorId(node, path, "custodian", false);
    Optional<Cohort> cohort = cohortReference(node, path, "cohort", false);
    if (node.size() == 0 || (node.size() == 1 && node.has("cohort"))) {
      return cohort
          .map(CensusScope::cohort)
          .or(
              () -> {
                report(
                    Problem.Kind.STRUCTURE,
                    path,
                    null,
                    "a scope needs an account, facilities, a country, a custodian or a cohort");
                return Optional.empty();
              });
    }
    return build(
        path,
        () -> {
          CensusScope scope;
          if (!facilities.isEmpty()) {
            scope =
                CensusScope.facilities(
                    facilities.get(0),
                    facilities.subList(1, facilities.size()).toArray(new FacilityId[0]));
            if (country.isPresent()) {
              throw new IllegalArgumentException("a scope has facilities or a country, not both");
            }
          } else if (country.isPresent()) {
            scope = CensusScope.country(country.get());
          } else if (custodian.isPresent()) {
            return cohort
                .map(c -> CensusScope.custodian(custodian.get()).withCohort(c))
                .orElseGet(() -> CensusScope.custodian(custodian.get()));
          } else {
            throw new IllegalArgumentException(
                "a scope needs an account, facilities, a country, a custodian or a cohort");
          }
          if (custodian.isPresent()) {
            scope = scope.withCustodian(custodian.get());
          }
          return cohort.isPresent() ? scope.withCohort(cohort.get()) : scope;
        });
  }

  private Optional<Figure> figure(JsonNode parent, String path, String name) {
    List<Claim> claims = list(parent, path, name, true, this::claim);
    if (!parent.has(name) || !parent.get(name).isArray()) {
      return Optional.empty();
    }
    if (parent.get(name).isEmpty()) {
      report(Problem.Kind.STRUCTURE, path + "." + name, null, "a figure needs at least one claim");
      return Optional.empty();
    }
    return claims.size() == parent.get(name).size()
        ? build(path + "." + name, () -> Figure.of(claims))
        : Optional.empty();
  }

  private Optional<Claim> claim(JsonNode node, String path) {
    if (!fields(
        node,
        path,
        set("estimate", "source", "description", "channel", "reported", "note"),
        set("estimate", "source", "reported"))) {
      return Optional.empty();
    }
    Optional<Estimate> estimate =
        parsed(node, path, "estimate", true, Estimate::parse, "an estimate like \"about 150\"");
    Optional<ActorId> source = actorId(node, path, "source", true);
    Optional<String> description = text(node, path, "description", false);
    Optional<ActorId> channel = actorId(node, path, "channel", false);
    Optional<When> reported = object(node, path, "reported", true, this::when);
    Optional<String> note = text(node, path, "note", false);
    if (!all(estimate, source, reported)) {
      return Optional.empty();
    }
    return build(
        path,
        () -> {
          Claim.Builder claim =
              Claim.builder()
                  .estimate(estimate.get())
                  .source(
                      description.isPresent()
                          ? Source.of(source.get(), description.get())
                          : Source.of(source.get()))
                  .reported(reported.get());
          channel.ifPresent(claim::channel);
          note.ifPresent(claim::note);
          return claim.build();
        });
  }

  private Optional<When> when(JsonNode node, String path) {
    if (!fields(node, path, set("instant", "day", "from", "to", "week", "month", "zone"), set())) {
      return Optional.empty();
    }
    Optional<ZoneId> zone =
        parsed(node, path, "zone", false, ZoneId::of, "a time zone like \"Asia/Damascus\"");
    if (node.has("zone") && zone.isEmpty()) {
      return Optional.empty();
    }
    ZoneId in = zone.orElse(ZoneOffset.UTC);
    Set<String> forms = new HashSet<>(ImmutableList.copyOf(node.propertyNames()));
    forms.remove("zone");
    if (forms.equals(set("instant"))) {
      return parsed(
              node,
              path,
              "instant",
              true,
              Instant::parse,
              "an instant like \"2026-01-21T09:00:00Z\"")
          .flatMap(i -> build(path, () -> When.at(i, in)));
    }
    if (forms.equals(set("day"))) {
      return date(node, path, "day", true).flatMap(d -> build(path, () -> When.on(d, in)));
    }
    if (forms.equals(set("from", "to"))) {
      Optional<LocalDate> from = date(node, path, "from", true);
      Optional<LocalDate> to = date(node, path, "to", true);
      return all(from, to)
          ? build(path, () -> When.between(from.get(), to.get(), in))
          : Optional.empty();
    }
    if (forms.equals(set("week"))) {
      return date(node, path, "week", true)
          .flatMap(d -> build(path, () -> When.weekStarting(d, in)));
    }
    if (forms.equals(set("month"))) {
      return parsed(node, path, "month", true, YearMonth::parse, "a month like \"2026-01\"")
          .flatMap(m -> build(path, () -> When.inMonth(m, in)));
    }
    report(
        Problem.Kind.STRUCTURE,
        path,
        null,
        "a time has one of \"instant\", \"day\", \"from\" and \"to\", \"week\" or \"month\","
            + " with an optional \"zone\"; found "
            + forms);
    return Optional.empty();
  }

  private Optional<Deadline> deadline(JsonNode node, String path) {
    if (!fields(node, path, set("instant", "day", "zone"), set("zone"))) {
      return Optional.empty();
    }
    Optional<ZoneId> zone =
        parsed(node, path, "zone", true, ZoneId::of, "a time zone like \"Asia/Damascus\"");
    if (node.has("instant") == node.has("day")) {
      report(
          Problem.Kind.STRUCTURE,
          path,
          null,
          "a deadline has a \"day\" or an \"instant\", not both or neither");
      return Optional.empty();
    }
    if (zone.isEmpty()) {
      return Optional.empty();
    }
    if (node.has("day")) {
      return date(node, path, "day", true)
          .flatMap(d -> build(path, () -> Deadline.on(d, zone.get())));
    }
    return parsed(
            node, path, "instant", true, Instant::parse, "an instant like \"2026-01-24T21:00:00Z\"")
        .flatMap(i -> build(path, () -> Deadline.at(i, zone.get())));
  }

  // ---- references and ids

  private Optional<Cohort> cohortReference(
      JsonNode node, String path, String name, boolean required) {
    Optional<String> id = string(node, path, name, required);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Cohort cohort = cohorts.get(id.get());
    if (cohort == null) {
      report(
          Problem.Kind.REFERENCE,
          path + "." + name,
          id.get(),
          "cohort (" + id.get() + ") is not declared in $.cohorts; declared: " + cohorts.keySet());
      return Optional.empty();
    }
    return Optional.of(cohort);
  }

  private Optional<ActorId> actorId(JsonNode node, String path, String name, boolean required) {
    return parsed(node, path, name, required, ActorId::of, "an actor id like \"sdf\"");
  }

  private Optional<FacilityId> facilityId(
      JsonNode node, String path, String name, boolean required) {
    return parsed(node, path, name, required, FacilityId::of, "a facility id like \"al-hol\"");
  }

  private Optional<ActorId> actorIdNode(JsonNode node, String path) {
    return node.isString()
        ? value(path, node.stringValue(), ActorId::of, "an actor id like \"sdf\"")
        : mistyped(path, node, "an actor id");
  }

  private Optional<FacilityId> facilityIdNode(JsonNode node, String path) {
    return node.isString()
        ? value(path, node.stringValue(), FacilityId::of, "a facility id like \"al-hol\"")
        : mistyped(path, node, "a facility id");
  }

  private Optional<AgreementId> agreementId(JsonNode node, String path) {
    return parsed(node, path, "agreement", true, AgreementId::of, "an agreement id");
  }

  private Optional<ObligationId> obligationId(JsonNode node, String path) {
    return parsed(node, path, "obligation", true, ObligationId::of, "an obligation id");
  }

  private Optional<CountryCode> country(JsonNode node, String path, String name, boolean required) {
    return parsed(
        node, path, name, required, CountryCode::of, "an ISO 3166 country code like \"SY\"");
  }

  private static String slug(String text) {
    return ActorId.of(text).toString();
  }

  private <T> void unique(List<T> values, Function<T, String> id, String path, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String key = id.apply(values.get(i));
      if (!seen.add(key)) {
        report(
            Problem.Kind.REFERENCE,
            path + "[" + i + "].id",
            key,
            what + " id (" + key + ") is declared twice");
      }
    }
  }

  private void parentsKnown(List<Actor> actors) {
    Set<ActorId> ids = new HashSet<>();
    actors.forEach(a -> ids.add(a.id()));
    for (int i = 0; i < actors.size(); i++) {
      Optional<ActorId> parent = actors.get(i).parent();
      if (parent.isPresent() && !ids.contains(parent.get())) {
        report(
            Problem.Kind.REFERENCE,
            "$.actors[" + i + "].parent",
            parent.get().toString(),
            "parent (" + parent.get() + ") is not an actor of the document");
      }
    }
  }

  // ---- primitives

  /** Reports unknown and missing fields; false when the node is not an object or misses some. */
  private boolean fields(JsonNode node, String path, Set<String> allowed, Set<String> required) {
    if (!node.isObject()) {
      report(Problem.Kind.STRUCTURE, path, shown(node), "must be an object, not " + typeOf(node));
      return false;
    }
    boolean complete = true;
    for (String name : ImmutableList.copyOf(node.propertyNames())) {
      if (!allowed.contains(name)) {
        report(
            Problem.Kind.STRUCTURE,
            path + "." + name,
            shown(node.get(name)),
            "field (" + name + ") is not part of the format here; allowed: " + allowed);
      }
    }
    for (String name : required) {
      if (!node.has(name) || node.get(name).isNull()) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
        complete = false;
      }
    }
    return complete;
  }

  private Optional<String> string(JsonNode node, String path, String name, boolean required) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required && node.isObject() && !fieldsReportedMissing(path, name)) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
      }
      return Optional.empty();
    }
    if (!value.isString()) {
      report(
          Problem.Kind.STRUCTURE,
          path + "." + name,
          shown(value),
          "field (" + name + ") must be a string, not " + typeOf(value));
      return Optional.empty();
    }
    return Optional.of(value.stringValue());
  }

  private boolean fieldsReportedMissing(String path, String name) {
    String missing = path + "." + name;
    return problems.stream().anyMatch(p -> p.path().equals(missing));
  }

  private Optional<String> text(JsonNode node, String path, String name, boolean required) {
    Optional<String> text = string(node, path, name, required);
    if (text.isPresent() && text.get().isBlank()) {
      report(
          Problem.Kind.VALUE,
          path + "." + name,
          text.get(),
          "field (" + name + ") must not be blank");
      return Optional.empty();
    }
    return text;
  }

  private <T> Optional<T> parsed(
      JsonNode node,
      String path,
      String name,
      boolean required,
      Function<String, T> parser,
      String expected) {
    return string(node, path, name, required)
        .flatMap(text -> value(path + "." + name, text, parser, expected));
  }

  private <T> Optional<T> value(
      String path, String text, Function<String, T> parser, String expected) {
    try {
      return Optional.of(parser.apply(text));
    } catch (RuntimeException e) {
      report(
          Problem.Kind.VALUE,
          path,
          text,
          "value (" + text + ") must be " + expected + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<LocalDate> date(JsonNode node, String path, String name, boolean required) {
    return parsed(node, path, name, required, LocalDate::parse, "a date like \"2026-01-21\"");
  }

  private <E extends Enum<E>> Optional<E> constant(
      JsonNode node, String path, String name, boolean required, Class<E> type) {
    Optional<String> text = string(node, path, name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (DocumentWriter.kebab(constant.name()).equals(text.get())) {
        return Optional.of(constant);
      }
    }
    report(
        Problem.Kind.VALUE,
        path + "." + name,
        text.get(),
        "field ("
            + name
            + ") must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(c -> DocumentWriter.kebab(c.name()))
                .toList());
    return Optional.empty();
  }

  private Optional<Long> count(
      JsonNode node, String path, String name, boolean required, long min, long max) {
    JsonNode value = node.get(name);
    if (value == null) {
      if (required) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
      }
      return Optional.empty();
    }
    if (!value.isIntegralNumber()) {
      report(
          Problem.Kind.STRUCTURE,
          path + "." + name,
          shown(value),
          "field (" + name + ") must be a whole number, not " + typeOf(value));
      return Optional.empty();
    }
    if (!value.canConvertToLong() || value.longValue() < min || value.longValue() > max) {
      report(
          Problem.Kind.VALUE,
          path + "." + name,
          shown(value),
          String.format("field (%s) must be between %,d and %,d", name, min, max));
      return Optional.empty();
    }
    return Optional.of(value.longValue());
  }

  private Optional<Double> decimal(JsonNode node, String path, String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isNumber()) {
      report(
          Problem.Kind.STRUCTURE,
          path + "." + name,
          value == null ? null : shown(value),
          "field (" + name + ") must be a number");
      return Optional.empty();
    }
    return Optional.of(value.doubleValue());
  }

  private <T> Optional<T> object(
      JsonNode node, String path, String name, boolean required, Part<T> part) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      if (required && !fieldsReportedMissing(path, name)) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
      }
      return Optional.empty();
    }
    return part.read(value, path + "." + name);
  }

  private <T> List<T> list(
      JsonNode node, String path, String name, boolean required, Part<T> part) {
    JsonNode value = node.get(name);
    List<T> items = new ArrayList<>();
    if (value == null || value.isNull()) {
      if (required && !fieldsReportedMissing(path, name)) {
        report(Problem.Kind.STRUCTURE, path + "." + name, null, "field (" + name + ") is required");
      }
      return items;
    }
    if (!value.isArray()) {
      report(
          Problem.Kind.STRUCTURE,
          path + "." + name,
          shown(value),
          "field (" + name + ") must be an array, not " + typeOf(value));
      return items;
    }
    for (int i = 0; i < value.size(); i++) {
      part.read(value.get(i), path + "." + name + "[" + i + "]").ifPresent(items::add);
    }
    return items;
  }

  /** Reads one part of the document at a path. */
  @FunctionalInterface
  private interface Part<T> {
    Optional<T> read(JsonNode node, String path);
  }

  /** Builds a value whose own checks may still fail, reporting the failure at the path. */
  private <T> Optional<T> build(String path, ValueSupplier<T> value) {
    try {
      return Optional.of(value.get());
    } catch (RuntimeException e) {
      report(Problem.Kind.VALUE, path, null, e.getMessage());
      return Optional.empty();
    }
  }

  /** A value that may throw an unchecked exception when its invariants fail. */
  @FunctionalInterface
  private interface ValueSupplier<T> {
    T get();
  }

  private <T> Optional<T> mistyped(String path, JsonNode node, String expected) {
    report(
        Problem.Kind.STRUCTURE,
        path,
        shown(node),
        "must be " + expected + " (a string), not " + typeOf(node));
    return Optional.empty();
  }

  private static boolean all(Optional<?>... parts) {
    return Arrays.stream(parts).allMatch(Optional::isPresent);
  }

  private static Set<String> set(String... names) {
    return ImmutableSet.copyOf(names);
  }

  private static String typeOf(JsonNode node) {
    return CaseFormat.UPPER_UNDERSCORE
        .to(CaseFormat.LOWER_HYPHEN, node.getNodeType().name())
        .replace('-', ' ');
  }

  private static String shown(JsonNode node) {
    return node.isString() ? node.stringValue() : node.toString();
  }
}
