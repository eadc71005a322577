package dev.custody.cli.report;

import static dev.custody.cli.report.JsonValues.NODES;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.PlanProgress;
import dev.custody.aggregate.Population;
import dev.custody.aggregate.RunningTotal;
import dev.custody.cli.internal.Counted;
import dev.custody.cli.report.ReportDocument.Group;
import dev.custody.cli.report.ReportDocument.Paragraph;
import dev.custody.cli.report.ReportDocument.Section;
import dev.custody.event.TransferPlanned;
import dev.custody.model.Claim;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.UnitCount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the report shows running totals of a flow: each beside the movements recorded by then, "130
 * recaptured by 2022-01-23, according to sdf (2022-01-24); movements recorded by then: 104
 * (recaptured-21); by the best values, 26 not recorded". A total above the movements is movements
 * the record lacks, never a conflict; one below them is named as the disagreement rule {@code
 * CUS-020} warns of.
 */
final class RunningTotalEntries {

  private RunningTotalEntries() {}

  /** The section of running totals, when the ledger holds any by the report's instant. */
  static Optional<Section> section(Report report) {
    if (report.runningTotals().isEmpty()) {
      return Optional.empty();
    }
    List<ReportDocument.Block> blocks = new ArrayList<>();
    for (RunningTotal total : report.runningTotals()) {
      blocks.add(
          new Group(
              total.event().id()
                  + ": "
                  + total.event().flow().words()
                  + ", "
                  + total.event().scope()
                  + total.event().plan().map(p -> ", under plan " + p).orElse(""),
              ImmutableList.of(new Paragraph(sentence(total)))));
    }
    return Optional.of(
        new Section(
            "Running totals by "
                + ReportLayout.at(report)
                + ", beside the movements recorded by then ("
                + report.reading()
                + ")",
            ImmutableList.copyOf(blocks)));
  }

  /**
   * "130 recaptured by 2022-01-23, according to sdf (2022-01-24); movements recorded by then: 104
   * (recaptured-21); by the best values, 26 not recorded".
   */
  static String sentence(RunningTotal total) {
    StringBuilder text =
        new StringBuilder()
            .append(totalWords(total))
            .append(' ')
            .append(total.event().flow().words())
            .append(" by ")
            .append(ProvenanceWording.date(total.event().when()));
    List<String> sources = sources(total.event().total());
    if (!sources.isEmpty()) {
      text.append(", according to ").append(String.join("; ", sources));
    }
    text.append("; movements recorded by then: ");
    if (total.movements().isEmpty()) {
      text.append("none");
    } else {
      text.append(total.recorded().toDerivedString())
          .append(" (")
          .append(ReportLayout.events(total.movements()))
          .append(')');
    }
    if (total.disagrees()) {
      text.append("; the total is below them (CUS-020)");
    } else if (!total.movements().isEmpty() && total.unrecorded() > 0) {
      text.append("; by the best values, ")
          .append(String.format(Locale.ROOT, "%,d", total.unrecorded()))
          .append(" not recorded");
    }
    return text.toString();
  }

  /** What {@link #arrivedUnder} says, in the JSON report: each plan with its count. */
  static ArrayNode arrivedJson(dev.custody.aggregate.Group<?> group) {
    ArrayNode arrived = NODES.arrayNode();
    group
        .arrivedUnderPlans()
        .forEach(
            (plan, count) ->
                arrived
                    .addObject()
                    .put("plan", plan.toString())
                    .set("count", JsonValues.derived(count)));
    return arrived;
  }

  /**
   * The total in its source's units when it is one claim's figure in families or households: "925
   * families (people not stated)", never the "at least 925" people that stands for them.
   */
  private static String totalWords(RunningTotal total) {
    List<Claim> counted = total.event().total().counted();
    if (counted.size() == 1
        && counted.get(0).units().isPresent()
        && counted.get(0).estimate().equals(total.total())) {
      return UnitCount.claimed(counted.get(0).units().get(), counted.get(0).estimate());
    }
    return total.total().toString();
  }

  /**
   * "sdf (2022-01-24)": who gave the figures that count, and when, each once; with each one's own
   * figure when several count, "centcom: more than 5,700 (2026-02-13)", so that no source is
   * credited with another's figure that a reading took; and with its status when it is not a plain
   * report, "telesur (2024-03-03; rumoured)".
   */
  private static List<String> sources(Figure figure) {
    List<Claim> counted = new ArrayList<>();
    for (Claim claim : figure.claims()) {
      if (claim.counts() && !figure.isSuperseded(claim)) {
        counted.add(claim);
      }
    }
    Set<String> sources = new LinkedHashSet<>();
    for (Claim claim : counted) {
      sources.add(
          claim.source()
              + (counted.size() > 1 ? ": " + claim.estimate() : "")
              + " ("
              + ProvenanceWording.date(claim.reported())
              // a rumour is read differently from a statement, even when it is the only word
              + (claim.status().kind() == ClaimStatus.Kind.REPORTED ? "" : "; " + claim.status())
              + ")");
    }
    return List.copyOf(sources);
  }

  /** The running total in the JSON report. */
  static ObjectNode json(RunningTotal total) {
    ObjectNode node = NODES.objectNode();
    node.put("event", total.event().id().toString());
    node.put("flow", JsonValues.code(total.event().flow()));
    node.put("scope", total.event().scope().toString());
    node.set("when", JsonValues.when(total.event().when()));
    node.set("total", JsonValues.estimate(total.total()));
    ArrayNode sources = node.putArray("sources");
    sources(total.event().total()).forEach(sources::add);
    node.set("recorded", JsonValues.derived(total.recorded()));
    node.set("movements", JsonValues.ids(total.movements()));
    node.put("unrecorded", total.unrecorded());
    node.put("disagrees", total.disagrees());
    return node.put("text", sentence(total));
  }

  /**
   * The people the running totals of plans say moved beyond the movements recorded one by one,
   * which no balance or total holds, since where each batch was taken from is not on record: "Not
   * in these balances: more than 5,550 transferred under transfer-plan-to-iraq (to iraq-gov at
   * iraq-secure, by its running total transfer-mission-completed) beyond the movements recorded one
   * by one; the accounts they left and entered are not on record." Empty when no plan has a running
   * total above its movements.
   */
  static Optional<ReportDocument.Block> notInBalances(Report report) {
    List<String> parts = new ArrayList<>();
    List<String> counted = new ArrayList<>();
    for (PlanProgress progress : report.plans()) {
      if (progress.reported().isEmpty()) {
        continue;
      }
      Estimate beyond = progress.reported().get().minus(progress.moved());
      if (beyond.hasUpperBound() && beyond.high() == 0) {
        continue;
      }
      TransferPlanned plan = progress.plan();
      parts.add(
          beyond.toDerivedString()
              + " moved under "
              + plan.id()
              + " (to "
              + plan.receiver()
              + plan.destination().map(d -> " at " + d).orElse("")
              + ", by its running total "
              + progress.reportedTotal().orElseThrow()
              + ")");
      if (report.byCustodian().groups().stream()
          .anyMatch(g -> g.arrivedUnderPlans().containsKey(plan.id()))) {
        counted.add(plan.id().toString());
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String beyond =
        String.join("; ", parts)
            + ", beyond the movements recorded one by one; which accounts they left and entered"
            + " is not on record, so no balance is changed by them.";
    if (counted.size() < parts.size()) {
      return Optional.of(new Paragraph("Not in these balances or totals: " + beyond));
    }
    // the totals carry the census they left without them: where the plan took them, they count
    return Optional.of(
        new Paragraph(
            "Not in these balances: "
                + beyond
                + " The totals below count them where the plan took them, and the census of those"
                + " they left without them."));
  }

  /**
   * "; and over 5,550 moved in under transfer-plan-to-iraq beyond the movements recorded, by its
   * running totals": what the running totals of plans added to a group's total; empty when nothing.
   */
  static String arrivedUnder(dev.custody.aggregate.Group<?> group) {
    StringBuilder text = new StringBuilder();
    group
        .arrivedUnderPlans()
        .forEach(
            (plan, count) ->
                text.append("; and ")
                    .append(count.toDerivedString())
                    .append(" moved in under ")
                    .append(plan)
                    .append(" beyond the movements recorded, by its running totals"));
    return text.toString();
  }

  /**
   * ", carried forward by 1 movement across its boundary: first-batch", then what running totals of
   * the plans it draws on added: "; and by the running total mission-complete of a plan it draws
   * on, beyond the movements recorded"; ", no movement across its boundary since" when neither.
   */
  static String carriedBy(Population population) {
    List<EventId> totals = population.runningTotals();
    String reported =
        "less "
            + population.unrecordedDepartures().toDerivedString()
            + " that the running "
            + (totals.size() == 1 ? "total " : "totals ")
            + ReportLayout.firstEvents(totals)
            + " of the plans it draws on count beyond the movements recorded under them";
    if (population.crossings().isEmpty()) {
      return totals.isEmpty()
          ? ", no movement across its boundary since"
          : ", no movement recorded across its boundary since; " + reported;
    }
    return ", carried forward by "
        + Counted.of(population.provenance().movements(), "movement", "movements")
        + " across its boundary: "
        + ReportLayout.firstEvents(population.crossings())
        + (totals.isEmpty() ? "" : "; " + reported);
  }
}
