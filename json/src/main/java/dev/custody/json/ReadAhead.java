package dev.custody.json;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.function.ToIntFunction;
import org.jspecify.annotations.Nullable;

/**
 * Takes items from a source on a worker thread of its own, ahead of the thread that asks for them,
 * and hands them over in the order the source gave them, each exactly once. Whatever the source
 * throws is handed over in its place, after the items before it, and thrown by {@link #next()} on
 * the asking thread as the source would have thrown it; after it, or after the end, the worker has
 * stopped. So a reader that parses lines and one that checks them run on two cores, and the result,
 * items and failures alike, is the same as if the asking thread had taken them from the source
 * itself.
 *
 * <p>Memory is bounded: the items taken but not yet handed over weigh at most {@link #BUDGET} (each
 * at least {@link #LEAST_WEIGHT}, so that small items are bounded in number too), plus one item
 * heavier than the budget alone, which the worker then holds until every item before it has been
 * handed over, so that such items are read one at a time as they would be without a worker. The
 * items go over in blocks of up to {@link #BLOCK} at a time, so that the two threads meet once a
 * block rather than once an item.
 *
 * <p>{@link #close()} stops the worker on every path, at the end, after a failure, or when the
 * asking thread gives up early, and waits until it has ended; the thread is a daemon besides, so
 * that it can never keep the virtual machine alive. Used by one asking thread.
 *
 * @param <T> the items
 */
final class ReadAhead<T> implements AutoCloseable {
  /** What the worker takes items from: the next item, or null at the end. */
  interface Source<T> {
    @Nullable T next() throws IOException;
  }

  /**
   * The weight of the items taken ahead and not yet handed over, at most, in bytes. Small, so that
   * what the worker built is still in the processor's caches when the asking thread reads it: on a
   * million lines of JSON, 8 MiB ahead cost 60% more processor time than 128 KiB, and 32 KiB made
   * the threads wait on each other more often.
   */
  static final int BUDGET = 128 << 10;

  /** The weight every item counts for, however light. */
  static final int LEAST_WEIGHT = 256;

  /** The items handed over at a time, at most: a few lines of JSON a block, within the budget. */
  static final int BLOCK = 64;

  /** Items taken in order; {@code last} when nothing follows, {@code failure} what ended them. */
  private static final class Block<T> {
    final List<@Nullable T> items;
    final boolean last;
    final @Nullable Throwable failure;

    Block(List<@Nullable T> items, boolean last, @Nullable Throwable failure) {
      this.items = items;
      this.last = last;
      this.failure = failure;
    }
  }

  private final Source<T> source;
  private final ToIntFunction<T> weight;
  private final Semaphore room = new Semaphore(BUDGET);
  // unbounded, as the room left in the budget already bounds what the worker takes
  private final BlockingQueue<Block<T>> blocks = new LinkedBlockingQueue<>();
  private final Thread worker;
  private volatile boolean closed;

  // of the asking thread only
  private @Nullable Block<T> current;
  private int index;
  private int handedOver;
  private boolean ended;

  /**
   * Starts the worker, which takes from {@code source} at once.
   *
   * @param weight how much of the budget an item holds, such as its length in bytes
   * @param name the name of the worker thread
   */
  ReadAhead(Source<T> source, ToIntFunction<T> weight, String name) {
    this.source = source;
    this.weight = weight;
    this.worker = new Thread(this::work, name);
    worker.setDaemon(true);
    worker.start();
  }

  /** How much of the budget {@code item} takes: its weight, within the bounds of the budget. */
  private int cost(T item) {
    return Math.min(BUDGET, Math.max(LEAST_WEIGHT, weight.applyAsInt(item)));
  }

  private void work() {
    List<@Nullable T> block = new ArrayList<>(BLOCK);
    try {
      T item;
      while (!closed && (item = source.next()) != null) {
        int cost = cost(item);
        if (!room.tryAcquire(cost)) {
          // the items held back would never make room: hand them over before waiting for it
          if (!block.isEmpty()) {
            blocks.add(new Block<>(block, false, null));
            block = new ArrayList<>(BLOCK);
          }
          room.acquire(cost);
        }
        block.add(item);
        if (block.size() == BLOCK) {
          blocks.add(new Block<>(block, false, null));
          block = new ArrayList<>(BLOCK);
        }
      }
      blocks.add(new Block<>(block, true, null));
    } catch (InterruptedException stopped) {
      // closed: nobody is waiting for what is left
    } catch (Throwable failure) {
      // anything, errors included, goes to the asking thread rather than die with the worker
      blocks.add(new Block<>(block, true, failure));
    }
  }

  /**
   * The next item, in the source's order, or null at the end.
   *
   * @throws IOException as the source threw it, or when the asking thread is interrupted while it
   *     waits
   */
  @Nullable T next() throws IOException {
    // the items handed over are the caller's now, and no longer weigh on the worker; their room is
    // given back a quarter of the budget at a time, so that a worker waiting for it is woken once
    // for many lines, not once a line
    if (handedOver >= BUDGET / 4) {
      room.release(handedOver);
      handedOver = 0;
    }
    while (current == null || index == current.items.size()) {
      if (current != null && current.last) {
        ended = true;
        Throwable failure = current.failure;
        current = null;
        if (failure != null) {
          throw rethrown(failure);
        }
        return null;
      }
      if (ended) {
        return null;
      }
      if (handedOver > 0) {
        // about to wait for the worker, which may be waiting for this room
        room.release(handedOver);
        handedOver = 0;
      }
      try {
        current = blocks.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for the lines read ahead");
      }
      index = 0;
    }
    // let go of the item in the block, so that the caller alone decides how long it lives
    T item = current.items.set(index++, null);
    handedOver += cost(item);
    return item;
  }

  private static IOException rethrown(Throwable failure) {
    if (failure instanceof IOException) {
      return (IOException) failure;
    }
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    // the source throws no other checked exception
    throw new UncheckedIOException(new IOException(failure));
  }

  /**
   * Stops the worker if it is still taking items, and returns once it has ended. Idempotent. If the
   * asking thread is interrupted meanwhile, it still waits, and is left interrupted.
   */
  @Override
  public void close() {
    closed = true;
    worker.interrupt();
    boolean interrupted = false;
    while (true) {
      try {
        worker.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    blocks.clear();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether the worker thread is still alive: false once {@link #close()} has returned. */
  boolean workerAlive() {
    return worker.isAlive();
  }
}
