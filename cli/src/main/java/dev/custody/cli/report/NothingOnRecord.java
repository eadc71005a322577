package dev.custody.cli.report;

import dev.custody.aggregate.Group;
import dev.custody.aggregate.Provenance;
import dev.custody.aggregate.Totals;
import dev.custody.cli.internal.AccountPlace;
import dev.custody.event.Account;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityId;
import dev.custody.model.Share;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The balances of a report of which the record says nothing, and the totals and shares of what it
 * does record.
 *
 * <p>A balance says nothing when it was never counted and holds, by the arithmetic of the movements
 * recorded, "unknown" with no best value: people left an account whose count nobody gave. The
 * record names such an account only as where people came from, such as the place in Afghanistan the
 * first prisoners were flown from to Guantanamo; a reader of the sources would say its population
 * is not recorded, not that it is unknown with a share of 0 to 100%, nor that the custodian held
 * "at least 15" when the sources count 15. So the report says "not recorded" for such a balance and
 * gives it no share; a group of a total that holds such balances beside others states what the
 * others hold, "15 on record"; the total is then that of what is on record, the shares are of it,
 * and the accounts not recorded are named beside it. A group counted as a whole by a census keeps
 * its total: the census says what it holds.
 */
final class NothingOnRecord {

  private final Map<Account, Estimate> recorded;
  private final Map<Account, Boolean> nothing;

  private NothingOnRecord(Map<Account, Estimate> recorded, Map<Account, Boolean> nothing) {
    this.recorded = recorded;
    this.nothing = nothing;
  }

  /**
   * The balances of {@code report}, told apart: an account some census of a whole covers is part of
   * what that census counted, so its balance is bounded by the count and says something.
   */
  static NothingOnRecord of(Report report) {
    Map<FacilityId, CountryCode> countries = new HashMap<>();
    for (FacilityEntry entry : report.facilities()) {
      countries.put(entry.facility().id(), entry.facility().location().country());
    }
    Function<FacilityId, Optional<CountryCode>> countryOf =
        id -> Optional.ofNullable(countries.get(id));
    Map<Account, Estimate> recorded = new HashMap<>();
    Map<Account, Boolean> nothing = new HashMap<>();
    for (AccountBalance balance : report.balances()) {
      boolean says =
          !balance(balance)
              || report.populations().stream()
                  .anyMatch(p -> p.scope().covers(balance.account(), countryOf));
      nothing.put(balance.account(), !says);
      if (says) {
        recorded.put(balance.account(), balance.balance());
      }
    }
    return new NothingOnRecord(recorded, nothing);
  }

  /**
   * Whether {@code balance} says nothing: no count, a figure from zero to unbounded with no best
   * value, and no census of a whole covering its account.
   */
  boolean saysNothing(AccountBalance balance) {
    return nothing.getOrDefault(balance.account(), false);
  }

  private static boolean balance(AccountBalance balance) {
    return isEmptyUnknown(balance.balance())
        && !counted(balance.provenance())
        && !balance.entered();
  }

  /** Whether {@code group} says nothing: no census of it, and every account of it says nothing. */
  boolean group(Group<?> group) {
    return !countedWhole(group)
        && !group.provenance().isEmpty()
        && notRecorded(group).size() == group.provenance().size();
  }

  /**
   * What the accounts of {@code group} that say something hold, when others of it say nothing;
   * empty when every account of it says something, when none does, or when a census counted it.
   */
  Optional<Estimate> recordedPart(Group<?> group) {
    List<Account> missing = notRecorded(group);
    if (countedWhole(group) || missing.isEmpty() || missing.size() == group.provenance().size()) {
      return Optional.empty();
    }
    Estimate sum = Estimate.exactly(0);
    for (Account account : group.provenance().keySet()) {
      if (!missing.contains(account)) {
        sum = sum.plus(recorded.getOrDefault(account, Estimate.exactly(0)));
      }
    }
    return Optional.of(sum);
  }

  /**
   * The total of what {@code totals} has on record, when some of its accounts say nothing; empty
   * when all say something, and {@link Totals#total()} is then the total to state.
   */
  Optional<Estimate> recordedTotal(Totals<?> totals) {
    if (notRecorded(totals).isEmpty()) {
      return Optional.empty();
    }
    Estimate sum = Estimate.exactly(0);
    for (Group<?> group : totals.groups()) {
      if (!group(group)) {
        sum = sum.plus(recordedPart(group).orElse(group.total()));
      }
    }
    return Optional.of(totals.hasUnattributed() ? sum.plus(totals.unattributed()) : sum);
  }

  /**
   * Whether nothing of {@code totals} is on record at all: every group says nothing and nothing is
   * unattributed. Its total is then not recorded, not "exactly 0 on record": an account only left
   * from, never counted, holds an unknown number, of which nothing was said.
   */
  boolean nothingAtAll(Totals<?> totals) {
    return !totals.hasUnattributed()
        && !totals.groups().isEmpty()
        && totals.groups().stream().allMatch(this::group);
  }

  /** The places of the accounts of {@code totals}' groups that say nothing, in its order. */
  List<String> notRecorded(Totals<?> totals) {
    List<String> places = new ArrayList<>();
    for (Group<?> group : totals.groups()) {
      if (!countedWhole(group)) {
        notRecorded(group).forEach(a -> places.add(AccountPlace.of(a)));
      }
    }
    return places;
  }

  /**
   * The share of {@code group} in what {@code totals} has on record: none for a group that says
   * nothing, {@link Group#share()} when every account says something, and otherwise its part of
   * {@link #recordedTotal(Totals)}, all of it when it is the only group on record: the table's
   * header then says that shares are of what is on record, not of the whole.
   */
  Optional<Share> share(Group<?> group, Totals<?> totals) {
    if (group(group)) {
      return Optional.empty();
    }
    Optional<Estimate> whole = recordedTotal(totals);
    if (whole.isEmpty()) {
      return group.share();
    }
    if (whole.get().best() == 0) {
      return Optional.empty();
    }
    long onRecord = totals.groups().stream().filter(g -> !group(g)).count();
    if (onRecord == 1 && !totals.hasUnattributed()) {
      return Optional.of(Share.exactly(1.0));
    }
    Share share = recordedPart(group).orElse(group.total()).shareOf(whole.get());
    // a part of a sum is never more than all of it, however uncertain the sum
    return Optional.of(
        share.hasUpperBound() && share.high() <= 1.0
            ? share
            : Share.of(share.low(), share.best(), Math.max(share.best(), 1.0)));
  }

  private List<Account> notRecorded(Group<?> group) {
    List<Account> missing = new ArrayList<>();
    for (Account account : group.provenance().keySet()) {
      if (nothing.getOrDefault(account, false)) {
        missing.add(account);
      }
    }
    return missing;
  }

  private static boolean countedWhole(Group<?> group) {
    return group.census().isPresent()
        || group.wholeCountedBy().isPresent()
        || !group.partsCountedWhole().isEmpty();
  }

  private static boolean counted(Provenance provenance) {
    return provenance.kind() != Provenance.Kind.MOVEMENTS_ONLY
        && provenance.kind() != Provenance.Kind.NOT_RECORDED;
  }

  private static boolean isEmptyUnknown(Estimate figure) {
    return !figure.hasUpperBound() && figure.low() == 0 && figure.best() == 0;
  }
}
