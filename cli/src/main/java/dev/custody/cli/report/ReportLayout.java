package dev.custody.cli.report;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.ControlPeriod;
import dev.custody.aggregate.ControlTimeline;
import dev.custody.aggregate.Group;
import dev.custody.aggregate.ObligationReport;
import dev.custody.aggregate.Population;
import dev.custody.aggregate.Provenance;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.aggregate.Totals;
import dev.custody.agreement.Agreement;
import dev.custody.cli.internal.AccountPlace;
import dev.custody.cli.internal.Counted;
import dev.custody.cli.report.ReportDocument.Block;
import dev.custody.cli.report.ReportDocument.Field;
import dev.custody.cli.report.ReportDocument.Fields;
import dev.custody.cli.report.ReportDocument.Paragraph;
import dev.custody.cli.report.ReportDocument.Section;
import dev.custody.cli.report.ReportDocument.Table;
import dev.custody.event.Account;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.ClaimConflict;
import dev.custody.model.ClaimId;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Cohort;
import dev.custody.model.Dispute;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Share;
import dev.custody.model.UnitCount;
import dev.custody.rules.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Lays a {@link Report} out as a {@link ReportDocument} for the text and Markdown renderers. */
final class ReportLayout {

  /** What a balance or group the record says nothing of holds, as the report says it. */
  static final String NOT_RECORDED = "not recorded";

  /** The most movements across a census's boundary the text names; the JSON names them all. */
  static final int MOST_CROSSINGS_LISTED = 10;

  private ReportLayout() {}

  static ReportDocument of(Report report) {
    ReportHeader header = report.header();
    ImmutableList<Field> fields =
        ImmutableList.of(
            new Field("reading", header.readingText()),
            new Field("readings", header.readings().toString()),
            new Field(
                "ledger",
                Counted.of(header.actors(), "actor", "actors")
                    + ", "
                    + Counted.of(header.facilities(), "facility", "facilities")
                    + ", "
                    + Counted.of(header.events(), "event", "events")
                    + ", "
                    + header.eventsByAsOf()
                    + " of them certainly done by then"),
            new Field("verdict", header.verdictText() + ", every event checked under this reading"),
            new Field("known", header.knownText()));
    ImmutableList.Builder<Section> sections = ImmutableList.builder();
    if (!header.verdict().violations().isEmpty()) {
      sections.add(violations(header));
    }
    sections
        .add(actors(report))
        .add(facilities(report))
        .add(balances(report))
        .add(populations(report));
    NarrowingLayout.section(report).ifPresent(sections::add);
    sections
        .add(FlowLayout.intakes(report))
        .add(FlowLayout.leftCustody(report))
        .add(FlowLayout.plans(report));
    FlowLayout.operations(report).ifPresent(sections::add);
    RunningTotalEntries.section(report).ifPresent(sections::add);
    sections
        .add(EscapesLayout.section(report))
        .add(sources(report))
        .add(deadlines(report))
        .add(control(report));
    return new ReportDocument(
        header.title() + " as of " + header.asOfText(), fields, sections.build());
  }

  private static Section violations(ReportHeader header) {
    Table.Builder table = Table.withHeaders("rule", "severity", "event", "field", "message");
    for (Violation violation : header.verdict().violations()) {
      table.row(
          violation.code(),
          violation.severity().name().toLowerCase(Locale.ROOT),
          violation.event().toString(),
          violation.field(),
          violation.message());
    }
    return new Section(
        "Rule violations under " + header.reading() + " (" + header.verdictText() + ")",
        ImmutableList.of(table.build()));
  }

  private static Section actors(Report report) {
    Table.Builder table = Table.withHeaders("id", "name", "kind", "part of");
    for (Actor actor : report.actors()) {
      table.row(
          actor.id().toString(),
          actor.name(),
          actor.kind().label(),
          actor.parent().map(ActorId::toString).orElse(""));
    }
    return new Section(
        "Actors (" + report.actors().size() + ")", blocksOrNone(report.actors(), table.build()));
  }

  /**
   * Who controlled the facility at the report's instant, or what became of its control: contested
   * between named actors or abandoned is a state on record, not "not recorded".
   */
  static String control(Report report, FacilityEntry entry) {
    if (entry.controller().isPresent()) {
      return entry.controller().get().toString();
    }
    return report.control().stream()
        .filter(t -> t.facility().equals(entry.facility().id()))
        .findFirst()
        .flatMap(t -> t.periodAt(report.asOf()))
        .map(ControlPeriod::describe)
        .orElse("not recorded");
  }

  private static Section facilities(Report report) {
    Table.Builder table =
        Table.withHeaders("id", "name", "kind", "location", "capacity", "controller");
    for (FacilityEntry entry : report.facilities()) {
      Facility facility = entry.facility();
      table.row(
          facility.id().toString(),
          facility.name(),
          kind(facility.kind()),
          facility.location().toString(),
          // as built or declared, or as the sources report it, read under the report's reading
          facility.capacity().isPresent()
              ? String.format(Locale.ROOT, "%,d", facility.capacity().getAsLong())
              : facility.reportedCapacity().map(c -> report.reading().of(c).toString()).orElse(""),
          control(report, entry));
    }
    return new Section(
        "Facilities (" + report.facilities().size() + "), controllers at " + at(report),
        blocksOrNone(report.facilities(), table.build()));
  }

  private static Section balances(Report report) {
    NothingOnRecord nothing = NothingOnRecord.of(report);
    List<Block> blocks = new ArrayList<>();
    if (report.balances().isEmpty()) {
      blocks.add(new Paragraph("No event touched any account by then."));
    } else {
      Table.Builder table = Table.withHeaders("account", "cohort", "balance");
      Table.Builder known = Table.withHeaders("account", "cohort", "known from");
      for (AccountBalance balance : report.balances()) {
        // the account of a wider cohort holds only the rest once nested cohorts were counted apart:
        // its balance is not the whole, and says so
        table.row(
            AccountPlace.of(balance.account()),
            balance.account().cohort()
                + (balance.provenance().lessCountedApart().isEmpty()
                    ? ""
                    : " (the rest, beside the parts counted apart)"),
            nothing.saysNothing(balance) ? NOT_RECORDED : balance.balance().toDerivedString());
        known.row(
            AccountPlace.of(balance.account()),
            balance.account().cohort().toString(),
            ProvenanceWording.brief(balance.provenance()));
      }
      blocks.add(table.build());
      blocks.add(
          new ReportDocument.Group("How each balance is known", ImmutableList.of(known.build())));
    }
    RunningTotalEntries.notInBalances(report).ifPresent(blocks::add);
    blocks.add(totals("Held by custodian", report.byCustodian(), nothing));
    blocks.add(totals("Held by country", report.byCountry(), nothing));
    for (Totals<?> totals : report.byKind()) {
      blocks.add(totals(title(totals), totals, nothing));
    }
    return new Section(
        "Balances at " + at(report) + " (" + report.reading() + ")", ImmutableList.copyOf(blocks));
  }

  /**
   * Every census with the population it counted, carried forward to the report's instant: a count
   * of a whole (a facility, a country, a custodian) stays visible and current, and what its parts
   * counted apart leave unexplained is its remainder.
   */
  private static Section populations(Report report) {
    List<Block> blocks = new ArrayList<>();
    for (Population population : report.populations()) {
      Provenance provenance = population.provenance();
      List<Field> fields = new ArrayList<>();
      fields.add(
          new Field(
              "counted",
              (population.hasStandingCount()
                      ? population
                          .countedUnits()
                          .map(units -> UnitCount.claimed(units, population.counted()))
                          .orElse(population.counted().toString())
                      : "no figure that stands")
                  + ", "
                  + ProvenanceWording.counted(provenance)));
      if (!population.hasStandingCount()) {
        fields.add(
            new Field(
                "now",
                "no figure stands: every claim of it is retracted, refuted or misattributed, or"
                    + " disputes it without a number (see the sources)"));
        blocks.add(
            new ReportDocument.Group(
                population.census() + ": " + population.scope(),
                ImmutableList.of(new Fields(ImmutableList.copyOf(fields)))));
        continue;
      }
      fields.add(
          new Field(
              "now",
              (population.outrunBy().isPresent()
                      ? "no longer describes anyone recorded: more left at "
                          + population.outrunBy().get()
                          + " than it could still hold"
                      : population.population().toDerivedString())
                  + RunningTotalEntries.carriedBy(population)));
      if (population.isCurrent() && !population.countedParts().isEmpty()) {
        fields.add(
            new Field(
                "counted apart",
                population.countedPartsTotal().toDerivedString()
                    + " in "
                    + population.countedParts().stream()
                        .map(a -> AccountPlace.of(a) + " (" + a.cohort() + ")")
                        .collect(Collectors.joining("; "))));
        fields.add(
            new Field(
                "remainder", population.remainder().toDerivedString() + ", not counted apart"));
      }
      blocks.add(
          new ReportDocument.Group(
              population.census() + ": " + population.scope(),
              ImmutableList.of(new Fields(ImmutableList.copyOf(fields)))));
    }
    return new Section(
        "Censuses and their populations at " + at(report) + " (" + report.reading() + ")",
        report.populations().isEmpty()
            ? ImmutableList.of(new Paragraph("No census taken by then."))
            : ImmutableList.copyOf(blocks));
  }

  /**
   * The group's key; a cohort with cohorts within it among the groups says that its total leaves
   * them out: the accounts of nested cohorts are disjoint from the wider one's, which holds the
   * rest.
   */
  private static <K> String keyText(Totals<K> totals, K key) {
    if (key instanceof Cohort cohort
        && totals.groups().stream()
            .anyMatch(
                g ->
                    g.key() instanceof Cohort other
                        && !other.equals(cohort)
                        && other.isWithin(cohort))) {
      return key + " (beside those counted in the cohorts within it)";
    }
    return key.toString();
  }

  private static <K> Block totals(String title, Totals<K> totals, NothingOnRecord nothing) {
    String dimension = totals.dimension().name();
    List<String> notRecorded = nothing.notRecorded(totals);
    // beside groups not recorded, a share is of what is on record, not of the whole: it says so
    Table.Builder table =
        Table.withHeaders(
            dimension,
            kindWord(totals),
            notRecorded.isEmpty() ? "share" : "share of recorded",
            "known from");
    List<Field> censuses = new ArrayList<>();
    for (Group<K> group : totals.groups()) {
      // a group the record says nothing of has no figure, and so no share of the total
      table.row(
          keyText(totals, group.key()),
          nothing.group(group)
              ? NOT_RECORDED
              : nothing
                  .recordedPart(group)
                  .map(p -> p.toDerivedString() + " on record")
                  .orElse(group.total().toDerivedString()),
          nothing.share(group, totals).map(Share::toDerivedString).orElse(""),
          group
                  .wholeCountedBy()
                  .map(
                      c ->
                          "the whole, counted by "
                              + c
                              + " and carried forward; its accounts: "
                              + ProvenanceWording.of(group.provenance().values()))
                  .orElse(
                      group.partsCountedWhole().isEmpty()
                          ? ProvenanceWording.of(group.provenance().values())
                          : "parts counted whole by "
                              + group.partsCountedWhole().stream()
                                  .map(Object::toString)
                                  .collect(Collectors.joining(", "))
                              + " and carried forward; its accounts: "
                              + ProvenanceWording.of(group.provenance().values()))
              + RunningTotalEntries.arrivedUnder(group));
      group.census().ifPresent(c -> censuses.add(new Field(group.key().toString(), c.toString())));
    }
    if (totals.hasUnattributed()) {
      table.row(
          "no " + dimension + " recorded",
          totals.unattributed().toDerivedString(),
          "",
          ProvenanceWording.of(unattributed(totals)));
    }
    // before anything of the kind is on record the total is not known, which is not zero; beside
    // groups the record says nothing of, it is the total of what is on record, and says so
    Optional<Estimate> recorded = nothing.recordedTotal(totals);
    table.row(
        "total",
        !totals.isRecorded() || nothing.nothingAtAll(totals)
            ? NOT_RECORDED
            : recorded
                .map(r -> r.toDerivedString() + " on record")
                .orElse(totals.total().toDerivedString()),
        "",
        ProvenanceWording.of(totals.provenance().values())
            + (notRecorded.isEmpty() ? "" : "; not recorded: " + String.join(", ", notRecorded)));
    List<Block> parts = new ArrayList<>();
    parts.add(table.build());
    if (!censuses.isEmpty()) {
      parts.add(
          new Paragraph("Censuses that counted a group, beside what its accounts held then:"));
      parts.add(new Fields(ImmutableList.copyOf(censuses)));
    }
    return new ReportDocument.Group(title, ImmutableList.copyOf(parts));
  }

  /** "Repatriated by destination", "At large by facility". */
  private static String title(Totals<?> totals) {
    String kind = kindWord(totals);
    return Character.toUpperCase(kind.charAt(0))
        + kind.substring(1)
        + " by "
        + totals.dimension().name();
  }

  /** "held", "at large", "repatriated". */
  private static String kindWord(Totals<?> totals) {
    return totals.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /** The provenance of the accounts of {@code totals} that have no key in its dimension. */
  static <K> List<Provenance> unattributed(Totals<K> totals) {
    Set<Account> grouped = new HashSet<>();
    totals.groups().forEach(g -> grouped.addAll(g.provenance().keySet()));
    List<Provenance> rest = new ArrayList<>();
    totals
        .provenance()
        .forEach(
            (account, provenance) -> {
              if (!grouped.contains(account)) {
                rest.add(provenance);
              }
            });
    return rest;
  }

  private static Section sources(Report report) {
    List<Block> blocks = new ArrayList<>();
    int conflicting = report.reconciliation().conflicting().size();
    int figures = report.reconciliation().figures().size();
    blocks.add(
        new Paragraph(
            Counted.of(figures, "figure", "figures")
                + (report.reconciliation().figures().stream()
                        .anyMatch(f -> f.figure().claims().size() == 1)
                    ? " with several claims, a dispute or a claim that is not a plain report, "
                    : " with several claims, ")
                + (conflicting == 0 ? "all reconcilable" : conflicting + " not reconcilable")
                + (report.reconciliation().isReconcilable()
                    ? "."
                    : ": no reading is what every source allows.")));
    for (ReportedFigure figure : report.reconciliation().figures()) {
      List<Block> parts = new ArrayList<>();
      parts.add(claimsTable(figure.figure()));
      for (Dispute dispute : figure.figure().disputes()) {
        parts.add(new Paragraph(dispute.toString() + "."));
      }
      int revised = figure.figure().superseded().size();
      if (revised > 0) {
        // a source's earlier word stays in the table; the reader is told its later one stands
        parts.add(
            new Paragraph(
                Counted.of(revised, "claim is", "claims are")
                    + " superseded by a later claim of the same source: on record, not in the"
                    + " envelope, the consensus or any reading."));
      }
      int onRecord = figure.figure().onRecordOnly().size() - revised;
      if (onRecord > 0) {
        // a refuted rumour stays in the table, and the reader is told it counts nowhere
        parts.add(
            new Paragraph(
                Counted.of(onRecord, "claim is", "claims are")
                    + " on record only (refuted, retracted or misattributed): not in the"
                    + " envelope, the consensus or any reading."));
      }
      parts.add(
          Fields.of(
              new Field("envelope", figure.envelope().toString()),
              new Field(
                  "consensus",
                  figure.consensus().map(Estimate::toString).orElse("none: claims conflict"))));
      if (!figure.conflicts().isEmpty()) {
        Table.Builder conflicts = Table.withHeaders("higher claim", "lower claim", "gap");
        for (ClaimConflict conflict : figure.conflicts()) {
          conflicts.row(
              side(conflict.higher()),
              side(conflict.lower()),
              String.format(
                  Locale.ROOT,
                  "%,d apart: low end %,d above high end %,d",
                  conflict.gap(),
                  conflict.higher().estimate().low(),
                  conflict.lower().estimate().high()));
        }
        parts.add(conflicts.build());
      }
      long conflictCount = figure.conflictCount();
      long notShown = conflictCount - figure.conflicts().size();
      if (notShown > 0) {
        // a figure with thousands of claims has millions of conflicting pairs: the widest stand
        // for them, and the rest are counted
        parts.add(
            new Paragraph(
                "the "
                    + figure.conflicts().size()
                    + " widest conflicts are shown; "
                    + Counted.of(notShown, "other", "others")
                    + " not."));
      }
      blocks.add(
          new ReportDocument.Group(
              figure.event()
                  + " ("
                  + figure.type()
                  + ") "
                  + figure.role()
                  + ": "
                  + Counted.of(figure.figure().claims().size(), "claim", "claims")
                  + ", "
                  + (conflictCount == 0
                      ? "no conflict"
                      : Counted.of(conflictCount, "conflict", "conflicts"))
                  + (figure.figure().isDisputed() ? ", disputed" : ""),
              ImmutableList.copyOf(parts)));
    }
    return new Section("Sources, over the whole ledger", ImmutableList.copyOf(blocks));
  }

  /**
   * The claims of a figure, one per row; a status column (with the claim's id) appears only when
   * some claim is not simply reported, so that the usual table stays as narrow as it was.
   */
  private static Block claimsTable(Figure figure) {
    boolean statuses =
        figure.claims().stream()
                .anyMatch(c -> c.id().isPresent() || c.status().kind() != ClaimStatus.Kind.REPORTED)
            || !figure.superseded().isEmpty();
    Table.Builder claims =
        statuses
            ? Table.withHeaders("source", "claim", "via", "reported", "note", "id", "status")
            : Table.withHeaders("source", "claim", "via", "reported", "note");
    for (Claim claim : figure.claims()) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  claim.source().toString(),
                  claimed(claim),
                  claim.channel().map(ActorId::toString).orElse(""),
                  claim.reported().toString(),
                  claim.note().orElse("")));
      if (statuses) {
        cells.add(claim.id().map(ClaimId::toString).orElse(""));
        cells.add(
            !claim.counts()
                ? claim.status() + ", not counted"
                : figure.isSuperseded(claim)
                    ? claim.status() + ", superseded by a later claim, not counted"
                    : claim.status().toString());
      }
      claims.row(cells.toArray(new String[0]));
    }
    return claims.build();
  }

  /**
   * A claim's figure; one in families shows the families, the ratio and its source, the people; or
   * the source's own people figure and the families; or the families alone, people not stated.
   */
  private static String claimed(Claim claim) {
    return claim.units().isEmpty()
        ? claim.estimate().toString()
        : UnitCount.claimed(claim.units().get(), claim.estimate());
  }

  /**
   * A claim in a conflict as the claims table names it: who spoke, not only the outlet that relayed
   * them ("posts on social media accounts, via afp"), and a status other than reported, since a
   * rumour that conflicts is read differently from a statement.
   */
  private static String side(Claim claim) {
    return claim.estimate() + " (" + claim.attribution() + ")";
  }

  private static Section deadlines(Report report) {
    Map<AgreementId, List<ObligationReport>> byAgreement = new LinkedHashMap<>();
    for (ObligationReport obligation : report.deadlines().obligations()) {
      byAgreement.computeIfAbsent(obligation.agreement(), a -> new ArrayList<>()).add(obligation);
    }
    List<Block> blocks = new ArrayList<>();
    for (Map.Entry<AgreementId, List<ObligationReport>> entry : byAgreement.entrySet()) {
      Table.Builder table =
          Table.withHeaders("obligation", "obligor", "status", "deadline", "time");
      List<Field> descriptions = new ArrayList<>();
      for (ObligationReport obligation : entry.getValue()) {
        table.row(
            obligation.obligation().id().toString(),
            DeadlineWording.obligor(obligation),
            DeadlineWording.state(obligation.status()),
            DeadlineWording.deadline(obligation.status()),
            DeadlineWording.time(obligation.status()));
        descriptions.add(
            new Field(
                obligation.obligation().id().toString(), obligation.obligation().description()));
      }
      Agreement agreement = report.agreements().get(entry.getKey());
      String title =
          agreement == null
              ? entry.getKey().toString()
              : entry.getKey() + ": " + agreement.title() + ", concluded " + agreement.concluded();
      blocks.add(
          new ReportDocument.Group(
              title,
              ImmutableList.of(table.build(), new Fields(ImmutableList.copyOf(descriptions)))));
    }
    return new Section(
        "Deadlines at " + at(report), blocksOrNone(report.deadlines().obligations(), blocks));
  }

  private static Section control(Report report) {
    List<Block> blocks = new ArrayList<>();
    for (ControlTimeline timeline : report.control()) {
      List<Block> parts = new ArrayList<>();
      if (timeline.periods().isEmpty()) {
        parts.add(new Paragraph("No change of control recorded."));
      } else {
        Table.Builder table = Table.withHeaders("controller", "from", "until", "changes");
        for (ControlPeriod period : timeline.periods()) {
          // a contested, abandoned or unknown period has no controller: say which it was
          table.row(
              period.describe(),
              period.from().toString(),
              period.until().map(Object::toString).orElse("current"),
              period.began() + period.ended().map(e -> ", " + e).orElse(""));
        }
        parts.add(table.build());
      }
      FlowLayout.handovers(report, Optional.of(timeline.facility())).ifPresent(parts::add);
      blocks.add(
          new ReportDocument.Group(
              facilityTitle(report, timeline.facility()), ImmutableList.copyOf(parts)));
    }
    FlowLayout.handovers(report, Optional.empty()).ifPresent(blocks::add);
    return new Section(
        "Control of facilities, over the whole ledger", blocksOrNone(report.control(), blocks));
  }

  /** "ghwayran (Ghwayran prison)": a facility's id and, when the report knows it, its name. */
  static String facilityTitle(Report report, FacilityId facility) {
    return report.facilities().stream()
        .filter(f -> f.facility().id().equals(facility))
        .findFirst()
        .map(f -> facility + " (" + f.facility().name() + ")")
        .orElse(facility.toString());
  }

  /** The instant of the report, as people tell the time in its zone. */
  static String at(Report report) {
    return report.header().asOfLocalText();
  }

  /** "prison", "detention camp". */
  private static String kind(FacilityKind kind) {
    return kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  /**
   * The first {@value #MOST_CROSSINGS_LISTED} events of a list that grows with the ledger, such as
   * the movements across a census's boundary (two thousand in a ledger of 100,000 transfers among
   * 100 prisons), and how many more: the JSON report lists them all.
   */
  static String firstEvents(List<EventId> events) {
    if (events.size() <= MOST_CROSSINGS_LISTED) {
      return events(events);
    }
    return events(events.subList(0, MOST_CROSSINGS_LISTED))
        + " and "
        + Counted.of(events.size() - MOST_CROSSINGS_LISTED, "more", "more");
  }

  /** "a, b, c", or "none". */
  static String events(List<EventId> events) {
    return events.isEmpty()
        ? "none"
        : events.stream().map(EventId::toString).collect(Collectors.joining(", "));
  }

  private static String optional(Optional<?> value) {
    return value.map(Object::toString).orElse("unknown");
  }

  private static ImmutableList<Block> blocksOrNone(List<?> items, Block block) {
    return blocksOrNone(items, ImmutableList.of(block));
  }

  /** {@code blocks}, or a paragraph that says "None." when there are no {@code items}. */
  static ImmutableList<Block> blocksOrNone(List<?> items, List<Block> blocks) {
    return items.isEmpty()
        ? ImmutableList.of(new Paragraph("None."))
        : ImmutableList.copyOf(blocks);
  }
}
