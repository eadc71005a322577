package dev.custody.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.rules.Rule;
import dev.custody.rules.Severity;
import dev.custody.rules.Violation;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For every rule of the catalogue, the testkit's generator of events that break it yields, on any
 * generated ledger, a verdict with that rule's code and no other; an error leaves the ledger as it
 * was, a warning lets the event in.
 */
class RuleBreakersProperties {

  /** A ledger, a rule, and an event generated to break it. */
  record Breach(GeneratedLedger ledger, Rule rule, Event event) {}

  @Provide
  Arbitrary<Breach> breaches() {
    return Combinators.combine(CustodyArbitraries.ledgers(), Arbitraries.of(Rule.class))
        .flatAs(
            (ledger, rule) ->
                CustodyArbitraries.eventsBreaking(rule, ledger)
                    .map(event -> new Breach(ledger, rule, event)));
  }

  @Property
  void every_rule_has_a_generator_whose_events_break_it_and_only_it(
      @ForAll("breaches") Breach breach) {
    Ledger ledger = breach.ledger().ledger();

    AppendResult result = ledger.append(breach.event());

    assertThat(
            result.verdict().violations().stream().map(Violation::rule).collect(Collectors.toSet()))
        .as("%s breaking %s: %s", breach.event(), breach.rule().code(), result.verdict())
        .containsExactly(breach.rule());
    if (breach.rule().severity() == Severity.ERROR) {
      assertThat(result.isAccepted()).isFalse();
      assertThat(result.ledger()).isSameAs(ledger);
      assertThat(ledger.events()).isEqualTo(breach.ledger().events());
    } else {
      assertThat(result.isAccepted()).isTrue();
      assertThat(result.ledger().events()).contains(breach.event());
    }
  }

  @Property(tries = 20)
  void the_generators_cover_every_rule_of_the_catalogue(@ForAll GeneratedLedger ledger) {
    for (Rule rule : Rule.values()) {
      assertThat(CustodyArbitraries.eventsBreaking(rule, ledger).sample()).isNotNull();
    }
  }
}
