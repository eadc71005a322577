package dev.custody.cli.chart;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.ledger.Ledger;
import dev.custody.model.EventId;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The colour of every account and of every census of a whole in the charts of one scenario, fixed
 * by the scenario as a whole and not by what a chart shows: an account has the same colour in a
 * chart of a week and in a chart of a year, beside two other accounts or beside twenty.
 *
 * <p>Every account any event of the ledger moves people into or out of, or counts alone, takes a
 * slot in the order in which the ledger first names it; then every census of a whole (a facility, a
 * country, a custodian, a cohort) takes one, in ledger order. No two of them share a slot, so no
 * two share a colour. The first eight slots take Tableau's colours without its red (kept for
 * deadlines) and its grey (kept for open ends); later slots take hues spread by the golden angle,
 * at two brightnesses, away from that red. An account or census the ledger does not name (a chart
 * asked of another ledger) takes a slot after all of these, from a hash of its name that does not
 * depend on the run, so that it too keeps its colour from chart to chart.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SeriesColours {

  /** Tableau's colours without its red and its grey. */
  static final ImmutableList<Color> PALETTE =
      ImmutableList.of(
          new Color(0x1f77b4),
          new Color(0xff7f0e),
          new Color(0x2ca02c),
          new Color(0x9467bd),
          new Color(0x8c564b),
          new Color(0xe377c2),
          new Color(0xbcbd22),
          new Color(0x17becf));

  /** How many slots past the named ones a hash may land in. */
  private static final int HASHED_SLOTS = 1 << 16;

  private static final double GOLDEN = 0.618_033_988_749_895;

  private final ImmutableMap<Account, Integer> accounts;
  private final ImmutableMap<EventId, Integer> censuses;

  private SeriesColours(
      ImmutableMap<Account, Integer> accounts, ImmutableMap<EventId, Integer> censuses) {
    this.accounts = accounts;
    this.censuses = censuses;
  }

  /**
   * Assigns the colours of every chart of {@code ledger}: of the whole ledger, whatever span or
   * knowledge time a chart draws.
   *
   * @param ledger the ledger, every event of it
   * @return the colours
   */
  public static SeriesColours of(Ledger ledger) {
    checkNotNull(ledger, "ledger");
    Set<Account> named = new LinkedHashSet<>();
    Set<EventId> wholes = new LinkedHashSet<>();
    for (Event event : ledger.events()) {
      for (Movement movement : event.movements()) {
        name(named, movement.from());
        name(named, movement.to());
      }
      if (event instanceof CensusTaken census) {
        if (census.scope().account().isPresent()) {
          name(named, census.scope().account().get());
        } else {
          wholes.add(census.id());
        }
      }
    }
    Map<Account, Integer> accountSlots = new LinkedHashMap<>();
    named.forEach(a -> accountSlots.put(a, accountSlots.size()));
    Map<EventId, Integer> censusSlots = new LinkedHashMap<>();
    wholes.forEach(c -> censusSlots.put(c, accountSlots.size() + censusSlots.size()));
    return new SeriesColours(ImmutableMap.copyOf(accountSlots), ImmutableMap.copyOf(censusSlots));
  }

  private static void name(Set<Account> named, Account account) {
    // the world outside custody holds no population and is never drawn
    if (account.kind() != AccountKind.OUTSIDE) {
      named.add(account);
    }
  }

  /**
   * Returns the colour of {@code account}.
   *
   * @param account the account
   * @return its colour, the same in every chart of the ledger these colours were assigned from
   */
  public Color of(Account account) {
    checkNotNull(account, "account");
    Integer slot = accounts.get(account);
    return colourAt(slot != null ? slot : hashedSlot("account " + account));
  }

  /**
   * Returns the colour of the population counted by the census {@code census}.
   *
   * @param census the census of a whole
   * @return its colour, the same in every chart of the ledger these colours were assigned from
   */
  public Color ofCensus(EventId census) {
    checkNotNull(census, "census");
    Integer slot = censuses.get(census);
    return colourAt(slot != null ? slot : hashedSlot("census " + census));
  }

  /** A slot after the named ones, from a hash of the name that is the same in every run. */
  private int hashedSlot(String name) {
    // FNV-1a over the UTF-8 bytes: String.hashCode would do, but this says what it depends on
    int hash = 0x811c9dc5;
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xff;
      hash *= 0x01000193;
    }
    return accounts.size() + censuses.size() + Math.floorMod(hash, HASHED_SLOTS);
  }

  /** The colour of a slot: a palette colour, then golden-angle hues away from the deadline red. */
  static Color colourAt(int slot) {
    if (slot < PALETTE.size()) {
      return PALETTE.get(slot);
    }
    int beyond = slot - PALETTE.size();
    // hues from 0.08 to 0.95 of the circle: the reds on either side of 0 are the deadlines'
    float hue = (float) (0.08 + 0.87 * ((beyond * GOLDEN) % 1.0));
    float brightness = beyond % 2 == 0 ? 0.72f : 0.52f;
    return Color.getHSBColor(hue, 0.75f, brightness);
  }

  /**
   * Returns how many accounts and censuses have colours of their own.
   *
   * @return the text, such as "12 accounts and 2 censuses"
   */
  @Override
  public String toString() {
    return accounts.size() + " accounts and " + censuses.size() + " censuses";
  }
}
