package dev.custody.examples;

import static dev.custody.testkit.CustodyAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.ByReading;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.Reading;
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import dev.custody.testkit.CustodyArbitraries;
import dev.custody.testkit.GeneratedLedger;
import dev.custody.testkit.Scenario;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The tests an application built on the library would write for its own code, here {@link
 * EscapeBulletin}, with {@code custody-testkit} in test scope: a scenario for the story, the
 * testkit's assertions for the ledger it gives, and its arbitraries for the properties.
 */
class EscapeBulletinTest {

  private static Figure claims(Claim... claims) {
    return Figure.of(List.of(claims));
  }

  private static Claim said(String source, Estimate estimate) {
    return Claim.of(
        estimate,
        Source.of(ActorId.of(source)),
        When.on(LocalDate.of(2026, 1, 21), java.time.ZoneOffset.UTC));
  }

  Scenario breakout() {
    return Scenario.builder()
        .facility("north-prison", "SY")
        .heldBy("sdf")
        .holding(2_000)
        .facility("iraq-site", "IQ")
        .heldBy("iraq-gov")
        .holding(0)
        .on(LocalDate.of(2026, 1, 20))
        .escape(
            claims(said("sdf", Estimate.moreThan(1_000)), said("syria-gov", Estimate.about(150))))
        .from("north-prison")
        .plusDays(1)
        .recapture(81)
        .from("north-prison")
        .by("syria-gov")
        .transfer(150)
        .from("north-prison")
        .to("iraq-site")
        .build();
  }

  @Test
  void the_scenario_records_the_breakout_the_recapture_and_the_transfer() {
    Scenario scenario = breakout();
    Instant after = scenario.situationAfter(LocalDate.of(2026, 1, 21)).asOf();

    assertThat(scenario.ledger()).hasNoErrors();
    assertThat(scenario.situationAfter(LocalDate.of(2026, 1, 21)))
        .holds(scenario.account("iraq-site"), 150)
        .hasBalance(scenario.atLarge("north-prison"), Estimate.atLeast(61).withBest(69));
    ByReading<Estimate> atLarge =
        ByReading.of(
            scenario.ledger(),
            l ->
                AtLarge.from(l, scenario.account("north-prison").facility().orElseThrow(), after)
                    .stillAtLarge());
    assertThat(atLarge)
        .hasEstimateUnder(
            Reading.preferring(ActorId.of("syria-gov")),
            Estimate.about(150).minus(Estimate.exactly(81)))
        .hasEstimateUnder(Reading.preferring(ActorId.of("sdf")), Estimate.moreThan(919));
  }

  @Test
  void a_line_per_facility_escaped_from_with_each_sources_figure_and_the_conflict() {
    Scenario scenario = breakout();
    Instant after = scenario.situationAfter(LocalDate.of(2026, 1, 21)).asOf();

    assertThat(EscapeBulletin.linesAt(scenario.ledger(), after))
        .containsExactly(
            "north-prison: over 919 still at large according to sdf; between 61 and 77 according"
                + " to syria-gov. The sources' escape figures conflict.");
  }

  @Test
  void nothing_to_say_before_the_breakout_is_certain() {
    Scenario scenario = breakout();

    assertThat(
            EscapeBulletin.linesAt(
                scenario.ledger(),
                scenario.situationBefore(LocalDate.of(2026, 1, 21)).asOf().minusSeconds(1)))
        .isEmpty();
  }

  @Test
  void a_rejected_report_never_reaches_the_bulletin() {
    Scenario scenario = breakout();
    Instant after = scenario.situationAfter(LocalDate.of(2026, 1, 21)).asOf();
    Event tooMany =
        DetaineesEscaped.of(
            EventId.of("too-many"),
            When.at(after),
            scenario.account("iraq-site"),
            Figure.of(said("iraq-gov", Estimate.exactly(5_000))));

    assertThat(scenario.ledger()).rejects(tooMany, Rule.ACCOUNT_OVERDRAWN);
    assertThat(EscapeBulletin.linesAt(scenario.ledger(), after)).hasSize(1);
  }

  @Property(tries = 50)
  void every_facility_escaped_from_gets_exactly_one_line(@ForAll GeneratedLedger generated) {
    long escapedFrom =
        generated.events().stream()
            .flatMap(e -> e.movements().stream())
            .map(Movement::to)
            .filter(to -> to.kind() == AccountKind.AT_LARGE)
            .map(Account::facility)
            .distinct()
            .count();

    assertThat(EscapeBulletin.linesAt(generated.ledger(), generated.end()))
        .hasSize((int) escapedFrom);
  }

  @Provide
  Arbitrary<Estimate> reported() {
    return CustodyArbitraries.estimates().maxCount(5_000);
  }

  @Property(tries = 100)
  void the_line_quotes_the_escape_figure_as_the_source_gave_it(
      @ForAll("reported") Estimate escaped) {
    Scenario scenario =
        Scenario.builder()
            .source("monitor")
            .facility("camp", "SY")
            .heldBy("keeper")
            .holding(Estimate.atLeast(escaped.hasUpperBound() ? escaped.high() : escaped.low()))
            .on(LocalDate.of(2026, 3, 1))
            .escape(escaped)
            .from("camp")
            .build();

    assertThat(
            EscapeBulletin.linesAt(
                scenario.ledger(), scenario.situationAfter(LocalDate.of(2026, 3, 1)).asOf()))
        .containsExactly("camp: " + escaped + " still at large according to monitor.");
  }
}
