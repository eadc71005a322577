package dev.custody.json;

import static dev.custody.json.FieldReader.set;
import static dev.custody.json.FormatNames.ACTORS;
import static dev.custody.json.FormatNames.ALIASES;
import static dev.custody.json.FormatNames.CAPACITY;
import static dev.custody.json.FormatNames.COORDINATES;
import static dev.custody.json.FormatNames.COUNTRY;
import static dev.custody.json.FormatNames.FACILITIES;
import static dev.custody.json.FormatNames.FROM;
import static dev.custody.json.FormatNames.ID;
import static dev.custody.json.FormatNames.KIND;
import static dev.custody.json.FormatNames.LATITUDE;
import static dev.custody.json.FormatNames.LONGITUDE;
import static dev.custody.json.FormatNames.NAME;
import static dev.custody.json.FormatNames.OPERATIONS;
import static dev.custody.json.FormatNames.PARENT;
import static dev.custody.json.FormatNames.PHASES;
import static dev.custody.json.FormatNames.REGION;
import static dev.custody.json.FormatNames.SUCCEEDED_ON;
import static dev.custody.json.FormatNames.SUCCEEDS;
import static dev.custody.json.FormatNames.UNTIL;

import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Alias;
import dev.custody.model.Coordinates;
import dev.custody.model.CountryCode;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Reads the world of a document: its actors with their aliases and its facilities with their
 * locations, and checks what no single one of them can: that ids are unique and parents are known.
 * Confined to one read.
 */
final class WorldReader {
  private final FieldReader fields;
  private final ValueReader values;

  WorldReader(FieldReader fields, ValueReader values) {
    this.fields = fields;
    this.values = values;
  }

  Optional<Actor> actor(JsonNode node, String path) {
    if (!fields.fields(
        node,
        path,
        set(ID, NAME, KIND, ALIASES, PARENT, SUCCEEDS, SUCCEEDED_ON),
        set(ID, NAME, KIND))) {
      return Optional.empty();
    }
    Optional<ActorId> id = values.actorId(node, path, ID, true);
    Optional<String> name = fields.name(node, path, NAME, true);
    Optional<ActorKind> kind = fields.constant(node, path, KIND, true, ActorKind.class);
    Optional<ActorId> parent = fields.parsed(node, path, PARENT, false, ActorId::of, "an actor id");
    List<Alias> aliases = fields.list(node, path, ALIASES, false, this::alias);
    Optional<ActorId> succeeds =
        fields.parsed(node, path, SUCCEEDS, false, ActorId::of, "an actor id");
    Optional<LocalDate> succeededOn = fields.date(node, path, SUCCEEDED_ON, false);
    if (id.isEmpty()
        || name.isEmpty()
        || kind.isEmpty()
        || (node.has(SUCCEEDS) && succeeds.isEmpty())
        || (node.has(SUCCEEDED_ON) && succeededOn.isEmpty())) {
      return Optional.empty();
    }
    if (parent.isPresent() && parent.get().equals(id.get())) {
      fields.report(
          Problem.Kind.REFERENCE,
          path + "." + PARENT,
          parent.get().toString(),
          "parent (" + parent.get() + ") is the actor itself: an actor cannot be its own ancestor");
      return Optional.empty();
    }
    return fields.build(
        path,
        () -> {
          Actor.Builder actor = Actor.builder().id(id.get()).name(name.get()).kind(kind.get());
          parent.ifPresent(actor::parent);
          succeeds.ifPresent(actor::succeeds);
          succeededOn.ifPresent(actor::succeededOn);
          actor.addAllAliases(aliases);
          return actor.build();
        });
  }

  /** Reads a named operation: its id, name and the names of its phases, phase 1 first. */
  Optional<Operation> operation(JsonNode node, String path) {
    if (!fields.fields(node, path, set(ID, NAME, PHASES), set(ID, NAME))) {
      return Optional.empty();
    }
    Optional<OperationId> id =
        fields.parsed(node, path, ID, true, OperationId::of, "an operation id");
    Optional<String> name = fields.name(node, path, NAME, true);
    List<String> phases = fields.list(node, path, PHASES, false, this::phase);
    if (id.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return fields.build(path, () -> Operation.of(id.get(), name.get(), phases));
  }

  /** Reads the name of a phase: one line of visible text. */
  private Optional<String> phase(JsonNode node, String path) {
    if (!node.isString()) {
      fields.report(
          Problem.Kind.STRUCTURE,
          path,
          FieldReader.shown(node),
          "a phase must be its name, a string, not " + FieldReader.typeOf(node));
      return Optional.empty();
    }
    return fields.checked(path, PHASES, node.stringValue(), TextRule.NAME);
  }

  /** Reads an alias: a bare name, or a name with the dates it was in use. */
  private Optional<Alias> alias(JsonNode node, String path) {
    if (node.isString()) {
      return fields
          .checked(path, ALIASES, node.stringValue(), TextRule.NAME)
          .flatMap(name -> fields.build(path, () -> Alias.of(name)));
    }
    if (!fields.fields(node, path, set(NAME, FROM, UNTIL), set(NAME))) {
      return Optional.empty();
    }
    Optional<String> name = fields.name(node, path, NAME, true);
    Optional<LocalDate> from = fields.date(node, path, FROM, false);
    Optional<LocalDate> until = fields.date(node, path, UNTIL, false);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
      fields.report(
          Problem.Kind.VALUE,
          path + "." + UNTIL,
          until.get().toString(),
          "until (" + until.get() + ") must not be before from (" + from.get() + ")");
      return Optional.empty();
    }
    return fields.build(
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

  Optional<Facility> facility(JsonNode node, String path) {
    if (!fields.fields(
        node,
        path,
        set(ID, NAME, KIND, COUNTRY, REGION, COORDINATES, CAPACITY, ALIASES),
        set(ID, NAME, KIND, COUNTRY))) {
      return Optional.empty();
    }
    Optional<FacilityId> id = values.facilityId(node, path, ID, true);
    Optional<String> name = fields.name(node, path, NAME, true);
    Optional<FacilityKind> kind = fields.constant(node, path, KIND, true, FacilityKind.class);
    Optional<CountryCode> country = values.country(node, path, COUNTRY, true);
    Optional<String> region = fields.name(node, path, REGION, false);
    Optional<Coordinates> coordinates =
        fields.object(node, path, COORDINATES, false, this::coordinates);
    // a capacity is a bare number, or a figure: the claims of the sources that report it
    boolean reported = node.has(CAPACITY) && node.get(CAPACITY).isArray();
    Optional<Long> capacity =
        reported ? Optional.empty() : fields.count(node, path, CAPACITY, false, 1, Long.MAX_VALUE);
    Optional<Figure> reportedCapacity =
        reported ? values.figure(node, path, CAPACITY) : Optional.empty();
    List<Alias> aliases = fields.list(node, path, ALIASES, false, this::alias);
    if (id.isEmpty()
        || name.isEmpty()
        || kind.isEmpty()
        || country.isEmpty()
        || (reported && reportedCapacity.isEmpty())) {
      return Optional.empty();
    }
    return fields.build(
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
          reportedCapacity.ifPresent(facility::reportedCapacity);
          facility.addAllAliases(aliases);
          return facility.build();
        });
  }

  private Optional<Coordinates> coordinates(JsonNode node, String path) {
    if (!fields.fields(node, path, set(LATITUDE, LONGITUDE), set(LATITUDE, LONGITUDE))) {
      return Optional.empty();
    }
    Optional<Double> latitude = fields.decimal(node, path, LATITUDE);
    Optional<Double> longitude = fields.decimal(node, path, LONGITUDE);
    if (latitude.isEmpty() || longitude.isEmpty()) {
      return Optional.empty();
    }
    return fields.build(path, () -> Coordinates.of(latitude.get(), longitude.get()));
  }

  /**
   * Reports actor, facility and operation ids declared twice and parents that are not actors of the
   * document, which the world itself would refuse with one message for all.
   */
  void checkIds(List<Actor> actors, List<Facility> facilities, List<Operation> operations) {
    unique(operations, o -> o.id().toString(), "$." + OPERATIONS, "operation");
    unique(actors, a -> a.id().toString(), "$." + ACTORS, "actor");
    unique(facilities, f -> f.id().toString(), "$." + FACILITIES, "facility");
    parentsKnown(actors);
  }

  private <T> void unique(List<T> declared, Function<T, String> id, String path, String what) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < declared.size(); i++) {
      String key = id.apply(declared.get(i));
      if (!seen.add(key)) {
        fields.report(
            Problem.Kind.REFERENCE,
            path + "[" + i + "]." + ID,
            key,
            what + " id (" + key + ") is declared twice");
      }
    }
  }

  private void parentsKnown(List<Actor> actors) {
    Map<ActorId, Integer> places = new HashMap<>();
    for (int i = 0; i < actors.size(); i++) {
      places.putIfAbsent(actors.get(i).id(), i);
    }
    for (int i = 0; i < actors.size(); i++) {
      Optional<ActorId> parent = actors.get(i).parent();
      if (parent.isPresent() && !places.containsKey(parent.get())) {
        fields.report(
            Problem.Kind.REFERENCE,
            "$." + ACTORS + "[" + i + "]." + PARENT,
            parent.get().toString(),
            "parent (" + parent.get() + ") is not an actor of the document");
      }
    }
    parentsWithoutCycles(actors, places);
  }

  /**
   * Reports each cycle of parents once, at the actor where a walk up from the first actor of the
   * document that leads into it enters it: an actor cannot be its own ancestor. Each actor is
   * walked over once, so this is linear in the number of actors.
   */
  private void parentsWithoutCycles(List<Actor> actors, Map<ActorId, Integer> places) {
    int[] state = new int[actors.size()]; // 0 not seen, 1 on the current walk, 2 done
    for (int start = 0; start < actors.size(); start++) {
      List<Integer> walk = new ArrayList<>();
      Integer at = start;
      while (at != null && state[at] == 0) {
        state[at] = 1;
        walk.add(at);
        at = actors.get(at).parent().map(places::get).orElse(null);
      }
      if (at != null && state[at] == 1) {
        List<String> cycle = new ArrayList<>();
        for (int k = walk.indexOf(at); k < walk.size(); k++) {
          cycle.add(actors.get(walk.get(k)).id().toString());
        }
        cycle.add(actors.get(at).id().toString());
        ActorId parent = actors.get(at).parent().orElseThrow();
        fields.report(
            Problem.Kind.REFERENCE,
            "$." + ACTORS + "[" + at + "]." + PARENT,
            parent.toString(),
            "parent ("
                + parent
                + ") makes a cycle: an actor cannot be its own ancestor ("
                + String.join(" -> ", cycle)
                + ")");
      }
      walk.forEach(k -> state[k] = 2);
    }
  }
}
