package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesReleased;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A census whose population later movements exceed: never "exactly 0", which no source said. More
 * leaving than it can hold means it no longer describes anyone recorded; a movement that may exceed
 * it, but need not, leaves a range down to 0 with its best value.
 */
class PopulationOutrunTest {

  static final Account PRISON = PopulationTest.PRISON_FIGHTERS;

  static Ledger ledger(Estimate released) {
    AppendResult result =
        Ledger.of(PopulationTest.WORLD)
            .appendAll(
                List.of(
                    CensusTaken.of(
                        EventId.of("count"),
                        PopulationTest.day(1),
                        CensusScope.facilities(PopulationTest.PRISON),
                        PopulationTest.said(Estimate.exactly(100), 1)),
                    DetaineesReleased.of(
                        EventId.of("release"),
                        PopulationTest.day(2),
                        PRISON,
                        PopulationTest.said(released, 2))));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  @Test
  void moreLeavingThanItCanHoldOutrunsTheCensus() {
    Ledger ledger = ledger(Estimate.exactly(150));

    Population population = Population.allOf(ledger, PopulationTest.day(3).end()).get(0);

    assertThat(population.isCurrent()).isFalse();
    assertThat(population.outrunBy()).contains(EventId.of("release"));
    assertThat(population.toString())
        .contains("no longer describes anyone recorded")
        .doesNotContain("exactly 0");
    assertThat(Population.over(ledger, EventId.of("count"), List.of(PopulationTest.day(3).end())))
        .containsExactly(java.util.Optional.empty());
  }

  @Test
  void aMovementThatMayExceedItLeavesARangeDownToZero() {
    Ledger ledger = ledger(Estimate.between(50, 150));

    Population population = Population.allOf(ledger, PopulationTest.day(3).end()).get(0);

    assertThat(population.isCurrent()).isTrue();
    assertThat(population.population().low()).isZero();
    assertThat(population.population().high()).isEqualTo(50);
    assertThat(population.toString()).doesNotContain("exactly 0");
  }

  @Test
  void exactlyAllOfThemLeavingIsASourcedZero() {
    Ledger ledger = ledger(Estimate.exactly(100));

    Population population = Population.allOf(ledger, PopulationTest.day(3).end()).get(0);

    assertThat(population.isCurrent()).isTrue();
    assertThat(population.population()).isEqualTo(Estimate.exactly(0));
  }
}
