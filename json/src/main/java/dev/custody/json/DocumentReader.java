package dev.custody.json;

import static dev.custody.json.FieldReader.set;
import static dev.custody.json.FieldReader.shown;
import static dev.custody.json.FormatNames.ACTORS;
import static dev.custody.json.FormatNames.COHORTS;
import static dev.custody.json.FormatNames.DESCRIPTION;
import static dev.custody.json.FormatNames.EVENTS;
import static dev.custody.json.FormatNames.FACILITIES;
import static dev.custody.json.FormatNames.FORMAT;
import static dev.custody.json.FormatNames.OPERATIONS;
import static dev.custody.json.FormatNames.TITLE;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Event;
import dev.custody.ledger.World;
import dev.custody.model.AboutPolicy;
import dev.custody.model.Actor;
import dev.custody.model.Cohort;
import dev.custody.model.Facility;
import dev.custody.model.Operation;
import dev.custody.model.VaguePolicy;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Turns a JSON tree into a document, collecting every problem on the way: the world, the cohorts
 * and the events are read by their own readers into one list of problems, and the rules are checked
 * only once that list is empty, so that a broken event does not make the events after it look
 * wrong. Confined to one read.
 */
final class DocumentReader {
  private final String source;
  private final FieldReader fields;
  private final WorldReader worldReader;
  private final CohortReader cohortReader;
  private final EventReader eventReader;

  DocumentReader(String source, AboutPolicy about, VaguePolicy vague) {
    this.source = source;
    this.fields = new FieldReader(source);
    ValueReader values = new ValueReader(fields, about, vague);
    this.worldReader = new WorldReader(fields, values);
    this.cohortReader = new CohortReader(fields, values);
    this.eventReader =
        new EventReader(
            fields,
            values,
            cohortReader,
            new AccountReader(fields, values, cohortReader),
            new AgreementReader(fields, values));
  }

  /** The work of collecting the problems so far, counted in problems recorded. */
  long steps() {
    return fields.steps();
  }

  CustodyDocument read(JsonNode root) {
    return read(root, Collections.emptyIterator());
  }

  /**
   * Reads a document whose events are those of its {@code events} followed by {@code more}, each
   * read as the next element of {@code events} and its JSON then let go, so that a stream of events
   * is never held whole as JSON. Whatever the iterator throws goes to the caller.
   */
  CustodyDocument read(JsonNode root, Iterator<JsonNode> more) {
    if (!root.isObject()) {
      throw invalid(
          Problem.of(
              Problem.Kind.STRUCTURE,
              source,
              "$",
              shown(root),
              "the document must be a JSON object"));
    }
    fields.fields(
        root,
        "$",
        set(FORMAT, TITLE, DESCRIPTION, ACTORS, FACILITIES, OPERATIONS, COHORTS, EVENTS),
        set(FORMAT, TITLE, ACTORS, FACILITIES, EVENTS));
    // fields() reported any required field missing: the reads below take them as optional
    Optional<String> format = fields.string(root, "$", FORMAT, false);
    if (format.isPresent() && !CustodyJson.FORMATS_READ.contains(format.get())) {
      // another format's fields mean other things: report only the format
      throw invalid(
          Problem.of(
              Problem.Kind.VALUE,
              source,
              "$." + FORMAT,
              format.get(),
              "format (" + format.get() + ") must be one of " + CustodyJson.FORMATS_READ));
    }
    Optional<String> title = fields.name(root, "$", TITLE, false);
    Optional<String> description = fields.text(root, "$", DESCRIPTION, false);
    List<Actor> actors = fields.list(root, "$", ACTORS, false, worldReader::actor);
    List<Facility> facilities = fields.list(root, "$", FACILITIES, false, worldReader::facility);
    List<Operation> operations = fields.list(root, "$", OPERATIONS, false, worldReader::operation);
    fields.list(root, "$", COHORTS, false, cohortReader::cohort);
    List<Map.Entry<Cohort, Cohort>> nesting = cohortReader.nesting();
    List<Event> events = fields.list(root, "$", EVENTS, false, eventReader::event);
    JsonNode listed = root.get(EVENTS);
    int index = listed != null && listed.isArray() ? listed.size() : 0;
    while (more.hasNext()) {
      String path = "$." + EVENTS + "[" + index++ + "]";
      long before = fields.problemCount();
      Optional<Event> event = eventReader.event(more.next(), path);
      if (event.isPresent()) {
        events.add(event.get());
      } else if (fields.problemCount() == before) {
        // as in a listed array: an event is never dropped in silence
        fields.report(Problem.Kind.STRUCTURE, path, null, "could not be read");
      }
    }
    worldReader.checkIds(actors, facilities, operations);
    if (fields.hasProblems()) {
      throw new InvalidDocumentException(fields.problems());
    }
    // the readers above check what the model checks, at the path of each value; whatever the
    // model still refuses is reported here rather than let through as an exception
    World world;
    try {
      world = World.of(actors, facilities, operations);
      for (Map.Entry<Cohort, Cohort> declared : nesting) {
        world = world.withCohortWithin(declared.getKey(), declared.getValue());
      }
    } catch (RuntimeException e) {
      throw invalid(Problem.of(Problem.Kind.REFERENCE, source, "$", null, FieldReader.refusal(e)));
    }
    ViolationPaths.Checked checked;
    try {
      checked = ViolationPaths.checked(source, world, events);
    } catch (RuntimeException e) {
      throw invalid(
          Problem.of(
              Problem.Kind.VALUE,
              source,
              "$." + EVENTS,
              null,
              "the ledger cannot check the events: " + FieldReader.refusal(e)));
    }
    if (!checked.problems().isEmpty()) {
      throw new InvalidDocumentException(checked.problems());
    }
    try {
      CustodyDocument document = CustodyDocument.of(title.orElseThrow(), world, events);
      if (checked.ledger() != null) {
        document.withLedger(checked.ledger());
      }
      return description.map(document::withDescription).orElse(document);
    } catch (RuntimeException e) {
      throw invalid(Problem.of(Problem.Kind.VALUE, source, "$", null, FieldReader.refusal(e)));
    }
  }

  /** The cohorts of the document read last, by the ids it declares them under. */
  Map<String, Cohort> declaredCohorts() {
    return cohortReader.byId();
  }

  /**
   * Reads one event alone, its own text's root at path {@code $}, naming the cohorts declared in
   * {@code cohorts} (the {@code $.cohorts} of a document already read, or null when it has none).
   * The rules are not checked: they judge an event against a ledger, which the caller holds.
   */
  Event readEvent(@Nullable JsonNode cohorts, JsonNode event) {
    if (cohorts != null) {
      for (int i = 0; i < cohorts.size(); i++) {
        cohortReader.cohort(cohorts.get(i), "$." + COHORTS + "[" + i + "]");
      }
    }
    Optional<Event> read = eventReader.event(event, "$");
    if (fields.hasProblems()) {
      throw new InvalidDocumentException(fields.problems());
    }
    // the event reader never gives up in silence; should it, the event is refused, not dropped
    return read.orElseThrow(
        () -> invalid(Problem.of(Problem.Kind.STRUCTURE, source, "$", null, "could not be read")));
  }

  private static InvalidDocumentException invalid(Problem problem) {
    return new InvalidDocumentException(ImmutableList.of(problem));
  }
}
