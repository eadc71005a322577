package dev.custody.flink;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.custody.event.Event;
import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The world of every theatre the job follows: for each theatre a custody/1 document that declares
 * its actors, facilities and cohorts, and whose events, usually none, open the theatre's ledger.
 *
 * <p>The documents travel with the job as text, and each task reads them once, when it first meets
 * the theatre ({@link #document}, {@link #eventReader}): they are checked when the job is built and
 * again, identically, in each task.
 */
final class Theatres implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ImmutableMap<String, String> worlds;
  private transient Map<String, CustodyDocument> documents;
  private transient Map<String, Function<String, Event>> readers;

  Theatres(Map<String, String> worlds) {
    checkNotNull(worlds, "worlds");
    this.worlds = ImmutableMap.copyOf(worlds);
    this.worlds.forEach(
        (theatre, world) -> {
          checkArgument(!theatre.isBlank(), "CustodyJob theatre (%s) must not be blank", theatre);
          // read now, so that a broken world stops the job before it is submitted
          CustodyJson.standard().read(world, theatre);
        });
  }

  boolean knows(String theatre) {
    return worlds.containsKey(theatre);
  }

  ImmutableMap<String, String> worlds() {
    return worlds;
  }

  CustodyDocument document(String theatre) {
    if (documents == null) {
      documents = new HashMap<>();
    }
    return documents.computeIfAbsent(theatre, t -> CustodyJson.standard().read(worlds.get(t), t));
  }

  Function<String, Event> eventReader(String theatre) {
    if (readers == null) {
      readers = new HashMap<>();
    }
    return readers.computeIfAbsent(
        theatre, t -> CustodyJson.standard().eventReader(worlds.get(t), t));
  }
}
