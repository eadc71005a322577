package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.base.Joiner;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import com.google.common.math.LongMath;
import dev.custody.internal.Checks;
import dev.custody.model.Estimate.Qualifier;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The grammar of estimates as sources word them: {@link Estimate#parse(CharSequence, AboutPolicy,
 * VaguePolicy)} and {@link Estimate#toString()} in one place, so that each is the other's inverse.
 */
final class EstimateText {
  private static final String NUMBER = "\\d{1,3}(?:,\\d{3})+|\\d+";
  private static final String N = "(" + NUMBER + ")";

  /** Counts spelled out as news style prints the small ones: "three escaped", "none of them". */
  private static final ImmutableMap<String, Long> SMALL_WORDS =
      ImmutableMap.<String, Long>builder()
          .put("zero", 0L)
          .put("one", 1L)
          .put("two", 2L)
          .put("three", 3L)
          .put("four", 4L)
          .put("five", 5L)
          .put("six", 6L)
          .put("seven", 7L)
          .put("eight", 8L)
          .put("nine", 9L)
          .put("ten", 10L)
          .put("eleven", 11L)
          .put("twelve", 12L)
          .put("thirteen", 13L)
          .put("fourteen", 14L)
          .put("fifteen", 15L)
          .put("sixteen", 16L)
          .put("seventeen", 17L)
          .put("eighteen", 18L)
          .put("nineteen", 19L)
          .put("twenty", 20L)
          .put("thirty", 30L)
          .put("forty", 40L)
          .put("fifty", 50L)
          .put("sixty", 60L)
          .put("seventy", 70L)
          .put("eighty", 80L)
          .put("ninety", 90L)
          .buildOrThrow();

  /** How many dozen a count of dozens in words holds: "a dozen" to "twelve dozen". */
  private static final ImmutableMap<String, Long> DOZENS =
      ImmutableMap.<String, Long>builder()
          .put("a", 1L)
          .putAll(Maps.filterValues(SMALL_WORDS, n -> n >= 2 && n <= 12))
          .buildOrThrow();

  /**
   * Every count the grammar reads in words: the small ones, and the round ones ("half a dozen", "a
   * hundred", "five hundred", "two thousand"), which alone read as about that many.
   */
  private static final ImmutableMap<String, Long> WORDS = spelledOut();

  /** "some" alone, a count of at least one. */
  private static final String SOME = "some";

  /** "none", "no one" and "nobody": a count of zero in words, kept as printed. */
  private static final Pattern NONE = Pattern.compile("none|no one|nobody");

  /** A round count in words, which alone reads as about that many: "two dozen", "a thousand". */
  private static final Pattern ROUND =
      Pattern.compile(
          "(?:"
              + Joiner.on('|').join(DOZENS.keySet())
              + ") dozen|"
              + WORDS.keySet().stream()
                  .filter(w -> !SMALL_WORDS.containsKey(w))
                  .collect(Collectors.joining("|")));

  /** A count in words read exactly: "three", "twenty". */
  private static final Pattern SMALL = Pattern.compile(Joiner.on('|').join(SMALL_WORDS.keySet()));

  private static final String COUNT =
      "("
          + NUMBER
          + "|(?:"
          + Joiner.on('|').join(DOZENS.keySet())
          + ") dozen|"
          + Joiner.on('|').join(WORDS.keySet())
          + ")";
  private static final String RANGE = "(?: \\(" + N + "-" + N + "\\))?";

  /** A round count in words, optionally followed by a written range within the about policy. */
  private static final Pattern ROUND_RANGE = Pattern.compile("(" + ROUND.pattern() + ")" + RANGE);

  private static final Pattern BEST_SUFFIX = Pattern.compile("(.*) \\(best " + N + "\\)");
  private static final Pattern DIGITS = Pattern.compile(NUMBER);

  /** A count as printed with the reader's range after it, "1,500 (1,450-1,549)". */
  private static final Pattern ROUNDED = Pattern.compile(N + " \\(" + N + "-" + N + "\\)");

  private static final Pattern EXACTLY = Pattern.compile("exactly " + COUNT);
  private static final Pattern ABOUT =
      Pattern.compile(
          "(about|approximately|roughly|around|some|estimated|an estimated|close to) " + COUNT);
  private static final Pattern ABOUT_RANGE = Pattern.compile(ABOUT.pattern() + RANGE);
  private static final Pattern NEARLY = Pattern.compile("(nearly|almost|just under) " + COUNT);
  private static final Pattern NEARLY_RANGE = Pattern.compile(NEARLY.pattern() + RANGE);
  private static final Pattern FEWER_THAN =
      Pattern.compile("(fewer than|under|less than) " + COUNT);
  private static final Pattern UP_TO =
      Pattern.compile("(up to|as many as|at most|no more than|not more than) " + COUNT);
  private static final Pattern MORE_THAN = Pattern.compile("(over|more than) " + COUNT);
  private static final Pattern JUST_OVER = Pattern.compile("(just over) " + COUNT);
  private static final Pattern JUST_OVER_RANGE = Pattern.compile(JUST_OVER.pattern() + RANGE);
  private static final Pattern AT_LEAST =
      Pattern.compile("(at least|no fewer than|no less than|not less than) " + COUNT);
  private static final Pattern OR_MORE = Pattern.compile(COUNT + " or more");
  private static final Pattern BETWEEN = Pattern.compile("between " + N + " and " + N);

  /** A range as printed: "3,000 to 3,500", "60-90". */
  private static final Pattern SPAN = Pattern.compile(N + "( to |-)" + N);

  /** A range as printed with words before it: "from 300 to 850", "between 500 to 1,000". */
  private static final Pattern WORDED_SPAN =
      Pattern.compile("(?:from|anywhere from|between) " + N + " to " + N);

  /**
   * A range a source hedged, "about 700-850", "around 60 to 90": each end widened by the about
   * policy, optionally followed by that written range.
   */
  private static final Pattern HEDGED_SPAN =
      Pattern.compile(
          "(about|approximately|roughly|around|some|an estimated|estimated|close to) "
              + N
              + "( to |-)"
              + N
              + RANGE);

  private EstimateText() {}

  private static ImmutableMap<String, Long> spelledOut() {
    ImmutableMap.Builder<String, Long> words = ImmutableMap.builder();
    words.putAll(SMALL_WORDS);
    words.put("half a dozen", 6L).put("a hundred", 100L).put("a thousand", 1_000L);
    for (Map.Entry<String, Long> small : SMALL_WORDS.entrySet()) {
      if (small.getValue() > 0) {
        words.put(small.getKey() + " hundred", small.getValue() * 100);
        words.put(small.getKey() + " thousand", small.getValue() * 1_000);
      }
    }
    return words.buildOrThrow();
  }

  /** The vague quantifiers' pattern, built on first use, after {@link VaguePolicy} is ready. */
  private static final class Vague {
    static final Pattern WITH_RANGE =
        Pattern.compile(
            "("
                + VaguePolicy.quantifiers().stream()
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"))
                + ")"
                + RANGE);
  }

  // ---------------------------------------------------------------------------------------
  // reading

  static Estimate parse(CharSequence text, AboutPolicy about, VaguePolicy vague) {
    checkNotNull(text, "text");
    checkNotNull(about, "about");
    checkNotNull(vague, "vague");
    String whole = text.toString();
    String body = whole;
    Long best = null;
    Matcher suffix = BEST_SUFFIX.matcher(whole);
    if (suffix.matches()) {
      body = suffix.group(1);
      best = number(suffix.group(2));
    }
    Estimate parsed = body(whole, body, best != null, about, vague);
    if (parsed == null && !whole.isEmpty() && Character.isUpperCase(whole.charAt(0))) {
      // a quote that began a sentence: say the words the grammar reads rather than list them all
      String lower = Character.toLowerCase(whole.charAt(0)) + whole.substring(1);
      if (refusal(lower, about, vague) == null) {
        throw new IllegalArgumentException(
            String.format(
                "Estimate text (%s) must be written in lower case, as the words read mid-sentence:"
                    + " \"%s\"",
                Checks.quote(whole), lower));
      }
    }
    if (parsed == null) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate text (%s) must read like %s", Checks.quote(whole), examples(about, vague)));
    }
    return best == null ? parsed : parsed.withBest(best);
  }

  /** The message refusing {@code text} under these policies, or null when they read it. */
  private static String refusal(String text, AboutPolicy about, VaguePolicy vague) {
    try {
      parse(text, about, vague);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** The estimate {@code body} says, or null when it has none of the forms. */
  private static Estimate body(
      String whole, String body, boolean suffixed, AboutPolicy about, VaguePolicy vague) {
    Matcher m;
    if (body.equals("unknown")) {
      return Estimate.unknown();
    } else if ((m = EXACTLY.matcher(body)).matches()) {
      return suffixed ? null : Estimate.exactly(count(m.group(1)));
    } else if (DIGITS.matcher(body).matches()) {
      long count = number(body);
      return suffixed
          ? null
          : Estimate.create(Qualifier.EXACTLY, count, count, count, grouped(count));
    } else if ((m = ROUNDED.matcher(body)).matches()) {
      return RoundedCount.parse(
          whole, number(m.group(1)), number(m.group(2)), number(m.group(3)), about);
    } else if (SMALL.matcher(body).matches() || NONE.matcher(body).matches()) {
      long count = NONE.matcher(body).matches() ? 0 : count(body);
      return suffixed ? null : Estimate.create(Qualifier.EXACTLY, count, count, count, body);
    } else if ((m = ROUND_RANGE.matcher(body)).matches()) {
      return round(whole, m, about);
    } else if ((m = ABOUT_RANGE.matcher(body)).matches()) {
      boolean plain = m.group(1).equals("about") && DIGITS.matcher(m.group(2)).matches();
      return plain && suffixed ? null : about(whole, m, plain, about);
    } else if ((m = NEARLY_RANGE.matcher(body)).matches()) {
      return nearly(whole, m, about);
    } else if ((m = FEWER_THAN.matcher(body)).matches()) {
      Estimate fewer = Estimate.fewerThan(count(m.group(2)));
      return isOwnWords(m, "fewer than")
          ? fewer
          : Estimate.create(Qualifier.FEWER_THAN, 0, fewer.best(), fewer.high(), head(m));
    } else if ((m = UP_TO.matcher(body)).matches()) {
      Estimate upTo = Estimate.upTo(count(m.group(2)));
      return isOwnWords(m, "up to") || upTo.high() == 0
          ? upTo
          : Estimate.create(Qualifier.UP_TO, 0, upTo.high(), upTo.high(), head(m));
    } else if ((m = JUST_OVER_RANGE.matcher(body)).matches()) {
      return justOver(whole, m, about);
    } else if ((m = MORE_THAN.matcher(body)).matches()) {
      Estimate over = Estimate.moreThan(count(m.group(2)));
      return isOwnWords(m, "over")
          ? over
          : Estimate.create(Qualifier.MORE_THAN, over.low(), over.best(), over.highEnd(), head(m));
    } else if ((m = AT_LEAST.matcher(body)).matches()) {
      return atLeast(count(m.group(2)), isOwnWords(m, "at least") ? null : head(m));
    } else if (body.equals(SOME)) {
      // "some escaped": more than none, and no more said
      return atLeast(1, SOME);
    } else if ((m = OR_MORE.matcher(body)).matches()) {
      return atLeast(count(m.group(1)), countText(m.group(1)) + " or more");
    } else if ((m = BETWEEN.matcher(body)).matches()) {
      return Estimate.between(number(m.group(1)), number(m.group(2)));
    } else if ((m = Vague.WITH_RANGE.matcher(body)).matches()) {
      return vague(whole, m, vague);
    } else if ((m = SPAN.matcher(body)).matches()) {
      return span(number(m.group(1)), number(m.group(3)), body);
    } else if ((m = WORDED_SPAN.matcher(body)).matches()) {
      return span(number(m.group(1)), number(m.group(2)), body);
    } else if ((m = HEDGED_SPAN.matcher(body)).matches()) {
      return hedgedSpan(whole, m, about);
    }
    return null;
  }

  /**
   * A round count in words, "two dozen", "a thousand": about that many by the about policy, the
   * words kept; a written range after them must lie within the policy's.
   */
  private static Estimate round(String whole, Matcher m, AboutPolicy policy) {
    String words = m.group(1);
    long figure = count(words);
    Estimate allowed = Estimate.about(figure, policy);
    if (m.group(2) == null) {
      return allowed.qualifier() == Qualifier.EXACTLY
          ? allowed
          : Estimate.create(Qualifier.ABOUT, allowed.low(), figure, allowed.high(), words);
    }
    Estimate written =
        Estimate.create(Qualifier.ABOUT, number(m.group(2)), figure, number(m.group(3)), words);
    checkWithin(whole, written, allowed, "about policy (" + policy + ")", words);
    return written;
  }

  /**
   * Checks if a bound's words are its qualifier's own, {@code own} and digits, which the estimate
   * prints without keeping them.
   */
  private static boolean isOwnWords(Matcher m, String own) {
    return m.group(1).equals(own) && DIGITS.matcher(m.group(2)).matches();
  }

  /** A lower bound, keeping {@code wording} when it is not "at least" and digits. */
  private static Estimate atLeast(long count, String wording) {
    Estimate atLeast = Estimate.atLeast(count);
    // "no fewer than zero" says nothing: unknown, as "at least 0" is
    return wording == null || count == 0
        ? atLeast
        : Estimate.create(Qualifier.AT_LEAST, count, count, atLeast.highEnd(), wording);
  }

  /** A range as its source printed it, "3,000 to 3,500": between its ends, the words kept. */
  private static Estimate span(long low, long high, String wording) {
    if (low >= high) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate text (%s) must give a range from a lower to a higher number",
              Checks.quote(wording)));
    }
    return Estimate.create(Qualifier.BETWEEN, low, LongMath.mean(low, high), high, wording);
  }

  /**
   * A range a source hedged, "about 700-850": from the low end less the about policy's margin to
   * the high end plus it, best the middle of the words' range, the words kept. A written range
   * after it must be that range.
   */
  private static Estimate hedgedSpan(String whole, Matcher m, AboutPolicy policy) {
    long from = number(m.group(2));
    long to = number(m.group(4));
    String wording = m.group(1) + " " + m.group(2) + m.group(3) + m.group(4);
    span(from, to, wording);
    long low = Math.max(0, from - policy.marginFor(from));
    long high = Math.addExact(to, policy.marginFor(to));
    Estimate allowed =
        Estimate.create(Qualifier.BETWEEN, low, LongMath.mean(from, to), high, wording);
    if (m.group(5) != null) {
      Estimate written =
          Estimate.create(
              Qualifier.BETWEEN,
              number(m.group(5)),
              LongMath.mean(from, to),
              number(m.group(6)),
              wording);
      checkWithin(whole, written, allowed, "about policy (" + policy + ")", wording);
      return written;
    }
    return allowed;
  }

  private static Estimate about(String whole, Matcher m, boolean plain, AboutPolicy policy) {
    long figure = count(m.group(2));
    String wording = plain ? null : m.group(1) + " " + countText(m.group(2));
    Estimate allowed = Estimate.about(figure, policy);
    if (m.group(3) == null) {
      return allowed.qualifier() == Qualifier.EXACTLY
          ? allowed
          : Estimate.create(Qualifier.ABOUT, allowed.low(), figure, allowed.high(), wording);
    }
    long low = number(m.group(3));
    long high = number(m.group(4));
    Estimate written = Estimate.create(Qualifier.ABOUT, low, figure, high, wording);
    checkWithin(whole, written, allowed, "about policy (" + policy + ")", head(m));
    return written;
  }

  private static Estimate nearly(String whole, Matcher m, AboutPolicy policy) {
    long figure = count(m.group(2));
    String wording = m.group(1) + " " + countText(m.group(2));
    Estimate allowed = Estimate.nearly(figure, policy);
    if (m.group(3) == null) {
      return Estimate.create(
          Qualifier.NEARLY, allowed.low(), allowed.best(), allowed.high(), wording);
    }
    long low = number(m.group(3));
    long high = number(m.group(4));
    Estimate written = Estimate.create(Qualifier.NEARLY, low, high, high, wording);
    checkWithin(whole, written, allowed, "about policy (" + policy + ")", head(m));
    return written;
  }

  /**
   * "just over 100": above the figure by at most the about policy's margin (at least one), best the
   * figure plus one; a written range must lie within that.
   */
  private static Estimate justOver(String whole, Matcher m, AboutPolicy policy) {
    long figure = count(m.group(2));
    String wording = head(m);
    Estimate allowed = justOver(figure, policy, wording);
    if (m.group(3) == null) {
      return allowed;
    }
    long low = number(m.group(3));
    long high = number(m.group(4));
    checkNonDecreasing(low, high);
    // checked as plain numbers first: the words refuse a range that holds the figure itself
    checkWithin(
        whole, Estimate.of(low, low, high), allowed, "about policy (" + policy + ")", wording);
    return Estimate.create(Qualifier.ABOUT, low, low, high, wording);
  }

  private static Estimate justOver(long figure, AboutPolicy policy, String wording) {
    if (figure >= Estimate.MAX_COUNT) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate text figure (%s) must be less than the largest count,"
                  + " Estimate.MAX_COUNT (%s)",
              grouped(figure), grouped(Estimate.MAX_COUNT)));
    }
    long margin = Math.max(2, EstimateShape.marginOf(policy, figure));
    long high = Math.min(Estimate.MAX_COUNT, LongMath.saturatedAdd(figure, margin));
    return Estimate.create(Qualifier.ABOUT, figure + 1, figure + 1, high, wording);
  }

  private static Estimate vague(String whole, Matcher m, VaguePolicy policy) {
    String quantifier = m.group(1);
    Estimate allowed = Estimate.vague(quantifier, policy);
    if (m.group(2) == null) {
      return allowed;
    }
    long low = number(m.group(2));
    long high = number(m.group(3));
    checkNonDecreasing(low, high);
    Estimate written =
        Estimate.create(Qualifier.VAGUE, low, LongMath.mean(low, high), high, quantifier);
    checkWithin(whole, written, allowed, "vague policy (" + policy + ")", quantifier);
    return written;
  }

  private static void checkNonDecreasing(long low, long high) {
    if (low > high) {
      throw new IllegalArgumentException(
          String.format("Estimate.low (%d) must not exceed high (%d)", low, high));
    }
  }

  /** Refuses a written range wider than the policy allows, saying the policy and what to write. */
  private static void checkWithin(
      String whole, Estimate written, Estimate allowed, String policy, String words) {
    if (allowed.encloses(written)) {
      return;
    }
    throw new IllegalArgumentException(
        String.format(
            "Estimate text (%s) gives a range (%s) that does not lie within what the %s allows"
                + " for \"%s\", %s: write \"%s\" for the policy's range or \"%s\" for the range"
                + " as written",
            Checks.quote(whole),
            range(written),
            policy,
            words,
            range(allowed),
            words,
            Estimate.between(written.low(), written.high()).withBest(written.best())));
  }

  private static String head(Matcher m) {
    return m.group(1) + " " + countText(m.group(2));
  }

  /** The forms, each of which {@code about} and {@code vague} read. */
  static String examples(AboutPolicy about, VaguePolicy vague) {
    ImmutableList<String> forms =
        ImmutableList.of(
            "785",
            RoundedCount.example(1_500, about),
            "three",
            "exactly 150",
            "about 150",
            Estimate.about(9_000, about).toString(),
            "approximately 150",
            "an estimated 150",
            "roughly 200",
            "some two dozen",
            "a dozen",
            "nearly 5,000",
            "just under 100",
            "just over 100",
            "a handful",
            "dozens",
            "a few hundred",
            "thousands",
            "over 1,000",
            "more than a thousand",
            "at least 1,000",
            "no fewer than 1,000",
            "up to 200",
            "as many as 200",
            "no more than 200",
            "fewer than 50",
            "less than 50",
            "between 100 and 200",
            "3,000 to 3,500",
            "about 700-850",
            "unknown");
    return forms.subList(0, forms.size() - 1).stream()
            .map(f -> "\"" + f + "\"")
            .collect(Collectors.joining(", "))
        + " or \""
        + forms.get(forms.size() - 1)
        + "\"";
  }

  static long number(String digits) {
    try {
      return Long.parseLong(digits.replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          String.format("Estimate text number (\"%s\") must fit in a long", digits), e);
    }
  }

  /** A count written in digits, as dozens or in words: "1,500", "two dozen", "three". */
  private static long count(String text) {
    Long word = WORDS.get(text);
    if (word != null) {
      return word;
    }
    if (text.endsWith(" dozen")) {
      return 12 * DOZENS.get(text.substring(0, text.length() - " dozen".length()));
    }
    return number(text);
  }

  /** A count as the wording keeps it: digits grouped by thousands, dozens and words as written. */
  private static String countText(String text) {
    return DIGITS.matcher(text).matches() ? grouped(number(text)) : text;
  }

  // ---------------------------------------------------------------------------------------
  // the wording an estimate keeps

  /**
   * Returns the rule that {@code wording} breaks for an estimate of these numbers, or null when it
   * fits: the words a qualifier keeps are the grammar's, normalised, and say the same numbers.
   */
  static String wordingRuleBrokenBy(
      Qualifier qualifier, long low, long best, long high, Optional<String> wording) {
    if (wording.isEmpty()) {
      return qualifier == Qualifier.NEARLY || qualifier == Qualifier.VAGUE
          ? "the words as printed, such as \""
              + (qualifier == Qualifier.NEARLY ? "nearly 5,000" : "dozens")
              + "\""
          : null;
    }
    String words = wording.get();
    Matcher m;
    switch (qualifier) {
      case EXACTLY:
        return (DIGITS.matcher(words).matches() && words.equals(grouped(low)))
                || (SMALL.matcher(words).matches() && count(words) == low)
                || (NONE.matcher(words).matches() && low == 0)
            ? null
            : "the count as printed, \"" + grouped(low) + "\"";
      case MORE_THAN:
        return isKeptBound(MORE_THAN.matcher(words), "over", low - 1)
            ? null
            : "\"more than " + grouped(low - 1) + "\"";
      case UP_TO:
        return isKeptBound(UP_TO.matcher(words), "up to", high)
            ? null
            : "\"as many as " + grouped(high) + "\"";
      case FEWER_THAN:
        return isKeptBound(FEWER_THAN.matcher(words), "fewer than", high + 1)
            ? null
            : "\"under " + grouped(high + 1) + "\"";
      case AT_LEAST:
        m = OR_MORE.matcher(words);
        return low >= 1
                && (isKeptBound(AT_LEAST.matcher(words), "at least", low)
                    || (words.equals(SOME) && low == 1)
                    || (m.matches()
                        && words.equals(countText(m.group(1)) + " or more")
                        && count(m.group(1)) == low))
            ? null
            : "\"no fewer than " + grouped(low) + "\" or \"" + grouped(low) + " or more\"";
      case ABOUT:
        if (DIGITS.matcher(words).matches() && words.equals(grouped(number(words)))) {
          return RoundedCount.wordingRuleBrokenBy(words, low, high);
        }
        if (ROUND.matcher(words).matches()) {
          long figure = count(words);
          return low <= figure && figure <= high
              ? null
              : "a figure within the range (" + low + ".." + high + "); was " + figure;
        }
        m = JUST_OVER.matcher(words);
        if (m.matches() && words.equals(head(m))) {
          long figure = count(m.group(2));
          return figure < low ? null : "a figure below the low end (" + low + "); was " + figure;
        }
        m = ABOUT.matcher(words);
        if (m.matches()
            && words.equals(head(m))
            && !(m.group(1).equals("about") && DIGITS.matcher(m.group(2)).matches())) {
          long figure = count(m.group(2));
          return low <= figure && figure <= high
              ? null
              : "a figure within the range (" + low + ".." + high + "); was " + figure;
        }
        return "words like \"roughly 150\", \"some two dozen\" or \"just over 100\", other than"
            + " \"about\" and digits";
      case NEARLY:
        m = NEARLY.matcher(words);
        if (m.matches() && words.equals(head(m))) {
          long figure = count(m.group(2));
          return high < figure ? null : "a figure above the high end (" + high + "); was " + figure;
        }
        return "words like \"nearly 5,000\", \"almost two dozen\" or \"just under 100\"";
      case VAGUE:
        return VaguePolicy.quantifiers().contains(words)
            ? null
            : "one of the quantifiers " + VaguePolicy.quantifiers();
      case BETWEEN:
        m = SPAN.matcher(words);
        if (m.matches()) {
          return number(m.group(1)) == low && number(m.group(3)) == high
              ? null
              : "the range as printed, \"" + grouped(low) + " to " + grouped(high) + "\"";
        }
        m = WORDED_SPAN.matcher(words);
        if (m.matches()) {
          return number(m.group(1)) == low && number(m.group(2)) == high
              ? null
              : "the range as printed, \"from " + grouped(low) + " to " + grouped(high) + "\"";
        }
        m = HEDGED_SPAN.matcher(words);
        if (m.matches() && m.group(5) == null) {
          long from = number(m.group(2));
          long to = number(m.group(4));
          return low <= from && from < to && to <= high
              ? null
              : "a hedged range within the range (" + low + ".." + high + "); was " + words;
        }
        return "a range as printed, \"3,000 to 3,500\", or hedged, \"about 700-850\"";
      default:
        return "no words other than its own";
    }
  }

  /**
   * Checks if {@code m} matched words a bound keeps: normalised, saying {@code figure}, and not the
   * qualifier's {@code own} word with digits, which the estimate prints without keeping.
   */
  private static boolean isKeptBound(Matcher m, String own, long figure) {
    return m.matches()
        && !isOwnWords(m, own)
        && m.group(0).equals(head(m))
        && count(m.group(2)) == figure;
  }

  // ---------------------------------------------------------------------------------------
  // writing

  static String format(Estimate e) {
    Optional<String> wording = e.wording();
    long impliedBest;
    String text;
    switch (e.qualifier()) {
      case EXACTLY:
        return wording.orElse("exactly " + grouped(e.low()));
      case ABOUT:
        if (wording.isEmpty()) {
          return "about " + grouped(e.best()) + " (" + range(e) + ")";
        }
        text = wording.get() + " (" + range(e) + ")";
        Matcher m = ABOUT.matcher(wording.get());
        Matcher over = JUST_OVER.matcher(wording.get());
        impliedBest =
            m.matches()
                ? count(m.group(2))
                : over.matches()
                    ? count(over.group(2)) + 1
                    : ROUND.matcher(wording.get()).matches()
                        ? count(wording.get())
                        : DIGITS.matcher(wording.get()).matches()
                            ? number(wording.get())
                            : e.best();
        break;
      case NEARLY:
        text = wording.orElseThrow() + " (" + range(e) + ")";
        impliedBest = e.high();
        break;
      case VAGUE:
        text = wording.orElseThrow() + " (" + range(e) + ")";
        impliedBest = LongMath.mean(e.low(), e.high());
        break;
      case FEWER_THAN:
        text = wording.orElse("fewer than " + grouped(e.high() + 1));
        impliedBest = e.high();
        break;
      case MORE_THAN:
        text = wording.orElse("over " + grouped(e.low() - 1));
        impliedBest = e.low();
        break;
      case AT_LEAST:
        text = e.low() == 0 ? "unknown" : wording.orElse("at least " + grouped(e.low()));
        impliedBest = e.low();
        break;
      case UP_TO:
        text = wording.orElse("up to " + grouped(e.high()));
        impliedBest = e.high();
        break;
      case BETWEEN:
        if (wording.isPresent()) {
          Matcher span = SPAN.matcher(wording.get());
          Matcher hedged = HEDGED_SPAN.matcher(wording.get());
          if (span.matches() || WORDED_SPAN.matcher(wording.get()).matches()) {
            text = wording.get();
            impliedBest = LongMath.mean(e.low(), e.high());
          } else {
            checkState(hedged.matches(), "a range's wording: %s", wording.get());
            text = wording.get() + " (" + range(e) + ")";
            impliedBest = LongMath.mean(number(hedged.group(2)), number(hedged.group(4)));
          }
          break;
        }
        text = "between " + grouped(e.low()) + " and " + grouped(e.high());
        impliedBest = LongMath.mean(e.low(), e.high());
        break;
      default:
        throw new AssertionError(e.qualifier());
    }
    return e.best() == impliedBest ? text : text + " (best " + grouped(e.best()) + ")";
  }

  /** A bounded range as "8,550-9,450". */
  static String range(Estimate e) {
    return grouped(e.low()) + "-" + grouped(e.high());
  }

  static String grouped(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }
}
