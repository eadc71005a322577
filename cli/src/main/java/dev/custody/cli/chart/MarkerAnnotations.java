package dev.custody.cli.chart;

import dev.custody.cli.internal.PrintableText;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.Arrays;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;

/**
 * The markers of a {@link TimelineChart}: a vertical line per marker, and its label in the first of
 * a few rows at the top of the plot where it does not run into the label before it.
 */
final class MarkerAnnotations {

  private static final Color CONTROL_COLOUR = new Color(0x44, 0x44, 0x44);
  private static final Color DEADLINE_COLOUR = new Color(0xd62728);
  private static final int LABEL_ROWS = 6;
  private static final int LABEL_ROW_HEIGHT = 17;
  private static final int LABEL_GAP = 16;

  private MarkerAnnotations() {}

  /**
   * Adds the markers of {@code timeline} to {@code chart}, an image {@code height} pixels high,
   * whose axes a first drawing has laid out.
   */
  static void add(XYChart chart, Timeline timeline, int height) {
    // as XChart's drawing measures it: anti-aliased, whole-pixel advances
    FontRenderContext context = new FontRenderContext(null, true, false);
    int top = (int) Math.round(chart.getScreenYFromChart(chart.getStyler().getYAxisMax()));
    int left = (int) Math.round(chart.getScreenXFromChart(timeline.from().toEpochMilli()));
    int right = (int) Math.round(chart.getScreenXFromChart(timeline.to().toEpochMilli()));
    int[] rowEnds = new int[LABEL_ROWS];
    Arrays.fill(rowEnds, Integer.MIN_VALUE);
    for (TimelineMarker marker : timeline.markers()) {
      double at = marker.at().toEpochMilli();
      Color colour =
          marker.kind() == TimelineMarker.Kind.DEADLINE ? DEADLINE_COLOUR : CONTROL_COLOUR;
      chart.addAnnotation(new ColouredLine(at, colour));
      String label = PrintableText.of(marker.label());
      int x = (int) Math.round(chart.getScreenXFromChart(at));
      double textWidth =
          new TextLayout(label, TimelineChart.SMALL_FONT, context)
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
          new ColouredText(label, startX + textWidth / 2, height - centreY, colour));
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
}
