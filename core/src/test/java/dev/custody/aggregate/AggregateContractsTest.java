package dev.custody.aggregate;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.ledger.World;
import dev.custody.model.AgreementId;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.ObligationId;
import dev.custody.model.Reading;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Equality and null-handling contracts of the aggregates, checked with guava-testlib: results
 * computed twice from the same ledger are equal, results of different questions are not, and no
 * public factory or method accepts {@code null}.
 */
class AggregateContractsTest {
  private static final SourcedLedgers.Case CASE =
      SourcedLedgers.build(
          SourcedLedgers.Voices.CONFLICTING,
          ImmutableList.of(100L, 200L, 300L, 400L, 500L, 600L, 700L, 800L),
          ImmutableList.of(
              new SourcedLedgers.Step(0, 0, 2, 0, 50, 4),
              new SourcedLedgers.Step(1, 1, 1, 0, 20, 8),
              new SourcedLedgers.Step(2, 1, 1, 0, 50, 5),
              new SourcedLedgers.Step(4, 3, 3, 0, 0, 0),
              new SourcedLedgers.Step(5, 0, 0, 1, 0, 7)));
  private static final Ledger LEDGER = CASE.ledger();
  private static final Instant END = CASE.end();
  private static final Instant START = SourcedLedgers.START;
  private static final FacilityId F1 = SourcedLedgers.facility(1);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Ledger.class, LEDGER)
        .setDefault(World.class, LEDGER.world())
        .setDefault(Account.class, SourcedLedgers.held(0, 0))
        .setDefault(Event.class, LEDGER.events().get(0))
        .setDefault(Situation.class, LEDGER.situationAt(END))
        .setDefault(Dimension.class, Dimension.COUNTRY)
        .setDefault(AccountKind.class, AccountKind.HELD)
        .setDefault(Instant.class, END)
        .setDefault(FacilityId.class, F1)
        .setDefault(EventId.class, EventId.of("step-0"))
        .setDefault(Reading.class, Reading.envelope())
        .setDefault(AgreementId.class, AgreementId.of("pact"))
        .setDefault(ObligationId.class, ObligationId.of("duty"))
        .setDefault(Function.class, (Function<Ledger, Integer>) Ledger::size)
        .setDefault(Balances.class, Balances.of(LEDGER, END));
  }

  @Test
  void no_factory_or_method_accepts_null() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        ImmutableList.of(
            Totals.class,
            AtLarge.class,
            Readings.class,
            ByReading.class,
            Reconciliation.class,
            ReportedFigure.class,
            DeadlineReport.class,
            ControlTimeline.class,
            LeftCustody.class,
            Intakes.class,
            Balances.class,
            Provenance.class)) {
      tester.testAllPublicStaticMethods(type);
    }
    tester.testAllPublicInstanceMethods(Dimension.COUNTRY);
    tester.testAllPublicInstanceMethods(Totals.of(LEDGER, Dimension.CUSTODIAN, END));
    tester.testAllPublicInstanceMethods(AtLarge.from(LEDGER, F1, END));
    tester.testAllPublicInstanceMethods(ByReading.of(LEDGER, Ledger::size));
    tester.testAllPublicInstanceMethods(DeadlineReport.of(LEDGER, END));
    tester.testAllPublicInstanceMethods(ControlTimeline.of(LEDGER, F1));
    tester.testAllPublicInstanceMethods(LeftCustody.of(LEDGER, END));
    tester.testAllPublicInstanceMethods(Intakes.of(LEDGER, END));
    tester.testAllPublicInstanceMethods(Balances.of(LEDGER, END));
  }

  @Test
  void results_are_equal_exactly_when_computed_from_the_same_question() {
    new EqualsTester()
        .addEqualityGroup(
            Totals.of(LEDGER, Dimension.COUNTRY, END), Totals.of(LEDGER, Dimension.COUNTRY, END))
        .addEqualityGroup(Totals.of(LEDGER, Dimension.CUSTODIAN, END))
        .addEqualityGroup(Totals.of(LEDGER, Dimension.COUNTRY, START))
        .addEqualityGroup(AtLarge.from(LEDGER, F1, END), AtLarge.from(LEDGER, F1, END))
        .addEqualityGroup(AtLarge.from(LEDGER, F1, START))
        .addEqualityGroup(Readings.of(LEDGER), Readings.of(LEDGER))
        .addEqualityGroup(Reconciliation.of(LEDGER), Reconciliation.of(LEDGER))
        .addEqualityGroup(DeadlineReport.of(LEDGER, END), DeadlineReport.of(LEDGER, END))
        .addEqualityGroup(DeadlineReport.of(LEDGER, START))
        .addEqualityGroup(ControlTimeline.of(LEDGER, F1), ControlTimeline.of(LEDGER, F1))
        .addEqualityGroup(ControlTimeline.of(LEDGER, SourcedLedgers.facility(3)))
        .addEqualityGroup(LeftCustody.of(LEDGER, END), LeftCustody.of(LEDGER, END))
        .addEqualityGroup(LeftCustody.of(LEDGER, START))
        .addEqualityGroup(Intakes.of(LEDGER, END), Intakes.of(LEDGER, END))
        .addEqualityGroup(Intakes.of(LEDGER, START))
        .addEqualityGroup(Balances.of(LEDGER, END), Balances.of(LEDGER, END))
        .addEqualityGroup(Balances.of(LEDGER, START))
        .addEqualityGroup(
            Totals.of(LEDGER, Dimension.COUNTRY, END, AccountKind.AT_LARGE),
            Totals.of(LEDGER, Dimension.COUNTRY, END, AccountKind.AT_LARGE))
        .addEqualityGroup(
            ByReading.of(LEDGER, Ledger::size), ByReading.of(LEDGER, l -> l.events().size()))
        .testEquals();
  }
}
