package dev.custody.cli.chart;

import static dev.custody.cli.ReferenceScenario.noon;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.cli.ReferenceScenario;
import dev.custody.event.Account;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each account keeps its colour in every chart of a scenario: the colours come from the whole
 * ledger, not from the series a window shows.
 */
class SeriesColoursTest {
  private static final Ledger LEDGER = ReferenceScenario.ledger();
  private static final Instant FROM = Instant.parse("2026-01-18T00:00:00Z");
  private static final Timeline WEEK = Timeline.of(LEDGER, FROM, noon(25));

  /** Before the al-hol handover: the escapees from al-shaddadi are the only series. */
  private static final Timeline FIRST_DAYS =
      Timeline.of(LEDGER, FROM, Instant.parse("2026-01-21T00:00:00Z"));

  private static final int BLUE = 0x1f77b4;
  private static final int ORANGE = 0xff7f0e;

  @Test
  void gives_an_account_the_same_colour_in_charts_of_two_windows() {
    assertThat(FIRST_DAYS.series())
        .extracting(BalanceSeries::label)
        .containsExactly("at large from al-shaddadi");
    Account atLarge = FIRST_DAYS.series().get(0).account();
    assertThat(WEEK.series()).extracting(BalanceSeries::account).contains(atLarge);

    assertThat(FIRST_DAYS.colours().of(atLarge).getRGB() & 0xffffff).isEqualTo(ORANGE);
    assertThat(WEEK.colours().of(atLarge)).isEqualTo(FIRST_DAYS.colours().of(atLarge));
    // drawn: orange in both charts; the first colour of the palette, which a colour taken from
    // the series shown would give the only series of the first days, is in neither
    assertThat(colours(TimelineChart.of(FIRST_DAYS).toImage()))
        .contains(ORANGE)
        .doesNotContain(BLUE);
    assertThat(colours(TimelineChart.of(WEEK).toImage())).contains(ORANGE).doesNotContain(BLUE);
  }

  @Test
  void gives_every_series_of_a_window_the_colour_of_the_whole_scenario() {
    SeriesColours whole = SeriesColours.of(LEDGER);
    for (Timeline window :
        List.of(
            WEEK,
            FIRST_DAYS,
            Timeline.of(LEDGER, Instant.parse("2026-01-22T00:00:00Z"), noon(25)))) {
      for (BalanceSeries series : window.series()) {
        assertThat(window.colours().of(series.account()))
            .as(series.label())
            .isEqualTo(whole.of(series.account()));
      }
      for (PopulationSeries population : window.populations()) {
        assertThat(window.colours().ofCensus(population.census()))
            .isEqualTo(whole.ofCensus(population.census()));
      }
    }
  }

  @Test
  void keeps_the_colours_of_the_whole_record_in_a_chart_of_what_was_known() {
    Ledger known = LEDGER.asKnownAt(Instant.parse("2026-01-20T00:00:00Z"));

    Timeline asKnown = Timeline.of(known, FROM, noon(25), SeriesColours.of(LEDGER));

    for (BalanceSeries series : asKnown.series()) {
      assertThat(asKnown.colours().of(series.account()))
          .isEqualTo(WEEK.colours().of(series.account()));
    }
  }

  @Test
  void never_gives_two_accounts_or_censuses_of_a_scenario_one_colour() throws IOException {
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(Path.of("..", "examples", "scenarios"), "*.json")) {
      for (Path file : files) {
        Ledger ledger = CustodyJson.standard().read(file).ledger();
        Instant first = ledger.events().get(0).when().end().minusSeconds(86_400);
        Instant last = ledger.events().get(ledger.events().size() - 1).when().end();
        Timeline all = Timeline.of(ledger, first, last.plusSeconds(86_400));
        Map<Color, String> owners = new HashMap<>();
        for (BalanceSeries series : all.series()) {
          String other = owners.put(all.colours().of(series.account()), series.label());
          assertThat(other).as(file + ": " + series.label()).isNull();
        }
        for (PopulationSeries population : all.populations()) {
          String other =
              owners.put(all.colours().ofCensus(population.census()), population.label());
          assertThat(other).as(file + ": " + population.label()).isNull();
        }
      }
    }
  }

  @Test
  void spreads_slots_past_the_palette_over_distinct_colours_away_from_the_deadline_red() {
    Set<Color> seen = new HashSet<>();
    for (int slot = 0; slot < 500; slot++) {
      Color colour = SeriesColours.colourAt(slot);
      assertThat(seen.add(colour)).as("slot %s", slot).isTrue();
      float[] hsb = Color.RGBtoHSB(colour.getRed(), colour.getGreen(), colour.getBlue(), null);
      if (slot >= SeriesColours.PALETTE.size()) {
        // the palette's brown is reddish but dark; the hues spread after it keep off red
        assertThat(Math.min(hsb[0], 1 - hsb[0])).as("slot %s hue", slot).isGreaterThan(0.05f);
      }
      assertThat(colour.getRGB() & 0xffffff).isNotEqualTo(0xd62728).isNotEqualTo(0x7f7f7f);
    }
    assertThat(SeriesColours.colourAt(0).getRGB() & 0xffffff).isEqualTo(BLUE);
  }

  @Test
  void gives_an_account_the_ledger_never_names_a_colour_of_its_own_that_does_not_change() {
    Account stranger =
        Account.heldAt(
            ActorId.of("nobody"),
            FacilityId.of("nowhere"),
            Cohort.of(CohortCategory.FIGHTERS, ActorId.of("none")));
    SeriesColours colours = SeriesColours.of(LEDGER);
    List<Color> named = new ArrayList<>();
    for (BalanceSeries series : WEEK.series()) {
      named.add(colours.of(series.account()));
    }
    named.add(colours.ofCensus(EventId.of("still-held-in-syria")));

    assertThat(colours.of(stranger))
        .isEqualTo(SeriesColours.of(LEDGER).of(stranger))
        .isNotIn(named);
    assertThat(colours.ofCensus(EventId.of("never-taken")))
        .isEqualTo(SeriesColours.of(LEDGER).ofCensus(EventId.of("never-taken")));
  }

  static Set<Integer> colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return colours;
  }
}
