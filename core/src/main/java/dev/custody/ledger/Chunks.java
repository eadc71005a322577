package dev.custody.ledger;

import dev.custody.event.Account;

/**
 * The arithmetic of {@link DenseBalances}' columns: arrays at each number, cut into chunks of
 * {@value #CHUNK} numbers. A number's value is at {@code column[chunkOf(number)][at(number)]}.
 */
final class Chunks {
  /** The bits of a number that say where it is within its chunk. */
  static final int CHUNK_BITS = 12;

  /**
   * The most numbers an array of a fold's columns holds. The numbers below it are in one array that
   * grows by doubling, as a small fold's always were; past it, each further {@value} numbers take
   * an array of their own, allocated when the first of them is given, so that a large fold grows
   * without copying what it holds and leaves no copies behind (twice its size in all, by doubling).
   */
  static final int CHUNK = 1 << CHUNK_BITS;

  private static final int CHUNK_MASK = CHUNK - 1;

  /** The chunk of the columns that holds {@code number}. */
  static int chunkOf(int number) {
    return number >>> CHUNK_BITS;
  }

  /** Where {@code number} is within its chunk. */
  static int at(int number) {
    return number & CHUNK_MASK;
  }

  /**
   * The length a chunk of the columns must have for {@code number} to fit, given its length now (0
   * when it has none): unchanged when it fits, else doubled, at most {@link #CHUNK}. A chunk past
   * the first starts full-sized, since a fold reaches it only when large; one cut short by a copy
   * grows back by doubling.
   */
  static int grownLength(int number, int length) {
    int offset = at(number);
    if (offset < length) {
      return length;
    }
    if (length == 0) {
      return chunkOf(number) == 0 ? DenseBalances.FIRST_CAPACITY : CHUNK;
    }
    return Math.min(CHUNK, Math.max(DenseBalances.FIRST_CAPACITY, 2 * length));
  }

  /** A copy of chunked columns whose chunks are copies too, each as long as its original. */
  static int[][] deepCopy(int[][] chunks) {
    int[][] copy = new int[chunks.length][];
    for (int c = 0; c < chunks.length && chunks[c] != null; c++) {
      copy[c] = chunks[c].clone();
    }
    return copy;
  }

  static Account[][] deepCopy(Account[][] chunks) {
    Account[][] copy = new Account[chunks.length][];
    for (int c = 0; c < chunks.length && chunks[c] != null; c++) {
      copy[c] = chunks[c].clone();
    }
    return copy;
  }

  private Chunks() {}
}
