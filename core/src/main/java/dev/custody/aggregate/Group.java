package dev.custody.aggregate;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.event.Account;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Share;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One group of a {@link Totals}: the key that names it, how many it holds, its share of the whole,
 * and the census that counted exactly its accounts, when there is one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the key
 */
@Value.Immutable
@CustodyStyle
public abstract class Group<K> {

  Group() {}

  static <K> Group<K> create(
      K key,
      Estimate total,
      Optional<Share> share,
      Optional<CensusComparison> census,
      ImmutableMap<Account, Provenance> provenance,
      Estimate accountsTotal,
      Optional<EventId> wholeCountedBy,
      ImmutableList<EventId> partsCountedWhole,
      Map<EventId, Estimate> arrivedUnderPlans) {
    return ((ImmutableGroup<K>)
            ImmutableGroup.of(
                key,
                total,
                share,
                census,
                provenance,
                accountsTotal,
                wholeCountedBy,
                partsCountedWhole))
        .copyWithArrivedUnderPlans(arrivedUnderPlans);
  }

  /**
   * Returns the key that names the group: an actor, a country, a facility kind, a cohort.
   *
   * @return the key
   */
  @Value.Parameter(order = 0)
  public abstract K key();

  /**
   * Returns how many the group holds: the population of the census that counted the group's whole
   * scope, carried forward to the instant and narrowed by its accounts, when there is one ({@link
   * #wholeCountedBy()}); otherwise the sum of the balances of the group's accounts, with the
   * accounts of each part of the group that a census counted as a whole ({@link
   * #partsCountedWhole()}) replaced by that census's population.
   *
   * @return the total
   */
  @Value.Parameter(order = 1)
  public abstract Estimate total();

  /**
   * Returns the group's share of the grand total. Part and whole are divided as independent ranges,
   * so the share's range is wider than the truth when both are uncertain; its best value is the
   * ratio of the best values. The group lies within the whole, so the high end is at most 100%.
   *
   * @return the share, empty when the grand total's best value is zero
   */
  @Value.Parameter(order = 2)
  public abstract Optional<Share> share();

  /**
   * Returns the latest census, taken by the totals' instant, that counted exactly the accounts of
   * this group, beside their total.
   *
   * @return the comparison, empty when no census matches the group
   */
  @Value.Parameter(order = 3)
  public abstract Optional<CensusComparison> census();

  /**
   * Returns the group's accounts, each with the provenance of its balance: which were counted and
   * when, which carried forward, which never counted.
   *
   * @return the provenance by account, never empty
   */
  @Value.Parameter(order = 4)
  public abstract ImmutableMap<Account, Provenance> provenance();

  /**
   * Returns the sum of the balances of the group's accounts: the part of the group on record.
   *
   * @return the sum
   */
  @Value.Parameter(order = 5)
  public abstract Estimate accountsTotal();

  /**
   * Returns the census whose population, carried forward, is the group's {@link #total()}: a count
   * of the whole scope (a prison "about 3,500" of which only the minors were counted apart), which
   * the accounts on record do not contradict.
   *
   * @return its id, empty when the total is the sum of the accounts
   */
  @Value.Parameter(order = 6)
  public abstract Optional<EventId> wholeCountedBy();

  /**
   * Returns the censuses that each counted the whole scope of a part of the group: the fighters of
   * a group held in Syria, "about 9,000", when the group is every fighter of it, held in Syria and
   * in Iraq. Each one's population, carried forward and narrowed by the accounts it covers, stands
   * in the {@link #total()} for those accounts, which would otherwise add up to less than it
   * counted. The parts are disjoint: the census of the widest part is taken first, as a census of
   * the whole would be, then the latest among equally wide ones; an older census of a part that a
   * later census of a wider scope covers is not taken.
   *
   * @return their ids, in the order taken; empty when the group was counted whole or no part of it
   *     was
   */
  @Value.Parameter(order = 7)
  public abstract ImmutableList<EventId> partsCountedWhole();

  /**
   * Returns the people the running totals of plans say were moved into the group's accounts beyond
   * the movements recorded one by one, plan by plan, which its {@link #total()} includes: "over
   * 5,550" taken to Iraq under the plan whose running totals carried the census of those still held
   * in Syria. A plan's departures count here only when the census they left is counted in the same
   * totals (a group's whole or a part of one), so that those who left one group arrive in another
   * and nobody is counted twice or lost; and only in a group whose accounts no census counted,
   * since a count would include them already.
   *
   * @return how many arrived, by the plan's id; empty when none
   */
  public abstract ImmutableMap<EventId, Estimate> arrivedUnderPlans();

  /**
   * Returns the oldest count the group's total rests on: the provenance, among its accounts counted
   * or carried forward, whose census ended first.
   *
   * @return the provenance, empty when none of the accounts was ever counted
   */
  public final Optional<Provenance> oldestCount() {
    return provenance().values().stream()
        .filter(p -> p.counted().isPresent())
        .min(Comparator.comparing(p -> p.counted().orElseThrow().end()));
  }

  /**
   * Returns the group as "IQ: at least 150 (at least 0% (best 65%))", followed by the census
   * comparison when there is one: "SY: unknown (at least 0%); census still-held-in-syria of ...".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return key()
        + ": "
        + total()
        + share().map(s -> " (" + s + ")").orElse("")
        + census().map(c -> "; " + c).orElse("");
  }
}
