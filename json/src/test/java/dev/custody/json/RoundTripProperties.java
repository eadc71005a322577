package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.testkit.CustodyArbitraries;
import dev.custody.testkit.GeneratedLedger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing then reading gives an equal document, for whole generated ledgers and for documents whose
 * figures, times, cohorts, agreements and facilities are drawn from the testkit's arbitraries; and
 * every document written validates against the format's JSON Schema.
 */
class RoundTripProperties {
  private static final CustodyJson JSON = CustodyJson.standard();

  @Property(tries = 150)
  void generated_ledgers_survive_writing_and_reading(@ForAll GeneratedLedger generated) {
    CustodyDocument document =
        CustodyDocument.of("generated", generated.world(), generated.events());

    assertRoundTrip(document);
  }

  @Provide
  Arbitrary<CustodyDocument> documents() {
    Arbitrary<List<Actor>> kinds =
        Arbitraries.of(ActorKind.class)
            .list()
            .ofSize(10)
            .map(
                k -> {
                  List<Actor> actors = new ArrayList<>();
                  for (int i = 0; i < 10; i++) {
                    actors.add(Actor.of(ActorId.of("actor-" + i), "Actor " + i, k.get(i)));
                  }
                  return actors;
                });
    Arbitrary<List<Facility>> facilities = CustodyArbitraries.facilities().list().ofMaxSize(6);
    Arbitrary<List<Event>> censuses =
        Combinators.combine(
                CustodyArbitraries.cohorts(),
                CustodyArbitraries.figures(),
                CustodyArbitraries.whens(),
                Arbitraries.integers().between(0, 9))
            .as(
                (cohort, figure, when, holder) ->
                    (Event)
                        CensusTaken.of(
                            EventId.of("census"),
                            when,
                            CensusScope.account(
                                Account.held(ActorId.of("actor-" + holder), cohort)),
                            figure))
            .list()
            .ofMaxSize(8);
    Arbitrary<List<Agreement>> agreements = CustodyArbitraries.agreements().list().ofMaxSize(3);
    return Combinators.combine(kinds, facilities, censuses, agreements)
        .as(RoundTripProperties::document);
  }

  private static CustodyDocument document(
      List<Actor> actors,
      List<Facility> facilities,
      List<Event> censuses,
      List<Agreement> agreements) {
    Map<Object, Facility> unique = new LinkedHashMap<>();
    facilities.forEach(f -> unique.putIfAbsent(f.id(), f));
    List<Event> events = new ArrayList<>();
    int n = 0;
    for (Event census : censuses) {
      CensusTaken c = (CensusTaken) census;
      events.add(CensusTaken.of(EventId.of("census-" + n++), c.when(), c.scope(), c.count()));
    }
    Map<AgreementId, Agreement> byId = new LinkedHashMap<>();
    agreements.forEach(a -> byId.putIfAbsent(a.id(), a));
    for (Agreement agreement : byId.values()) {
      events.add(AgreementConcluded.of(EventId.of("concluded-" + n++), agreement));
    }
    return CustodyDocument.of("drawn", World.of(actors, unique.values()), events)
        .withDescription("values drawn from the testkit's arbitraries");
  }

  @Property(tries = 200)
  void drawn_values_survive_writing_and_reading(@ForAll("documents") CustodyDocument document) {
    assertRoundTrip(document);
  }

  private static void assertRoundTrip(CustodyDocument document) {
    String written = JSON.write(document);

    CustodyDocument read = JSON.read(written, "written.json");

    assertThat(read).isEqualTo(document);
    assertThat(JSON.write(read)).isEqualTo(written);
    assertThat(Schemas.errors(written)).as("schema errors of\n%s", written).isEmpty();
  }
}
