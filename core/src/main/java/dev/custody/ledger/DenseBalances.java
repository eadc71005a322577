package dev.custody.ledger;

import static dev.custody.ledger.Chunks.CHUNK;
import static dev.custody.ledger.Chunks.CHUNK_BITS;
import static dev.custody.ledger.Chunks.at;
import static dev.custody.ledger.Chunks.chunkOf;
import static dev.custody.ledger.Chunks.deepCopy;
import static dev.custody.ledger.Chunks.grownLength;

import com.google.common.collect.ImmutableList;
import com.google.common.math.LongMath;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.model.AboutPolicy;
import dev.custody.model.Estimate;
import dev.custody.model.Estimate.Qualifier;
import dev.custody.model.FacilityId;
import dev.custody.model.When;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The balances of a fold, numbered densely: each account gets the next number when it is first
 * given a balance, and its low, best and high values, the qualifier its wording would have and the
 * time of the census that last set it are kept in arrays at that number (columns, each in chunks of
 * {@link Chunks#CHUNK} numbers, so that a large fold grows without copying). A movement changes the
 * arrays in place: no {@link Estimate} is made per balance moved, and a checkpoint copies the
 * chunks that hold a number.
 *
 * <p>The arithmetic is that of {@link Estimate#plus} and {@link Estimate#minus}, done on the
 * numbers: the same low, best and high values, the same qualifier by the same rules (a sum keeps
 * "over" when an operand says "over", "about" while the range stays within the standard about
 * policy), the same overflow, and the same exception ({@code DenseBalancesProperties} holds it to
 * {@code Estimate}'s on generated inputs). Adding or taking away an exact zero changes nothing, not
 * even the words a source used, and a balance that is an exact zero becomes the other operand,
 * words and all: so a balance keeps the {@link Estimate} it was set to ({@link #kept}) until
 * arithmetic derives a new one, which has no words and is made again from its numbers when asked
 * for.
 *
 * <p>The numbering (the table from accounts to numbers and the array of accounts) changes only when
 * an account is first given a balance. The table is open-addressed and at most half full: a slot is
 * one int, four bytes, that holds the high bits of an account's spread hash (those above the bits
 * that choose its slot) and below them its number plus one (which a table at most half full always
 * has room for), and the account itself is read from the array of accounts when those bits match,
 * so that numbering an account allocates no entry and no boxed number. Growing the table reads the
 * hashes again from the accounts, as the slots keep only part of them. The accounts at one place
 * (kind, custodian, facility and country, whatever the cohort; the accounts of nested cohorts share
 * a place), other than those outside custody, are linked in the order they were numbered, and a
 * table like that of the numbers finds the first of them from any account's place: so a census
 * finds the accounts nested in the one it counts without a key made per question. A copy shares the
 * numbering and the places with its original until either numbers a new account, which then copies
 * them. A copy that nothing writes (a checkpoint) may be read by any thread. Not thread-safe
 * otherwise.
 */
final class DenseBalances {
  /** The high end of an unbounded balance, as {@link Estimate} encodes it. */
  static final long UNBOUNDED = -1;

  /** The numbers a fold has room for at first. */
  static final int FIRST_CAPACITY = 16;

  /**
   * The numbers by hash: a slot holds the bits of an account's spread hash above the table's mask
   * and, within the mask, its number plus one; 0 when the slot is empty. Its length is a power of
   * two.
   */
  private int[] numbers;

  /** The accounts by number, in chunks of {@link Chunks#CHUNK}, as every column below. */
  private Account[][] accounts;

  /**
   * The first account at each place by the place's hash, as {@link #numbers} holds numbers: a slot
   * holds the bits of a place's spread hash above the mask and, within it, its first number plus
   * one. At most half full, and longer than the highest number it holds.
   */
  private int[] places;

  /** At each number, the next number at the same place plus one, 0 for the last. */
  private int[][] nextAtPlace;

  private int placeCount;

  /** Whether another copy holds {@link #numbers} and {@link #accounts} too. */
  private boolean sharedNumbering;

  private int size;
  private long[][] low;
  private long[][] best;
  private long[][] high;

  /** At each number, its qualifier's ordinal plus one, 0 for none: a byte, not a reference. */
  private byte[][] qualifier;

  /**
   * At each number, null or the {@link Estimate} the balance equals, wording included: the one it
   * was set to, or the one made from its numbers when last asked for. Derived balances have no
   * wording, so null loses nothing.
   */
  private @Nullable Estimate[][] kept;

  /** When the census that last set each balance was taken, or null. */
  private @Nullable When[][] censusTimes;

  /**
   * At each number, whether the world is known to hold every name the account holds: a memo of
   * {@code RuleContext.knowsNamesOf}, which the world of a fold never changes. Not part of the
   * balances: {@link #equals} ignores it.
   */
  private boolean[][] namesKnown;

  private int censusCount;

  /**
   * The most accounts {@link #atHand} remembers: those of a transfer, a census and small joint
   * movements. Any other account is found in the table of numbers.
   */
  private static final int AT_HAND = 8;

  /** In {@link #atHandNumbers}: not looked up yet. */
  private static final int NOT_LOOKED_UP = -2;

  /**
   * The accounts of the event being checked and folded, by identity, and beside them their numbers
   * (-1 for none yet, {@link #NOT_LOOKED_UP}): the rules and the fold ask about the same account
   * instances several times per event (whether the world knows its names, whether a movement may
   * exceed it, its balance, then the movement itself), and in a large fold each look-up in the
   * table of numbers is a cache miss or two. A number never changes once given, so what this
   * remembers stays true; a number given since clears what it remembers of accounts with none.
   * Private to the fold that writes, like the rest: a copy starts without it.
   */
  private final Account[] atHand = new Account[AT_HAND];

  private final int[] atHandNumbers = new int[AT_HAND];
  private int atHandCount;

  /** The event whose accounts {@link #atHand} holds, or null. */
  private @Nullable Event eventAtHand;

  DenseBalances() {
    numbers = new int[2 * FIRST_CAPACITY];
    places = new int[2 * FIRST_CAPACITY];
    nextAtPlace = new int[][] {new int[FIRST_CAPACITY]};
    accounts = new Account[][] {new Account[FIRST_CAPACITY]};
    low = new long[][] {new long[FIRST_CAPACITY]};
    best = new long[][] {new long[FIRST_CAPACITY]};
    high = new long[][] {new long[FIRST_CAPACITY]};
    qualifier = new byte[][] {new byte[FIRST_CAPACITY]};
    kept = new Estimate[][] {new Estimate[FIRST_CAPACITY]};
    censusTimes = new When[][] {new When[FIRST_CAPACITY]};
    namesKnown = new boolean[][] {new boolean[FIRST_CAPACITY]};
  }

  private DenseBalances(DenseBalances original) {
    numbers = original.numbers;
    accounts = original.accounts;
    places = original.places;
    nextAtPlace = original.nextAtPlace;
    placeCount = original.placeCount;
    sharedNumbering = true;
    if (!original.sharedNumbering) {
      // only the original's writer copies it: a checkpoint's flag is set before it is published
      original.sharedNumbering = true;
    }
    size = original.size;
    // the chunks that hold a number, the last cut to what it holds (at least FIRST_CAPACITY)
    int chunks = chunkOf(Math.max(0, size - 1)) + 1;
    int last = Math.max(FIRST_CAPACITY, size - ((chunks - 1) << CHUNK_BITS));
    low = new long[chunks][];
    best = new long[chunks][];
    high = new long[chunks][];
    qualifier = new byte[chunks][];
    kept = new Estimate[chunks][];
    censusTimes = new When[chunks][];
    namesKnown = new boolean[chunks][];
    for (int c = 0; c < chunks; c++) {
      int length = c < chunks - 1 ? CHUNK : last;
      low[c] = Arrays.copyOf(original.low[c], length);
      best[c] = Arrays.copyOf(original.best[c], length);
      high[c] = Arrays.copyOf(original.high[c], length);
      qualifier[c] = Arrays.copyOf(original.qualifier[c], length);
      kept[c] = Arrays.copyOf(original.kept[c], length);
      censusTimes[c] = Arrays.copyOf(original.censusTimes[c], length);
      namesKnown[c] = Arrays.copyOf(original.namesKnown[c], length);
    }
    censusCount = original.censusCount;
  }

  /** A copy of these balances that changes independently of them. */
  DenseBalances copy() {
    return new DenseBalances(this);
  }

  /** The number of accounts with a balance. */
  int size() {
    return size;
  }

  /** The number of accounts whose balance a census set. */
  int censusCount() {
    return censusCount;
  }

  /**
   * Remembers the accounts of {@code event}'s movements and the account it counts, if it is a
   * census, as many as {@value #AT_HAND}, for {@link #numberOf}: the accounts of the event about to
   * be checked or folded. Nothing to do when that is the event already at hand.
   */
  void atHand(Event event) {
    if (event == eventAtHand) {
      return;
    }
    eventAtHand = event;
    List<Movement> movements = event.movements();
    List<Account> counted =
        event instanceof CensusTaken census ? census.scope().accountCounted() : List.of();
    int count = 0;
    for (int i = 0; i < movements.size() && count + 2 <= AT_HAND; i++) {
      Movement movement = movements.get(i);
      atHand[count++] = movement.from();
      atHand[count++] = movement.to();
    }
    if (!counted.isEmpty() && count < AT_HAND) {
      atHand[count++] = counted.get(0);
    }
    Arrays.fill(atHandNumbers, 0, count, NOT_LOOKED_UP);
    // the accounts of the event before are not kept alive
    if (count < atHandCount) {
      Arrays.fill(atHand, count, atHandCount, null);
    }
    atHandCount = count;
  }

  /** The number of {@code account}, or -1 when it has no balance. */
  int numberOf(Account account) {
    for (int i = 0; i < atHandCount; i++) {
      if (atHand[i] == account) {
        int number = atHandNumbers[i];
        if (number == NOT_LOOKED_UP) {
          number = lookUp(account);
          atHandNumbers[i] = number;
        }
        return number;
      }
    }
    return lookUp(account);
  }

  /**
   * Whether the balances are too many for the caches close to a processor: the table of numbers
   * then takes more than about 512 KB, and {@link #touch} is worth what it costs.
   */
  boolean isLarge() {
    return size >= LARGE;
  }

  /** The fewest accounts at which {@link #isLarge()}. */
  private static final int LARGE = 1 << 15;

  /**
   * Reads what checking and folding movements of the first {@code count} of {@code some} accounts
   * will read (their slots in the table of numbers, and their balances, bounds and flags), and
   * gives a value that means nothing. It reads in passes over the accounts, each pass needing only
   * what the one before read, so that the cache misses of a pass overlap rather than come one after
   * another. Writes nothing, not even {@link #atHand}'s memory; {@code numbersOf} is room for as
   * many numbers.
   */
  int touch(Account[] some, int[] numbersOf, int count) {
    for (int i = 0; i < count; i++) {
      numbersOf[i] = lookUp(some[i]);
    }
    int touched = 0;
    for (int i = 0; i < count; i++) {
      int number = numbersOf[i];
      if (number >= 0) {
        long values = low(number) ^ best(number) ^ high(number);
        touched +=
            (int) values
                + (qualifierOf(number) == null ? 0 : 1)
                + (kept[chunkOf(number)][at(number)] == null ? 0 : 2)
                + (censusTimes[chunkOf(number)][at(number)] == null ? 0 : 4)
                + (namesKnown[chunkOf(number)][at(number)] ? 8 : 0);
      }
    }
    return touched;
  }

  /** The number of {@code account} from the table of numbers, or -1 when it has no balance. */
  private int lookUp(Account account) {
    int spread = spread(account.hashCode());
    int mask = numbers.length - 1;
    for (int i = spread & mask; ; i = (i + 1) & mask) {
      int slot = numbers[i];
      if (slot == 0) {
        return -1;
      } else if (((slot ^ spread) & ~mask) == 0) {
        // when events share their accounts, the same instance: the account numbered is then not
        // read, which in a large fold is a cache miss
        int number = (slot & mask) - 1;
        Account numbered = account(number);
        if (numbered == account || numbered.equals(account)) {
          return number;
        }
      }
    }
  }

  /** The account numbered {@code number}. */
  Account account(int number) {
    return accounts[chunkOf(number)][at(number)];
  }

  /** The number of {@code account}, given the balance {@code unknown} if it has none yet. */
  int numberOrAdd(Account account, Estimate unknown) {
    int number = numberOf(account);
    return number >= 0 ? number : add(account, unknown);
  }

  private int add(Account account, Estimate balance) {
    if (sharedNumbering) {
      numbers = numbers.clone();
      places = places.clone();
      nextAtPlace = deepCopy(nextAtPlace);
      accounts = deepCopy(accounts);
      sharedNumbering = false;
    }
    int number = size;
    int c = chunkOf(number);
    if (c == low.length) {
      int chunks = 2 * c;
      low = Arrays.copyOf(low, chunks);
      best = Arrays.copyOf(best, chunks);
      high = Arrays.copyOf(high, chunks);
      qualifier = Arrays.copyOf(qualifier, chunks);
      kept = Arrays.copyOf(kept, chunks);
      censusTimes = Arrays.copyOf(censusTimes, chunks);
      namesKnown = Arrays.copyOf(namesKnown, chunks);
    }
    int length = low[c] == null ? 0 : low[c].length;
    int grown = grownLength(number, length);
    if (grown != length) {
      // a new chunk is all nulls, zeros and false, as a copy grown from nothing would be
      low[c] = length == 0 ? new long[grown] : Arrays.copyOf(low[c], grown);
      best[c] = length == 0 ? new long[grown] : Arrays.copyOf(best[c], grown);
      high[c] = length == 0 ? new long[grown] : Arrays.copyOf(high[c], grown);
      qualifier[c] = length == 0 ? new byte[grown] : Arrays.copyOf(qualifier[c], grown);
      kept[c] = length == 0 ? new Estimate[grown] : Arrays.copyOf(kept[c], grown);
      censusTimes[c] = length == 0 ? new When[grown] : Arrays.copyOf(censusTimes[c], grown);
      namesKnown[c] = length == 0 ? new boolean[grown] : Arrays.copyOf(namesKnown[c], grown);
    }
    if (c == accounts.length) {
      accounts = Arrays.copyOf(accounts, 2 * c);
      nextAtPlace = Arrays.copyOf(nextAtPlace, 2 * c);
    }
    int held = accounts[c] == null ? 0 : accounts[c].length;
    int room = grownLength(number, held);
    if (room != held) {
      accounts[c] = held == 0 ? new Account[room] : Arrays.copyOf(accounts[c], room);
      nextAtPlace[c] = held == 0 ? new int[room] : Arrays.copyOf(nextAtPlace[c], room);
    }
    accounts[c][at(number)] = account;
    if (2 * (number + 1) > numbers.length) {
      numbers = rehashed(numbers, 2 * numbers.length, false);
    }
    insert(numbers, account.hashCode(), number + 1);
    nextAtPlace[c][at(number)] = 0;
    if (account.kind() != AccountKind.OUTSIDE) {
      place(account, number);
    }
    size = number + 1;
    set(number, balance);
    for (int i = 0; i < atHandCount; i++) {
      if (atHand[i] == account) {
        atHandNumbers[i] = number;
      } else if (atHandNumbers[i] == -1) {
        // perhaps another instance equal to this account
        atHandNumbers[i] = NOT_LOOKED_UP;
      }
    }
    return number;
  }

  /** Links the account numbered {@code number} last among those at its place. */
  private void place(Account account, int number) {
    int hash = placeHash(account);
    int first = firstAt(account, hash);
    if (first >= 0) {
      int last = first;
      while (nextAtPlace[chunkOf(last)][at(last)] != 0) {
        last = nextAtPlace[chunkOf(last)][at(last)] - 1;
      }
      nextAtPlace[chunkOf(last)][at(last)] = number + 1;
      return;
    }
    // the first number of a place may be past the places' count when accounts outside custody,
    // which have no place, took numbers: the table grows for it as for more places
    while (2 * (placeCount + 1) > places.length || number + 1 > places.length - 1) {
      places = rehashed(places, 2 * places.length, true);
    }
    insert(places, hash, number + 1);
    placeCount++;
  }

  /**
   * The number of the first account at {@code account}'s place (its kind, custodian, facility and
   * country), or -1 when none other than those outside custody has a balance there.
   */
  int firstAt(Account account) {
    return firstAt(account, placeHash(account));
  }

  private int firstAt(Account account, int hash) {
    int spread = spread(hash);
    int mask = places.length - 1;
    for (int i = spread & mask; ; i = (i + 1) & mask) {
      int slot = places[i];
      if (slot == 0) {
        return -1;
      } else if (((slot ^ spread) & ~mask) == 0 && samePlace(account((slot & mask) - 1), account)) {
        return (slot & mask) - 1;
      }
    }
  }

  /** The number of the next account at the place of the one numbered {@code number}, or -1. */
  int nextAt(int number) {
    return nextAtPlace[chunkOf(number)][at(number)] - 1;
  }

  /** The number of places with an account other than those outside custody. */
  int placeCount() {
    return placeCount;
  }

  /**
   * A hash of {@code account}'s place. A facility lies in one country and is held by one custodian
   * at a time, so few places share one: the hash of a place with a facility leaves the custodian
   * and the country out, which reading would wrap in an {@code Optional} each, and takes the
   * facility from the list the account keeps.
   */
  private static int placeHash(Account account) {
    ImmutableList<FacilityId> facility = account.facilitiesNamed();
    int hash = 31 * account.kind().hashCode() + facility.hashCode();
    if (facility.isEmpty()) {
      hash = 31 * (31 * hash + account.custodian().hashCode()) + account.country().hashCode();
    }
    return hash;
  }

  private static boolean samePlace(Account one, Account other) {
    return one.kind() == other.kind()
        && one.facilitiesNamed().equals(other.facilitiesNamed())
        && one.custodian().equals(other.custodian())
        && one.country().equals(other.country());
  }

  /**
   * {@code table} (of numbers, or of {@code places}) in one of {@code length} ints: every entry, in
   * the slots of its hash, read again from the account it numbers.
   */
  private int[] rehashed(int[] table, int length, boolean places) {
    int[] grown = new int[length];
    int mask = table.length - 1;
    for (int slot : table) {
      if (slot != 0) {
        int held = slot & mask;
        Account account = account(held - 1);
        insert(grown, places ? placeHash(account) : account.hashCode(), held);
      }
    }
    return grown;
  }

  /**
   * Writes a number plus one, {@code held} (which must be within the table's mask), and the high
   * bits of its spread hash into the first free slot of its probe path.
   */
  private static void insert(int[] table, int hash, int held) {
    int spread = spread(hash);
    int mask = table.length - 1;
    for (int i = spread & mask; ; i = (i + 1) & mask) {
      if (table[i] == 0) {
        table[i] = (spread & ~mask) | held;
        return;
      }
    }
  }

  /** Spreads a hash over the slots: linear probing needs its low bits mixed. */
  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * Sets the balance of {@code account} to {@code balance}.
   *
   * @return true when the account had no balance before
   */
  boolean set(Account account, Estimate balance) {
    int number = numberOf(account);
    if (number >= 0) {
      set(number, balance);
      return false;
    }
    add(account, balance);
    return true;
  }

  /** Sets the balance numbered {@code number} to {@code balance}, words and all. */
  void set(int number, Estimate balance) {
    low[chunkOf(number)][at(number)] = balance.low();
    best[chunkOf(number)][at(number)] = balance.best();
    high[chunkOf(number)][at(number)] = balance.hasUpperBound() ? balance.high() : UNBOUNDED;
    qualifier[chunkOf(number)][at(number)] = code(balance.qualifier());
    kept[chunkOf(number)][at(number)] = balance;
  }

  /** The balance of {@code account}, or null when it has none. */
  @Nullable Estimate get(Account account) {
    int number = numberOf(account);
    return number < 0 ? null : get(number);
  }

  /** The balance numbered {@code number}, made from its numbers once per change. */
  Estimate get(int number) {
    Estimate balance = kept[chunkOf(number)][at(number)];
    if (balance == null) {
      balance = made(number);
      kept[chunkOf(number)][at(number)] = balance;
    }
    return balance;
  }

  /**
   * The balance numbered {@code number}, without keeping what is made: what a reader of a frozen
   * copy, which nothing may write, asks.
   */
  Estimate peek(int number) {
    Estimate balance = kept[chunkOf(number)][at(number)];
    return balance == null ? made(number) : balance;
  }

  long low(int number) {
    return low[chunkOf(number)][at(number)];
  }

  long best(int number) {
    return best[chunkOf(number)][at(number)];
  }

  private long high(int number) {
    return high[chunkOf(number)][at(number)];
  }

  private @Nullable Qualifier qualifierOf(int number) {
    int code = qualifier[chunkOf(number)][at(number)];
    return code == 0 ? null : QUALIFIERS[code - 1];
  }

  private static final Qualifier[] QUALIFIERS = Qualifier.values();

  private static byte code(Qualifier qualifier) {
    return (byte) (qualifier.ordinal() + 1);
  }

  /**
   * Checks if {@code amount} exceeds the balance numbered {@code number} at either end: its low end
   * the high end, or its best value the best value; never an unbounded balance.
   */
  boolean isExceededBy(int number, Estimate amount) {
    return high(number) != UNBOUNDED
        && (amount.low() > high(number) || amount.best() > best(number));
  }

  /** Whether the world was found to know every name of the account numbered {@code number}. */
  boolean namesKnown(int number) {
    return namesKnown[chunkOf(number)][at(number)];
  }

  /** Remembers that the world knows every name of the account numbered {@code number}. */
  void setNamesKnown(int number) {
    namesKnown[chunkOf(number)][at(number)] = true;
  }

  /** The time of the census that last set the balance numbered {@code number}, or null. */
  @Nullable When censusTime(int number) {
    return censusTimes[chunkOf(number)][at(number)];
  }

  void setCensusTime(int number, When when) {
    if (censusTimes[chunkOf(number)][at(number)] == null) {
      censusCount++;
    }
    censusTimes[chunkOf(number)][at(number)] = when;
  }

  /** Adds {@code other} to the balance numbered {@code number}: {@link Estimate#plus}. */
  void plus(int number, Estimate other) {
    long otherHigh = other.hasUpperBound() ? other.high() : UNBOUNDED;
    // each value is at most MAX_COUNT, so these sums cannot overflow a long
    long sumLow = low(number) + other.low();
    long sumBest = best(number) + other.best();
    long sumHigh =
        high(number) != UNBOUNDED && otherHigh != UNBOUNDED ? high(number) + otherHigh : UNBOUNDED;
    if (Math.max(Math.max(sumLow, sumBest), sumHigh) > Estimate.MAX_COUNT) {
      // Estimate's own words for it: the sum overflows there too, and throws
      get(number).plus(other);
      throw new AssertionError("Estimate.plus did not overflow");
    }
    derive(number, other, sumLow, sumBest, sumHigh, true);
  }

  /** Takes {@code other} from the balance numbered {@code number}: {@link Estimate#minus}. */
  void minus(int number, Estimate other) {
    long newLow = other.hasUpperBound() ? Math.max(0, low(number) - other.high()) : 0;
    long newBest = Math.max(0, best(number) - other.best());
    long newHigh = high(number) != UNBOUNDED ? Math.max(0, high(number) - other.low()) : UNBOUNDED;
    derive(number, other, newLow, newBest, newHigh, false);
  }

  /** {@code EstimateShape.derived}, writing the result at {@code number}. */
  private void derive(
      int number, Estimate other, long newLow, long newBest, long newHigh, boolean sum) {
    if (isZero(other) && same(number, newLow, newBest, newHigh)) {
      return;
    }
    if (isZero(number) && same(other, newLow, newBest, newHigh)) {
      set(number, other);
      return;
    }
    Qualifier mine = qualifierOf(number);
    Qualifier theirs = other.qualifier();
    Qualifier result;
    if (newHigh == UNBOUNDED) {
      boolean fromMoreThan = mine == Qualifier.MORE_THAN || theirs == Qualifier.MORE_THAN;
      result = fromMoreThan && newLow >= 1 ? Qualifier.MORE_THAN : Qualifier.AT_LEAST;
    } else {
      boolean fromAbout = mine == Qualifier.ABOUT || theirs == Qualifier.ABOUT;
      result = qualifierFor(newLow, newBest, newHigh, fromAbout);
    }
    if (result == Qualifier.ABOUT && !(newLow < newBest && newBest < newHigh)) {
      // "about" with its best value at an end of the range: no public factory makes it, so
      // Estimate's own arithmetic does (rarely: a range derived from one said "about")
      Estimate before = get(number);
      set(number, sum ? before.plus(other) : before.minus(other));
      return;
    }
    low[chunkOf(number)][at(number)] = newLow;
    best[chunkOf(number)][at(number)] = newBest;
    high[chunkOf(number)][at(number)] = newHigh;
    qualifier[chunkOf(number)][at(number)] = code(result);
    kept[chunkOf(number)][at(number)] = null;
  }

  /** {@code EstimateShape.qualifierFor}: how a derived bounded range is worded. */
  static Qualifier qualifierFor(long low, long best, long high, boolean about) {
    if (low == high) {
      return Qualifier.EXACTLY;
    } else if (low == 0 && best == high) {
      return Qualifier.UP_TO;
    } else if ((about || (low < best && best < high && best != LongMath.mean(low, high)))
        && withinStandardAbout(low, best, high)) {
      return Qualifier.ABOUT;
    }
    return Qualifier.BETWEEN;
  }

  private static boolean withinStandardAbout(long low, long best, long high) {
    long margin = AboutPolicy.standard().marginFor(best);
    return low >= best - margin && high - best <= margin;
  }

  /** Nothing, as {@code exactly(0)} says it: no words of a source's. */
  private static boolean isZero(Estimate e) {
    return e.qualifier() == Qualifier.EXACTLY && e.low() == 0 && e.wording().isEmpty();
  }

  private boolean isZero(int number) {
    if (qualifierOf(number) != Qualifier.EXACTLY || low(number) != 0) {
      return false;
    }
    Estimate balance = kept[chunkOf(number)][at(number)];
    return balance == null || balance.wording().isEmpty();
  }

  private boolean same(int number, long otherLow, long otherBest, long otherHigh) {
    return low(number) == otherLow && best(number) == otherBest && high(number) == otherHigh;
  }

  private static boolean same(Estimate e, long low, long best, long high) {
    return e.low() == low
        && e.best() == best
        && (e.hasUpperBound() ? e.high() == high : high == UNBOUNDED);
  }

  /** The estimate a derived balance is: no words, its qualifier, its numbers. */
  private Estimate made(int number) {
    long l = low(number);
    long b = best(number);
    long h = high(number);
    switch (qualifierOf(number)) {
      case EXACTLY:
        return Estimate.exactly(l);
      case UP_TO:
        return Estimate.upTo(h);
      case AT_LEAST:
        return Estimate.atLeast(l).withBest(b);
      case MORE_THAN:
        return Estimate.moreThan(l - 1).withBest(b);
      case BETWEEN:
        return Estimate.between(l, h).withBest(b);
      case ABOUT:
        // derive keeps the Estimate of an "about" whose best value is not strictly inside
        return Estimate.of(l, b, h);
      default:
        throw new AssertionError(qualifierOf(number) + " is never derived");
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof DenseBalances that) || size != that.size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!accounts[chunkOf(i)][at(i)].equals(that.accounts[chunkOf(i)][at(i)])
          || !peek(i).equals(that.peek(i))
          || !Objects.equals(censusTimes[chunkOf(i)][at(i)], that.censusTimes[chunkOf(i)][at(i)])) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = size;
    for (int i = 0; i < size; i++) {
      hash = 31 * hash + accounts[chunkOf(i)][at(i)].hashCode();
    }
    return hash;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("{");
    for (int i = 0; i < size; i++) {
      out.append(i == 0 ? "" : ", ")
          .append(accounts[chunkOf(i)][at(i)])
          .append('=')
          .append(peek(i));
    }
    return out.append('}').toString();
  }
}
