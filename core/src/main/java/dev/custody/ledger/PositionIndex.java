package dev.custody.ledger;

import dev.custody.model.EventId;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The positions of a journal level's own events by id: an open-addressing table that only grows,
 * written by one thread at a time (the holder of the journal's claim, or the thread building a
 * fork) and read by any.
 *
 * <p><b>No keys.</b> A slot holds an id's hash and its position, eight bytes, and not the id: the
 * journal holds the event at that position, whose id {@code idAt} gives. A look-up compares hashes
 * first and reads an event only when they are equal, so a miss (every new event's look-up) reads
 * the table alone, as it did when the ids were kept beside it, and the index takes two thirds of
 * the memory.
 *
 * <p><b>Publication.</b> A writer stores an entry's hash before its position, the position with
 * release semantics, and a reader loads positions with acquire semantics: a reader that finds a
 * position finds its hash, and the event at it, which the journal writes before indexing it.
 * Entries are never removed or moved within a table, so a slot on the probe path of an entry a
 * reader may ask for (one written before the ledger asking was made) is never empty.
 *
 * <p><b>Growth without a pause.</b> A table is kept at most half full. A small one (under {@value
 * #CHUNK} slots) is copied into one twice as large at once. A large one is split into chunks of
 * {@value #CHUNK} slots allocated on first use, and grows incrementally: a table twice as large
 * takes the new entries, and each insertion also moves {@value #MIGRATION_STEP} slots of the old
 * table into it, so that the old one is emptied into the new long before the new one is half full.
 * Until then a look-up asks the new table, then the old one. No insertion ever copies or rehashes
 * the whole index: each costs the same at any size. A writer that knows how many entries are coming
 * (a bulk append, a fork) {@linkplain #reserve reserves} room for them while the table is small, so
 * that the index is not built through every size on its way.
 */
final class PositionIndex {

  private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(int[].class);

  private static final int CHUNK_BITS = 12;

  /** The slots of a chunk of a large table. */
  static final int CHUNK = 1 << CHUNK_BITS;

  /** Slots of the old table moved into the new one by each insertion while a table grows. */
  static final int MIGRATION_STEP = 4;

  private static final int FIRST_CAPACITY = 16;

  /**
   * One table, a power of two long, in chunks: slot {@code i} holds its id's hash in {@code
   * slots[c][2 k]} and its position plus one in {@code slots[c][2 k + 1]}, 0 when the slot is
   * empty, with {@code c} and {@code k} the chunk and the slot within it; a hash and its position
   * share a cache line. A chunk not yet allocated is empty.
   */
  private static final class Table {
    final int[][] slots;
    final int mask;
    final int chunkBits;
    final int chunkMask;

    Table(int capacity) {
      int chunks = Math.max(1, capacity >> CHUNK_BITS);
      chunkBits = chunks == 1 ? Integer.numberOfTrailingZeros(capacity) : CHUNK_BITS;
      chunkMask = (1 << chunkBits) - 1;
      slots = new int[chunks][];
      mask = capacity - 1;
      if (chunks == 1) {
        chunk(0);
      }
    }

    int capacity() {
      return mask + 1;
    }

    /** The chunk's slots, allocated when first needed; only the writer calls this. */
    int[] chunk(int c) {
      int[] chunk = slots[c];
      if (chunk == null) {
        chunk = new int[2 << chunkBits];
        slots[c] = chunk;
      }
      return chunk;
    }

    /** The position of the id in this table, or -1; {@code idAt} gives the id at a position. */
    int get(EventId id, int hash, IntFunction<EventId> idAt) {
      for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
        int c = i >>> chunkBits;
        int[] chunk = slots[c];
        if (chunk == null) {
          return -1;
        }
        int k = i & chunkMask;
        int held = (int) SLOTS.getAcquire(chunk, 2 * k + 1);
        if (held == 0) {
          return -1;
        } else if (chunk[2 * k] == hash && idAt.apply(held - 1).equals(id)) {
          return held - 1;
        }
      }
    }

    /** Writes an entry into the first free slot of its probe path; only the writer calls this. */
    void insert(int hash, int held) {
      for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
        int c = i >>> chunkBits;
        int[] chunk = chunk(c);
        int k = i & chunkMask;
        if (chunk[2 * k + 1] == 0) {
          chunk[2 * k] = hash;
          SLOTS.setRelease(chunk, 2 * k + 1, held);
          return;
        }
      }
    }

    /** Moves the entry of slot {@code i}, if any, into {@code into}. */
    void moveSlot(int i, Table into) {
      int c = i >>> chunkBits;
      int[] chunk = slots[c];
      if (chunk != null) {
        int k = i & chunkMask;
        if (chunk[2 * k + 1] != 0) {
          into.insert(chunk[2 * k], chunk[2 * k + 1]);
        }
      }
    }
  }

  /** The table that takes new entries, and the one being emptied into it, published together. */
  private record Tables(Table current, @Nullable Table old) {}

  private volatile Tables tables = new Tables(new Table(FIRST_CAPACITY), null);

  /** The id of the event at a position this index holds: the journal's. */
  private final IntFunction<EventId> idAt;

  // written only by the writer
  private int size;
  private int moved;

  /**
   * An empty index of the events whose ids {@code idAt} gives by position: it must give the id of
   * every position put, to any thread that finds the position here.
   */
  PositionIndex(IntFunction<EventId> idAt) {
    this.idAt = idAt;
  }

  /** The position of the event with that id, or -1 when the index has none. */
  int get(EventId id) {
    Tables now = tables;
    int hash = id.hashCode();
    int position = now.current().get(id, hash, idAt);
    Table old = now.old();
    return position >= 0 || old == null ? position : old.get(id, hash, idAt);
  }

  /**
   * Reads the slot where a look-up of an id of hash {@code hash} starts, and gives what it holds: a
   * bulk append reads the slots of the next few ids together, so that their cache misses overlap
   * rather than come one per event, and the look-up that follows finds the slot in the cache. The
   * value means nothing; any thread may call this.
   */
  int touch(int hash) {
    Table current = tables.current();
    int i = spread(hash) & current.mask;
    int[] chunk = current.slots[i >>> current.chunkBits];
    return chunk == null ? 0 : chunk[2 * (i & current.chunkMask) + 1];
  }

  /**
   * Makes room for {@code entries} entries in all, when the table is still small (under {@value
   * #CHUNK} slots) and not growing: the entries it holds move at once into a table large enough,
   * whose chunks are allocated as they are first written. Otherwise does nothing, and the table
   * grows as entries are put. Only the writer calls this.
   */
  void reserve(int entries) {
    Tables now = tables;
    Table current = now.current();
    if (now.old() != null || current.capacity() >= CHUNK || 2L * entries <= current.capacity()) {
      return;
    }
    int capacity = Integer.highestOneBit((int) Math.min(1 << 29, 2L * entries - 1)) << 1;
    Table reserved = new Table(capacity);
    for (int i = 0; i < current.capacity(); i++) {
      current.moveSlot(i, reserved);
    }
    tables = new Tables(reserved, null);
  }

  /** Adds an id the index does not hold, at {@code position}; only the writer calls this. */
  void put(EventId id, int position) {
    Tables now = tables;
    Table current = now.current();
    Table old = now.old();
    if (old != null) {
      int end = Math.min(old.capacity(), moved + MIGRATION_STEP);
      for (int i = moved; i < end; i++) {
        old.moveSlot(i, current);
      }
      moved = end;
      if (moved == old.capacity()) {
        old = null;
        tables = new Tables(current, null);
      }
    }
    if (2 * (size + 1) > current.capacity()) {
      // the migration of the last growth ended long ago, moving 4 slots for each new entry
      if (old != null) {
        for (int i = moved; i < old.capacity(); i++) {
          old.moveSlot(i, current);
        }
      }
      Table grown = new Table(2 * current.capacity());
      if (current.capacity() < CHUNK) {
        for (int i = 0; i < current.capacity(); i++) {
          current.moveSlot(i, grown);
        }
        tables = new Tables(grown, null);
      } else {
        moved = 0;
        tables = new Tables(grown, current);
      }
      current = grown;
    }
    current.insert(id.hashCode(), position + 1);
    size++;
  }

  /** Spreads a hash over the slots: linear probing needs its low bits mixed. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
