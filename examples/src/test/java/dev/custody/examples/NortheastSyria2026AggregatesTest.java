package dev.custody.examples;

import static dev.custody.examples.NortheastSyria2026.AL_HOL;
import static dev.custody.examples.NortheastSyria2026.AL_SHADDADI;
import static dev.custody.examples.NortheastSyria2026.CEASEFIRE;
import static dev.custody.examples.NortheastSyria2026.CENTCOM;
import static dev.custody.examples.NortheastSyria2026.DAMASCUS;
import static dev.custody.examples.NortheastSyria2026.DECIDE_INTEGRATION;
import static dev.custody.examples.NortheastSyria2026.IRAQ;
import static dev.custody.examples.NortheastSyria2026.IRAQ_GOV;
import static dev.custody.examples.NortheastSyria2026.SDF;
import static dev.custody.examples.NortheastSyria2026.SYRIA;
import static dev.custody.examples.NortheastSyria2026.SYRIA_GOV;
import static dev.custody.examples.NortheastSyria2026.TRANSFER_PLAN;
import static dev.custody.examples.NortheastSyria2026.USA;
import static dev.custody.examples.NortheastSyria2026.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.ByReading;
import dev.custody.aggregate.CensusComparison;
import dev.custody.aggregate.ControlTimeline;
import dev.custody.aggregate.DeadlineReport;
import dev.custody.aggregate.Dimension;
import dev.custody.aggregate.ObligationReport;
import dev.custody.aggregate.PlanProgress;
import dev.custody.aggregate.Readings;
import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.aggregate.Totals;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.ledger.Ledger;
import dev.custody.model.ClaimConflict;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every derived figure of the reference case, computed by the aggregates from the events of {@link
 * NortheastSyria2026#ledger()}: none of them is typed into the case.
 */
class NortheastSyria2026AggregatesTest {
  private static final Ledger LEDGER = NortheastSyria2026.ledger();
  private static final Reading GOVERNMENT = Reading.preferring(SYRIA_GOV);
  private static final Reading US = Reading.preferring(USA);
  private static final Reading SDF_READING = Reading.preferring(SDF);

  @Nested
  class The_transfer_plan {
    private final PlanProgress progress = PlanProgress.of(LEDGER, TRANSFER_PLAN, noon(23));

    @Test
    void covers_7000_of_the_census_of_about_9000_still_held_in_syria_about_78_percent() {
      assertThat(progress.planned().isEqual(Estimate.exactly(7_000))).isTrue();
      assertThat(progress.populationCensus()).contains(EventId.of("still-held-in-syria"));
      assertThat(progress.population()).contains(Estimate.about(9_000));
      assertThat(progress.coverage().orElseThrow().best()).isCloseTo(7_000.0 / 9_000, within(1e-9));
      assertThat(progress.coverage().orElseThrow()).hasToString("about 78% (74%-82%)");
    }

    @Test
    void would_leave_about_2000_in_syria() {
      Estimate stay = progress.wouldStay().orElseThrow();
      assertThat(stay.best()).isEqualTo(2_000);
      assertThat(stay).hasToString("between 1,550 and 2,450");
    }

    @Test
    void has_moved_150_of_7000_after_the_first_batch_about_2_point_1_percent() {
      assertThat(progress.transfers()).containsExactly(EventId.of("first-batch-to-iraq"));
      assertThat(progress.moved().isEqual(Estimate.exactly(150))).isTrue();
      assertThat(progress.progress().orElseThrow().best()).isCloseTo(150.0 / 7_000, within(1e-9));
      assertThat(progress.progress().orElseThrow()).hasToString("2.1%");
      assertThat(progress.remaining().isEqual(Estimate.exactly(6_850))).isTrue();
    }

    @Test
    void had_moved_nobody_and_had_no_census_on_the_day_it_was_made() {
      // the first batch is dated the 21st, so it is certainly done only at the day's end
      PlanProgress before = PlanProgress.of(LEDGER, TRANSFER_PLAN, noon(21));

      assertThat(before.moved().isEqual(Estimate.exactly(0))).isTrue();
      assertThat(before.population()).isEmpty();
      assertThat(before.coverage()).isEmpty();
    }
  }

  @Nested
  class Those_still_at_large_from_al_shaddadi {
    private final ByReading<AtLarge> byReading =
        ByReading.of(LEDGER, ledger -> AtLarge.from(ledger, AL_SHADDADI, noon(23)));

    @Test
    void are_about_69_in_the_government_reading_about_150_minus_81() {
      AtLarge government = byReading.get(GOVERNMENT);

      assertThat(government.escaped()).isEqualTo(Estimate.about(150));
      assertThat(government.recaptured().isEqual(Estimate.exactly(81))).isTrue();
      assertThat(government.stillAtLarge()).hasToString("between 61 and 77");
      assertThat(government.fallbacks()).isEmpty();
    }

    @Test
    void are_up_to_119_in_the_us_reading_which_takes_the_government_recapture_figure() {
      AtLarge us = byReading.get(US);

      assertThat(us.stillAtLarge()).hasToString("up to 119");
      assertThat(us.fallbacks()).containsExactly(EventId.of("al-shaddadi-recaptures"));
    }

    @Test
    void are_over_919_in_the_sdf_reading() {
      assertThat(byReading.get(SDF_READING).stillAtLarge()).hasToString("over 919");
    }

    @Test
    void the_envelope_encloses_every_reading() {
      Estimate envelope = byReading.get(Reading.envelope()).stillAtLarge();
      byReading
          .answers()
          .values()
          .forEach(tally -> assertThat(envelope.encloses(tally.stillAtLarge())).isTrue());
    }

    @Test
    void were_recaptured_at_a_rate_of_about_54_percent_in_the_government_reading() {
      AtLarge government = byReading.get(GOVERNMENT);

      assertThat(government.recaptureRate().orElseThrow().best())
          .isCloseTo(81.0 / 150, within(1e-9));
      assertThat(government.recaptureRate().orElseThrow()).hasToString("about 54% (51%-57%)");
    }
  }

  @Nested
  class The_readings {
    @Test
    void are_the_envelope_and_one_per_source_with_no_consensus() {
      Readings readings = Readings.of(LEDGER);

      // Iraq's officials and the outlet that relayed unnamed officials came with the transfer's
      // running totals
      assertThat(readings.sources())
          .containsExactly(
              CENTCOM,
              NortheastSyria2026.HISHAM_AL_ALAWI,
              NortheastSyria2026.IRAQ_GOV,
              NortheastSyria2026.REUTERS,
              NortheastSyria2026.SAAD_MAAN,
              SDF,
              SYRIA_GOV,
              USA);
      assertThat(readings.consensus()).isEmpty();
      assertThat(readings.all())
          .hasSize(9)
          .startsWith(Reading.envelope(), Reading.preferring(CENTCOM))
          .contains(SDF_READING, GOVERNMENT, US);
    }
  }

  @Nested
  class The_reconciliation {
    private final Reconciliation reconciliation = Reconciliation.of(LEDGER);

    @Test
    void finds_that_the_three_escape_claims_do_not_reconcile() {
      assertThat(reconciliation.isReconcilable()).isFalse();
      ReportedFigure escapes = reconciliation.conflicting().get(0);
      // the transfer's two running totals with two claims each reconcile
      assertThat(reconciliation.figures()).hasSize(3).first().isEqualTo(escapes);
      assertThat(reconciliation.conflicting()).containsExactly(escapes);
      assertThat(escapes.event()).isEqualTo(EventId.of("al-shaddadi-breakout"));
      assertThat(escapes.sources()).extracting(s -> s.actor()).containsExactly(SDF, SYRIA_GOV, USA);
    }

    @Test
    void names_the_pairs_the_sdf_low_end_1001_above_the_us_high_end_200() {
      ReportedFigure escapes = reconciliation.conflicting().get(0);

      assertThat(escapes.conflicts())
          .extracting(c -> c.higher().source().actor() + ">" + c.lower().source().actor())
          .containsExactly("sdf>syria-gov", "sdf>usa");
      ClaimConflict withUs = escapes.conflicts().get(1);
      assertThat(withUs.higher().estimate().low()).isEqualTo(1_001);
      assertThat(withUs.lower().estimate().high()).isEqualTo(200);
      assertThat(withUs.gap()).isEqualTo(801);
      assertThat(withUs.lower().channel()).contains(NortheastSyria2026.NYT);
      assertThat(escapes.conflicts().get(0).gap()).isEqualTo(843);
      assertThat(reconciliation.toString())
          .contains("3 figures with several claims, 1 not reconcilable")
          .contains("801 apart, the low end 1,001 of sdf above the high end 200 of usa");
    }
  }

  @Nested
  class The_integration_deadline {
    @Test
    void falls_due_at_the_end_of_2026_01_24_in_damascus() {
      ObligationReport integration = integrationAt(22);

      assertThat(integration.status().deadline().orElseThrow().lapsesAt())
          .isEqualTo(
              ZonedDateTime.of(LocalDate.of(2026, 1, 25).atStartOfDay(), DAMASCUS).toInstant());
    }

    @Test
    void has_two_days_and_twelve_hours_left_at_noon_on_the_22nd() {
      ObligationReport integration = integrationAt(22);

      assertThat(integration.status().state()).isEqualTo(DeadlineStatus.State.PENDING);
      assertThat(integration.status().timeLeft()).isEqualTo(Duration.ofHours(60));
      assertThat(integration.isOpen()).isTrue();
    }

    @Test
    void has_lapsed_after_it_and_is_still_open() {
      DeadlineReport report = DeadlineReport.of(LEDGER, noon(25));
      ObligationReport integration = report.obligation(CEASEFIRE, DECIDE_INTEGRATION).orElseThrow();

      assertThat(integration.status().state()).isEqualTo(DeadlineStatus.State.LAPSED);
      assertThat(integration.status().overdue()).isEqualTo(Duration.ofHours(12));
      assertThat(report.open()).contains(integration);
    }

    private ObligationReport integrationAt(int day) {
      return DeadlineReport.of(LEDGER, noon(day))
          .obligation(CEASEFIRE, DECIDE_INTEGRATION)
          .orElseThrow();
    }
  }

  @Nested
  class The_control_of_al_hol {
    private final ControlTimeline timeline = ControlTimeline.of(LEDGER, AL_HOL);

    @Test
    void was_the_sdf_on_the_20th_and_the_government_on_the_22nd() {
      assertThat(timeline.controllerAt(noon(20))).contains(SDF);
      assertThat(timeline.controllerAt(noon(22))).contains(SYRIA_GOV);
      assertThat(LEDGER.controllerAt(AL_HOL, noon(20))).contains(SDF);
      assertThat(LEDGER.controllerAt(AL_HOL, noon(22))).contains(SYRIA_GOV);
    }

    @Test
    void changed_hands_on_the_20th_or_21st_as_precisely_as_reported() {
      assertThat(timeline.periods()).hasSize(2);
      assertThat(timeline.periods().get(0).until().orElseThrow())
          .hasToString("2026-01-20 to 2026-01-21 (Asia/Damascus)");
      assertThat(timeline.current().orElseThrow().controller()).contains(SYRIA_GOV);
    }
  }

  @Nested
  class The_totals {
    @Test
    void set_the_census_of_those_still_held_in_syria_beside_the_accounts_in_syria() {
      Totals<dev.custody.model.CountryCode> byCountry =
          Totals.of(LEDGER, Dimension.COUNTRY, noon(23));

      assertThat(byCountry.keys()).containsExactly(IRAQ, SYRIA);
      CensusComparison census = byCountry.group(SYRIA).orElseThrow().census().orElseThrow();
      assertThat(census.census()).isEqualTo(EventId.of("still-held-in-syria"));
      assertThat(census.counted()).isEqualTo(Estimate.about(9_000));
      assertThat(census.agrees()).isTrue();
      assertThat(byCountry.group(IRAQ).orElseThrow().total()).hasToString("at least 150");
      assertThat(byCountry.unattributed()).hasToString("at least 81");
    }

    @Test
    void show_that_the_government_holds_the_recaptured_and_iraq_the_first_batch() {
      var byCustodian = Totals.of(LEDGER, Dimension.CUSTODIAN, noon(23));

      assertThat(byCustodian.keys()).containsExactly(IRAQ_GOV, SDF, SYRIA_GOV);
      assertThat(byCustodian.group(SYRIA_GOV).orElseThrow().total().low()).isEqualTo(81);
      assertThat(byCustodian.group(IRAQ_GOV).orElseThrow().total().low()).isEqualTo(150);
    }

    @Test
    void count_the_fighters_held_in_syria_as_the_census_did_within_every_fighter_held() {
      var byCohort = Totals.of(LEDGER, Dimension.COHORT, noon(23));
      var byCustodian = Totals.of(LEDGER, Dimension.CUSTODIAN, noon(23));

      // one cohort, held in Syria and in Iraq: its Syrian part is the census's about 9,000, not the
      // sum of accounts of which only the 150 in Iraq and the 81 recaptured were ever counted
      var fighters = byCohort.groups().get(0);
      assertThat(fighters.partsCountedWhole()).containsExactly(EventId.of("still-held-in-syria"));
      assertThat(fighters.wholeCountedBy()).isEmpty();
      assertThat(fighters.total().isEqual(byCustodian.total())).isTrue();
      assertThat(fighters.total().best()).isEqualTo(9_000 + 150 + 81);
      assertThat(byCustodian.group(SDF).orElseThrow().partsCountedWhole()).isEmpty();
    }
  }
}
