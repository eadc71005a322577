package dev.custody.cli.internal;

/** A number of things with the noun that counts them: "1 event", "15 events". */
public final class Counted {
  private Counted() {}

  /**
   * Returns {@code n} with the noun in the singular or the plural.
   *
   * @param n how many
   * @param one the noun for one, such as "facility"
   * @param many the noun for any other number, such as "facilities"
   * @return the text, such as "6 facilities"
   */
  public static String of(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
