package dev.custody.json;

import static dev.custody.json.FieldReader.all;
import static dev.custody.json.FieldReader.set;
import static dev.custody.json.FieldReader.shown;
import static dev.custody.json.FieldReader.typeOf;
import static dev.custody.json.FormatNames.ACTORS;
import static dev.custody.json.FormatNames.AGREEMENT;
import static dev.custody.json.FormatNames.ALL_OF_THEM;
import static dev.custody.json.FormatNames.ALSO_FROM;
import static dev.custody.json.FormatNames.CARRIED_OUT_BY;
import static dev.custody.json.FormatNames.CARRIER;
import static dev.custody.json.FormatNames.CAUSE;
import static dev.custody.json.FormatNames.COHORT;
import static dev.custody.json.FormatNames.COUNT;
import static dev.custody.json.FormatNames.DEADLINE;
import static dev.custody.json.FormatNames.DESCRIPTION;
import static dev.custody.json.FormatNames.DESTINATION;
import static dev.custody.json.FormatNames.FACILITY;
import static dev.custody.json.FormatNames.FLOW;
import static dev.custody.json.FormatNames.FROM;
import static dev.custody.json.FormatNames.HOW;
import static dev.custody.json.FormatNames.ID;
import static dev.custody.json.FormatNames.MOVEMENT_KIND;
import static dev.custody.json.FormatNames.NAMED_FACILITIES;
import static dev.custody.json.FormatNames.OBLIGATION;
import static dev.custody.json.FormatNames.OPERATION;
import static dev.custody.json.FormatNames.ORIGIN_COUNTRY;
import static dev.custody.json.FormatNames.PAYER;
import static dev.custody.json.FormatNames.PHASE;
import static dev.custody.json.FormatNames.PLAN;
import static dev.custody.json.FormatNames.PLANNER;
import static dev.custody.json.FormatNames.RECEIVER;
import static dev.custody.json.FormatNames.RELAYED;
import static dev.custody.json.FormatNames.REPORTED;
import static dev.custody.json.FormatNames.SCOPE;
import static dev.custody.json.FormatNames.SIZE;
import static dev.custody.json.FormatNames.SOURCE;
import static dev.custody.json.FormatNames.SOURCES;
import static dev.custody.json.FormatNames.STATE;
import static dev.custody.json.FormatNames.TO;
import static dev.custody.json.FormatNames.TOTAL;
import static dev.custody.json.FormatNames.TYPE;
import static dev.custody.json.FormatNames.UNNAMED_FACILITIES;
import static dev.custody.json.FormatNames.WHEN;
import static dev.custody.json.FormatNames.WITH_CONTROL;

import com.google.common.collect.ImmutableSet;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.ControlState;
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
import dev.custody.event.Flow;
import dev.custody.event.IntakeKind;
import dev.custody.event.MovementKind;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.ObligationId;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Reads one event: its type decides which fields it has, which it must have and which event of the
 * model it becomes. Every event has a type and an id, and all but the conclusion of an agreement
 * (which takes its time from the agreement) have a time. Confined to one read.
 */
final class EventReader {
  /** The fields each type of event may have, by type, in the order messages list the types. */
  private static final Map<String, Set<String>> EVENT_FIELDS = new LinkedHashMap<>();

  /** The fields each type of event must have, by type. */
  private static final Map<String, Set<String>> EVENT_REQUIRED = new LinkedHashMap<>();

  static {
    event(CensusTaken.TYPE, set(SCOPE, COUNT), set(SCOPE, COUNT));
    event(RunningTotalReported.TYPE, set(FLOW, SCOPE, TOTAL, PLAN), set(FLOW, SCOPE, TOTAL));
    event(ControlChanged.TYPE, set(FACILITY, FROM, TO), set(FACILITY, TO));
    event(
        ControlReported.TYPE,
        set(FACILITY, STATE, ACTORS, SOURCE, DESCRIPTION, RELAYED, REPORTED),
        set(FACILITY, STATE, SOURCE, REPORTED));
    event(
        TransferPlanned.TYPE,
        set(
            PLANNER,
            COHORT,
            NAMED_FACILITIES,
            UNNAMED_FACILITIES,
            ORIGIN_COUNTRY,
            RECEIVER,
            DESTINATION,
            PAYER,
            AGREEMENT,
            SIZE,
            MOVEMENT_KIND),
        set(PLANNER, COHORT, RECEIVER, SIZE));
    event(
        DetaineesTransferred.TYPE,
        set(FROM, TO, SIZE, ALL_OF_THEM, CARRIER, PLAN),
        set(FROM, TO, SIZE));
    event(DetaineesRecaptured.TYPE, set(FROM, TO, SIZE), set(FROM, TO, SIZE));
    event(DetaineesEscaped.TYPE, set(FROM, ALSO_FROM, SIZE, ALL_OF_THEM), set(FROM, SIZE));
    event(
        DetaineesReleased.TYPE,
        set(FROM, ALSO_FROM, SIZE, ALL_OF_THEM, DESTINATION, CARRIED_OUT_BY, PLAN),
        set(FROM, SIZE));
    event(
        DetaineesRepatriated.TYPE,
        set(FROM, ALSO_FROM, SIZE, ALL_OF_THEM, DESTINATION, CARRIED_OUT_BY, PLAN),
        set(FROM, SIZE));
    event(
        CustodyHandedOver.TYPE,
        set(FROM, RECEIVER, SIZE, ALL_OF_THEM, WITH_CONTROL, PLAN),
        set(FROM, RECEIVER, SIZE));
    event(DetaineesTakenIntoCustody.TYPE, set(TO, HOW, SIZE), set(TO, HOW, SIZE));
    event(DetaineesDied.TYPE, set(FROM, SIZE, ALL_OF_THEM, CAUSE), set(FROM, SIZE));
    event(ObligationMet.TYPE, set(AGREEMENT, OBLIGATION), set(AGREEMENT, OBLIGATION));
    event(
        DeadlineExtended.TYPE,
        set(AGREEMENT, OBLIGATION, DEADLINE),
        set(AGREEMENT, OBLIGATION, DEADLINE));
    event(
        ObligationBreached.TYPE,
        set(AGREEMENT, OBLIGATION, DESCRIPTION, SOURCES),
        set(AGREEMENT, OBLIGATION));
    EVENT_FIELDS.put(AgreementConcluded.TYPE, set(TYPE, ID, AGREEMENT, OPERATION));
    EVENT_REQUIRED.put(AgreementConcluded.TYPE, set(TYPE, ID, AGREEMENT));
  }

  private static void event(String type, Set<String> fields, Set<String> required) {
    EVENT_FIELDS.put(
        type, ImmutableSet.<String>builder().add(TYPE, ID, WHEN, OPERATION).addAll(fields).build());
    EVENT_REQUIRED.put(
        type, ImmutableSet.<String>builder().add(TYPE, ID, WHEN).addAll(required).build());
  }

  private final FieldReader fields;
  private final ValueReader values;
  private final CohortReader cohorts;
  private final AccountReader accounts;
  private final AgreementReader agreements;

  EventReader(
      FieldReader fields,
      ValueReader values,
      CohortReader cohorts,
      AccountReader accounts,
      AgreementReader agreements) {
    this.fields = fields;
    this.values = values;
    this.cohorts = cohorts;
    this.accounts = accounts;
    this.agreements = agreements;
  }

  Optional<Event> event(JsonNode node, String path) {
    if (!node.isObject()) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path,
          shown(node),
          "an event must be an object, not " + typeOf(node));
      return Optional.empty();
    }
    Optional<String> type = fields.string(node, path, TYPE, true);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    if (!EVENT_FIELDS.containsKey(type.get())) {
      fields.report(
          Problem.Kind.VALUE,
          path + "." + TYPE,
          type.get(),
          "type (" + type.get() + ") must be one of " + EVENT_FIELDS.keySet());
      return Optional.empty();
    }
    if (!fields.fields(node, path, EVENT_FIELDS.get(type.get()), EVENT_REQUIRED.get(type.get()))) {
      return Optional.empty();
    }
    Optional<EventId> id =
        fields.parsed(node, path, ID, true, EventId::of, "an event id like \"first-batch\"");
    Optional<OperationPart> part = fields.object(node, path, OPERATION, false, this::operation);
    if (node.has(OPERATION) && part.isEmpty()) {
      return Optional.empty();
    }
    Optional<Event> event;
    if (type.get().equals(AgreementConcluded.TYPE)) {
      Optional<Agreement> agreement =
          fields.object(node, path, AGREEMENT, true, agreements::agreement);
      event =
          id.isPresent() && agreement.isPresent()
              ? fields.build(path, () -> AgreementConcluded.of(id.get(), agreement.get()))
              : Optional.empty();
    } else {
      Optional<When> when = fields.object(node, path, WHEN, true, values::when);
      event = body(type.get(), node, path, id, when);
      if (id.isEmpty() || when.isEmpty()) {
        return Optional.empty();
      }
    }
    return part.isPresent() ? event.map(e -> e.withOperation(part.get())) : event;
  }

  /** The operation an event is part of: {@code {"id": "programme", "phase": 2}}, phase optional. */
  private Optional<OperationPart> operation(JsonNode node, String path) {
    if (!fields.fields(node, path, set(ID, PHASE), set(ID))) {
      return Optional.empty();
    }
    Optional<OperationId> operation =
        fields.parsed(node, path, ID, true, OperationId::of, "an operation id");
    Optional<Long> phase = fields.count(node, path, PHASE, false, 1, 10_000);
    if (operation.isEmpty() || (node.has(PHASE) && phase.isEmpty())) {
      return Optional.empty();
    }
    return fields.build(
        path,
        () ->
            phase.isPresent()
                ? OperationPart.of(operation.get(), phase.get().intValue())
                : OperationPart.of(operation.get()));
  }

  /** Whether a movement moves all of them: {@code "allOfThem": true}; absent is false. */
  private Optional<Boolean> allOfThem(JsonNode node, String path) {
    Optional<Boolean> all = fields.bool(node, path, ALL_OF_THEM, false);
    return node.has(ALL_OF_THEM) ? all : Optional.of(false);
  }

  /**
   * The further origins of a joint movement, {@code "alsoFrom": [account, ...]}: empty when absent,
   * and empty (with the problem reported) when an item or the list itself cannot be read.
   */
  private Optional<List<Account>> alsoFrom(JsonNode node, String path) {
    if (!node.has(ALSO_FROM)) {
      return Optional.of(List.of());
    }
    long before = fields.problemCount();
    List<Account> origins = fields.list(node, path, ALSO_FROM, true, accounts::account);
    if (fields.problemCount() != before) {
      return Optional.empty();
    }
    if (origins.isEmpty()) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path + "." + ALSO_FROM,
          null,
          "field ("
              + ALSO_FROM
              + ") must name at least one more origin of a joint movement, or"
              + " be left out");
      return Optional.empty();
    }
    return Optional.of(origins);
  }

  private Optional<Event> body(
      String type, JsonNode node, String path, Optional<EventId> id, Optional<When> when) {
    switch (type) {
      case CensusTaken.TYPE:
        {
          Optional<CensusScope> scope = fields.object(node, path, SCOPE, true, accounts::scope);
          Optional<Figure> count = values.figure(node, path, COUNT);
          return all(id, when, scope, count)
              ? fields.build(
                  path, () -> CensusTaken.of(id.get(), when.get(), scope.get(), count.get()))
              : Optional.empty();
        }
      case RunningTotalReported.TYPE:
        {
          Optional<Flow> flow = fields.constant(node, path, FLOW, true, Flow.class);
          Optional<CensusScope> scope = fields.object(node, path, SCOPE, true, accounts::scope);
          Optional<Figure> total = values.figure(node, path, TOTAL);
          Optional<EventId> plan =
              fields.parsed(node, path, PLAN, false, EventId::of, "an event id");
          if (!all(id, when, flow, scope, total) || (node.has(PLAN) && plan.isEmpty())) {
            return Optional.empty();
          }
          return fields.build(
              path,
              () -> {
                RunningTotalReported reported =
                    RunningTotalReported.of(
                        id.get(), when.get(), flow.get(), scope.get(), total.get());
                return plan.isPresent() ? reported.withPlan(plan.get()) : reported;
              });
        }
      case ControlChanged.TYPE:
        {
          Optional<FacilityId> facility = values.facilityId(node, path, FACILITY, true);
          Optional<ActorId> from = values.actorId(node, path, FROM, false);
          Optional<ActorId> to = values.actorId(node, path, TO, true);
          if (!all(id, when, facility, to) || (node.has(FROM) && from.isEmpty())) {
            return Optional.empty();
          }
          return fields.build(
              path,
              () ->
                  from.isPresent()
                      ? ControlChanged.of(
                          id.get(), when.get(), facility.get(), from.get(), to.get())
                      : ControlChanged.first(id.get(), when.get(), facility.get(), to.get()));
        }
      case ControlReported.TYPE:
        return controlReported(node, path, id, when);
      case TransferPlanned.TYPE:
        return plan(node, path, id, when);
      case DetaineesTransferred.TYPE:
        {
          Optional<Account> from = fields.object(node, path, FROM, true, accounts::account);
          Optional<Account> to = fields.object(node, path, TO, true, accounts::account);
          Optional<Figure> size = values.figure(node, path, SIZE);
          Optional<ActorId> carrier = values.actorId(node, path, CARRIER, false);
          Optional<EventId> plan =
              fields.parsed(node, path, PLAN, false, EventId::of, "an event id");
          Optional<Boolean> everyone = allOfThem(node, path);
          if (!all(id, when, from, to, size, everyone)) {
            return Optional.empty();
          }
          return fields.build(
              path,
              () -> {
                DetaineesTransferred.Builder transfer =
                    DetaineesTransferred.builder()
                        .id(id.get())
                        .when(when.get())
                        .from(from.get())
                        .to(to.get())
                        .size(size.get())
                        .allOfThem(everyone.get());
                carrier.ifPresent(transfer::carrier);
                plan.ifPresent(transfer::plan);
                return transfer.build();
              });
        }
      case DetaineesRecaptured.TYPE:
        {
          Optional<Account> from = fields.object(node, path, FROM, true, accounts::account);
          Optional<Account> to = fields.object(node, path, TO, true, accounts::account);
          Optional<Figure> size = values.figure(node, path, SIZE);
          return all(id, when, from, to, size)
              ? fields.build(
                  path,
                  () ->
                      DetaineesRecaptured.of(
                          id.get(), when.get(), from.get(), to.get(), size.get()))
              : Optional.empty();
        }
      case DetaineesEscaped.TYPE:
        {
          Optional<Account> from = fields.object(node, path, FROM, true, accounts::account);
          Optional<List<Account>> also = alsoFrom(node, path);
          Optional<Figure> size = values.figure(node, path, SIZE);
          Optional<Boolean> everyone = allOfThem(node, path);
          return all(id, when, from, also, size, everyone)
              ? fields.build(
                  path,
                  () ->
                      DetaineesEscaped.builder()
                          .id(id.get())
                          .when(when.get())
                          .from(from.get())
                          .addAllAlsoFrom(also.get())
                          .size(size.get())
                          .allOfThem(everyone.get())
                          .build())
              : Optional.empty();
        }
      case DetaineesReleased.TYPE:
      case DetaineesRepatriated.TYPE:
        return leaving(type, node, path, id, when);
      case CustodyHandedOver.TYPE:
        {
          Optional<Account> from = fields.object(node, path, FROM, true, accounts::account);
          Optional<ActorId> receiver = values.actorId(node, path, RECEIVER, true);
          Optional<Figure> size = values.figure(node, path, SIZE);
          Optional<Boolean> withControl = fields.bool(node, path, WITH_CONTROL, false);
          Optional<EventId> plan =
              fields.parsed(node, path, PLAN, false, EventId::of, "an event id");
          Optional<Boolean> everyone = allOfThem(node, path);
          if (!all(id, when, from, receiver, size, everyone)
              || (node.has(WITH_CONTROL) && withControl.isEmpty())
              || (node.has(PLAN) && plan.isEmpty())) {
            return Optional.empty();
          }
          return fields.build(
              path,
              () -> {
                CustodyHandedOver.Builder handover =
                    CustodyHandedOver.builder()
                        .id(id.get())
                        .when(when.get())
                        .from(from.get())
                        .receiver(receiver.get())
                        .size(size.get())
                        .withControl(withControl.orElse(false))
                        .allOfThem(everyone.get());
                plan.ifPresent(handover::plan);
                return handover.build();
              });
        }
      case DetaineesTakenIntoCustody.TYPE:
        {
          Optional<Account> to = fields.object(node, path, TO, true, accounts::account);
          Optional<IntakeKind> how = fields.constant(node, path, HOW, true, IntakeKind.class);
          Optional<Figure> size = values.figure(node, path, SIZE);
          return all(id, when, to, how, size)
              ? fields.build(
                  path,
                  () ->
                      DetaineesTakenIntoCustody.of(
                          id.get(), when.get(), to.get(), how.get(), size.get()))
              : Optional.empty();
        }
      case DetaineesDied.TYPE:
        {
          Optional<Account> from = fields.object(node, path, FROM, true, accounts::account);
          Optional<Figure> size = values.figure(node, path, SIZE);
          Optional<String> cause = fields.text(node, path, CAUSE, false);
          Optional<Boolean> everyone = allOfThem(node, path);
          if (!all(id, when, from, size, everyone) || (node.has(CAUSE) && cause.isEmpty())) {
            return Optional.empty();
          }
          return fields.build(
              path,
              () ->
                  DetaineesDied.builder()
                      .id(id.get())
                      .when(when.get())
                      .from(from.get())
                      .size(size.get())
                      .cause(cause)
                      .allOfThem(everyone.get())
                      .build());
        }
      case ObligationMet.TYPE:
        {
          Optional<AgreementId> agreement = values.agreementId(node, path);
          Optional<ObligationId> obligation = values.obligationId(node, path);
          return all(id, when, agreement, obligation)
              ? fields.build(
                  path,
                  () -> ObligationMet.of(id.get(), when.get(), agreement.get(), obligation.get()))
              : Optional.empty();
        }
      case ObligationBreached.TYPE:
        {
          Optional<AgreementId> agreement = values.agreementId(node, path);
          Optional<ObligationId> obligation = values.obligationId(node, path);
          Optional<String> description = fields.text(node, path, DESCRIPTION, false);
          List<Source> sources = fields.list(node, path, SOURCES, false, values::sourceNode);
          if (!all(id, when, agreement, obligation)
              || (node.has(DESCRIPTION) && description.isEmpty())) {
            return Optional.empty();
          }
          return fields.build(
              path,
              () ->
                  ObligationBreached.builder()
                      .id(id.get())
                      .when(when.get())
                      .agreement(agreement.get())
                      .obligation(obligation.get())
                      .description(description)
                      .addAllSources(sources)
                      .build());
        }
      default: // deadline-extended
        {
          Optional<AgreementId> agreement = values.agreementId(node, path);
          Optional<ObligationId> obligation = values.obligationId(node, path);
          Optional<Deadline> deadline = fields.object(node, path, DEADLINE, true, values::deadline);
          return all(id, when, agreement, obligation, deadline)
              ? fields.build(
                  path,
                  () ->
                      DeadlineExtended.of(
                          id.get(), when.get(), agreement.get(), obligation.get(), deadline.get()))
              : Optional.empty();
        }
    }
  }

  /** A source's report of a facility's control: the state, the actors it names, who says so. */
  private Optional<Event> controlReported(
      JsonNode node, String path, Optional<EventId> id, Optional<When> when) {
    Optional<FacilityId> facility = values.facilityId(node, path, FACILITY, true);
    Optional<ControlState> state = fields.constant(node, path, STATE, true, ControlState.class);
    List<ActorId> actors = fields.list(node, path, ACTORS, false, values::actorIdNode);
    Optional<Source> source = values.source(node, path);
    Optional<When> reported = fields.object(node, path, REPORTED, true, values::when);
    if (!all(id, when, facility, state, source, reported)) {
      return Optional.empty();
    }
    return fields.build(
        path,
        () ->
            ControlReported.builder()
                .id(id.get())
                .when(when.get())
                .facility(facility.get())
                .state(state.get())
                .addAllActors(actors)
                .source(source.get())
                .reported(reported.get())
                .build());
  }

  /** A release or a repatriation: where they went, who carried it out, the plan. */
  private Optional<Event> leaving(
      String type, JsonNode node, String path, Optional<EventId> id, Optional<When> when) {
    Optional<Account> from = fields.object(node, path, FROM, true, accounts::account);
    Optional<List<Account>> also = alsoFrom(node, path);
    Optional<Figure> size = values.figure(node, path, SIZE);
    Optional<CountryCode> destination = values.country(node, path, DESTINATION, false);
    Optional<ActorId> by = values.actorId(node, path, CARRIED_OUT_BY, false);
    Optional<EventId> plan = fields.parsed(node, path, PLAN, false, EventId::of, "an event id");
    Optional<Boolean> everyone = allOfThem(node, path);
    if (!all(id, when, from, also, size, everyone)
        || (node.has(DESTINATION) && destination.isEmpty())
        || (node.has(CARRIED_OUT_BY) && by.isEmpty())
        || (node.has(PLAN) && plan.isEmpty())) {
      return Optional.empty();
    }
    return fields.build(
        path,
        () -> {
          if (type.equals(DetaineesReleased.TYPE)) {
            DetaineesReleased.Builder release =
                DetaineesReleased.builder()
                    .id(id.get())
                    .when(when.get())
                    .from(from.get())
                    .addAllAlsoFrom(also.get())
                    .size(size.get())
                    .allOfThem(everyone.get());
            destination.ifPresent(release::destination);
            by.ifPresent(release::carriedOutBy);
            plan.ifPresent(release::plan);
            return release.build();
          }
          DetaineesRepatriated.Builder repatriation =
              DetaineesRepatriated.builder()
                  .id(id.get())
                  .when(when.get())
                  .from(from.get())
                  .addAllAlsoFrom(also.get())
                  .size(size.get())
                  .allOfThem(everyone.get());
          destination.ifPresent(repatriation::destination);
          by.ifPresent(repatriation::carriedOutBy);
          plan.ifPresent(repatriation::plan);
          return repatriation.build();
        });
  }

  private Optional<Event> plan(
      JsonNode node, String path, Optional<EventId> id, Optional<When> when) {
    Optional<ActorId> planner = values.actorId(node, path, PLANNER, true);
    Optional<Cohort> cohort = cohorts.reference(node, path, COHORT, true);
    List<FacilityId> named =
        fields.list(node, path, NAMED_FACILITIES, false, values::facilityIdNode);
    Optional<Long> unnamed = fields.count(node, path, UNNAMED_FACILITIES, false, 0, 10_000);
    Optional<CountryCode> origin = values.country(node, path, ORIGIN_COUNTRY, false);
    Optional<ActorId> receiver = values.actorId(node, path, RECEIVER, true);
    Optional<FacilityId> destination = values.facilityId(node, path, DESTINATION, false);
    Optional<ActorId> payer = values.actorId(node, path, PAYER, false);
    Optional<AgreementId> agreement =
        fields.parsed(node, path, AGREEMENT, false, AgreementId::of, "an agreement id");
    Optional<Figure> size = values.figure(node, path, SIZE);
    Optional<MovementKind> kind =
        fields.constant(node, path, MOVEMENT_KIND, false, MovementKind.class);
    if (!all(id, when, planner, cohort, receiver, size)
        || (node.has(MOVEMENT_KIND) && kind.isEmpty())) {
      return Optional.empty();
    }
    return fields.build(
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
          kind.ifPresent(plan::movementKind);
          return plan.build();
        });
  }
}
