package dev.custody.flink;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Event;
import dev.custody.json.CustodyJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A whole case, a custody/1 document, cut into what the job reads: its world (the document without
 * its events) and one report line per event, {@code {"theatre": ..., "event": ...}}, each with the
 * end of the event's time, by which a replay orders them.
 *
 * @param theatre the theatre the reports name
 * @param world the document with an empty list of events
 * @param reports the reports, in the order the document lists its events
 */
public record ScenarioReports(String theatre, String world, ImmutableList<Line> reports) {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * One report line and the end of its event's time.
   *
   * @param time the end of the event's time
   * @param eventId the event's id
   * @param text the line, one JSON object without line breaks
   */
  public record Line(Instant time, String eventId, String text) {}

  /** The order of a replay in time: by the end of each event's time, then by id. */
  public static final Comparator<Line> IN_TIME =
      Comparator.comparing(Line::time).thenComparing(Line::eventId);

  /**
   * Cuts a document into its world and its reports.
   *
   * @param theatre the theatre the reports name
   * @param document a custody/1 document
   * @return the world and the reports
   * @throws dev.custody.json.InvalidDocumentException if the document is not valid
   */
  public static ScenarioReports of(String theatre, String document) {
    checkNotNull(theatre, "theatre");
    checkNotNull(document, "document");
    CustodyJson.standard().read(document, theatre);
    JsonNode root = MAPPER.readTree(document);
    ObjectNode world = ((ObjectNode) root).deepCopy();
    world.putArray("events");
    String worldText = MAPPER.writeValueAsString(world);
    Function<String, Event> reader = CustodyJson.standard().eventReader(worldText, theatre);
    List<Line> lines = new ArrayList<>();
    for (JsonNode eventNode : root.get("events")) {
      String eventText = MAPPER.writeValueAsString(eventNode);
      Event event = reader.apply(eventText);
      ObjectNode line = MAPPER.createObjectNode();
      line.put("theatre", theatre);
      line.set("event", eventNode);
      lines.add(
          new Line(event.when().end(), event.id().toString(), MAPPER.writeValueAsString(line)));
    }
    return new ScenarioReports(theatre, worldText, ImmutableList.copyOf(lines));
  }
}
