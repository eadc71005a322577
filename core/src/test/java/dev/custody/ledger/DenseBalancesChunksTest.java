package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityId;
import dev.custody.model.When;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@link DenseBalances} past one chunk of its columns: the numbers on either side of each chunk's
 * edge keep their accounts, balances, census times and places, in the fold that grew and in copies
 * taken at, just before and just after an edge, each growing on its own.
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
    int count = 2 * DenseBalances.CHUNK + 3;
    DenseBalances balances = filled(count);

    assertHolds(balances, count);
    assertThat(balances.censusCount()).isEqualTo((count + 2) / 3);
    assertThat(balances.placeCount()).isEqualTo(count);
  }

  @Test
  void copiesTakenAtAndAroundAnEdgeGrowOnTheirOwn() {
    for (int size :
        new int[] {0, 1, DenseBalances.CHUNK - 1, DenseBalances.CHUNK, DenseBalances.CHUNK + 1}) {
      DenseBalances original = filled(size);
      DenseBalances copy = original.copy();
      DenseBalances twin = original.copy();
      int grown = size + DenseBalances.CHUNK + 20;
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
    assertThat(DenseBalances.grownLength(0, 16)).isEqualTo(16);
    assertThat(DenseBalances.grownLength(16, 16)).isEqualTo(32);
    assertThat(DenseBalances.grownLength(DenseBalances.CHUNK / 2, DenseBalances.CHUNK / 2))
        .isEqualTo(DenseBalances.CHUNK);
    assertThat(DenseBalances.grownLength(DenseBalances.CHUNK - 1, DenseBalances.CHUNK))
        .isEqualTo(DenseBalances.CHUNK);
    assertThat(DenseBalances.grownLength(DenseBalances.CHUNK, 0)).isEqualTo(DenseBalances.CHUNK);
    // a copy's last chunk, cut to what it held, grows back by doubling
    assertThat(DenseBalances.grownLength(DenseBalances.CHUNK + 20, 20)).isEqualTo(40);
    assertThat(DenseBalances.grownLength(DenseBalances.CHUNK + 3, 3)).isEqualTo(16);
  }
}
