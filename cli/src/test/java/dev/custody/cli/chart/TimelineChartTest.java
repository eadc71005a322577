package dev.custody.cli.chart;

import static dev.custody.cli.ReferenceScenario.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.cli.ReferenceScenario;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chart of the reference case's timeline, from 2026-01-18 to noon on 2026-01-25 in Damascus,
 * drawn as a PNG.
 */
class TimelineChartTest {
  private static final Ledger LEDGER = ReferenceScenario.ledger();
  private static final Instant FROM = Instant.parse("2026-01-18T00:00:00Z");
  private static final TimelineChart CHART = TimelineChart.of(Timeline.of(LEDGER, FROM, noon(25)));
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void a_chart_grows_taller_by_a_legend_row_for_each_series_beyond_six() {
    Timeline week = Timeline.of(LEDGER, FROM, noon(25));
    // ten more accounts, each counted once: each cohort held at al-hol and held with no place
    List<Event> counts = new ArrayList<>();
    for (CohortCategory category : CohortCategory.values()) {
      Cohort cohort = Cohort.of(category, ActorId.of("isis"));
      for (Account account :
          List.of(
              Account.heldAt(ReferenceScenario.SDF, ReferenceScenario.AL_HOL, cohort),
              Account.held(ReferenceScenario.SDF, cohort))) {
        counts.add(
            CensusTaken.of(
                EventId.of("count-" + counts.size()),
                When.at(noon(24)),
                CensusScope.account(account),
                Figure.of(
                    Estimate.exactly(10 + counts.size()),
                    Source.of(ReferenceScenario.SDF),
                    When.at(noon(24)))));
      }
    }
    Ledger crowded = LEDGER.appendAll(counts).ledger();
    Timeline many = Timeline.of(crowded, FROM, noon(25));

    int fewer = week.series().size() + week.populations().size();
    int more = many.series().size() + many.populations().size();
    assertThat(fewer).isLessThanOrEqualTo(6);
    assertThat(more).isGreaterThan(fewer + 6);
    assertThat(TimelineChart.of(week).height()).isEqualTo(700);
    assertThat(TimelineChart.of(many).height()).isEqualTo(700 + 24 * (more - 6));
    assertThat(TimelineChart.of(many).toImage().getHeight()).isEqualTo(700 + 24 * (more - 6));
  }

  @Test
  void writes_a_png_of_1200_by_700_that_is_not_blank(@TempDir Path directory) throws IOException {
    Path file = directory.resolve("timeline.png");

    CHART.writePng(file);

    byte[] bytes = Files.readAllBytes(file);
    assertThat(bytes).startsWith(PNG_SIGNATURE);
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(700);
    assertThat(colours(image)).as("distinct colours").hasSizeGreaterThan(20);
    // the lines of the three accounts in the colours of their places in the whole ledger
    // (purple, brown and orange), and the red deadline
    assertThat(colours(image)).contains(0x9467bd, 0x8c564b, 0xff7f0e, 0xd62728);
  }

  @Test
  void draws_headless() {
    // the build runs its tests as the command runs: headless, with no display
    assertThat(System.getProperty("java.awt.headless")).isEqualTo("true");
    assertThat(GraphicsEnvironment.isHeadless()).isTrue();
    assertThat(CHART.toPngBytes()).startsWith(PNG_SIGNATURE);
  }

  @Test
  void gives_the_same_bytes_for_the_same_ledger() {
    TimelineChart again = TimelineChart.of(Timeline.of(ReferenceScenario.ledger(), FROM, noon(25)));

    assertThat(again.toPngBytes()).isEqualTo(CHART.toPngBytes());
  }

  @Test
  void writes_the_same_png_to_a_stream() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    CHART.writePng(out);

    assertThat(out.toByteArray()).isEqualTo(CHART.toPngBytes());
  }

  @Test
  void names_its_timeline_and_its_size() {
    assertThat(CHART.withSize(800, 500))
        .hasToString(
            "Balances per account, 2026-01-18 to 2026-01-25 09:00 UTC (envelope): 3 series,"
                + " 3 markers, 800x500");
  }

  @Test
  void draws_at_another_size() throws IOException {
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(CHART.withSize(800, 500).toPngBytes()));

    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(500);
  }

  @Test
  void draws_a_span_in_which_nobody_was_held() {
    Timeline early = Timeline.of(LEDGER, FROM, Instant.parse("2026-01-19T00:00:00Z"));

    assertThat(early.series()).isEmpty();
    assertThat(TimelineChart.of(early).toPngBytes()).startsWith(PNG_SIGNATURE);
  }

  @Test
  void refuses_a_size_out_of_range() {
    assertThatThrownBy(() -> CHART.withSize(10, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TimelineChart size (10x10) must be from 200 to 10000 pixels each way");
  }

  private static Set<Integer> colours(BufferedImage image) {
    Set<Integer> colours = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    return colours;
  }
}
