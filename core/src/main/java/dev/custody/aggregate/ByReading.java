package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.ledger.Ledger;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Reading;
import java.util.Map;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One question answered under every reading of a ledger: the envelope, the consensus where it
 * exists, and each source's reading, in the order {@link Readings#all()} gives them, and under the
 * ledger's own reading when it is none of those (a consensus reading of conflicting claims, or a
 * source that made no claim), last.
 *
 * <p>For instance, how many are still at large from al-Shaddadi:
 *
 * <pre>{@code
 * ByReading<Estimate> atLarge =
 *     ByReading.of(ledger, l -> AtLarge.from(l, AL_SHADDADI, instant).stillAtLarge());
 * atLarge.get(Reading.preferring(SYRIA_GOV)); // between 61 and 77
 * }</pre>
 *
 * <p>This class is immutable and thread-safe when the answers are.
 *
 * @param <T> the type of the answer
 */
@Value.Immutable
@CustodyStyle
public abstract class ByReading<T> {

  ByReading() {}

  /**
   * Answers {@code question} under every reading {@code ledger} supports. Each answer is computed
   * on the ledger {@linkplain Ledger#withReading(Reading) read} that way.
   *
   * @param <T> the type of the answer
   * @param ledger the ledger
   * @param question what to compute from a ledger; must not return null
   * @return the answers, by reading
   * @throws NullPointerException if {@code question} returns null, naming the reading
   */
  public static <T> ByReading<T> of(Ledger ledger, Function<? super Ledger, ? extends T> question) {
    checkNotNull(ledger, "ledger");
    checkNotNull(question, "question");
    ImmutableMap.Builder<Reading, T> answers = ImmutableMap.builder();
    ImmutableList<Reading> readings = Readings.of(ledger).all();
    if (!readings.contains(ledger.reading())) {
      readings = ImmutableList.<Reading>builder().addAll(readings).add(ledger.reading()).build();
    }
    for (Reading reading : readings) {
      Ledger read = reading.equals(ledger.reading()) ? ledger : ledger.withReading(reading);
      T answer = question.apply(read);
      answers.put(
          reading, checkNotNull(answer, "ByReading question returned null under %s", reading));
    }
    return ImmutableByReading.of(answers.buildOrThrow());
  }

  /**
   * Returns the answers by reading, envelope first.
   *
   * @return the answers
   */
  @Value.Parameter
  public abstract ImmutableMap<Reading, T> answers();

  /**
   * Returns the answer under {@code reading}.
   *
   * @param reading one of the ledger's readings, or the ledger's own
   * @return the answer
   * @throws IllegalArgumentException if {@code reading} was not answered: a source that made no
   *     claim, or the consensus where claims conflict, unless it is the ledger's own reading
   */
  public final T get(Reading reading) {
    checkNotNull(reading, "reading");
    T answer = answers().get(reading);
    checkArgument(
        answer != null,
        "ByReading reading (%s) is not one of the ledger's readings %s",
        reading,
        answers().keySet());
    return answer;
  }

  /**
   * Returns the answers as one line per reading: "envelope: unknown (best 119)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder();
    for (Map.Entry<Reading, T> answer : answers().entrySet()) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(answer.getKey()).append(": ").append(answer.getValue());
    }
    return text.toString();
  }
}
