package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.When;
import dev.custody.testkit.CustodyArbitraries;
import dev.custody.testkit.GeneratedLedger;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Whatever a ledger accepted reads back once written, and a document's events read as the same
 * ledger in any order: over the testkit's generated ledgers, over the same with the plan dated by a
 * span that holds the transfers under it (so that they sort before it), and over ledgers built by
 * appending the generated events in a shuffled order, late reports inserted in their places and
 * whatever the ledger rejects left out.
 */
class EventOrderProperties {
  private static final CustodyJson JSON = CustodyJson.standard();

  @Provide
  Arbitrary<Ledger> ledgers() {
    Arbitrary<GeneratedLedger> generated = CustodyArbitraries.ledgers().ofMaxSteps(25);
    return Arbitraries.oneOf(
        generated.map(GeneratedLedger::ledger),
        generated.map(g -> appendedInOrder(g, planOverASpan(g))),
        generated.flatMap(
            g -> Arbitraries.shuffle(planOverASpan(g)).map(order -> appendedInOrder(g, order))));
  }

  /** The generated events with the plan dated from the first day to the day after the last. */
  private static List<Event> planOverASpan(GeneratedLedger generated) {
    LocalDate first = LocalDate.ofInstant(GeneratedLedger.START, ZoneOffset.UTC);
    LocalDate last = LocalDate.ofInstant(generated.end(), ZoneOffset.UTC).plusDays(1);
    List<Event> events = new ArrayList<>();
    for (Event event : generated.events()) {
      events.add(
          event instanceof TransferPlanned plan
              ? redated(plan, When.between(first, last, ZoneOffset.UTC))
              : event);
    }
    return events;
  }

  private static TransferPlanned redated(TransferPlanned plan, When when) {
    TransferPlanned.Builder copy =
        TransferPlanned.builder()
            .id(plan.id())
            .when(when)
            .planner(plan.planner())
            .cohort(plan.cohort())
            .addAllNamedFacilities(plan.namedFacilities())
            .unnamedFacilities(plan.unnamedFacilities())
            .receiver(plan.receiver())
            .size(plan.size());
    plan.originCountry().ifPresent(copy::originCountry);
    plan.destination().ifPresent(copy::destination);
    plan.payer().ifPresent(copy::payer);
    plan.agreement().ifPresent(copy::agreement);
    return copy.build();
  }

  /** Appends one event at a time, in the order given, leaving out those the ledger rejects. */
  private static Ledger appendedInOrder(GeneratedLedger generated, List<Event> order) {
    Ledger ledger = Ledger.of(generated.world());
    for (Event event : order) {
      AppendResult result = ledger.append(event);
      ledger = result.ledger();
    }
    return ledger;
  }

  private static Ledger read(List<Event> events, Ledger like) {
    String written = JSON.write(CustodyDocument.of("ordered", like.world(), events));
    return JSON.read(written, "ordered.json").ledger();
  }

  @Property(tries = 150)
  void a_ledger_written_reads_back_equal(@ForAll("ledgers") Ledger ledger) {
    assertThat(read(ledger.events(), ledger)).isEqualTo(ledger);
  }

  @Provide
  Arbitrary<Tuple2<Ledger, List<Event>>> permuted() {
    return ledgers().flatMap(l -> Arbitraries.shuffle(l.events()).map(p -> Tuple.of(l, p)));
  }

  @Property(tries = 150)
  void the_events_of_a_ledger_in_any_order_read_as_the_same_ledger(
      @ForAll("permuted") Tuple2<Ledger, List<Event>> permuted) {
    Ledger ledger = permuted.get1();

    assertThat(read(permuted.get2(), ledger)).isEqualTo(ledger);
  }
}
