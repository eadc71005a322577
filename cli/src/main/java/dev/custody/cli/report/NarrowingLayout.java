package dev.custody.cli.report;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.aggregate.Narrowing;
import dev.custody.aggregate.Population;
import dev.custody.cli.internal.AccountPlace;
import dev.custody.cli.report.ReportDocument.Block;
import dev.custody.cli.report.ReportDocument.Field;
import dev.custody.cli.report.ReportDocument.Fields;
import dev.custody.cli.report.ReportDocument.Section;
import dev.custody.event.Account;
import dev.custody.ledger.JointSplit;
import dev.custody.model.EventId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's section on counts that narrow each other: each joint count with the range it leaves
 * each of its parts, each joint movement with the range it gave each part, each account a count
 * narrowed, and the counts that cannot all hold. A report whose counts narrow nothing has no such
 * section.
 */
final class NarrowingLayout {

  private NarrowingLayout() {}

  static Optional<Section> section(Report report) {
    Narrowing narrowing = report.narrowing();
    if (narrowing.narrowed().isEmpty()
        && narrowing.jointCounts().isEmpty()
        && narrowing.jointMovements().isEmpty()
        && narrowing.disagreements().isEmpty()) {
      return Optional.empty();
    }
    List<Block> blocks = new ArrayList<>();
    for (Population count : narrowing.jointCounts()) {
      List<Field> fields = new ArrayList<>();
      fields.add(
          new Field(
              "joint count",
              count.counted()
                  + " counted, "
                  + count.population().toDerivedString()
                  + " now, split unknown"));
      for (Account part : count.scope().joint().orElseThrow()) {
        fields.add(
            new Field("part", place(part) + ": " + narrowing.bounds().get(part).toDerivedString()));
      }
      blocks.add(
          new ReportDocument.Group(
              count.census()
                  + ": one figure over "
                  + count.scope().joint().orElseThrow().size()
                  + " accounts",
              ImmutableList.of(new Fields(ImmutableList.copyOf(fields)))));
    }
    for (JointSplit split : narrowing.jointMovements()) {
      blocks.add(jointMovement(split));
    }
    if (!narrowing.narrowed().isEmpty()) {
      List<Field> fields = new ArrayList<>();
      for (Account account : narrowing.narrowed()) {
        fields.add(
            new Field(
                place(account),
                narrowing.before().get(account)
                    + " on record, narrowed to "
                    + narrowing.bounds().get(account).toDerivedString()
                    + " by "
                    + ReportLayout.events(narrowing.narrowedBy().get(account).asList())));
      }
      blocks.add(
          new ReportDocument.Group(
              "Accounts narrowed by the counts that cover them",
              ImmutableList.of(new Fields(ImmutableList.copyOf(fields)))));
    }
    if (!narrowing.disagreements().isEmpty()) {
      List<Field> fields = new ArrayList<>();
      for (ImmutableSet<EventId> counts : narrowing.disagreements()) {
        fields.add(
            new Field(
                "disagree",
                ReportLayout.events(counts.asList())
                    + ": these counts cannot all hold; the first is set aside"));
      }
      blocks.add(
          new ReportDocument.Group(
              "Counts that cannot all hold",
              ImmutableList.of(new Fields(ImmutableList.copyOf(fields)))));
    }
    return Optional.of(
        new Section(
            "Counts that narrow each other at "
                + ReportLayout.at(report)
                + " ("
                + report.reading()
                + ")",
            ImmutableList.copyOf(blocks)));
  }

  /**
   * A joint movement: its figure, the range the ledger gave each part from what its origin held,
   * and what the origins and the destinations held together right after it.
   */
  private static Block jointMovement(JointSplit split) {
    List<Field> fields = new ArrayList<>();
    fields.add(
        new Field("joint movement", split.figure() + " moved out of them together, split unknown"));
    for (var part : split.parts().entrySet()) {
      fields.add(
          new Field(
              "part", "from " + place(part.getKey()) + ": " + part.getValue().toDerivedString()));
    }
    split
        .originsTogether()
        .ifPresent(
            sum ->
                fields.add(
                    new Field("origins together", sum.toDerivedString() + " left right after it")));
    split
        .destinationsTogether()
        .ifPresent(
            sum ->
                fields.add(
                    new Field("destinations together", sum.toDerivedString() + " right after it")));
    return new ReportDocument.Group(
        split.event() + ": one figure moved out of " + split.parts().size() + " accounts",
        ImmutableList.of(new Fields(ImmutableList.copyOf(fields))));
  }

  private static String place(Account account) {
    return AccountPlace.of(account) + " (" + account.cohort() + ")";
  }
}
