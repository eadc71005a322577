package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.ledger.World;
import dev.custody.model.Claim;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import dev.custody.model.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The balance of every account at an instant, each with its {@link Provenance}: the census it was
 * counted by and how long ago, how many movements carried it forward since, or that nobody ever
 * counted it.
 *
 * <p>The balances are those of {@link Ledger#situationAt(Instant)} under the ledger's reading; the
 * provenance follows the same events in the same order. An account the ledger has no balance for is
 * {@linkplain Provenance.Kind#NOT_RECORDED not recorded}: {@link #provenanceOf(Account)} says so
 * rather than pretend it holds zero.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Balances {

  Balances() {}

  /**
   * Computes the balances of {@code ledger} at {@code instant}, with their provenance.
   *
   * @param ledger the ledger, read under its own reading
   * @param instant the instant; events whose time ends after it are not counted
   * @return the balances
   * @throws ArithmeticException if a balance would exceed {@link Estimate#MAX_COUNT}
   */
  public static Balances of(Ledger ledger, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    Situation situation = ledger.situationAt(instant);
    Map<Account, CensusTaken> counts = new HashMap<>();
    Map<Account, Integer> movements = new HashMap<>();
    // the accounts recorded so far, by place: where the accounts of nested cohorts are
    Map<List<Object>, List<Account>> places = new HashMap<>();
    Map<Account, List<EventId>> apart = new HashMap<>();
    World world = ledger.world();
    for (Event event : ledger.eventsBy(instant)) {
      for (Movement movement : event.movements()) {
        if (movement.from().kind() != AccountKind.OUTSIDE) {
          movements.merge(movement.from(), 1, Integer::sum);
          place(places, movement.from());
        }
        movements.merge(movement.to(), 1, Integer::sum);
        place(places, movement.to());
      }
      if (event instanceof CensusTaken census && census.scope().account().isPresent()) {
        Account account = census.scope().account().get();
        place(places, account);
        // as the ledger does: a count of a wider cohort less the nested accounts on record, and a
        // count of a nested cohort out of the rest of the nearest wider account on record
        List<EventId> parts = new ArrayList<>();
        Account rest = null;
        for (Account other : places.get(placeOf(account))) {
          if (world.encloses(account, other)) {
            CensusTaken part = counts.get(other);
            if (part != null) {
              parts.add(part.id());
            }
          } else if (world.encloses(other, account)
              && (rest == null || world.isWithin(other.cohort(), rest.cohort()))) {
            rest = other;
          }
        }
        if (rest != null && counts.containsKey(rest)) {
          apart.computeIfAbsent(rest, a -> new ArrayList<>()).add(census.id());
        }
        counts.put(account, census);
        movements.remove(account);
        apart.put(account, parts);
      }
    }
    ImmutableMap.Builder<Account, Provenance> provenance = ImmutableMap.builder();
    for (Account account : situation.balances().keySet()) {
      CensusTaken census = counts.get(account);
      int moved = movements.getOrDefault(account, 0);
      if (census != null) {
        provenance.put(
            account,
            Provenance.counted(instant, census.id(), census.when(), sourcesOf(census), moved)
                .lessCountedApart(apart.getOrDefault(account, List.of())));
      } else if (moved > 0) {
        provenance.put(account, Provenance.movementsOnly(instant, moved));
      } else {
        provenance.put(account, Provenance.notRecorded(instant));
      }
    }
    return ImmutableBalances.builder()
        .asOf(instant)
        .reading(ledger.reading())
        .putAllBalances(situation.balances())
        .putAllProvenance(provenance.build())
        .build();
  }

  private static void place(Map<List<Object>, List<Account>> places, Account account) {
    List<Account> here = places.computeIfAbsent(placeOf(account), p -> new ArrayList<>());
    if (!here.contains(account)) {
      here.add(account);
    }
  }

  private static List<Object> placeOf(Account account) {
    return Arrays.asList(
        account.kind(), account.custodian(), account.facility(), account.country());
  }

  private static Set<Source> sourcesOf(CensusTaken census) {
    Set<Source> sources = new LinkedHashSet<>();
    for (Claim claim : census.count().claims()) {
      sources.add(claim.source());
    }
    return sources;
  }

  /**
   * Returns the instant of the balances.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the reading under which the balances were read.
   *
   * @return the reading
   */
  public abstract Reading reading();

  /**
   * Returns the balance of every account any census or event touched, as {@link
   * Situation#balances()} gives them.
   *
   * @return the balances by account
   */
  public abstract ImmutableMap<Account, Estimate> balances();

  /**
   * Returns the provenance of every balance of {@link #balances()}.
   *
   * @return the provenance by account, with the same keys
   */
  public abstract ImmutableMap<Account, Provenance> provenance();

  @Value.Check
  final void check() {
    if (!balances().keySet().equals(provenance().keySet())) {
      throw new IllegalArgumentException(
          String.format(
              "Balances.provenance (accounts %s) must cover exactly the balances (accounts %s)",
              provenance().keySet(), balances().keySet()));
    }
  }

  /**
   * Returns the provenance of the balance of {@code account}.
   *
   * @param account the account
   * @return its provenance, {@linkplain Provenance.Kind#NOT_RECORDED not recorded} when the ledger
   *     has no balance for it
   */
  public final Provenance provenanceOf(Account account) {
    Provenance found = provenance().get(checkNotNull(account, "account"));
    return found == null ? Provenance.notRecorded(asOf()) : found;
  }

  /**
   * Returns the balances as "balances at 2026-01-22T21:00:00Z (envelope): 5 accounts".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    int n = balances().size();
    return "balances at "
        + asOf()
        + " ("
        + reading()
        + "): "
        + n
        + (n == 1 ? " account" : " accounts");
  }
}
