package dev.custody.cli.chart;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.cli.internal.PrintableText;
import dev.custody.model.Estimate;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A {@link Timeline} drawn as a chart, as a PNG image: one series per account, its best value as a
 * stepped line and its range, from the low to the high end, as a band of the same colour; changes
 * of control and deadlines marked by labelled vertical lines. An unbounded balance ("at least 150",
 * "unknown (best 119)") has no high end: its band stops at the best value and an upward triangle
 * marks it as open-ended. A balance nobody recorded has no line at all, never a line at zero. Each
 * census in the span is a square where it counted, labelled with the claims behind it. Each account
 * and census has the colour {@link Timeline#colours()} gives it, that of the scenario as a whole,
 * so that it keeps its colour whatever the span drawn. Series that never reach {@value
 * #SMALL_SHARE_PERCENT}% of the largest value are drawn in a panel of their own below, on their own
 * scale. Titles, legends and labels are drawn {@linkplain PrintableText printable}: a control
 * character or a bidirectional override in a name shows as its escape.
 *
 * <p>The chart is drawn with XChart into an image in memory: it needs no display, but on a machine
 * without one AWT must be told so, with {@code -Djava.awt.headless=true} (the {@code custody}
 * command runs so; on Linux, AWT also runs so by itself when there is no {@code DISPLAY}). The same
 * chart gives the same bytes on the same machine (dates are written in UTC with the root locale,
 * colours and fonts are fixed, the PNG carries no time stamp); another machine may draw text with
 * other fonts, so the bytes may differ there.
 *
 * <p>This class is immutable and thread-safe; each drawing builds its own XChart objects.
 */
public final class TimelineChart {

  /** The default width, in pixels. */
  public static final int DEFAULT_WIDTH = 1200;

  /** The default height, in pixels, of a chart whose legends hold up to six entries. */
  public static final int DEFAULT_HEIGHT = 700;

  /** The most entries the legends of a chart of the default height hold without crowding it. */
  static final int ROOMY_ENTRIES = 6;

  /** The pixels each entry of a legend takes. */
  static final int LEGEND_ROW = 24;

  private static final int SMALLEST = 200;
  private static final int LARGEST = 10_000;

  private static final Color OPEN_END_COLOUR = new Color(0x7f7f7f);
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);

  /** The font of tick labels and of the markers' labels. */
  static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

  private static final String OPEN_ENDED = "open-ended: no upper bound";

  /** What the vertical axis shows. */
  private static final String AXIS_TITLE = "people: best value (line), low to high (band)";

  /** What the horizontal axis shows, and how a census and a figure nobody recorded look. */
  static final String TIME_TITLE =
      "time (UTC). Squares: censuses, with the claims they rest on."
          + " No line: not recorded, which is not zero";

  /** A series whose values all stay under this share of the largest goes to a panel below. */
  static final int SMALL_SHARE_PERCENT = 5;

  /** The least height of an image that is split into two panels. */
  static final int SPLIT_HEIGHT = 400;

  private static final double TOP_SHARE = 0.55;
  private static final double OPEN_END_LIFT = 0.025;

  private final Timeline timeline;
  private final int width;
  private final int height;

  private TimelineChart(Timeline timeline, int width, int height) {
    this.timeline = timeline;
    this.width = width;
    this.height = height;
  }

  /**
   * Obtains the chart of {@code timeline}, of the default width and of the default height, or
   * taller by {@value #LEGEND_ROW} pixels for each series beyond the {@value #ROOMY_ENTRIES}th: the
   * legends below the plots name every series, and on a fixed height they would take the plots'
   * room (a prison's two cohorts held and at large, with five counts of those at large, left a plot
   * a hundred pixels high).
   *
   * @param timeline what to draw
   * @return the chart
   */
  public static TimelineChart of(Timeline timeline) {
    checkNotNull(timeline, "timeline");
    int entries = timeline.series().size() + timeline.populations().size();
    int height = DEFAULT_HEIGHT + LEGEND_ROW * Math.max(0, entries - ROOMY_ENTRIES);
    return new TimelineChart(timeline, DEFAULT_WIDTH, Math.min(height, LARGEST));
  }

  /**
   * Returns the same chart at another size.
   *
   * @param width the width in pixels, from 200 to 10,000
   * @param height the height in pixels, from 200 to 10,000
   * @return the chart
   * @throws IllegalArgumentException if a size is out of range
   */
  public TimelineChart withSize(int width, int height) {
    checkArgument(
        width >= SMALLEST && width <= LARGEST && height >= SMALLEST && height <= LARGEST,
        "TimelineChart size (%sx%s) must be from %s to %s pixels each way",
        width,
        height,
        SMALLEST,
        LARGEST);
    return new TimelineChart(timeline, width, height);
  }

  /**
   * Returns what the chart draws.
   *
   * @return the timeline
   */
  public Timeline timeline() {
    return timeline;
  }

  /**
   * Returns the width of the image.
   *
   * @return the width in pixels
   */
  public int width() {
    return width;
  }

  /**
   * Returns the height of the image.
   *
   * @return the height in pixels
   */
  public int height() {
    return height;
  }

  /**
   * Draws the chart as a PNG image.
   *
   * @return the bytes of the PNG file
   * @throws UncheckedIOException if the image cannot be encoded
   */
  public byte[] toPngBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writePng(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("TimelineChart could not encode the PNG", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Draws the chart as a PNG image to {@code out}, which this method does not close.
   *
   * @param out where to write
   * @throws IOException if the image cannot be encoded or written
   */
  public void writePng(OutputStream out) throws IOException {
    checkNotNull(out, "out");
    if (!ImageIO.write(toImage(), "png", out)) {
      throw new IOException("no PNG writer is installed");
    }
  }

  /**
   * Draws the chart as a PNG file at {@code path}, replacing any file there.
   *
   * @param path where to write
   * @throws IOException if the file cannot be written
   */
  public void writePng(Path path) throws IOException {
    checkNotNull(path, "path");
    Files.write(path, toPngBytes());
  }

  /**
   * Draws the chart. When some of what it draws never reaches {@value #SMALL_SHARE_PERCENT}% of the
   * largest value drawn, and the image is at least {@value #SPLIT_HEIGHT} pixels high, those series
   * are drawn in a panel of their own below the others, on a scale of their own, so that a prison
   * of 50 stays readable beside a camp of 40,000.
   *
   * @return a new image of {@link #width()} by {@link #height()} pixels
   */
  public BufferedImage toImage() {
    Panel all = Panel.of(timeline, timeline.series(), timeline.populations());
    Optional<Panel[]> split = all.split(timeline);
    if (split.isEmpty() || height < SPLIT_HEIGHT) {
      return draw(all, timeline.title(), AXIS_TITLE, height);
    }
    // each panel's legend takes its own rows; the plots share what is left
    int topLegend = legendHeight(split.get()[0]);
    int bottomLegend = legendHeight(split.get()[1]);
    int plots = Math.max(0, height - topLegend - bottomLegend);
    int topHeight =
        Math.min(height - SMALLEST / 2, (int) Math.round(plots * TOP_SHARE) + topLegend);
    BufferedImage top = draw(split.get()[0], timeline.title(), AXIS_TITLE, topHeight);
    BufferedImage bottom =
        draw(
            split.get()[1],
            "Under " + SMALL_SHARE_PERCENT + "% of the largest, on a scale of their own",
            "people, on this panel's scale",
            height - topHeight);
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.drawImage(top, 0, 0, null);
      g.drawImage(bottom, 0, topHeight, null);
    } finally {
      g.dispose();
    }
    return image;
  }

  /** The height of {@code panel}'s legend: a row for each of its entries. */
  private static int legendHeight(Panel panel) {
    return LEGEND_ROW * panel.legendRows();
  }

  private BufferedImage draw(Panel panel, String title, String axisTitle, int panelHeight) {
    XYChart chart = chart(panel, title, axisTitle, panelHeight);
    // a first drawing lays the axes out, so that the labels can be placed where they fit
    BitmapEncoder.getBufferedImage(chart);
    MarkerAnnotations.add(chart, timeline, panelHeight);
    return BitmapEncoder.getBufferedImage(chart);
  }

  private XYChart chart(Panel panel, String title, String axisTitle, int panelHeight) {
    XYChart chart =
        new XYChartBuilder()
            .width(width)
            .height(panelHeight)
            .title(PrintableText.of(title))
            .xAxisTitle(TIME_TITLE)
            .yAxisTitle(axisTitle)
            .build();
    double yMax = niceCeiling(panel.highest() * 1.3);
    style(chart.getStyler(), yMax);

    SeriesColours colours = timeline.colours();
    List<Date> dates = timeline.samples().stream().map(Date::from).toList();
    List<Date> openX = new ArrayList<>();
    List<Double> openY = new ArrayList<>();
    for (BalanceSeries one : panel.series()) {
      Color colour = colours.of(one.account());
      List<Double> best = new ArrayList<>();
      for (int i = 0; i < dates.size(); i++) {
        Optional<Estimate> balance = one.balances().get(i);
        // not recorded is no line at all, never a line at zero
        best.add(balance.map(b -> (double) b.best()).orElse(Double.NaN));
        if (balance.isPresent() && !balance.get().hasUpperBound()) {
          // just above the point: the range goes on upwards from there
          openX.add(dates.get(i));
          openY.add(balance.get().best() + yMax * OPEN_END_LIFT);
        }
      }
      RangeBand.add(chart, one, timeline.samples(), colour);
      XYSeries line = chart.addSeries(PrintableText.of(one.label()), dates, best);
      line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
      line.setLineColor(colour);
      line.setLineStyle(new BasicStroke(2.5f));
      line.setMarker(SeriesMarkers.CIRCLE);
      line.setMarkerColor(colour);
    }
    // the populations counted as wholes, dashed
    for (PopulationSeries whole : panel.populations()) {
      Color colour = colours.ofCensus(whole.census());
      List<Double> best = new ArrayList<>();
      for (int i = 0; i < dates.size(); i++) {
        best.add(whole.populations().get(i).map(b -> (double) b.best()).orElse(Double.NaN));
      }
      RangeBand.add(chart, whole.label(), whole.populations(), timeline.samples(), colour);
      XYSeries line = chart.addSeries(PrintableText.of(whole.label()), dates, best);
      line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
      line.setLineColor(colour);
      line.setLineStyle(
          new BasicStroke(
              2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {8f, 6f}, 0f));
      line.setMarker(SeriesMarkers.DIAMOND);
      line.setMarkerColor(colour);
    }
    if (panel.series().isEmpty() && panel.populations().isEmpty()) {
      XYSeries none =
          chart.addSeries(
              "no account held anyone",
              List.of(Date.from(timeline.from()), Date.from(timeline.to())),
              List.of(0.0, 0.0));
      none.setLineColor(OPEN_END_COLOUR);
      none.setMarker(SeriesMarkers.NONE);
    }
    if (!openX.isEmpty()) {
      XYSeries open = chart.addSeries(OPEN_ENDED, openX, openY);
      open.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
      open.setMarker(SeriesMarkers.TRIANGLE_UP);
      open.setMarkerColor(OPEN_END_COLOUR);
      open.setLineColor(OPEN_END_COLOUR);
    }
    List<Color> censusColours = new ArrayList<>();
    for (CensusPoint point : panel.censuses()) {
      censusColours.add(
          point.account().map(colours::of).orElseGet(() -> colours.ofCensus(point.census())));
    }
    CensusMarks.add(chart, panel.censuses(), censusColours);
    return chart;
  }

  private void style(XYStyler styler, double yMax) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotBorderColor(Color.GRAY);
    styler.setPlotGridLinesColor(new Color(0xe6e6e6));
    styler.setChartTitleFont(TITLE_FONT);
    styler.setChartTitleBoxVisible(false);
    styler.setLegendFont(FONT);
    styler.setLegendPosition(LegendPosition.OutsideS);
    styler.setLegendLayout(LegendLayout.Vertical);
    styler.setLegendBorderColor(Color.LIGHT_GRAY);
    styler.setAxisTitleFont(FONT);
    styler.setAxisTickLabelsFont(SMALL_FONT);
    styler.setAnnotationTextFont(SMALL_FONT);
    styler.setAnnotationLineStroke(
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
    styler.setLocale(Locale.ROOT);
    styler.setTimezone(TimeZone.getTimeZone("UTC"));
    styler.setDatePattern(
        Duration.between(timeline.from(), timeline.to()).toDays() >= 3
            ? "yyyy-MM-dd"
            : "MM-dd HH:mm");
    styler.setYAxisDecimalPattern("#,##0");
    styler.setXAxisMin((double) timeline.from().toEpochMilli());
    styler.setXAxisMax((double) timeline.to().toEpochMilli());
    styler.setYAxisMin(0.0);
    styler.setYAxisMax(yMax);
    styler.setMarkerSize(7);
    styler.setAntiAlias(true);
    styler.setToolTipsEnabled(false);
  }

  /**
   * The smallest round number (1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten) from value.
   */
  private static double niceCeiling(double value) {
    double power = Math.pow(10, Math.floor(Math.log10(value)));
    for (double step : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  /**
   * Returns the chart in a line: its timeline and its size.
   *
   * @return the text, such as "Balances per account, 2026-01-18 to 2026-01-25 09:00 UTC (envelope):
   *     3 series, 3 markers, 1200x700"
   */
  @Override
  public String toString() {
    return timeline + ", " + width + "x" + height;
  }
}
