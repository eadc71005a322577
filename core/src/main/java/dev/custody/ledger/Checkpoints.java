package dev.custody.ledger;

import dev.custody.event.Event;
import dev.custody.model.AgreementId;
import dev.custody.model.EventId;
import dev.custody.model.When;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A journal level's checkpoints in order of position: frozen copies of its fold, which any thread
 * may read. A new set of them shares the array of the one before.
 */
final class Checkpoints {

  /** A frozen copy of a fold after the first {@code position} events; nothing writes to it. */
  record Checkpoint(int position, State state) {
    /**
     * A copy to fold on from, resolving references among {@code events} and the conclusions of
     * agreements among {@code concluded}: the journal's.
     */
    State copy(Map<EventId, Event> events, Map<AgreementId, When> concluded) {
      return state.copy(events, concluded);
    }
  }

  static final Checkpoints NONE = new Checkpoints(new Checkpoint[0], 0);

  final Checkpoint[] entries;
  final int count;

  private Checkpoints(Checkpoint[] entries, int count) {
    this.entries = entries;
    this.count = count;
  }

  static Checkpoints of(List<Checkpoint> checkpoints) {
    return checkpoints.isEmpty()
        ? NONE
        : new Checkpoints(checkpoints.toArray(new Checkpoint[0]), checkpoints.size());
  }

  /** These and {@code next}, which comes after them; only the journal's writer calls this. */
  Checkpoints plus(Checkpoint next) {
    Checkpoint[] grown =
        count < entries.length ? entries : Arrays.copyOf(entries, Math.max(4, 2 * count));
    grown[count] = next;
    return new Checkpoints(grown, count + 1);
  }

  @Nullable Checkpoint floor(int position) {
    int index = floorIndex(position);
    return index < 0 ? null : entries[index];
  }

  /** The index of the last checkpoint at or before {@code position}, or -1. */
  int floorIndex(int position) {
    int low = 0;
    int high = count;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (entries[middle].position() <= position) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low - 1;
  }
}
