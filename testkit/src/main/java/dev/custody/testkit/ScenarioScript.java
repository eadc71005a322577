package dev.custody.testkit;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.ObligationId;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ScenarioBuilder} has written so far: the steps and the event ids they took, the
 * step still open, the facilities declared and the accounts already counted, and who counts whom.
 * The builder is the public face of this state and the stage objects ({@link TransferStep} and its
 * kin) write their steps through it; every check that a step is written in order, names what exists
 * and takes free ids happens here, so that each is made once.
 */
final class ScenarioScript {
  private static final ActorId DEFAULT_AFFILIATION = ActorId.of("group");

  private final ScenarioClock clock = new ScenarioClock();
  private final ScenarioCast cast = new ScenarioCast();
  private Cohort cohort = Cohort.of(CohortCategory.FIGHTERS, DEFAULT_AFFILIATION);
  private @Nullable Source source;
  private final Map<FacilityId, DeclaredFacility> sites = new LinkedHashMap<>();
  private final Set<Account> opened = new HashSet<>();
  private final Map<String, Integer> idOwners = new HashMap<>();
  private final Map<String, Integer> counters = new HashMap<>();
  private final List<WrittenStep> steps = new ArrayList<>();
  private @Nullable OpenStep pending;

  // ------------------------------------------------------------------------------------------
  // settings

  ZoneId zone() {
    return clock.zone();
  }

  Cohort cohort() {
    return cohort;
  }

  void zone(ZoneId zone) {
    idle();
    clock.zone(zone);
  }

  void cohort(Cohort cohort) {
    idle();
    if (!steps.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario cohort (%s) must be set before the first step; step 1 (%s) already"
                  + " counts %s",
              cohort, steps.get(0).description, this.cohort));
    }
    this.cohort = cohort;
  }

  void source(Source source) {
    idle();
    this.source = source;
    mention(source.actor(), ActorRole.SOURCE);
  }

  void actor(Actor actor) {
    idle();
    cast.declare(actor);
  }

  // ------------------------------------------------------------------------------------------
  // time

  void on(LocalDate date) {
    idle();
    clock.on(date);
  }

  void at(Instant instant) {
    idle();
    clock.at(instant);
  }

  void during(LocalDate first, LocalDate last) {
    idle();
    clock.during(first, last);
  }

  void plusDays(long days) {
    idle();
    on(clock.plusDays(days));
  }

  /** The current time, for a step that needs one, which must come after the steps written. */
  When datedStep(String what) {
    idle();
    return clock.dated(what);
  }

  /** The time of a facility declared now, or null for the opening; see {@link ScenarioClock}. */
  @Nullable When declaring(FacilityId facility) {
    return clock.declaring(facility);
  }

  static String datedWords(@Nullable When when) {
    return when == null ? " at the opening" : " on " + when;
  }

  // ------------------------------------------------------------------------------------------
  // the open step

  /** Refuses to go on while a step of several words is not finished. */
  void idle() {
    OpenStep open = pending;
    if (open != null) {
      throw new IllegalStateException(
          String.format(
              "Scenario step %d (%s) is not finished: complete it with %s before writing"
                  + " anything else",
              steps.size() + 1, open.description, open.hint));
    }
  }

  OpenStep begin(String description, String hint) {
    idle();
    OpenStep step = new OpenStep(description, hint);
    pending = step;
    return step;
  }

  /** Refuses a stage object whose step is already finished. */
  void resume(OpenStep step) {
    if (pending != step) {
      throw new IllegalStateException(
          String.format(
              "Scenario step (%s) is already finished: begin the next step from the builder",
              step.description));
    }
  }

  void finish() {
    pending = null;
  }

  // ------------------------------------------------------------------------------------------
  // facilities and accounts

  /** Begins the declaration of {@code facility}, refused when one of its id is declared. */
  OpenStep beginFacility(Facility facility) {
    idle();
    DeclaredFacility known = sites.get(facility.id());
    if (known != null) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario facility (%s) is already declared by step %d", facility.id(), known.step));
    }
    return begin("facility " + facility.id(), "heldBy(actor).holding(count) or unheld()");
  }

  void declared(DeclaredFacility site) {
    sites.put(site.id(), site);
  }

  DeclaredFacility site(String what, FacilityId id) {
    DeclaredFacility site = sites.get(id);
    if (site == null) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario %s (%s) names no facility declared so far; declare it first with"
                  + " facility(\"%s\", country); declared: %s",
              what, id, id, sites.keySet()));
    }
    return site;
  }

  static ActorId custodianOf(DeclaredFacility site, String what) {
    ActorId custodian = site.custodian;
    if (custodian == null) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario %s (%s) names a facility nobody holds: it was declared unheld(), so"
                  + " it has no custodian's account",
              what, site.id()));
    }
    return custodian;
  }

  /** Who claims the counts of a step of {@code custodian}: the source set, or the custodian. */
  Source sourceFor(ActorId custodian) {
    Source set = source;
    return set != null ? set : Source.of(custodian);
  }

  /** Adds a census of zero of {@code account} when no step has counted it yet. */
  void opening(List<EventDraft> drafts, Account account, ActorId counter) {
    if (!opened.contains(account)) {
      drafts.add(EventDraft.zeroCensus("-census", account, sourceFor(counter)));
    }
  }

  // ------------------------------------------------------------------------------------------
  // steps and their ids

  /** The first free "type-n", n counting steps of the type, for which no event id is taken. */
  String generatedBase(String type, List<EventDraft> drafts) {
    int n = counters.getOrDefault(type, 0);
    String base;
    boolean taken;
    do {
      n++;
      base = type + "-" + n;
      taken = idOwners.containsKey(base);
      for (EventDraft draft : drafts) {
        taken |= idOwners.containsKey(base + draft.suffix());
      }
    } while (taken);
    counters.put(type, n);
    return base;
  }

  /** Records a step whose checks passed; its ids must be free. Returns its number. */
  int addStep(
      String description,
      @Nullable When when,
      String base,
      @Nullable String fixedId,
      List<EventDraft> drafts) {
    int number = steps.size() + 1;
    for (EventDraft draft : drafts) {
      String id = base + draft.suffix();
      EventId.of(id);
      Integer owner = idOwners.get(id);
      if (owner != null) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario id (%s) of step %d (%s) is already used by step %d (%s)",
                id, number, description, owner, steps.get(owner - 1).description));
      }
    }
    for (EventDraft draft : drafts) {
      idOwners.put(base + draft.suffix(), number);
      if (draft.opens() != null) {
        opened.add(draft.opens());
      }
    }
    steps.add(
        new WrittenStep(number, description, when, base, fixedId, ImmutableList.copyOf(drafts)));
    if (when != null && !drafts.isEmpty()) {
      clock.written(when, number);
    }
    if (when != null) {
      clock.seen(when);
    }
    return number;
  }

  /** Names the events of the step just written after {@code id}; see the builder's id(String). */
  /** The operations declared, in order. */
  private final java.util.LinkedHashMap<OperationId, Operation> operations =
      new java.util.LinkedHashMap<>();

  /** Declares {@code operation} in the scenario's world. */
  void operation(Operation operation) {
    idle();
    if (operations.putIfAbsent(operation.id(), operation) != null) {
      throw new IllegalArgumentException(
          String.format("Scenario operation (%s) is already declared", operation.id()));
    }
  }

  /** The operations declared, in order. */
  ImmutableList<Operation> operations() {
    return ImmutableList.copyOf(operations.values());
  }

  /** Makes the event of the step just written part of {@code part}. */
  void partOf(OperationPart part) {
    idle();
    if (steps.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario partOf (%s) names the event of the step just written, but no step is"
                  + " written yet",
              part));
    }
    WrittenStep step = steps.get(steps.size() - 1);
    if (step.drafts.stream().noneMatch(d -> d.suffix().isEmpty())) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario partOf (%s) cannot mark step %d (%s): it writes no event of its own",
              part, step.number, step.description));
    }
    step.part = part;
  }

  void rename(String id) {
    idle();
    EventId.of(id);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario id (%s) names the event of the step just written, but no step is"
                  + " written yet",
              id));
    }
    WrittenStep step = steps.get(steps.size() - 1);
    if (step.fixedId != null) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario id (%s) cannot rename step %d (%s): %s",
              id, step.number, step.description, step.fixedId));
    }
    for (EventDraft draft : step.drafts) {
      String name = id + draft.suffix();
      EventId.of(name);
      Integer owner = idOwners.get(name);
      if (owner != null && owner != step.number) {
        throw new IllegalArgumentException(
            String.format(
                "Scenario id (%s) is already used by step %d (%s)",
                name, owner, steps.get(owner - 1).description));
      }
    }
    for (EventDraft draft : step.drafts) {
      idOwners.remove(step.base + draft.suffix());
    }
    for (EventDraft draft : step.drafts) {
      idOwners.put(id + draft.suffix(), step.number);
    }
    step.base = id;
  }

  // ------------------------------------------------------------------------------------------
  // events given whole

  void agreement(Agreement agreement) {
    idle();
    When when = agreement.concluded();
    clock.inOrder(when, "agreement " + agreement.id());
    addStep(
        "agreement " + agreement.id() + " concluded " + when,
        when,
        generatedBase("agreement", List.of()),
        null,
        List.of(EventDraft.of("", (e, w) -> AgreementConcluded.of(e, agreement))));
    agreement.parties().forEach(party -> mention(party, ActorRole.HOLDER));
    for (Obligation obligation : agreement.obligations()) {
      mention(obligation.obligor(), ActorRole.HOLDER);
      obligation.breaches().stream()
          .flatMap(b -> b.sources().stream())
          .forEach(source -> mention(source.actor(), ActorRole.SOURCE));
    }
  }

  void obligationMet(AgreementId agreement, ObligationId obligation) {
    idle();
    When when = datedStep("obligationMet");
    addStep(
        "obligation " + agreement + "/" + obligation + " met" + datedWords(when),
        when,
        generatedBase("obligation-met", List.of()),
        null,
        List.of(EventDraft.of("", (e, w) -> ObligationMet.of(e, w, agreement, obligation))));
  }

  void obligationBreached(AgreementId agreement, ObligationId obligation) {
    idle();
    When when = datedStep("obligationBreached");
    addStep(
        "obligation " + agreement + "/" + obligation + " breached" + datedWords(when),
        when,
        generatedBase("obligation-breached", List.of()),
        null,
        List.of(EventDraft.of("", (e, w) -> ObligationBreached.of(e, w, agreement, obligation))));
  }

  void deadlineRevised(AgreementId agreement, ObligationId obligation, Deadline deadline) {
    idle();
    When when = datedStep("deadlineRevised");
    addStep(
        "deadline of "
            + agreement
            + "/"
            + obligation
            + " revised to "
            + deadline
            + datedWords(when),
        when,
        generatedBase("deadline-revised", List.of()),
        null,
        List.of(
            EventDraft.of(
                "", (e, w) -> DeadlineExtended.of(e, w, agreement, obligation, deadline))));
  }

  void event(Event event) {
    idle();
    clock.inOrder(event.when(), "event " + event.id());
    List<EventDraft> drafts = new ArrayList<>();
    drafts.add(EventDraft.of("", (e, w) -> event));
    addStep(
        "event " + event.type() + " " + event.id() + " " + event.when(),
        event.when(),
        event.id().value(),
        "an event given whole keeps its own id",
        drafts);
    for (Movement movement : event.movements()) {
      opened.add(movement.to());
    }
    mentionAll(event);
  }

  private void mentionAll(Event event) {
    for (Movement movement : event.movements()) {
      movement.from().custodian().ifPresent(a -> mention(a, ActorRole.HOLDER));
      movement.to().custodian().ifPresent(a -> mention(a, ActorRole.HOLDER));
      cast.mention(movement.size());
    }
    if (event instanceof ControlChanged change) {
      change.from().ifPresent(a -> mention(a, ActorRole.HOLDER));
      mention(change.to(), ActorRole.HOLDER);
      DeclaredFacility site = sites.get(change.facility());
      if (site != null) {
        site.controller = change.to();
      }
    } else if (event instanceof CensusTaken census) {
      census.scope().account().ifPresent(opened::add);
      census.scope().custodian().ifPresent(a -> mention(a, ActorRole.HOLDER));
      census
          .scope()
          .account()
          .flatMap(Account::custodian)
          .ifPresent(a -> mention(a, ActorRole.HOLDER));
      cast.mention(census.count());
    } else if (event instanceof RunningTotalReported total) {
      total.scope().custodian().ifPresent(a -> mention(a, ActorRole.HOLDER));
      cast.mention(total.total());
    } else if (event instanceof TransferPlanned plan) {
      mention(plan.planner(), ActorRole.HOLDER);
      mention(plan.receiver(), ActorRole.HOLDER);
      plan.payer().ifPresent(a -> mention(a, ActorRole.HOLDER));
      cast.mention(plan.size());
    } else if (event instanceof DetaineesTransferred transfer) {
      transfer.carrier().ifPresent(a -> mention(a, ActorRole.HOLDER));
    } else if (event instanceof AgreementConcluded concluded) {
      concluded.agreement().parties().forEach(a -> mention(a, ActorRole.HOLDER));
      concluded.agreement().obligations().forEach(o -> mention(o.obligor(), ActorRole.HOLDER));
      concluded.agreement().obligations().stream()
          .flatMap(o -> o.breaches().stream())
          .flatMap(b -> b.sources().stream())
          .forEach(source -> mention(source.actor(), ActorRole.SOURCE));
    } else if (event instanceof ObligationBreached breached) {
      breached.sources().forEach(source -> mention(source.actor(), ActorRole.SOURCE));
    }
  }

  // ------------------------------------------------------------------------------------------
  // actors

  void mention(ActorId actor, ActorRole role) {
    cast.mention(actor, role);
  }

  /** Mentions the sources of {@code count}: its claims' as given, or the source set. */
  void mention(StepCount count) {
    Figure given = count.given();
    if (given != null) {
      cast.mention(given);
    } else {
      Source set = source;
      if (set != null) {
        mention(set.actor(), ActorRole.SOURCE);
      }
    }
  }

  // ------------------------------------------------------------------------------------------
  // what the scenario is built from

  /** Every actor, the cohort's affiliation first; see {@link ScenarioCast#actors(Optional)}. */
  ImmutableList<Actor> actors() {
    return cast.actors(cohort.affiliation());
  }

  ImmutableList<DeclaredFacility> facilities() {
    return ImmutableList.copyOf(sites.values());
  }

  ImmutableList<WrittenStep> steps() {
    return ImmutableList.copyOf(steps);
  }

  When opening() {
    return clock.opening();
  }
}
