package dev.custody.json;

import dev.custody.model.CustodyStyle;
import org.immutables.value.Value;

/**
 * How much a document may hold before reading refuses it, so that hostile input cannot exhaust
 * memory: its size in bytes, how deeply its values nest, how long a string and a number may be.
 *
 * <p>The {@linkplain #standard() standard} limits are far above any real case (the reference case
 * is 20 KB, nests 7 deep, and its longest string has 110 characters) and far below what would
 * strain a JVM. This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Limits {
  private static final Limits STANDARD = ImmutableLimits.of(16L * 1024 * 1024, 32, 10_000, 19);

  Limits() {}

  /**
   * Returns the standard limits: 16 MiB, nesting 32 deep, strings of 10,000 characters, numbers of
   * 19 digits (every {@code long}).
   *
   * @return the limits
   */
  public static Limits standard() {
    return STANDARD;
  }

  /**
   * Obtains limits.
   *
   * @param maxDocumentBytes the largest document, in bytes, at least 1
   * @param maxNestingDepth how deeply objects and arrays may nest, at least 8 (the format needs 7)
   * @param maxStringLength the longest string, in characters, at least 1
   * @param maxNumberLength the longest number, in characters, at least 1
   * @return the limits
   * @throws IllegalArgumentException if a limit is below its minimum
   */
  public static Limits of(
      long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {
    return ImmutableLimits.of(maxDocumentBytes, maxNestingDepth, maxStringLength, maxNumberLength);
  }

  /**
   * Returns the largest document, in bytes.
   *
   * @return the size limit
   */
  @Value.Parameter(order = 0)
  public abstract long maxDocumentBytes();

  /**
   * Returns how deeply objects and arrays may nest.
   *
   * @return the depth limit
   */
  @Value.Parameter(order = 1)
  public abstract int maxNestingDepth();

  /**
   * Returns the longest string, in characters.
   *
   * @return the string limit
   */
  @Value.Parameter(order = 2)
  public abstract int maxStringLength();

  /**
   * Returns the longest number, in characters.
   *
   * @return the number limit
   */
  @Value.Parameter(order = 3)
  public abstract int maxNumberLength();

  @Value.Check
  final void check() {
    atLeast("maxDocumentBytes", maxDocumentBytes(), 1);
    atLeast("maxNestingDepth", maxNestingDepth(), 8);
    atLeast("maxStringLength", maxStringLength(), 1);
    atLeast("maxNumberLength", maxNumberLength(), 1);
  }

  private static void atLeast(String name, long value, long minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          String.format("Limits.%s (%d) must be at least %d", name, value, minimum));
    }
  }
}
