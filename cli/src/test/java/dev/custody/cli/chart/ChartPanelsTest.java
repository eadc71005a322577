package dev.custody.cli.chart;

import static dev.custody.cli.ReferenceScenario.noon;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.cli.ReferenceScenario;
import dev.custody.ledger.Ledger;
import java.awt.image.BufferedImage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Small populations stay readable beside large ones, censuses are marked with their claims, and
 * what nobody recorded is drawn as no line, never as zero. In the reference week the about 9,000
 * still held in Syria dwarf the 119 at large from al-shaddadi and the 150 flown to Iraq.
 */
class ChartPanelsTest {
  private static final Ledger LEDGER = ReferenceScenario.ledger();
  private static final Instant FROM = Instant.parse("2026-01-18T00:00:00Z");
  private static final Timeline WEEK = Timeline.of(LEDGER, FROM, noon(25));
  private static final int ORANGE = 0xff7f0e;
  private static final int PINK = 0xe377c2;

  @Test
  void puts_the_populations_under_a_twentieth_of_the_largest_in_a_panel_of_their_own() {
    Panel[] panels = Panel.of(WEEK, WEEK.series(), WEEK.populations()).split(WEEK).orElseThrow();

    assertThat(panels[0].series()).isEmpty();
    assertThat(panels[0].populations())
        .extracting(PopulationSeries::label)
        .containsExactly(
            "census still-held-in-syria: country SY, cohort fighters affiliated with isis");
    assertThat(panels[0].censuses())
        .extracting(CensusPoint::census)
        .extracting(Object::toString)
        .containsExactly("still-held-in-syria");
    assertThat(panels[1].series())
        .extracting(BalanceSeries::label)
        .containsExactly(
            "held by iraq-gov at iraq-secure",
            "held by syria-gov, place not reported",
            "at large from al-shaddadi");
    assertThat(panels[1].populations()).isEmpty();
  }

  @Test
  void gives_a_legend_row_to_the_open_ended_mark_only_where_it_is_drawn() {
    Panel[] panels = Panel.of(WEEK, WEEK.series(), WEEK.populations()).split(WEEK).orElseThrow();

    // the population of Syria alone: no balance series, so no open-ended mark beside it
    assertThat(panels[0].legendRows()).isEqualTo(1);
    // three balances below, one of them open-ended (those at large): a row for the mark
    assertThat(panels[1].series()).hasSize(3);
    assertThat(panels[1].legendRows()).isEqualTo(4);
    // a panel with nothing drawn says so in one row
    Panel nothing = new Panel(ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
    assertThat(nothing.legendRows()).isEqualTo(1);
  }

  @Test
  void draws_the_small_panel_below_the_large_one() {
    BufferedImage image = TimelineChart.of(WEEK).toImage();
    int split = (int) Math.round(image.getHeight() * 0.55);

    // the escapees, orange, only below; the population of Syria, pink, only above
    assertThat(anyPixel(image, 0, split, ORANGE)).isFalse();
    assertThat(anyPixel(image, split, image.getHeight(), ORANGE)).isTrue();
    assertThat(anyPixel(image, 0, split, PINK)).isTrue();
    assertThat(anyPixel(image, split, image.getHeight(), PINK)).isFalse();
  }

  @Test
  void keeps_one_panel_when_all_are_of_a_size_or_the_image_is_low() {
    Timeline firstDays = Timeline.of(LEDGER, FROM, Instant.parse("2026-01-21T00:00:00Z"));

    assertThat(Panel.of(firstDays, firstDays.series(), firstDays.populations()).split(firstDays))
        .isEmpty();
    // too low for two panels: the escapees are drawn in the top half too
    BufferedImage low = TimelineChart.of(WEEK).withSize(1200, 300).toImage();
    assertThat(anyPixel(low, 0, (int) Math.round(300 * 0.55), ORANGE)).isTrue();
  }

  @Test
  void marks_each_census_in_the_span_with_the_claims_it_rests_on() {
    assertThat(WEEK.censuses()).hasSize(1);
    CensusPoint syria = WEEK.censuses().get(0);

    assertThat(syria.at()).isEqualTo(Instant.parse("2026-01-22T21:00:00Z"));
    assertThat(syria.account()).isEmpty();
    assertThat(syria.count()).hasToString("about 9,000 (8,550-9,450)");
    assertThat(syria.label()).isEqualTo("still-held-in-syria: usa says about 9,000 (8,550-9,450)");
  }

  @Test
  void marks_no_census_taken_outside_the_span() {
    Timeline firstDays = Timeline.of(LEDGER, FROM, Instant.parse("2026-01-21T00:00:00Z"));

    assertThat(firstDays.censuses()).isEmpty();
  }

  @Test
  void draws_no_line_where_the_population_is_not_recorded_not_a_line_at_zero() {
    // counted on the 22nd: nothing pink before it, neither the line nor its band, at any height
    BufferedImage image = TimelineChart.of(WEEK).toImage();
    int split = (int) Math.round(image.getHeight() * 0.55);
    int censusX = 85 + (int) ((1190 - 85) * (4.875 / 7.375));

    assertThat(anyPinkish(image, 90, censusX - 60, 30, split - 80)).isFalse();
    assertThat(anyPinkish(image, censusX + 10, 1180, 30, split - 80)).isTrue();
    assertThat(WEEK.populations().get(0).populations().get(0)).isEmpty();
  }

  private static boolean anyPixel(BufferedImage image, int fromY, int toY, int rgb) {
    for (int y = fromY; y < toY; y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xffffff) == rgb) {
          return true;
        }
      }
    }
    return false;
  }

  /** The pink of the population's line, or its band, pale over white. */
  private static boolean anyPinkish(BufferedImage image, int fromX, int toX, int fromY, int toY) {
    for (int y = fromY; y < toY; y++) {
      for (int x = fromX; x < toX; x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r - g > 15 && b - g > 10) {
          return true;
        }
      }
    }
    return false;
  }
}
