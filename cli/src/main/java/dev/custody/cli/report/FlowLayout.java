package dev.custody.cli.report;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.DeathPlace;
import dev.custody.aggregate.Departure;
import dev.custody.aggregate.Intake;
import dev.custody.aggregate.Intakes;
import dev.custody.aggregate.LeftCustody;
import dev.custody.aggregate.OperationProgress;
import dev.custody.aggregate.PhaseProgress;
import dev.custody.aggregate.PlanProgress;
import dev.custody.cli.internal.AccountPlace;
import dev.custody.cli.report.ReportDocument.Block;
import dev.custody.cli.report.ReportDocument.Field;
import dev.custody.cli.report.ReportDocument.Fields;
import dev.custody.cli.report.ReportDocument.Paragraph;
import dev.custody.cli.report.ReportDocument.Section;
import dev.custody.cli.report.ReportDocument.Table;
import dev.custody.event.AccountKind;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.Flow;
import dev.custody.event.IntakeKind;
import dev.custody.event.MovementKind;
import dev.custody.event.TransferPlanned;
import dev.custody.model.ActorId;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityId;
import dev.custody.model.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Lays out the report's sections on people moving in and out of custody and between custodians: the
 * intakes, those who left custody, the plans of every kind of movement, and the handovers of
 * custody in place. A figure nothing was recorded for is written "none recorded", never as zero.
 */
final class FlowLayout {

  /** What the report writes where the record holds nothing, in place of a zero. */
  static final String NONE_RECORDED = "none recorded";

  private FlowLayout() {}

  // ----------------------------------------------------------------------------------------
  // intakes

  static Section intakes(Report report) {
    Intakes intakes = report.intakes();
    String title = "Intakes by " + ReportLayout.at(report) + " (" + intakes.reading() + ")";
    if (intakes.intakes().isEmpty()) {
      return new Section(
          title, ImmutableList.of(new Paragraph("No intake into custody recorded by then.")));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        new Paragraph(
            "People who came into custody from outside it (arrested, captured, surrendered, born in"
                + " custody), as the intakes recorded by then count them."));
    Table.Builder table = Table.withHeaders("how", "into", "cohort", "count", "by");
    for (Intake intake : intakes.intakes()) {
      table.row(
          words(intake.how()),
          AccountPlace.of(intake.into()),
          intake.into().cohort().toString(),
          intake.count().toDerivedString(),
          ReportLayout.events(intake.events()));
    }
    blocks.add(table.build());
    Table.Builder byKind = Table.withHeaders("how", "came into custody");
    for (Map.Entry<IntakeKind, Estimate> kind : intakes.byKind().entrySet()) {
      byKind.row(words(kind.getKey()), kind.getValue().toDerivedString());
    }
    byKind.row("total", intakes.total().orElseThrow().toDerivedString());
    blocks.add(new ReportDocument.Group("By kind", ImmutableList.of(byKind.build())));
    Table.Builder byCustodian = Table.withHeaders("custodian", "came into custody");
    for (Map.Entry<ActorId, Estimate> custodian : intakes.byCustodian().entrySet()) {
      byCustodian.row(custodian.getKey().toString(), custodian.getValue().toDerivedString());
    }
    byCustodian.row("total", intakes.total().orElseThrow().toDerivedString());
    blocks.add(new ReportDocument.Group("By custodian", ImmutableList.of(byCustodian.build())));
    if (!intakes.fallbacks().isEmpty()) {
      blocks.add(
          Fields.of(new Field("from other sources", ReportLayout.events(intakes.fallbacks()))));
    }
    return new Section(title, ImmutableList.copyOf(blocks));
  }

  // ----------------------------------------------------------------------------------------
  // left custody

  static Section leftCustody(Report report) {
    LeftCustody left = report.leftCustody();
    String title = "Left custody by " + ReportLayout.at(report) + " (" + left.reading() + ")";
    List<Block> blocks = new ArrayList<>();
    blocks.add(
        Fields.of(
            new Field(
                "released", total(left, AccountKind.RELEASED) + totalsOf(report, Flow.RELEASED)),
            new Field(
                "repatriated",
                total(left, AccountKind.REPATRIATED) + totalsOf(report, Flow.REPATRIATED)),
            new Field("dead", dead(left) + totalsOf(report, Flow.DIED))));
    if (left.departures().isEmpty()) {
      return new Section(title, ImmutableList.copyOf(blocks));
    }
    if (left.departures().stream().anyMatch(d -> !d.balance().hasUpperBound())) {
      blocks.add(
          new Paragraph(
              "A balance is \"at least\" what moved there when no census counted the account"
                  + " before: people may have left that way before the record began."));
    }
    going(left, AccountKind.RELEASED, "Released", "into").ifPresent(blocks::add);
    going(left, AccountKind.REPATRIATED, "Repatriated", "to").ifPresent(blocks::add);
    deaths(left).ifPresent(blocks::add);
    if (!left.fallbacks().isEmpty()) {
      blocks.add(Fields.of(new Field("from other sources", ReportLayout.events(left.fallbacks()))));
    }
    return new Section(title, ImmutableList.copyOf(blocks));
  }

  /**
   * A pointer to the running totals of {@code flow} ("71 dead by the 22nd"), which count what no
   * movement recorded: beside "none recorded" a reader would otherwise take the flow for empty.
   */
  private static String totalsOf(Report report, Flow flow) {
    long count = report.runningTotals().stream().filter(t -> t.event().flow() == flow).count();
    return count == 0
        ? ""
        : "; " + (count == 1 ? "a running total" : count + " running totals") + " below";
  }

  private static String total(LeftCustody left, AccountKind kind) {
    return left.total(kind).map(Estimate::toDerivedString).orElse(NONE_RECORDED);
  }

  /** "at least 6: at least 4 in custody, at least 2 while at large". */
  private static String dead(LeftCustody left) {
    Optional<Estimate> total = left.total(AccountKind.DEAD);
    if (total.isEmpty()) {
      return NONE_RECORDED;
    }
    List<String> parts = new ArrayList<>();
    for (DeathPlace place : DeathPlace.values()) {
      left.died(place).ifPresent(e -> parts.add(e.toDerivedString() + " " + diedWhere(place)));
    }
    return total.get() + ": " + String.join(", ", parts);
  }

  /** The released or repatriated: one row per account, then the totals by destination. */
  private static Optional<Block> going(
      LeftCustody left, AccountKind kind, String title, String preposition) {
    List<Departure> departures = left.departures(kind);
    if (departures.isEmpty()) {
      return Optional.empty();
    }
    Table.Builder table =
        Table.withHeaders("from", "held by", preposition, "cohort", "balance", "moved there");
    for (Departure departure : departures) {
      table.row(
          departure.fromFacility().map(FacilityId::toString).orElse("not reported"),
          departure.fromCustodian().map(ActorId::toString).orElse("not reported"),
          departure.destination().map(CountryCode::toString).orElse("not reported"),
          departure.account().cohort().toString(),
          departure.balance().toDerivedString(),
          moved(departure));
    }
    String verb = kind.name().toLowerCase(Locale.ROOT);
    Table.Builder destinations = Table.withHeaders(preposition, verb);
    for (Map.Entry<CountryCode, Estimate> country : left.byDestination(kind).entrySet()) {
      destinations.row(country.getKey().toString(), country.getValue().toDerivedString());
    }
    left.destinationNotReported(kind)
        .ifPresent(e -> destinations.row("not reported", e.toDerivedString()));
    destinations.row("total", left.total(kind).orElseThrow().toDerivedString());
    return Optional.of(
        new ReportDocument.Group(
            title,
            ImmutableList.of(
                table.build(),
                new ReportDocument.Group(
                    title + " by destination, across origins",
                    ImmutableList.of(destinations.build())))));
  }

  private static Optional<Block> deaths(LeftCustody left) {
    List<Departure> departures = left.departures(AccountKind.DEAD);
    if (departures.isEmpty()) {
      return Optional.empty();
    }
    Table.Builder table =
        Table.withHeaders("died", "from", "held by", "cohort", "balance", "moved there", "cause");
    for (Departure departure : departures) {
      table.row(
          departure.deathPlace().orElseThrow() == DeathPlace.AT_LARGE
              ? "at large"
              : words(departure.deathPlace().orElseThrow()),
          departure.fromFacility().map(FacilityId::toString).orElse("not reported"),
          departure.fromCustodian().map(ActorId::toString).orElse(""),
          departure.account().cohort().toString(),
          departure.balance().toDerivedString(),
          moved(departure),
          departure.causes().isEmpty() ? "not reported" : String.join("; ", departure.causes()));
    }
    return Optional.of(new ReportDocument.Group("Dead", ImmutableList.of(table.build())));
  }

  /**
   * "exactly 100 by release-1", "all of them: about 3,500 by north-emptied", or what stands behind
   * a balance no movement made.
   */
  private static String moved(Departure departure) {
    if (!departure.hasMovements()) {
      return "no movement recorded; counted by a census";
    }
    String by = " by " + ReportLayout.events(departure.events());
    String moved = departure.moved().toDerivedString();
    if (departure.isAllOfThem()) {
      return "all of them: " + moved + by;
    }
    return departure.allOfThem().isEmpty()
        ? moved + by
        : moved + by + " (all of them by " + ReportLayout.events(departure.allOfThem()) + ")";
  }

  // ----------------------------------------------------------------------------------------
  // operations

  /**
   * The named operations, phase by phase: what each phase's movements moved, "none recorded" for a
   * phase with none; empty when the world declares no operation, so that reports of scenarios
   * without operations stay as they were.
   */
  static Optional<Section> operations(Report report) {
    if (report.operations().isEmpty()) {
      return Optional.empty();
    }
    List<Block> blocks = new ArrayList<>();
    for (OperationProgress operation : report.operations()) {
      Table.Builder table = Table.withHeaders("phase", "moved", "by");
      for (PhaseProgress phase : operation.phases()) {
        table.row(
            phase.phase().isPresent()
                ? phase.phase().getAsInt() + phase.name().map(n -> " " + n).orElse("")
                : "not in a phase",
            phase.moved().map(m -> allOfThem(phase) + m).orElse(NONE_RECORDED),
            phase.events().isEmpty() ? "" : ReportLayout.events(phase.events()));
      }
      table.row("total", operation.moved().map(Estimate::toString).orElse(NONE_RECORDED), "");
      blocks.add(
          new ReportDocument.Group(
              operation.operation().id() + " (" + operation.operation().name() + ")",
              ImmutableList.of(table.build())));
    }
    return Optional.of(
        new Section(
            "Operations ("
                + report.operations().size()
                + ") by "
                + ReportLayout.at(report)
                + " ("
                + report.reading()
                + ")",
            ImmutableList.copyOf(blocks)));
  }

  /** "all of them: " when every movement of the phase moved all of them. */
  private static String allOfThem(PhaseProgress phase) {
    return !phase.allOfThem().isEmpty() && phase.allOfThem().equals(phase.events())
        ? "all of them: "
        : "";
  }

  // ----------------------------------------------------------------------------------------
  // plans

  static Section plans(Report report) {
    List<Block> blocks = new ArrayList<>();
    for (PlanProgress progress : report.plans()) {
      TransferPlanned plan = progress.plan();
      String population =
          progress
              .population()
              .map(p -> p + ", counted by " + progress.populationCensus().orElseThrow())
              .orElse("no census counted it");
      boolean nothingMoved = progress.transfers().isEmpty() && progress.reported().isEmpty();
      Fields fields =
          Fields.of(
              new Field("kind", kind(plan.movementKind())),
              new Field("planned", progress.planned().toString()),
              new Field(
                  done(plan.movementKind()),
                  progress.transfers().isEmpty()
                      ? NONE_RECORDED + (progress.reported().isPresent() ? " one by one" : "")
                      : progress.moved().toDerivedString()
                          + " by "
                          + ReportLayout.events(progress.transfers())
                          + (progress.reported().isPresent() ? ", recorded one by one" : "")),
              new Field(
                  "so far",
                  progress
                      .reportedTotal()
                      .map(
                          total ->
                              progress.reported().orElseThrow().toDerivedString()
                                  + " by the running total "
                                  + total
                                  + (progress.transfersAfterReported().isEmpty()
                                      ? ""
                                      : " and "
                                          + ReportLayout.events(progress.transfersAfterReported())
                                          + " recorded after it"))
                      .orElse("")),
              new Field(
                  "progress",
                  nothingMoved
                      ? NONE_RECORDED
                      : beyond(progress.movedSoFar(), progress.planned())
                          .map(
                              n ->
                                  "none: "
                                      + n
                                      + " more moved than planned, by "
                                      + ReportLayout.events(progress.transfers())
                                      + " against the plan's figure")
                          .orElse(
                              progress.progress().map(Share::toDerivedString).orElse("unknown"))),
              new Field("remaining", progress.remaining().toDerivedString()),
              new Field("population", population),
              new Field("coverage", coverage(progress)),
              new Field(
                  "would stay",
                  progress.wouldStay().map(Estimate::toDerivedString).orElse("unknown")),
              new Field("from other sources", ReportLayout.events(progress.fallbacks())));
      if (progress.reportedTotal().isEmpty()) {
        // "so far" only where a running total of the plan is on record
        fields =
            new Fields(
                fields.fields().stream()
                    .filter(f -> !f.name().equals("so far"))
                    .collect(ImmutableList.toImmutableList()));
      }
      blocks.add(new ReportDocument.Group(planTitle(plan), ImmutableList.of(fields)));
    }
    return new Section(
        "Plans (" + report.plans().size() + ") at " + ReportLayout.at(report),
        blocks.isEmpty() ? ImmutableList.of(new Paragraph("None.")) : ImmutableList.copyOf(blocks));
  }

  /**
   * The plan's share of its population; when the plan is larger than the population its census
   * counted, no share (it would read "52,500%") but the disagreement of the two figures.
   */
  private static String coverage(PlanProgress progress) {
    if (progress.population().isEmpty()) {
      return "unknown";
    }
    Optional<String> excess = beyond(progress.planned(), progress.population().get());
    if (excess.isPresent()) {
      return "none: the plan's figure is "
          + excess.get()
          + " above the population census "
          + progress.populationCensus().orElseThrow()
          + " counted; the two disagree";
    }
    return progress.coverage().map(Share::toDerivedString).orElse("unknown");
  }

  /** What the progress and coverage fields say when a share would exceed 100%. */
  static String disagreement(PlanProgress progress) {
    List<String> parts = new ArrayList<>();
    beyond(progress.moved(), progress.planned())
        .ifPresent(
            n ->
                parts.add(
                    n
                        + " more moved than planned, by "
                        + ReportLayout.events(progress.transfers())));
    String coverage = coverage(progress);
    if (coverage.startsWith("none: ")) {
      parts.add(coverage.substring("none: ".length()));
    }
    return String.join("; ", parts);
  }

  /** By how many the best value of {@code part} exceeds that of {@code whole}, grouped. */
  private static Optional<String> beyond(Estimate part, Estimate whole) {
    return part.best() > whole.best()
        ? Optional.of(String.format(Locale.ROOT, "%,d", part.best() - whole.best()))
        : Optional.empty();
  }

  /**
   * "centcom plans to transfer fighters affiliated with isis from al-shaddadi and at least 2 other
   * facilities in SY to iraq-gov, 2026-01-21 (Asia/Damascus)".
   */
  static String planTitle(TransferPlanned plan) {
    String who = plan.cohort() + " from " + origins(plan);
    String what;
    switch (plan.movementKind()) {
      case RELEASE:
        what = "to release " + who + ", carried out by " + plan.receiver();
        break;
      case REPATRIATION:
        what = "a repatriation programme for " + who + ", received by " + plan.receiver();
        break;
      case HANDOVER:
        what = "to hand " + plan.cohort() + " at " + origins(plan) + " over to " + plan.receiver();
        break;
      default:
        what = "to transfer " + who + " to " + plan.receiver();
    }
    return plan.id()
        + ": "
        + plan.planner()
        + " plans "
        + what
        + plan.destination().map(d -> " at " + d).orElse("")
        + ", "
        + plan.when();
  }

  /** "al-shaddadi and at least 2 other facilities in SY", "north-jail", "SY". */
  private static String origins(TransferPlanned plan) {
    String named = plan.namedFacilities().stream().map(Object::toString).collect(joining());
    String unnamed =
        plan.unnamedFacilities() == 0
            ? ""
            : (named.isEmpty() ? "at least " : " and at least ")
                + plan.unnamedFacilities()
                + (named.isEmpty() ? "" : " other")
                + (plan.unnamedFacilities() == 1 ? " facility" : " facilities");
    String country = plan.originCountry().map(CountryCode::toString).orElse("");
    if (named.isEmpty() && unnamed.isEmpty()) {
      return country;
    }
    return named + unnamed + (country.isEmpty() ? "" : " in " + country);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }

  /** "a transfer", "a repatriation programme". */
  static String kind(MovementKind kind) {
    switch (kind) {
      case RELEASE:
        return "a release";
      case REPATRIATION:
        return "a repatriation programme";
      case HANDOVER:
        return "a handover of custody in place";
      default:
        return "a transfer";
    }
  }

  /** What the movements under a plan of {@code kind} did: "transferred", "repatriated". */
  private static String done(MovementKind kind) {
    switch (kind) {
      case RELEASE:
        return "released";
      case REPATRIATION:
        return "repatriated";
      case HANDOVER:
        return "handed over";
      default:
        return "transferred";
    }
  }

  // ----------------------------------------------------------------------------------------
  // handovers

  /** The handovers of custody at {@code facility}, or those at no facility when empty. */
  static Optional<Block> handovers(Report report, Optional<FacilityId> facility) {
    List<HandoverEntry> here =
        report.handovers().stream()
            .filter(h -> h.event().from().facility().equals(facility))
            .toList();
    if (here.isEmpty()) {
      return Optional.empty();
    }
    Table.Builder table =
        Table.withHeaders("handover", "when", "from", "to", "cohort", "count", "with control");
    for (HandoverEntry handover : here) {
      CustodyHandedOver event = handover.event();
      table.row(
          event.id().toString(),
          event.when().toString(),
          event.from().custodian().orElseThrow().toString(),
          event.receiver().toString(),
          event.from().cohort().toString(),
          handover.size().toString(),
          event.withControl() ? "yes" : "no");
    }
    return Optional.of(
        new ReportDocument.Group(
            facility.isPresent()
                ? "Custody handed over in place"
                : "Custody handed over in place, no facility named",
            ImmutableList.of(table.build())));
  }

  /** "surrender", "not reported", "in custody". */
  private static String words(Enum<?> constant) {
    return constant == DeathPlace.AT_LARGE
        ? "while at large"
        : constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** "in custody", "while at large", "where not reported". */
  private static String diedWhere(DeathPlace place) {
    return place == DeathPlace.NOT_REPORTED ? "where not reported" : words(place);
  }
}
