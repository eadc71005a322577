package dev.custody.flink;

import dev.custody.event.Event;
import dev.custody.json.InvalidDocumentException;
import dev.custody.json.Problem;
import java.util.stream.Collectors;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads each line of the input, {@code {"theatre": "...", "event": {...}}}, into a {@link Report}
 * whose time is the end of the event's time; a line that is not one sends a {@link Refusal} to the
 * side output instead, so that one bad report never stops the job.
 */
final class ReadReports extends ProcessFunction<String, Report> {
  private static final long serialVersionUID = 1L;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final Theatres theatres;
  private final OutputTag<Refusal> refused;

  ReadReports(Theatres theatres, OutputTag<Refusal> refused) {
    this.theatres = theatres;
    this.refused = refused;
  }

  @Override
  public void processElement(String line, Context context, Collector<Report> out) {
    JsonNode root;
    try {
      root = MAPPER.readTree(line);
    } catch (JacksonException e) {
      refuse(context, "", "not readable as JSON: " + e.getOriginalMessage(), line);
      return;
    }
    if (root == null
        || !root.isObject()
        || !root.path("theatre").isString()
        || !root.path("event").isObject()
        || root.size() != 2) {
      refuse(
          context,
          "",
          "a line must be a JSON object with exactly a \"theatre\" (a string) and an \"event\""
              + " (an object)",
          line);
      return;
    }
    String theatre = root.get("theatre").asString();
    if (!theatres.knows(theatre)) {
      context.output(
          refused,
          new Refusal(
              theatre,
              Refusal.Reason.UNKNOWN_THEATRE,
              null,
              "the job has no world for theatre (" + theatre + ")",
              line));
      return;
    }
    String text = MAPPER.writeValueAsString(root.get("event"));
    Event event;
    try {
      event = theatres.eventReader(theatre).apply(text);
    } catch (InvalidDocumentException e) {
      refuse(
          context,
          theatre,
          e.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")),
          line);
      return;
    }
    out.collect(new Report(theatre, event.when().end(), event.id().toString(), text));
  }

  private void refuse(Context context, String theatre, String message, String line) {
    context.output(refused, new Refusal(theatre, Refusal.Reason.UNREADABLE, null, message, line));
  }
}
