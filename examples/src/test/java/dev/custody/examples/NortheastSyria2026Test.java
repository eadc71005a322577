package dev.custody.examples;

import static dev.custody.examples.NortheastSyria2026.DAMASCUS;
import static dev.custody.examples.NortheastSyria2026.DECIDE_INTEGRATION;
import static dev.custody.examples.NortheastSyria2026.IRAQ_GOV;
import static dev.custody.examples.NortheastSyria2026.SDF;
import static dev.custody.examples.NortheastSyria2026.SYRIA_GOV;
import static dev.custody.examples.NortheastSyria2026.USA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.Dimension;
import dev.custody.aggregate.Group;
import dev.custody.aggregate.Population;
import dev.custody.aggregate.Totals;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.cli.chart.Timeline;
import dev.custody.ledger.Ledger;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ClaimConflict;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.Figure;
import dev.custody.model.Reading;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NortheastSyria2026Test {

  private static Instant damascus(int day, int hour) {
    return ZonedDateTime.of(2026, 1, day, hour, 0, 0, 0, DAMASCUS).toInstant();
  }

  @Test
  void the_case_has_its_actors_and_facilities_with_unique_ids() {
    assertThat(NortheastSyria2026.actors())
        .extracting(Actor::id)
        .doesNotHaveDuplicates()
        .hasSize(19);
    assertThat(NortheastSyria2026.facilities())
        .extracting(Facility::id)
        .doesNotHaveDuplicates()
        .hasSize(6);
    assertThat(NortheastSyria2026.actors())
        .filteredOn(a -> a.id().equals(ActorId.of("centcom")))
        .singleElement()
        .satisfies(c -> assertThat(c.parent()).contains(USA));
  }

  @Test
  void every_actor_the_case_names_exists() {
    var ids = NortheastSyria2026.actors().stream().map(Actor::id).toList();
    Agreement ceasefire = NortheastSyria2026.ceasefire();
    Agreement transfer = NortheastSyria2026.transferArrangement();

    assertThat(ids).containsAll(ceasefire.parties()).containsAll(transfer.parties());
    NortheastSyria2026.actors()
        .forEach(a -> a.parent().ifPresent(p -> assertThat(ids).contains(p)));
    NortheastSyria2026.escapesFromAlShaddadi()
        .claims()
        .forEach(
            c -> {
              assertThat(ids).contains(c.source().actor());
              c.channel().ifPresent(ch -> assertThat(ids).contains(ch));
            });
  }

  @Test
  void the_integration_deadline_is_2026_01_24_in_damascus() {
    Obligation integration =
        NortheastSyria2026.ceasefire().obligation(DECIDE_INTEGRATION).orElseThrow();
    Deadline deadline = integration.deadline().orElseThrow();

    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 1, 24));
    assertThat(deadline.zone()).isEqualTo(DAMASCUS);
    assertThat(deadline.lapsesAt()).isEqualTo(Instant.parse("2026-01-24T21:00:00Z"));
  }

  @Test
  void on_2026_01_22_the_deadline_is_pending_with_time_left() {
    Obligation integration =
        NortheastSyria2026.ceasefire().obligation(DECIDE_INTEGRATION).orElseThrow();

    DeadlineStatus status = integration.statusAt(damascus(22, 12));

    assertThat(status.state()).isEqualTo(DeadlineStatus.State.PENDING);
    assertThat(status.timeLeft()).isEqualTo(Duration.ofDays(2).plusHours(12));
  }

  @Test
  void on_2026_01_25_the_deadline_has_lapsed_unless_met() {
    Agreement ceasefire = NortheastSyria2026.ceasefire();
    Obligation integration = ceasefire.obligation(DECIDE_INTEGRATION).orElseThrow();

    assertThat(integration.statusAt(damascus(25, 0)).state())
        .isEqualTo(DeadlineStatus.State.LAPSED);
    assertThat(integration.statusAt(damascus(25, 9)).overdue()).isEqualTo(Duration.ofHours(9));
    assertThat(ceasefire.openObligationsAt(damascus(25, 9))).containsExactly(integration);

    Obligation met = integration.withMet(NortheastSyria2026.day(23));
    assertThat(met.statusAt(damascus(25, 9)).state()).isEqualTo(DeadlineStatus.State.MET);
    assertThat(met.statusAt(damascus(25, 9)).isLate()).isFalse();
    assertThat(ceasefire.withObligation(met).openObligationsAt(damascus(25, 9))).isEmpty();
  }

  @Test
  void the_three_escape_claims_conflict_and_the_pairs_are_named() {
    Figure escapes = NortheastSyria2026.escapesFromAlShaddadi();

    assertThat(escapes.agrees()).isFalse();
    assertThat(escapes.conflicts())
        .extracting(
            c -> c.first().source().actor(), c -> c.second().source().actor(), ClaimConflict::gap)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SDF, SYRIA_GOV, 1_001L - 158),
            org.assertj.core.groups.Tuple.tuple(SDF, USA, 801L));
    // the SDF's low end is above the U.S. high end
    assertThat(escapes.claimsBy(SDF).get(0).estimate().low()).isEqualTo(1_001);
    assertThat(escapes.claimsBy(USA).get(0).estimate().high()).isEqualTo(200);
    // the government's and the U.S. figures agree with each other
    assertThat(escapes.claimsBy(SYRIA_GOV).get(0).agreesWith(escapes.claimsBy(USA).get(0)))
        .isTrue();
  }

  @Test
  void still_at_large_per_source() {
    Figure escapes = NortheastSyria2026.escapesFromAlShaddadi();
    Estimate recaptured = NortheastSyria2026.recapturedPerSyrianGovernment().estimate();

    assertThat(escapes.claimsBy(SYRIA_GOV).get(0).estimate().minus(recaptured))
        .hasToString("between 61 and 77");
    assertThat(escapes.claimsBy(USA).get(0).estimate().minus(recaptured)).hasToString("up to 119");
    assertThat(escapes.claimsBy(SDF).get(0).estimate().minus(recaptured)).hasToString("over 919");
  }

  @Test
  void shares_of_the_plan() {
    Estimate held = NortheastSyria2026.stillHeldInSyria().estimate();
    Estimate planned = NortheastSyria2026.plannedForTransfer().estimate();

    assertThat(planned.shareOf(held).best())
        .isCloseTo(0.7778, org.assertj.core.data.Offset.offset(0.0001));
    assertThat(planned.shareOf(held)).hasToString("about 78% (74%-82%)");
    assertThat(held.minus(planned)).hasToString("between 1,550 and 2,450");
    assertThat(NortheastSyria2026.firstBatch().estimate().shareOf(planned)).hasToString("2.1%");
  }

  @Test
  void the_report_prints_the_computed_figures() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NortheastSyria2026.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(report)
        .startsWith("Custody report as of 2026-01-23 12:00 Damascus time (2026-01-23T09:00:00Z)")
        .contains("19 actors, 6 facilities, 20 events")
        .contains("3 claims, 2 conflicts");
    // the conflicts name who spoke, which makes the table wide enough to wrap its last column
    assertThat(report.replaceAll("\\s+", " "))
        .contains("843 apart: low end 1,001 above high end 158")
        // the lower claim and the gap wrap beside each other: "... official 801 apart: low end
        // 1,001 above high end (usa) via nyt) 200"
        .contains("up to 200 (a U.S. military official 801 apart: low end 1,001 above high end")
        .contains("(usa) via nyt) 200");
    assertThat(report)
        .contains("between 61 and 77 (best 69)")
        .contains("up to 119")
        .contains("over 919")
        .contains("between 51% and 57% (best 54%)")
        .contains("between 74% and 82% (best 78%)")
        .contains("between 1,550 and 2,450 (best 2,000)")
        .contains("2.1%");
  }

  @Test
  void the_about_9000_still_held_in_syria_fall_as_the_transfer_proceeds() {
    Ledger ledger = NortheastSyria2026.ledger();
    List<Instant> instants =
        List.of(
            NortheastSyria2026.noon(23),
            NortheastSyria2026.noon(31),
            NortheastSyria2026.noon(39),
            NortheastSyria2026.noon(41),
            NortheastSyria2026.noon(44));

    List<Optional<Estimate>> held =
        Population.over(ledger, EventId.of("still-held-in-syria"), instants);

    // about 9,000 counted on the 22nd, less what the running totals of the plan count beyond the
    // 150 of the first batch, which left before the count: about 500 or under 500 (best 499) by 30
    // January, 2,250 by 7
    // February, 4,583 by the 9th, more than 5,700 (or 5,704) by the 12th
    assertThat(held)
        .extracting(h -> h.orElseThrow().best())
        .containsExactly(9_000L, 8_651L, 6_900L, 4_567L, 3_449L);
    assertThat(held.get(3).orElseThrow()).isEqualTo(Estimate.of(4_117, 4_567, 5_017));
    // CENTCOM's "more than 5,700" has no upper end: the envelope cannot rule out that none stay
    assertThat(held.get(4).orElseThrow()).isEqualTo(Estimate.of(0, 3_449, 3_899));
    Estimate underIraq =
        Population.allOf(ledger.withReading(Reading.preferring(IRAQ_GOV)), instants.get(4))
            .get(0)
            .population();
    assertThat(underIraq).isEqualTo(Estimate.of(8_550 - 5_554, 3_446, 9_450 - 5_554));
  }

  @Test
  void those_the_running_totals_took_to_iraq_are_held_by_iraq_in_the_totals() {
    Ledger ledger = NortheastSyria2026.ledger();
    Instant end = NortheastSyria2026.noon(44);

    Totals<ActorId> byCustodian = Totals.of(ledger, Dimension.CUSTODIAN, end);

    Group<ActorId> iraq =
        byCustodian.groups().stream()
            .filter(g -> g.key().equals(IRAQ_GOV))
            .findFirst()
            .orElseThrow();
    // the 150 of the first batch, and the more than 5,550 the running totals count beyond it
    assertThat(iraq.accountsTotal()).hasToString("at least 150");
    assertThat(iraq.arrivedUnderPlans()).containsOnlyKeys(EventId.of("transfer-plan-to-iraq"));
    assertThat(iraq.total().low()).isEqualTo(5_701);
    assertThat(iraq.total().hasUpperBound()).isFalse();
    // about 9,000 still held in Syria on the 22nd, the 150 already in Iraq and the 81 held by the
    // government: the running totals move people between custodians, and the whole keeps them
    assertThat(byCustodian.total().low()).isEqualTo(8_550 + 150 + 81);
    assertThat(byCustodian.total().best()).isEqualTo(9_231);
    assertThat(Totals.of(ledger, Dimension.COHORT, end).total()).isEqualTo(byCustodian.total());

    String report =
        String.join(" ", ScenarioFile.named("northeast-syria-2026.json").report())
            .replaceAll("\\s+", " ");
    assertThat(report)
        .contains(
            "Not in these balances: over 5,550 moved under transfer-plan-to-iraq (to iraq-gov at"
                + " iraq-secure, by its running total transfer-mission-completed)")
        .contains(
            "The totals below count them where the plan took them, and the census of those they"
                + " left without them.")
        .contains(
            "4 never counted; and over 5,550 moved in under transfer-plan-to-iraq beyond the"
                + " movements recorded, by its running totals")
        .doesNotContain("Not in these balances or totals");
  }

  @Test
  void the_chart_draws_the_census_falling() {
    Ledger ledger = NortheastSyria2026.ledger();
    Timeline timeline =
        Timeline.of(
            ledger, Instant.parse("2026-01-17T21:00:00Z"), Instant.parse("2026-02-15T21:00:00Z"));

    List<Long> bests =
        timeline.populations().stream()
            .filter(series -> series.census().equals(EventId.of("still-held-in-syria")))
            .findFirst()
            .orElseThrow()
            .populations()
            .stream()
            .flatMap(Optional::stream)
            .map(Estimate::best)
            .distinct()
            .toList();
    assertThat(bests).first().isEqualTo(9_000L);
    assertThat(bests).last().isEqualTo(3_449L);
    assertThat(bests).contains(6_900L, 4_567L);
  }
}
