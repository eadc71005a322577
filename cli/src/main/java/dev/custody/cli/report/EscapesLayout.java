package dev.custody.cli.report;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.RunningTotal;
import dev.custody.cli.report.ReportDocument.Block;
import dev.custody.cli.report.ReportDocument.Field;
import dev.custody.cli.report.ReportDocument.Fields;
import dev.custody.cli.report.ReportDocument.Paragraph;
import dev.custody.cli.report.ReportDocument.Section;
import dev.custody.cli.report.ReportDocument.Table;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.Flow;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import dev.custody.model.Share;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The report's "Escapes by reading": for each facility escaped from, what escaped, was recaptured,
 * died at large and is still at large under each reading, the recapture rates, and what the
 * readings took from other sources. A reading whose sources gave none of these figures reads as the
 * envelope and is named in one line, not given a row that repeats the envelope's.
 */
final class EscapesLayout {

  private EscapesLayout() {}

  /** The section "Escapes by reading": a table per facility escaped from, readings as rows. */
  static Section section(Report report) {
    List<Block> blocks = new ArrayList<>();
    for (EscapesFrom escapes : report.escapes()) {
      // a column of deaths at large only where some were recorded, so that it never reads "0"
      boolean deaths =
          escapes.byReading().answers().values().stream().anyMatch(t -> !t.deaths().isEmpty());
      Table.Builder table =
          deaths
              ? Table.withHeaders(
                  "reading", "escaped", "recaptured", "died at large", "still at large")
              : Table.withHeaders("reading", "escaped", "recaptured", "still at large");
      // the rates in a table of their own: ranges worded in full do not fit beside the counts
      Table.Builder rates = Table.withHeaders("reading", "recapture rate");
      List<Field> fallbacks = new ArrayList<>();
      List<Field> disagreements = new ArrayList<>();
      List<Field> bestOnly = new ArrayList<>();
      // a reading with no figure of its own for these events reads as the envelope: one line
      // names such readings, rather than a row each that repeats the envelope's
      List<String> asEnvelope = new ArrayList<>();
      AtLarge envelope = escapes.byReading().answers().get(Reading.envelope());
      for (Map.Entry<Reading, AtLarge> answer : escapes.byReading().answers().entrySet()) {
        AtLarge tally = answer.getValue();
        if (envelope != null
            && !answer.getKey().equals(Reading.envelope())
            && readsAsEnvelope(tally, envelope)) {
          asEnvelope.add(answer.getKey().toString());
          continue;
        }
        // no recapture recorded is not "exactly 0 recaptured", nor a rate of 0%
        boolean recaptures = !tally.recaptures().isEmpty();
        List<String> row = new ArrayList<>();
        row.add(answer.getKey().toString());
        row.add(tally.escaped().toDerivedString());
        row.add(recaptures ? tally.recaptured().toDerivedString() : FlowLayout.NONE_RECORDED);
        if (deaths) {
          row.add(
              tally.deaths().isEmpty() ? FlowLayout.NONE_RECORDED : tally.died().toDerivedString());
        }
        // claims that certainly disagree leave nobody known at large, which is not "exactly 0"
        row.add(
            tally.contradicts()
                ? "none: the claims disagree"
                : tally.stillAtLarge().toDerivedString());
        table.row(row.toArray(String[]::new));
        if (tally.excess().isPresent() && !tally.contradicts()) {
          // more came back than got out by the best values only: the ranges allow it, but a rate
          // above 100% would still mislead
          rates.row(
              answer.getKey().toString(), "none: more recaptured than escaped, by best values");
          bestOnly.add(
              new Field(
                  answer.getKey().toString(),
                  String.format(
                      Locale.ROOT,
                      "%,d more recaptured%s than escaped by the best values, within the ranges"
                          + " of %s and %s",
                      tally.excess().getAsLong(),
                      tally.deaths().isEmpty() ? "" : " or dead at large",
                      ReportLayout.events(tally.recaptures()),
                      ReportLayout.events(tally.escapes()))));
        } else if (tally.excess().isPresent()) {
          // more came back than got out: the claims disagree, and a rate above 100% would hide it
          rates.row(answer.getKey().toString(), "none: the claims disagree");
          disagreements.add(
              new Field(
                  answer.getKey().toString(),
                  String.format(
                      Locale.ROOT,
                      "%,d more recaptured%s than escaped: %s against %s",
                      tally.excess().getAsLong(),
                      tally.deaths().isEmpty() ? "" : " or dead at large",
                      ReportLayout.events(tally.recaptures()),
                      ReportLayout.events(tally.escapes()))));
        } else {
          rates.row(
              answer.getKey().toString(),
              recaptures
                  ? tally.recaptureRate().map(Share::toDerivedString).orElse("undefined")
                  : FlowLayout.NONE_RECORDED);
        }
        if (!tally.fallbacks().isEmpty()) {
          fallbacks.add(
              new Field(answer.getKey().toString(), ReportLayout.events(tally.fallbacks())));
        }
      }
      List<Block> parts = new ArrayList<>();
      parts.add(table.build());
      parts.add(rates.build());
      if (!asEnvelope.isEmpty()) {
        parts.add(
            new Paragraph(
                "Readings whose sources gave no figure of these escapes, recaptures or deaths,"
                    + " so that they read as the envelope: "
                    + String.join(", ", asEnvelope)
                    + "."));
      }
      if (!disagreements.isEmpty()) {
        parts.add(
            new Paragraph(
                "Readings whose recaptures exceed their escapes: the claims behind them disagree by"
                    + " so much, so they give no recapture rate:"));
        parts.add(new Fields(ImmutableList.copyOf(disagreements)));
      }
      if (!bestOnly.isEmpty()) {
        parts.add(
            new Paragraph(
                "Readings whose best values count more recaptured than escaped, though the ranges"
                    + " of their claims allow as many to have escaped (a figure such as \"at least"
                    + " 89\" has no upper bound), so they give no recapture rate:"));
        parts.add(new Fields(ImmutableList.copyOf(bestOnly)));
      }
      if (!fallbacks.isEmpty()) {
        parts.add(
            new Paragraph(
                "Figures a reading took from other sources, because its own source gave none:"));
        parts.add(new Fields(ImmutableList.copyOf(fallbacks)));
      }
      // recaptures counted only as running totals ("322 recaptured by 1 January", of both prisons
      // together) are no movement of this facility's, but beside "none recorded" a reader would
      // take the recaptures for none
      List<EventId> recapturedTotals = recapturedTotalsOf(report, escapes.facility());
      boolean noneRecorded =
          escapes.byReading().answers().values().stream().anyMatch(t -> t.recaptures().isEmpty());
      if (noneRecorded && !recapturedTotals.isEmpty()) {
        parts.add(
            new Paragraph(
                "Where the table says none recorded, no recapture was recorded as a movement; the"
                    + " running totals of recaptures that name this facility count some: "
                    + ReportLayout.events(recapturedTotals)
                    + "."));
      }
      blocks.add(
          new ReportDocument.Group(
              ReportLayout.facilityTitle(report, escapes.facility()), ImmutableList.copyOf(parts)));
    }
    return new Section(
        "Escapes by reading at " + ReportLayout.at(report),
        ReportLayout.blocksOrNone(report.escapes(), blocks));
  }

  /**
   * Whether {@code tally} took every figure from other sources than its own and so reads exactly as
   * {@code envelope} does: its escaped, recaptured, dead and still at large the same.
   */
  private static boolean readsAsEnvelope(AtLarge tally, AtLarge envelope) {
    Set<EventId> all = new HashSet<>(tally.escapes());
    all.addAll(tally.recaptures());
    all.addAll(tally.deaths());
    return !all.isEmpty()
        && new HashSet<>(tally.fallbacks()).containsAll(all)
        && tally.escaped().equals(envelope.escaped())
        && tally.recaptures().equals(envelope.recaptures())
        && tally.recaptured().equals(envelope.recaptured())
        && tally.deaths().equals(envelope.deaths())
        && tally.died().equals(envelope.died())
        && tally.stillAtLarge().equals(envelope.stillAtLarge())
        && tally.contradicts() == envelope.contradicts()
        && tally.excess().equals(envelope.excess());
  }

  /** The running totals of recaptures whose scope names {@code facility}, in report order. */
  private static List<EventId> recapturedTotalsOf(Report report, FacilityId facility) {
    List<EventId> totals = new ArrayList<>();
    for (RunningTotal total : report.runningTotals()) {
      CensusScope scope = total.event().scope();
      boolean names =
          scope.facilities().map(f -> f.contains(facility)).orElse(false)
              || scope.joint().stream()
                  .flatMap(Set::stream)
                  .anyMatch(a -> a.facility().equals(Optional.of(facility)))
              || scope.account().flatMap(Account::facility).equals(Optional.of(facility));
      if (total.event().flow() == Flow.RECAPTURED && names) {
        totals.add(total.event().id());
      }
    }
    return totals;
  }
}
