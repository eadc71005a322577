package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityId;
import dev.custody.model.When;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@link DenseBalances} past one chunk of its columns: the numbers on either side of each chunk's
 * edge keep their accounts, balances, census times and places, in the fold that grew and in copies
 * taken at, just before and just after an edge, each growing on its own; and the table of places
 * holds a place whose first number is past the room its count of places would take.
 */
class DenseBalancesChunksTest {
  private static final When CENSUS = When.at(Instant.parse("2026-01-01T00:00:00Z"));

  private static Account account(int i) {
    return Account.heldAt(LedgerTest.SDF, FacilityId.of("prison-" + i), LedgerTest.FIGHTERS);
  }

  /** An account that {@link #account} never gives. */
  private static Account other(int i) {
    return Account.heldAt(LedgerTest.SDF, FacilityId.of("camp-" + i), LedgerTest.FIGHTERS);
  }

  private static DenseBalances filled(int count) {
    DenseBalances balances = new DenseBalances();
    for (int i = 0; i < count; i++) {
      assertThat(balances.set(account(i), Estimate.exactly(i))).isTrue();
      if (i % 3 == 0) {
        balances.setCensusTime(i, CENSUS);
      }
      if (i % 5 == 0) {
        balances.setNamesKnown(i);
      }
    }
    return balances;
  }

  private static void assertHolds(DenseBalances balances, int count) {
    assertThat(balances.size()).isEqualTo(count);
    for (int i = 0; i < count; i++) {
      Account account = account(i);
      assertThat(balances.numberOf(account)).as("number of account %s", i).isEqualTo(i);
      assertThat(balances.account(i)).isEqualTo(account);
      assertThat(balances.get(i)).as("balance %s", i).isEqualTo(Estimate.exactly(i));
      assertThat(balances.censusTime(i)).isEqualTo(i % 3 == 0 ? CENSUS : null);
      assertThat(balances.namesKnown(i)).isEqualTo(i % 5 == 0);
      assertThat(balances.firstAt(account)).isEqualTo(i);
      assertThat(balances.nextAt(i)).isEqualTo(-1);
    }
    assertThat(balances.numberOf(account(count))).isEqualTo(-1);
  }

  @Test
  void aFoldKeepsEveryNumberOnEitherSideOfTheEdgesOfItsChunks() {
    int count = 2 * Chunks.CHUNK + 3;
    DenseBalances balances = filled(count);

    assertHolds(balances, count);
    assertThat(balances.censusCount()).isEqualTo((count + 2) / 3);
    assertThat(balances.placeCount()).isEqualTo(count);
  }

  @Test
  void copiesTakenAtAndAroundAnEdgeGrowOnTheirOwn() {
    for (int size : new int[] {0, 1, Chunks.CHUNK - 1, Chunks.CHUNK, Chunks.CHUNK + 1}) {
      DenseBalances original = filled(size);
      DenseBalances copy = original.copy();
      DenseBalances twin = original.copy();
      int grown = size + Chunks.CHUNK + 20;
      for (int i = size; i < grown; i++) {
        copy.set(account(i), Estimate.exactly(i));
        if (i % 3 == 0) {
          copy.setCensusTime(i, CENSUS);
        }
        if (i % 5 == 0) {
          copy.setNamesKnown(i);
        }
      }
      // the original writes the numbers the copy gave first, to other accounts
      for (int i = size; i < size + 40; i++) {
        original.set(other(i), Estimate.exactly(1));
      }
      if (size > 0) {
        copy.plus(size - 1, Estimate.exactly(1));
      }

      assertThat(copy.size()).isEqualTo(grown);
      for (int i = 0; i < grown; i++) {
        Estimate expected = Estimate.exactly(i == size - 1 ? i + 1 : i);
        assertThat(copy.numberOf(account(i))).as("size %s, number %s", size, i).isEqualTo(i);
        assertThat(copy.get(i)).as("size %s, balance %s", size, i).isEqualTo(expected);
        assertThat(copy.censusTime(i)).isEqualTo(i % 3 == 0 ? CENSUS : null);
        assertThat(copy.namesKnown(i)).isEqualTo(i % 5 == 0);
      }
      assertHolds(twin, size);
      assertThat(original.size()).isEqualTo(size + 40);
      assertThat(original.numberOf(account(size))).isEqualTo(-1);
      assertThat(original.account(size)).isEqualTo(other(size));
    }
  }

  @Test
  void aChunkGrowsByDoublingUpToItsSizeAndOneAfterTheFirstStartsWhole() {
    assertThat(Chunks.grownLength(0, 16)).isEqualTo(16);
    assertThat(Chunks.grownLength(16, 16)).isEqualTo(32);
    assertThat(Chunks.grownLength(Chunks.CHUNK / 2, Chunks.CHUNK / 2)).isEqualTo(Chunks.CHUNK);
    assertThat(Chunks.grownLength(Chunks.CHUNK - 1, Chunks.CHUNK)).isEqualTo(Chunks.CHUNK);
    assertThat(Chunks.grownLength(Chunks.CHUNK, 0)).isEqualTo(Chunks.CHUNK);
    // a copy's last chunk, cut to what it held, grows back by doubling
    assertThat(Chunks.grownLength(Chunks.CHUNK + 20, 20)).isEqualTo(40);
    assertThat(Chunks.grownLength(Chunks.CHUNK + 3, 3)).isEqualTo(16);
  }

  @Test
  void aPlaceFirstNumberedAfterManyAccountsOutsideCustodyIsFound() {
    DenseBalances balances = new DenseBalances();
    int outside = 1_000;
    for (int i = 0; i < outside; i++) {
      Cohort cohort = Cohort.of(CohortCategory.FIGHTERS, ActorId.of("group-" + i));
      balances.set(Account.outside(cohort), Estimate.exactly(i));
    }
    // numbers 1,000 and on: the two places take two slots, but their numbers need a larger table
    balances.set(account(0), Estimate.exactly(1));
    balances.set(account(1), Estimate.exactly(2));

    assertThat(balances.placeCount()).isEqualTo(2);
    assertThat(balances.firstAt(account(0))).isEqualTo(outside);
    assertThat(balances.firstAt(account(1))).isEqualTo(outside + 1);
    assertThat(balances.firstAt(account(2))).isEqualTo(-1);
    assertThat(balances.numberOf(account(1))).isEqualTo(outside + 1);
    Cohort last = Cohort.of(CohortCategory.FIGHTERS, ActorId.of("group-" + (outside - 1)));
    assertThat(balances.numberOf(Account.outside(last))).isEqualTo(outside - 1);
  }
}
