package dev.custody.ledger;

import dev.custody.model.EventId;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The positions of a journal level's own events by id: an open-addressing table that only grows,
 * written by one thread at a time (the holder of the journal's claim, or the thread building a
 * fork) and read by any.
 *
 * <p>A writer stores an entry's key and hash before its position, the position with release
 * semantics, and a reader loads positions with acquire semantics: a reader that finds a position
 * finds its key. Entries are never removed or moved within a table, so a slot on the probe path of
 * an entry a reader may ask for (one written before the ledger asking was made) is never empty.
 * When the table is half full, the writer copies it into one twice as large and publishes that with
 * a volatile write, as a hash map grows; readers of the older table still find everything it held.
 */
final class PositionIndex {

  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(int[].class);

  private static final int FIRST_CAPACITY = 16;

  /**
   * One table, a power of two long: slot {@code i} holds a key in {@code keys[i]}, its hash in
   * {@code slots[2 i]} and its position plus one in {@code slots[2 i + 1]}, 0 when the slot is
   * empty. A look-up that misses reads only {@code slots}, and a hash and its position share a
   * cache line.
   */
  private static final class Table {
    final EventId[] keys;
    final int[] slots;
    final int mask;

    Table(int capacity) {
      keys = new EventId[capacity];
      slots = new int[2 * capacity];
      mask = capacity - 1;
    }
  }

  private volatile Table table = new Table(FIRST_CAPACITY);

  /** Written only by the writer. */
  private int size;

  /** The position of the event with that id, or -1 when the index has none. */
  int get(EventId id) {
    Table current = table;
    int[] slots = current.slots;
    int mask = current.mask;
    int hash = id.hashCode();
    for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
      int held = (int) SLOTS.getAcquire(slots, 2 * i + 1);
      if (held == 0) {
        return -1;
      } else if (slots[2 * i] == hash && current.keys[i].equals(id)) {
        return held - 1;
      }
    }
  }

  /** Adds an id the index does not hold, at {@code position}; only the writer calls this. */
  void put(EventId id, int position) {
    Table current = table;
    if (2 * (size + 1) > current.keys.length) {
      Table grown = new Table(2 * current.keys.length);
      for (int i = 0; i < current.keys.length; i++) {
        if (current.slots[2 * i + 1] != 0) {
          insert(grown, current.keys[i], current.slots[2 * i], current.slots[2 * i + 1]);
        }
      }
      table = grown;
      current = grown;
    }
    insert(current, id, id.hashCode(), position + 1);
    size++;
  }

  /**
   * Writes the key and its hash, then publishes the slot by its position with release semantics.
   */
  private static void insert(Table table, EventId id, int hash, int held) {
    int mask = table.mask;
    int i = spread(hash) & mask;
    while (table.slots[2 * i + 1] != 0) {
      i = (i + 1) & mask;
    }
    table.keys[i] = id;
    table.slots[2 * i] = hash;
    SLOTS.setRelease(table.slots, 2 * i + 1, held);
  }

  /** Spreads a hash over the slots: linear probing needs its low bits mixed. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
