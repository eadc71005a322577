package dev.custody.examples.report;

import static dev.custody.examples.NortheastSyria2026.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.examples.NortheastSyria2026;
import dev.custody.examples.report.TimelineChart.Marker;
import dev.custody.ledger.Ledger;
import dev.custody.model.Reading;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline of the reference case, from 2026-01-18 to noon on 2026-01-25 in Damascus. */
class TimelineChartTest {
  private static final Ledger LEDGER = NortheastSyria2026.ledger();
  private static final Instant FROM = Instant.parse("2026-01-18T00:00:00Z");
  private static final TimelineChart CHART = TimelineChart.of(LEDGER, FROM, noon(25));
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

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
    // the lines of the three accounts, blue, orange and green, and the red deadline
    assertThat(colours(image)).contains(0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728);
  }

  @Test
  void draws_headless() {
    assertThat(System.getProperty("java.awt.headless")).isNotNull();
    assertThat(CHART.toPngBytes()).startsWith(PNG_SIGNATURE);
  }

  @Test
  void gives_the_same_bytes_for_the_same_ledger() {
    TimelineChart again = TimelineChart.of(NortheastSyria2026.ledger(), FROM, noon(25));

    assertThat(again.toPngBytes()).isEqualTo(CHART.toPngBytes());
  }

  @Test
  void has_a_series_per_account_that_held_anyone() {
    assertThat(CHART.series())
        .extracting(TimelineChart.Series::label)
        .containsExactly(
            "held by iraq-gov at iraq-secure",
            "held by syria-gov, place not reported",
            "at large from al-shaddadi");
    TimelineChart.Series atLarge = CHART.series().get(2);
    assertThat(atLarge.balances()).hasSameSizeAs(CHART.samples());
    assertThat(atLarge.balances().get(0)).isEmpty();
    assertThat(atLarge.balances().get(CHART.samples().size() - 1).orElseThrow())
        .hasToString("unknown (best 119)");
  }

  @Test
  void samples_the_span_at_every_event_that_ends_within_it() {
    assertThat(CHART.samples())
        .containsExactly(
            FROM,
            Instant.parse("2026-01-19T21:00:00Z"),
            Instant.parse("2026-01-20T21:00:00Z"),
            Instant.parse("2026-01-21T21:00:00Z"),
            Instant.parse("2026-01-22T21:00:00Z"),
            noon(25));
  }

  @Test
  void marks_the_changes_of_control_and_the_deadline() {
    assertThat(CHART.markers())
        .containsExactly(
            new Marker(
                Instant.parse("2026-01-19T21:00:00Z"),
                Marker.Kind.CONTROL_CHANGE,
                "al-shaddadi: sdf → syria-gov"),
            new Marker(
                Instant.parse("2026-01-21T21:00:00Z"),
                Marker.Kind.CONTROL_CHANGE,
                "al-hol: sdf → syria-gov"),
            new Marker(
                Instant.parse("2026-01-24T21:00:00Z"),
                Marker.Kind.DEADLINE,
                "deadline: decide-integration (sdf)"));
  }

  @Test
  void names_the_span_and_the_reading_in_its_title() {
    TimelineChart government =
        TimelineChart.of(
            LEDGER.withReading(Reading.preferring(NortheastSyria2026.SYRIA_GOV)), FROM, noon(25));

    assertThat(CHART.title())
        .isEqualTo("Balances per account, 2026-01-18 to 2026-01-25 09:00 UTC (envelope)");
    assertThat(government.title()).endsWith("(according to syria-gov)");
    assertThat(government.series().get(2).balances().get(5).orElseThrow())
        .hasToString("at least 61 (best 69)");
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
    TimelineChart early = TimelineChart.of(LEDGER, FROM, Instant.parse("2026-01-19T00:00:00Z"));

    assertThat(early.series()).isEmpty();
    assertThat(early.toPngBytes()).startsWith(PNG_SIGNATURE);
  }

  @Test
  void refuses_a_span_that_ends_before_it_starts() {
    assertThatThrownBy(() -> TimelineChart.of(LEDGER, noon(25), FROM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be before");
    assertThatThrownBy(() -> CHART.withSize(10, 10)).isInstanceOf(IllegalArgumentException.class);
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
