package dev.custody.cli.chart;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.model.Estimate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one panel of a {@link TimelineChart} draws: some of a timeline's balance series, some of its
 * populations, and the censuses that counted them.
 *
 * @param series the balances drawn
 * @param populations the populations of censuses of wholes drawn
 * @param censuses the censuses marked: of the accounts and populations drawn
 */
record Panel(
    ImmutableList<BalanceSeries> series,
    ImmutableList<PopulationSeries> populations,
    ImmutableList<CensusPoint> censuses) {

  /** A panel of {@code series} and {@code populations}, with every census of them. */
  static Panel of(
      Timeline timeline, List<BalanceSeries> series, List<PopulationSeries> populations) {
    return new Panel(
        ImmutableList.copyOf(series),
        ImmutableList.copyOf(populations),
        ImmutableList.copyOf(timeline.censuses()));
  }

  /**
   * The rows of this panel's legend: one for each series and population, and one for the mark of
   * open-ended balances or for the line that says no account held anyone, when either is drawn.
   */
  int legendRows() {
    boolean nothingDrawn = series.isEmpty() && populations.isEmpty();
    boolean openEnded =
        series.stream()
            .flatMap(one -> one.balances().stream())
            .anyMatch(b -> b.isPresent() && !b.get().hasUpperBound());
    return series.size() + populations.size() + (nothingDrawn ? 1 : 0) + (openEnded ? 1 : 0);
  }

  /**
   * This panel as two, when some series never reach {@link TimelineChart#SMALL_SHARE_PERCENT}% of
   * the largest value drawn and others do: the large above, the small below, each with its
   * censuses. Empty when all are alike.
   */
  Optional<Panel[]> split(Timeline timeline) {
    double largest = highest();
    ImmutableList.Builder<BalanceSeries> bigSeries = ImmutableList.builder();
    ImmutableList.Builder<BalanceSeries> smallSeries = ImmutableList.builder();
    ImmutableList.Builder<PopulationSeries> bigWholes = ImmutableList.builder();
    ImmutableList.Builder<PopulationSeries> smallWholes = ImmutableList.builder();
    Set<Account> smallAccounts = new HashSet<>();
    Set<Account> bigAccounts = new HashSet<>();
    Set<Object> smallCensuses = new HashSet<>();
    for (BalanceSeries one : series) {
      if (isSmall(highestOf(one.balances()), largest)) {
        smallSeries.add(one);
        smallAccounts.add(one.account());
      } else {
        bigSeries.add(one);
        bigAccounts.add(one.account());
      }
    }
    for (PopulationSeries whole : populations) {
      if (isSmall(highestOf(whole.populations()), largest)) {
        smallWholes.add(whole);
        smallCensuses.add(whole.census());
      } else {
        bigWholes.add(whole);
      }
    }
    ImmutableList.Builder<CensusPoint> bigPoints = ImmutableList.builder();
    ImmutableList.Builder<CensusPoint> smallPoints = ImmutableList.builder();
    for (CensusPoint point : censuses) {
      boolean small =
          point
              .account()
              .map(
                  a ->
                      smallAccounts.contains(a)
                          || (!bigAccounts.contains(a) && isSmall(upper(point.count()), largest)))
              .orElseGet(() -> smallCensuses.contains(point.census()));
      (small ? smallPoints : bigPoints).add(point);
    }
    Panel big = new Panel(bigSeries.build(), bigWholes.build(), bigPoints.build());
    Panel small = new Panel(smallSeries.build(), smallWholes.build(), smallPoints.build());
    boolean bothDrawn =
        !(big.series.isEmpty() && big.populations.isEmpty())
            && !(small.series.isEmpty() && small.populations.isEmpty());
    return bothDrawn ? Optional.of(new Panel[] {big, small}) : Optional.empty();
  }

  /** The highest value drawn: a high end, or a best value where there is none; at least 10. */
  double highest() {
    long highest = 0;
    for (BalanceSeries one : series) {
      highest = Math.max(highest, highestOf(one.balances()));
    }
    for (PopulationSeries whole : populations) {
      highest = Math.max(highest, highestOf(whole.populations()));
    }
    for (CensusPoint point : censuses) {
      highest = Math.max(highest, upper(point.count()));
    }
    return Math.max(highest, 10);
  }

  private static boolean isSmall(long highest, double largest) {
    return highest * 100.0 < largest * TimelineChart.SMALL_SHARE_PERCENT;
  }

  private static long highestOf(List<Optional<Estimate>> figures) {
    long highest = 0;
    for (Optional<Estimate> figure : figures) {
      if (figure.isPresent()) {
        highest = Math.max(highest, upper(figure.get()));
      }
    }
    return highest;
  }

  private static long upper(Estimate figure) {
    return RangeBand.upper(figure);
  }
}
