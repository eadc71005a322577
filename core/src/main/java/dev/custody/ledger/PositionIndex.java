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
 * <p><b>No keys.</b> A slot is one int, four bytes: the high bits of the id's spread hash, those
 * above the bits that choose its slot, and below them its position plus one, counted from the first
 * position put (positions are put in increasing order, so, with the table at most half full, they
 * fit in the bits a slot number takes). Not the id: the journal holds the event at that position,
 * whose id {@code idAt} gives. A look-up compares the high bits of the hash first and reads an
 * event only when they are equal, so a miss (every new event's look-up) reads the table alone, as
 * it did when the ids were kept beside it, and the index takes a third of the memory it took then.
 * Moving an entry into a larger table reads its id again, for the bits the slot left out.
 *
 * <p><b>Publication.</b> A writer stores a slot with release semantics, and a reader loads slots
 * with acquire semantics: a reader that finds a position finds the event at it, which the journal
 * writes before indexing it. Entries are never removed or moved within a table, so a slot on the
 * probe path of an entry a reader may ask for (one written before the ledger asking was made) is
 * never empty.
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
   * One table, a power of two long, in chunks: slot {@code i} is {@code slots[c][k]}, with {@code
   * c} and {@code k} the chunk and the slot within it; it holds the bits of its id's spread hash
   * above {@code mask} and, within {@code mask}, the position plus one counted from the index's
   * first, 0 when the slot is empty. A chunk not yet allocated is empty.
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
        chunk = new int[1 << chunkBits];
        slots[c] = chunk;
      }
      return chunk;
    }

    /**
     * The position of the id in this table, counted from {@code origin}, or -1; {@code idAt} gives
     * the id at a position.
     */
    int get(EventId id, int hash, int origin, IntFunction<EventId> idAt) {
      int spread = spread(hash);
      for (int i = spread & mask; ; i = (i + 1) & mask) {
        int c = i >>> chunkBits;
        int[] chunk = slots[c];
        if (chunk == null) {
          return -1;
        }
        int slot = (int) SLOTS.getAcquire(chunk, i & chunkMask);
        if (slot == 0) {
          return -1;
        } else if (((slot ^ spread) & ~mask) == 0) {
          int position = origin + (slot & mask) - 1;
          if (idAt.apply(position).equals(id)) {
            return position;
          }
        }
      }
    }

    /**
     * Writes the entry of {@code held} (a position plus one, counted from the first, at most {@code
     * mask}) into the first free slot of its probe path; only the writer calls this.
     */
    void insert(int hash, int held) {
      int spread = spread(hash);
      for (int i = spread & mask; ; i = (i + 1) & mask) {
        int c = i >>> chunkBits;
        int[] chunk = chunk(c);
        int k = i & chunkMask;
        if (chunk[k] == 0) {
          SLOTS.setRelease(chunk, k, (spread & ~mask) | held);
          return;
        }
      }
    }

    /**
     * Moves the entry of slot {@code i}, if any, into {@code into}, reading its id's hash again
     * from the position {@code origin} plus what the slot holds.
     */
    void moveSlot(int i, Table into, int origin, IntFunction<EventId> idAt) {
      int c = i >>> chunkBits;
      int[] chunk = slots[c];
      if (chunk != null) {
        int slot = chunk[i & chunkMask];
        if (slot != 0) {
          int held = slot & mask;
          into.insert(idAt.apply(origin + held - 1).hashCode(), held);
        }
      }
    }
  }

  /** The table that takes new entries, and the one being emptied into it, published together. */
  private record Tables(Table current, @Nullable Table old) {}

  private volatile Tables tables = new Tables(new Table(FIRST_CAPACITY), null);

  /** The id of the event at a position this index holds: the journal's. */
  private final IntFunction<EventId> idAt;

  /**
   * The first position put, from which a slot counts the positions it holds: written by the writer
   * before the first slot, so a reader that finds a slot finds it.
   */
  private int origin;

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
    int position = now.current().get(id, hash, origin, idAt);
    Table old = now.old();
    return position >= 0 || old == null ? position : old.get(id, hash, origin, idAt);
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
    return chunk == null ? 0 : chunk[i & current.chunkMask];
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
      current.moveSlot(i, reserved, origin, idAt);
    }
    tables = new Tables(reserved, null);
  }

  /**
   * Adds an id the index does not hold, at {@code position}; only the writer calls this.
   *
   * @throws IllegalArgumentException if {@code position} is below the first position put
   */
  void put(EventId id, int position) {
    if (size == 0) {
      origin = position;
    } else if (position < origin) {
      throw new IllegalArgumentException(
          "position (" + position + ") must not be below the first put (" + origin + ")");
    }
    int held = position - origin + 1;
    Tables now = tables;
    Table current = now.current();
    Table old = now.old();
    if (old != null) {
      int end = Math.min(old.capacity(), moved + MIGRATION_STEP);
      for (int i = moved; i < end; i++) {
        old.moveSlot(i, current, origin, idAt);
      }
      moved = end;
      if (moved == old.capacity()) {
        old = null;
        tables = new Tables(current, null);
      }
    }
    // a position past the bits of a slot number, which only gaps between positions put would
    // make, grows the table as many entries would
    while (2 * (size + 1) > current.capacity() || held > current.mask) {
      // the migration of the last growth ended long ago, moving 4 slots for each new entry
      if (old != null) {
        for (int i = moved; i < old.capacity(); i++) {
          old.moveSlot(i, current, origin, idAt);
        }
        old = null;
      }
      Table grown = new Table(2 * current.capacity());
      if (current.capacity() < CHUNK) {
        for (int i = 0; i < current.capacity(); i++) {
          current.moveSlot(i, grown, origin, idAt);
        }
        tables = new Tables(grown, null);
      } else {
        moved = 0;
        old = current;
        tables = new Tables(grown, current);
      }
      current = grown;
    }
    current.insert(id.hashCode(), held);
    size++;
  }

  /** The slots of the table that takes new entries. */
  int capacity() {
    return tables.current().capacity();
  }

  /** Spreads a hash over the slots: linear probing needs its low bits mixed. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
