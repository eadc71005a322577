package dev.custody.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.DeadlineReport;
import dev.custody.aggregate.ObligationReport;
import dev.custody.event.Account;
import dev.custody.event.ControlChanged;
import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.ActorId;
import dev.custody.model.Estimate;
import dev.custody.model.Reading;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The balances of a ledger's accounts over a span of time, drawn as a chart: one series per account
 * that held anyone, its best value as a stepped line and its range, from the low to the high end,
 * as a band of the same colour; changes of control and deadlines marked by labelled vertical lines.
 *
 * <p>The balances are sampled at the start of the span, at the end of the time of every event that
 * ends within it (when the event is certainly done, as {@link Ledger#situationAt(Instant)} counts
 * it) and at the end of the span, under the ledger's reading: chart another reading with {@code
 * TimelineChart.of(ledger.withReading(reading), from, to)}. A balance holds from its sample to the
 * next, so the lines are steps. An account is charted from the first sample whose situation knows
 * it. An unbounded balance ("at least 150", "unknown (best 119)") has no high end: its band stops
 * at the best value and an upward triangle marks it as open-ended.
 *
 * <p>The chart is drawn with XChart, headless: loading this class sets {@code
 * java.awt.headless=true} when the property is not set. The same chart gives the same bytes on the
 * same machine (dates are written in UTC with the root locale, colours and fonts are fixed, the PNG
 * carries no time stamp); another machine may draw text with other fonts, so the bytes may differ
 * there.
 *
 * <p>This class is immutable and thread-safe; each rendering builds its own XChart objects.
 */
public final class TimelineChart {

  static {
    // before anything of AWT is loaded: a server, a build or a test has no display
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  /** The default width, in pixels. */
  public static final int DEFAULT_WIDTH = 1200;

  /** The default height, in pixels. */
  public static final int DEFAULT_HEIGHT = 700;

  private static final int SMALLEST = 200;
  private static final int LARGEST = 10_000;

  /** Tableau's colours without its red, kept for deadlines, and its grey, kept for open ends. */
  private static final ImmutableList<Color> PALETTE =
      ImmutableList.of(
          new Color(0x1f77b4),
          new Color(0xff7f0e),
          new Color(0x2ca02c),
          new Color(0x9467bd),
          new Color(0x8c564b),
          new Color(0xe377c2),
          new Color(0xbcbd22),
          new Color(0x17becf));

  private static final Color CONTROL_COLOUR = new Color(0x44, 0x44, 0x44);
  private static final Color DEADLINE_COLOUR = new Color(0xd62728);
  private static final Color OPEN_END_COLOUR = new Color(0x7f7f7f);
  private static final int BAND_ALPHA = 56;
  private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font SMALL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 16);
  private static final int LABEL_ROWS = 6;
  private static final int LABEL_ROW_HEIGHT = 17;
  private static final int LABEL_GAP = 16;
  private static final String OPEN_ENDED = "open-ended: no upper bound";
  private static final double OPEN_END_LIFT = 0.025;

  private final Reading reading;
  private final Instant from;
  private final Instant to;
  private final ImmutableList<Instant> samples;
  private final ImmutableList<Series> series;
  private final ImmutableList<Marker> markers;
  private final int width;
  private final int height;

  private TimelineChart(
      Reading reading,
      Instant from,
      Instant to,
      ImmutableList<Instant> samples,
      ImmutableList<Series> series,
      ImmutableList<Marker> markers,
      int width,
      int height) {
    this.reading = reading;
    this.from = from;
    this.to = to;
    this.samples = samples;
    this.series = series;
    this.markers = markers;
    this.width = width;
    this.height = height;
  }

  /**
   * Samples the balances of {@code ledger} from {@code from} to {@code to}, under its reading, and
   * finds the changes of control and the deadlines in that span, for a chart of the default size.
   *
   * @param ledger the ledger
   * @param from the start of the span
   * @param to the end of the span, such as the instant of a report
   * @return the chart
   * @throws IllegalArgumentException if {@code from} is not before {@code to}
   * @throws ArithmeticException if a balance overflows a {@code long}
   */
  public static TimelineChart of(Ledger ledger, Instant from, Instant to) {
    checkNotNull(ledger, "ledger");
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(from.isBefore(to), "TimelineChart from (%s) must be before to (%s)", from, to);
    TreeSet<Instant> times = new TreeSet<>(List.of(from, to));
    for (Event event : ledger.events()) {
      Instant end = event.when().end();
      if (end.isAfter(from) && end.isBefore(to)) {
        times.add(end);
      }
    }
    ImmutableList<Instant> samples = ImmutableList.copyOf(times);
    List<Situation> situations = new ArrayList<>();
    for (Instant sample : samples) {
      situations.add(ledger.situationAt(sample));
    }
    return new TimelineChart(
        ledger.reading(),
        from,
        to,
        samples,
        series(situations),
        markers(ledger, from, to),
        DEFAULT_WIDTH,
        DEFAULT_HEIGHT);
  }

  /** One series per account with a positive balance at some sample, by kind and text. */
  private static ImmutableList<Series> series(List<Situation> situations) {
    TreeSet<Account> accounts =
        new TreeSet<>(Comparator.comparing(Account::kind).thenComparing(Account::toString));
    for (Situation situation : situations) {
      situation
          .balances()
          .forEach(
              (account, balance) -> {
                if (balance.best() > 0 || balance.low() > 0) {
                  accounts.add(account);
                }
              });
    }
    Map<String, Integer> places = new HashMap<>();
    accounts.forEach(a -> places.merge(Texts.place(a), 1, Integer::sum));
    ImmutableList.Builder<Series> series = ImmutableList.builder();
    for (Account account : accounts) {
      String place = Texts.place(account);
      String label = places.get(place) > 1 ? place + " (" + account.cohort() + ")" : place;
      ImmutableList<Optional<Estimate>> balances =
          situations.stream()
              .map(s -> Optional.ofNullable(s.balances().get(account)))
              .collect(ImmutableList.toImmutableList());
      series.add(new Series(account, label, balances));
    }
    return series.build();
  }

  /** The changes of control done, and the deadlines in force, within the span, in time order. */
  private static ImmutableList<Marker> markers(Ledger ledger, Instant from, Instant to) {
    List<Marker> markers = new ArrayList<>();
    for (Event event : ledger.eventsBy(to)) {
      if (event instanceof ControlChanged change && !change.when().end().isBefore(from)) {
        markers.add(
            new Marker(
                change.when().end(),
                Marker.Kind.CONTROL_CHANGE,
                change.facility()
                    + ": "
                    + change.from().map(ActorId::toString).map(a -> a + " → ").orElse("to ")
                    + change.to()));
      }
    }
    for (ObligationReport obligation : DeadlineReport.of(ledger, to).obligations()) {
      obligation
          .status()
          .deadline()
          .filter(d -> !d.lapsesAt().isBefore(from) && !d.lapsesAt().isAfter(to))
          .ifPresent(
              d ->
                  markers.add(
                      new Marker(
                          d.lapsesAt(),
                          Marker.Kind.DEADLINE,
                          "deadline: "
                              + obligation.obligation().id()
                              + " ("
                              + obligation.obligation().obligor()
                              + ")")));
    }
    markers.sort(Comparator.comparing(Marker::at));
    return ImmutableList.copyOf(markers);
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
    return new TimelineChart(reading, from, to, samples, series, markers, width, height);
  }

  /**
   * Returns the reading under which the balances were read.
   *
   * @return the ledger's reading
   */
  public Reading reading() {
    return reading;
  }

  /**
   * Returns the start of the span.
   *
   * @return the instant
   */
  public Instant from() {
    return from;
  }

  /**
   * Returns the end of the span.
   *
   * @return the instant
   */
  public Instant to() {
    return to;
  }

  /**
   * Returns the instants at which the balances were sampled: the start, the ends of the events
   * within the span, the end; in order, without repeats.
   *
   * @return the samples
   */
  public ImmutableList<Instant> samples() {
    return samples;
  }

  /**
   * Returns the series, one per account with a positive balance at some sample.
   *
   * @return the series, held accounts first
   */
  public ImmutableList<Series> series() {
    return series;
  }

  /**
   * Returns the changes of control and deadlines marked on the chart, in time order.
   *
   * @return the markers
   */
  public ImmutableList<Marker> markers() {
    return markers;
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
   * Returns the chart's title: "Balances per account, 2026-01-12 to 2026-01-23 09:00 UTC
   * (envelope)".
   *
   * @return the title
   */
  public String title() {
    return "Balances per account, " + format(from) + " to " + format(to) + " UTC (" + reading + ")";
  }

  private static String format(Instant instant) {
    DateTimeFormatter format =
        instant.atOffset(ZoneOffset.UTC).toLocalTime().equals(LocalTime.MIDNIGHT)
            ? DateTimeFormatter.ISO_LOCAL_DATE
            : DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    return format.format(instant.atOffset(ZoneOffset.UTC));
  }

  /**
   * Draws the chart as a PNG image.
   *
   * @return the bytes of the PNG file
   * @throws UncheckedIOException if the image cannot be encoded
   */
  public byte[] toPngBytes() {
    BufferedImage image = toImage();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", bytes)) {
        throw new IOException("no PNG writer is installed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("TimelineChart could not encode the PNG", e);
    }
    return bytes.toByteArray();
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
   * Draws the chart.
   *
   * @return a new image of {@link #width()} by {@link #height()} pixels
   */
  public BufferedImage toImage() {
    XYChart chart = chart();
    // a first drawing lays the axes out, so that the labels can be placed where they fit
    BitmapEncoder.getBufferedImage(chart);
    annotate(chart);
    return BitmapEncoder.getBufferedImage(chart);
  }

  private XYChart chart() {
    XYChart chart =
        new XYChartBuilder()
            .width(width)
            .height(height)
            .title(title())
            .xAxisTitle("time (UTC)")
            .yAxisTitle("people: best value (line), low to high (band)")
            .build();
    XYStyler styler = chart.getStyler();
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
    styler.setDatePattern(Duration.between(from, to).toDays() >= 3 ? "yyyy-MM-dd" : "MM-dd HH:mm");
    styler.setYAxisDecimalPattern("#,##0");
    styler.setXAxisMin((double) from.toEpochMilli());
    styler.setXAxisMax((double) to.toEpochMilli());
    styler.setYAxisMin(0.0);
    double yMax = niceCeiling(highest() * 1.3);
    styler.setYAxisMax(yMax);
    styler.setMarkerSize(7);
    styler.setAntiAlias(true);
    styler.setToolTipsEnabled(false);

    List<Date> dates = samples.stream().map(Date::from).toList();
    List<Date> openX = new ArrayList<>();
    List<Double> openY = new ArrayList<>();
    for (int s = 0; s < series.size(); s++) {
      Series one = series.get(s);
      Color colour = PALETTE.get(s % PALETTE.size());
      List<Double> best = new ArrayList<>();
      for (int i = 0; i < samples.size(); i++) {
        Optional<Estimate> balance = one.balances().get(i);
        best.add(balance.map(b -> (double) b.best()).orElse(Double.NaN));
        if (balance.isPresent() && !balance.get().hasUpperBound()) {
          // just above the point: the range goes on upwards from there
          openX.add(dates.get(i));
          openY.add(balance.get().best() + yMax * OPEN_END_LIFT);
        }
      }
      band(chart, one, colour);
      XYSeries line = chart.addSeries(one.label(), dates, best);
      line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Step);
      line.setLineColor(colour);
      line.setLineStyle(new BasicStroke(2.5f));
      line.setMarker(SeriesMarkers.CIRCLE);
      line.setMarkerColor(colour);
    }
    if (series.isEmpty()) {
      XYSeries none =
          chart.addSeries(
              "no account held anyone", List.of(Date.from(from), Date.from(to)), List.of(0.0, 0.0));
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
    return chart;
  }

  /** The range of one series as stepped polygons, one per run of samples that know the account. */
  private void band(XYChart chart, Series one, Color colour) {
    List<Date> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= samples.size(); i++) {
      boolean known = i < samples.size() && one.balances().get(i).isPresent();
      if (known && start < 0) {
        start = i;
      } else if (!known && start >= 0) {
        polygon(one, start, i - 1, x, y);
        start = -1;
      }
    }
    if (x.isEmpty()) {
      return;
    }
    XYSeries band = chart.addSeries(one.label() + " (range)", x, y);
    band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
    band.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), BAND_ALPHA));
    band.setLineStyle(SeriesLines.NONE);
    band.setMarker(SeriesMarkers.NONE);
    band.setShowInLegend(false);
  }

  /** Adds the polygon of samples {@code first..last}: along the low ends, back along the high. */
  private void polygon(Series one, int first, int last, List<Date> x, List<Double> y) {
    if (first == last) {
      return;
    }
    for (int i = first; i <= last; i++) {
      Estimate balance = one.balances().get(i).orElseThrow();
      if (i > first) {
        point(x, y, i, one.balances().get(i - 1).orElseThrow().low());
      }
      point(x, y, i, balance.low());
    }
    for (int i = last; i >= first; i--) {
      Estimate balance = one.balances().get(i).orElseThrow();
      point(x, y, i, upper(balance));
      if (i > first) {
        point(x, y, i, upper(one.balances().get(i - 1).orElseThrow()));
      }
    }
    // a gap closes the polygon, so that the next one starts afresh
    x.add(Date.from(samples.get(last)));
    y.add(Double.NaN);
  }

  private void point(List<Date> x, List<Double> y, int sample, long value) {
    x.add(Date.from(samples.get(sample)));
    y.add((double) value);
  }

  private static long upper(Estimate balance) {
    return balance.hasUpperBound() ? balance.high() : balance.best();
  }

  /** The highest value drawn: a high end, or a best value where there is none. */
  private double highest() {
    long highest = 0;
    for (Series one : series) {
      for (Optional<Estimate> balance : one.balances()) {
        if (balance.isPresent()) {
          highest = Math.max(highest, upper(balance.get()));
        }
      }
    }
    return Math.max(highest, 10);
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

  /** Adds a line per marker and its label, in the first row at the top where the label fits. */
  private void annotate(XYChart chart) {
    // as XChart's drawing measures it: anti-aliased, whole-pixel advances
    FontRenderContext context = new FontRenderContext(null, true, false);
    int top = (int) Math.round(chart.getScreenYFromChart(chart.getStyler().getYAxisMax()));
    int left = (int) Math.round(chart.getScreenXFromChart(from.toEpochMilli()));
    int right = (int) Math.round(chart.getScreenXFromChart(to.toEpochMilli()));
    int[] rowEnds = new int[LABEL_ROWS];
    Arrays.fill(rowEnds, Integer.MIN_VALUE);
    for (Marker marker : markers) {
      double at = marker.at().toEpochMilli();
      Color colour = marker.kind() == Marker.Kind.DEADLINE ? DEADLINE_COLOUR : CONTROL_COLOUR;
      chart.addAnnotation(new ColouredLine(at, colour));
      int x = (int) Math.round(chart.getScreenXFromChart(at));
      double textWidth =
          new TextLayout(marker.label(), SMALL_FONT, context)
              .getOutline(null)
              .getBounds2D()
              .getWidth();
      // right of the line, or left of it where the plot ends first
      double startX = x + 5 + textWidth <= right ? x + 5 : Math.max(left, x - 5 - textWidth);
      int row = 0;
      while (row < LABEL_ROWS - 1 && rowEnds[row] > startX - LABEL_GAP) {
        row++;
      }
      rowEnds[row] = (int) Math.ceil(startX + textWidth);
      int centreY = top + 12 + row * LABEL_ROW_HEIGHT;
      chart.addAnnotation(
          new ColouredText(marker.label(), startX + textWidth / 2, height - centreY, colour));
    }
  }

  /** A vertical line across the plot, in its own colour. */
  private static final class ColouredLine extends AnnotationLine {
    private final Color colour;

    ColouredLine(double x, Color colour) {
      super(x, true, false);
      this.colour = colour;
    }

    @Override
    public void paint(Graphics2D g) {
      Color shared = styler.getAnnotationLineColor();
      styler.setAnnotationLineColor(colour);
      try {
        super.paint(g);
      } finally {
        styler.setAnnotationLineColor(shared);
      }
    }
  }

  /** A label centred at a point of the image, in its own colour. */
  private static final class ColouredText extends AnnotationText {
    private final Color colour;

    ColouredText(String text, double x, double yFromBottom, Color colour) {
      super(text, x, yFromBottom, true);
      this.colour = colour;
    }

    @Override
    public void paint(Graphics2D g) {
      Color shared = styler.getAnnotationTextFontColor();
      styler.setAnnotationTextFontColor(colour);
      try {
        super.paint(g);
      } finally {
        styler.setAnnotationTextFontColor(shared);
      }
    }
  }

  /**
   * The balances of one account at the samples of the chart.
   *
   * @param account the account
   * @param label its name in the legend: where it is ("held by sdf at al-hol", "at large from
   *     al-shaddadi"), with its cohort when another account charted is in the same place
   * @param balances its balance at each sample, empty where the situation does not know it yet
   */
  public record Series(Account account, String label, ImmutableList<Optional<Estimate>> balances) {

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Series {
      checkNotNull(account, "account");
      checkNotNull(label, "label");
      checkNotNull(balances, "balances");
    }
  }

  /**
   * A vertical line on the chart, with its label.
   *
   * @param at where it is drawn
   * @param kind what it marks
   * @param label its label, such as "al-hol: sdf → syria-gov" or "deadline: decide-integration
   *     (sdf)"
   */
  public record Marker(Instant at, Kind kind, String label) {

    /** What a marker marks. */
    public enum Kind {
      /** A change of control of a facility, at the end of its time, when it is certainly done. */
      CONTROL_CHANGE,
      /** The lapse of the deadline in force of an obligation. */
      DEADLINE
    }

    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     */
    public Marker {
      checkNotNull(at, "at");
      checkNotNull(kind, "kind");
      checkNotNull(label, "label");
    }
  }

  /**
   * Returns the chart in a line: its title, how many series and markers.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return title()
        + ": "
        + Texts.count(series.size(), "series", "series")
        + ", "
        + Texts.count(markers.size(), "marker", "markers")
        + ", "
        + width
        + "x"
        + height;
  }
}
