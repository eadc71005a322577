package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.EventId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The index of a journal level's events by id: what it holds, as it grows, while it is read. */
class PositionIndexTest {

  private static final EventId[] IDS = new EventId[50_001];

  static {
    for (int n = 0; n < IDS.length; n++) {
      IDS[n] = EventId.of("event-" + n);
    }
  }

  private static EventId id(int n) {
    return n < IDS.length ? IDS[n] : EventId.of("event-" + n);
  }

  @Test
  void it_finds_every_id_put_and_no_other_as_it_grows() {
    // the index reads the id at a position from the journal: here, event n is at 7 + n
    PositionIndex index = new PositionIndex(position -> id(position - 7));
    assertThat(index.get(id(0))).isEqualTo(-1);

    for (int n = 0; n < 50_000; n++) {
      index.put(id(n), 7 + n);
      // while a large table grows, some entries are in the old table and some in the new
      assertThat(index.get(id(n))).isEqualTo(7 + n);
      assertThat(index.get(id(n / 3))).isEqualTo(7 + n / 3);
      assertThat(index.get(id(n + 1))).isEqualTo(-1);
    }

    for (int n = 0; n < 50_000; n++) {
      assertThat(index.get(id(n))).isEqualTo(7 + n);
    }
    assertThat(index.get(id(50_000))).isEqualTo(-1);
    assertThat(index.get(EventId.of("other"))).isEqualTo(-1);
  }

  @Test
  void room_reserved_for_entries_to_come_keeps_those_already_put_and_takes_more() {
    PositionIndex index = new PositionIndex(PositionIndexTest::id);
    for (int n = 0; n < 10; n++) {
      index.put(id(n), n);
    }

    index.reserve(30_000);
    for (int n = 10; n < 50_000; n++) {
      index.put(id(n), n);
      if (n == 30_000) {
        // the table is large now: reserving again changes nothing
        index.reserve(1_000_000);
      }
    }

    for (int n = 0; n < 50_000; n++) {
      assertThat(index.get(id(n))).isEqualTo(n);
    }
    assertThat(index.get(id(50_000))).isEqualTo(-1);
  }

  @Test
  void a_reader_finds_what_was_put_before_it_began_while_the_writer_grows_the_table()
      throws Exception {
    for (int round = 0; round < 10; round++) {
      PositionIndex index = new PositionIndex(PositionIndexTest::id);
      for (int n = 0; n < 1_000; n++) {
        index.put(id(n), n);
      }
      CompletableFuture<Boolean> reader =
          CompletableFuture.supplyAsync(
              () -> {
                for (int pass = 0; pass < 20; pass++) {
                  for (int n = 0; n < 1_000; n++) {
                    if (index.get(id(n)) != n) {
                      return false;
                    }
                  }
                }
                return true;
              });
      for (int n = 1_000; n < 50_000; n++) {
        index.put(id(n), n);
      }

      assertThat(reader.get(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void positions_far_from_zero_take_a_table_as_small_as_their_number() {
    PositionIndex index = new PositionIndex(position -> id(position - 1_000_000));
    for (int n = 0; n < 10; n++) {
      index.put(id(n), 1_000_000 + n);
    }

    assertThat(index.capacity()).isLessThanOrEqualTo(32);
    for (int n = 0; n < 10; n++) {
      assertThat(index.get(id(n))).isEqualTo(1_000_000 + n);
    }
    assertThat(index.get(id(10))).isEqualTo(-1);
  }

  @Test
  void positions_put_with_gaps_are_all_found_and_one_below_the_first_is_refused() {
    // event n is at 3 n: the positions outrun the entries, and the table grows for them
    PositionIndex index = new PositionIndex(position -> id(position / 3));
    for (int n = 0; n < 20_000; n++) {
      index.put(id(n), 3 * n);
    }

    for (int n = 0; n < 20_000; n++) {
      assertThat(index.get(id(n))).isEqualTo(3 * n);
    }
    assertThat(index.get(id(20_000))).isEqualTo(-1);
    PositionIndex later = new PositionIndex(position -> id(position - 5));
    later.put(id(0), 5);
    assertThatThrownBy(() -> later.put(id(1), 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("position (4) must not be below the first put (5)");
  }
}
