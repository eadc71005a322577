package dev.custody.ledger;

import dev.custody.event.Account;
import dev.custody.event.RunningTotalReported;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The sum of the movements between each pair of accounts, by the account left and then the account
 * entered: what running totals count (rule {@code CUS-020}). Kept only once asked for: until then a
 * fold adds nothing here, so a ledger without running totals pays nothing for them, and the fold
 * that first asks starts it from the events it folded before ({@code State#recordedToward}). Nested
 * maps, so that a movement between a pair already seen allocates no key. Movements made under a
 * plan are summed again under it, for the totals of a plan's movements.
 */
final class Flows {
  private boolean kept;
  private final HashMap<Account, HashMap<Account, Estimate>> sums = new HashMap<>();
  private final HashMap<EventId, HashMap<Account, HashMap<Account, Estimate>>> planned =
      new HashMap<>();

  /** The number of pairs in {@link #sums} and in the sums of every plan. */
  private int pairs;

  /** Sums that are kept from the start ({@code kept}) or only once {@link #start}ed. */
  Flows(boolean kept) {
    this.kept = kept;
  }

  /** Whether movements are added up here. */
  boolean isKept() {
    return kept;
  }

  /** Adds up every movement from now on; the caller adds those before it first. */
  void start() {
    kept = true;
  }

  /**
   * Adds a movement of {@code size} from {@code from} to {@code to}, made under {@code plan} (null
   * when under none), if the sums are kept.
   */
  void add(Account from, Account to, Estimate size, @Nullable EventId plan) {
    if (kept) {
      pairs += add(sums, from, to, size);
      if (plan != null) {
        pairs += add(planned.computeIfAbsent(plan, p -> new HashMap<>()), from, to, size);
      }
    }
  }

  /** Adds to one map of sums; returns the number of pairs it gained. */
  private static int add(
      HashMap<Account, HashMap<Account, Estimate>> sums, Account from, Account to, Estimate size) {
    HashMap<Account, Estimate> toward = sums.computeIfAbsent(from, f -> new HashMap<>());
    int before = toward.size();
    toward.merge(to, size, Estimate::plus);
    return toward.size() - before;
  }

  /** The sum of the movements that count toward {@code total}, {@code exactly(0)} when none. */
  Estimate toward(
      RunningTotalReported total, Function<FacilityId, Optional<CountryCode>> countryOf) {
    Map<Account, HashMap<Account, Estimate>> counted = sums;
    if (total.plan().isPresent()) {
      HashMap<Account, HashMap<Account, Estimate>> under = planned.get(total.plan().get());
      counted = under == null ? Map.of() : under;
    }
    Estimate sum = Estimate.exactly(0);
    for (Map.Entry<Account, HashMap<Account, Estimate>> from : counted.entrySet()) {
      for (Map.Entry<Account, Estimate> to : from.getValue().entrySet()) {
        if (total.counts(from.getKey(), to.getKey(), total.plan(), countryOf)) {
          sum = sum.plus(to.getValue());
        }
      }
    }
    return sum;
  }

  /** A copy that changes independently of these sums. */
  Flows copy() {
    Flows copy = new Flows(kept);
    sums.forEach((from, to) -> copy.sums.put(from, new HashMap<>(to)));
    planned.forEach(
        (plan, byFrom) -> {
          HashMap<Account, HashMap<Account, Estimate>> copied = new HashMap<>();
          byFrom.forEach((from, to) -> copied.put(from, new HashMap<>(to)));
          copy.planned.put(plan, copied);
        });
    copy.pairs = pairs;
    return copy;
  }

  /** The number of pairs summed: what a {@link #copy} costs. */
  int weight() {
    // asked after every event: counted, not walked
    return pairs;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Flows that
        && kept == that.kept
        && sums.equals(that.sums)
        && planned.equals(that.planned);
  }

  @Override
  public int hashCode() {
    return (sums.hashCode() * 31 + planned.hashCode()) * 2 + (kept ? 1 : 0);
  }

  @Override
  public String toString() {
    return (kept ? "" : "not kept ") + sums + (planned.isEmpty() ? "" : " under plans " + planned);
  }
}
