package dev.custody.cli.chart;

import com.google.common.collect.ImmutableList;
import dev.custody.cli.internal.PrintableText;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * The censuses of one panel of a {@link TimelineChart}: a hollow square, outlined in black and
 * filled with the colour of what the census counted, where it counted (at the end of its time, at
 * its best value), and beside it the census's name and the claims behind its figure, moved up a row
 * where it would cover the label of an earlier census.
 */
final class CensusMarks extends Annotation {

  private static final int HALF_SIDE = 6;
  private static final int LABEL_ROW_HEIGHT = 15;
  private static final int MOST_ROWS = 8;
  private static final Color LABEL_COLOUR = new Color(0x22, 0x22, 0x22);

  private final ImmutableList<CensusPoint> points;
  private final ImmutableList<Color> colours;

  private CensusMarks(ImmutableList<CensusPoint> points, ImmutableList<Color> colours) {
    super(false);
    this.points = points;
    this.colours = colours;
  }

  /** Adds the marks of {@code points}, each in the colour at the same index, to {@code chart}. */
  static void add(XYChart chart, List<CensusPoint> points, List<Color> colours) {
    if (!points.isEmpty()) {
      chart.addAnnotation(
          new CensusMarks(ImmutableList.copyOf(points), ImmutableList.copyOf(colours)));
    }
  }

  @Override
  public void paint(Graphics2D g) {
    FontRenderContext context = g.getFontRenderContext();
    int left = getXAxisScreenValueForMin();
    int right = getXAxisScreenValueForMax();
    // the screen's y grows downwards: the plot's top is the smaller of its two ends
    int top = Math.min(getYAxisScreenValueForMax(), getYAxisScreenValueForMin());
    int bottom = Math.max(getYAxisScreenValueForMax(), getYAxisScreenValueForMin());
    List<Rectangle2D> taken = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      CensusPoint point = points.get(i);
      int x = getXAxisScreenValue(point.at().toEpochMilli());
      int y = getYAxisScreenValue(point.count().best());
      if (x < left || x > right) {
        continue;
      }
      g.setColor(colours.get(i));
      g.fillRect(x - HALF_SIDE, y - HALF_SIDE, 2 * HALF_SIDE, 2 * HALF_SIDE);
      g.setColor(Color.BLACK);
      g.setStroke(new BasicStroke(1.5f));
      g.drawRect(x - HALF_SIDE, y - HALF_SIDE, 2 * HALF_SIDE, 2 * HALF_SIDE);

      String label = PrintableText.of(point.label());
      TextLayout layout = new TextLayout(label, TimelineChart.SMALL_FONT, context);
      Rectangle2D size = layout.getBounds();
      double width = size.getWidth();
      double height = size.getHeight();
      double startX =
          x + HALF_SIDE + 4 + width <= right
              ? x + HALF_SIDE + 4
              : Math.max(left, x - HALF_SIDE - 4 - width);
      // above the point, moving further up past earlier labels; below it, and further down, where
      // the plot's top is too near
      double baseline = y - HALF_SIDE - 3;
      int step = -LABEL_ROW_HEIGHT;
      if (baseline - height < top) {
        baseline = y + HALF_SIDE + 3 + height;
        step = LABEL_ROW_HEIGHT;
      }
      Rectangle2D box = new Rectangle2D.Double(startX, baseline - height, width, height);
      for (int row = 0; row < MOST_ROWS && overlaps(box, taken); row++) {
        double next = baseline + step;
        if (next - height < top || next > bottom) {
          break;
        }
        baseline = next;
        box.setRect(startX, baseline - height, width, height);
      }
      taken.add(box);
      g.setColor(LABEL_COLOUR);
      layout.draw(g, (float) startX, (float) baseline);
    }
  }

  private static boolean overlaps(Rectangle2D box, List<Rectangle2D> taken) {
    for (Rectangle2D other : taken) {
      if (box.intersects(other)) {
        return true;
      }
    }
    return false;
  }
}
