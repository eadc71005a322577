package dev.custody.cli.chart;

import com.google.common.collect.ImmutableList;
import dev.custody.cli.internal.PrintableText;
import dev.custody.model.Estimate;
import java.awt.Color;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The range of one series of a {@link TimelineChart}, from the low to the high end of each balance,
 * as stepped polygons of the series' colour, one per run of samples that know the account.
 */
final class RangeBand {

  private static final int BAND_ALPHA = 56;

  private final ImmutableList<Optional<Estimate>> balances;
  private final ImmutableList<Instant> samples;
  private final List<Date> x = new ArrayList<>();
  private final List<Double> y = new ArrayList<>();

  private RangeBand(ImmutableList<Optional<Estimate>> balances, ImmutableList<Instant> samples) {
    this.balances = balances;
    this.samples = samples;
  }

  /** Adds the band of {@code series}, sampled at {@code samples}, to {@code chart}. */
  static void add(
      XYChart chart, BalanceSeries series, ImmutableList<Instant> samples, Color colour) {
    add(chart, series.label(), series.balances(), samples, colour);
  }

  /** Adds the band of the figures {@code balances} named {@code label} to {@code chart}. */
  static void add(
      XYChart chart,
      String label,
      ImmutableList<Optional<Estimate>> balances,
      ImmutableList<Instant> samples,
      Color colour) {
    RangeBand band = new RangeBand(balances, samples);
    int start = -1;
    for (int i = 0; i <= samples.size(); i++) {
      boolean known = i < samples.size() && balances.get(i).isPresent();
      if (known && start < 0) {
        start = i;
      } else if (!known && start >= 0) {
        band.polygon(start, i - 1);
        start = -1;
      }
    }
    if (band.x.isEmpty()) {
      return;
    }
    XYSeries drawn = chart.addSeries(PrintableText.of(label) + " (range)", band.x, band.y);
    drawn.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    drawn.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA));
    drawn.setLineStyle(SeriesLines.NONE);
    drawn.setMarker(SeriesMarkers.NONE);
    drawn.setShowInLegend(false);
  }

  /** The top of a balance's band: its high end, or its best value when it has none. */
  static long upper(Estimate balance) {
    return balance.hasUpperBound() ? balance.high() : balance.best();
  }

  /** Adds the polygon of samples {@code first..last}: along the low ends, back along the high. */
  private void polygon(int first, int last) {
    if (first == last) {
      return;
    }
    for (int i = first; i <= last; i++) {
      if (i > first) {
        point(i, balance(i - 1).low());
      }
      point(i, balance(i).low());
    }
    for (int i = last; i >= first; i--) {
      point(i, upper(balance(i)));
      if (i > first) {
        point(i, upper(balance(i - 1)));
      }
    }
    // a gap closes the polygon, so that the next one starts afresh
    x.add(Date.from(samples.get(last)));
    y.add(Double.NaN);
  }

  private Estimate balance(int sample) {
    return balances.get(sample).orElseThrow();
  }

  private void point(int sample, long value) {
    x.add(Date.from(samples.get(sample)));
    y.add((double) value);
  }
}
