package dev.custody.aggregate;

import static dev.custody.aggregate.PopulationTest.MINORS;
import static dev.custody.aggregate.PopulationTest.PRISON_FIGHTERS;
import static dev.custody.aggregate.PopulationTest.SITE_FIGHTERS;
import static dev.custody.aggregate.PopulationTest.WORLD;
import static dev.custody.aggregate.PopulationTest.day;
import static dev.custody.aggregate.PopulationTest.said;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Population#allOf} carries every census forward in one pass, a census of one account seeing
 * only the events that move people at its facility: each population is the one its census alone
 * carries forward ({@link Population#over}), and an event that moves people out of a facility and
 * into it again reaches the census of that facility once.
 */
class PopulationOnePassTest {

  private static Ledger ledger(Event... events) {
    AppendResult result = Ledger.of(WORLD).appendAll(List.of(events));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  private static CensusTaken census(String id, int d, CensusScope scope, long count) {
    return CensusTaken.of(EventId.of(id), day(d), scope, said(Estimate.exactly(count), d));
  }

  private static DetaineesTransferred moved(String id, int d, Account from, Account to, long n) {
    return DetaineesTransferred.of(EventId.of(id), day(d), from, to, said(Estimate.exactly(n), d));
  }

  @Test
  void aMovementOutOfAFacilityAndIntoItAgainCountsOnceForEachCensus() {
    Account otherAtPrison =
        Account.heldAt(PopulationTest.OTHER, PopulationTest.PRISON, PopulationTest.FIGHTERS);
    Ledger ledger =
        ledger(
            census("fighters", 1, CensusScope.account(PRISON_FIGHTERS), 300),
            census("other", 1, CensusScope.account(otherAtPrison), 100),
            census("prison", 1, CensusScope.facilities(PopulationTest.PRISON), 400),
            moved("taken-over", 3, PRISON_FIGHTERS, otherAtPrison, 10),
            moved("flight", 4, PRISON_FIGHTERS, SITE_FIGHTERS, 50));

    List<Population> populations = Population.allOf(ledger, day(5).end());

    assertThat(populations)
        .extracting(Population::population)
        .containsExactly(Estimate.exactly(240), Estimate.exactly(110), Estimate.exactly(350));
    assertThat(populations.get(0).crossings())
        .containsExactly(EventId.of("taken-over"), EventId.of("flight"));
    assertThat(populations.get(1).crossings()).containsExactly(EventId.of("taken-over"));
    assertThat(populations.get(2).crossings()).containsExactly(EventId.of("flight"));
  }

  @Test
  void aCensusSeesOnlyTheEventsAfterIt() {
    Account siteMinors = Account.heldAt(PopulationTest.OTHER, PopulationTest.SITE, MINORS);
    Ledger ledger =
        ledger(
            census("fighters", 1, CensusScope.account(PRISON_FIGHTERS), 300),
            moved("early", 2, PRISON_FIGHTERS, SITE_FIGHTERS, 20),
            census("recount", 3, CensusScope.account(PRISON_FIGHTERS), 280),
            moved("late", 4, PRISON_FIGHTERS, SITE_FIGHTERS, 30),
            census("site-minors", 5, CensusScope.account(siteMinors), 0));

    List<Population> populations = Population.allOf(ledger, day(6).end());

    assertThat(populations)
        .extracting(Population::population)
        .containsExactly(Estimate.exactly(250), Estimate.exactly(250), Estimate.exactly(0));
    assertThat(populations.get(1).crossings()).containsExactly(EventId.of("late"));
    assertThat(populations.get(2).crossings()).isEmpty();
  }

  @Provide
  Arbitrary<SourcedLedgers.Case> cases() {
    return SourcedLedgers.cases();
  }

  @Property(tries = 150)
  void eachPopulationIsTheOneItsCensusAloneCarriesForward(
      @ForAll("cases") SourcedLedgers.Case generated) {
    Ledger ledger = generated.ledger();
    List<Event> events = ledger.events();
    if (events.isEmpty()) {
      return;
    }
    for (Instant instant :
        List.of(
            events.get(events.size() / 2).when().end(),
            events.get(events.size() - 1).when().end())) {
      for (Population population : Population.allOf(ledger, instant)) {
        Optional<Estimate> alone =
            Population.over(ledger, population.census(), List.of(instant)).get(0);
        if (population.outrunBy().isEmpty() && population.hasStandingCount()) {
          assertThat(alone).contains(population.population());
        } else {
          assertThat(alone).isEmpty();
        }
      }
    }
  }
}
