package dev.custody.rules;

import static dev.custody.rules.RulesTest.CEASEFIRE;
import static dev.custody.rules.RulesTest.FIGHTERS;
import static dev.custody.rules.RulesTest.INTEGRATION;
import static dev.custody.rules.RulesTest.IRAQ;
import static dev.custody.rules.RulesTest.IRAQ_SECURE;
import static dev.custody.rules.RulesTest.IRAQ_SITE;
import static dev.custody.rules.RulesTest.PLAN;
import static dev.custody.rules.RulesTest.SDF;
import static dev.custody.rules.RulesTest.SDF_SHADDADI;
import static dev.custody.rules.RulesTest.SHADDADI;
import static dev.custody.rules.RulesTest.SY;
import static dev.custody.rules.RulesTest.SYRIA;
import static dev.custody.rules.RulesTest.USA;
import static dev.custody.rules.RulesTest.agreement;
import static dev.custody.rules.RulesTest.ceasefire;
import static dev.custody.rules.RulesTest.concluded;
import static dev.custody.rules.RulesTest.day;
import static dev.custody.rules.RulesTest.id;
import static dev.custody.rules.RulesTest.ledger;
import static dev.custody.rules.RulesTest.planToIraq;
import static dev.custody.rules.RulesTest.said;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Deadline;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule {@code CUS-005} looks at every reference of every event: each field that names an actor, a
 * facility, an agreement, an obligation or a plan is reported, by name, when what it names is
 * unknown.
 */
class UnknownReferencesTest {
  private static final ActorId STRANGER = ActorId.of("stranger");
  private static final FacilityId NOWHERE = FacilityId.of("nowhere");
  private static final Cohort STRANGE_COHORT = Cohort.of(CohortCategory.FIGHTERS, STRANGER);

  /** The ceasefire, the plan, and al-Shaddadi held by the SDF. */
  private static Ledger base() {
    return ledger(
        ControlChanged.first(id("control"), day(1), SHADDADI, SDF),
        concluded("ceasefire-agreed", ceasefire()),
        planToIraq());
  }

  private static Figure claimedBy(ActorId source) {
    return Figure.of(Claim.of(Estimate.exactly(1), Source.of(source), day(22)));
  }

  private static Figure relayedBy(ActorId channel) {
    return Figure.of(
        Claim.builder()
            .estimate(Estimate.exactly(1))
            .source(Source.of(USA))
            .channel(channel)
            .reported(day(22))
            .build());
  }

  private static DetaineesTransferred.Builder transfer() {
    return DetaineesTransferred.builder()
        .id(id("moved"))
        .when(day(22))
        .from(SDF_SHADDADI)
        .to(IRAQ_SITE)
        .size(said(Estimate.exactly(1)));
  }

  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of("facility", ControlChanged.first(id("x"), day(22), NOWHERE, SDF)),
        Arguments.of("from", ControlChanged.of(id("x"), day(22), SHADDADI, STRANGER, SYRIA)),
        Arguments.of("to", ControlChanged.of(id("x"), day(22), SHADDADI, SDF, STRANGER)),
        Arguments.of(
            "planner",
            plan(STRANGER, FIGHTERS, SHADDADI, IRAQ, IRAQ_SECURE, USA, CEASEFIRE, PLAN_SIZE)),
        Arguments.of(
            "cohort",
            plan(USA, STRANGE_COHORT, SHADDADI, IRAQ, IRAQ_SECURE, USA, CEASEFIRE, PLAN_SIZE)),
        Arguments.of(
            "namedFacilities",
            plan(USA, FIGHTERS, NOWHERE, IRAQ, IRAQ_SECURE, USA, CEASEFIRE, PLAN_SIZE)),
        Arguments.of(
            "receiver",
            plan(USA, FIGHTERS, SHADDADI, STRANGER, IRAQ_SECURE, USA, CEASEFIRE, PLAN_SIZE)),
        Arguments.of(
            "destination", plan(USA, FIGHTERS, SHADDADI, IRAQ, NOWHERE, USA, CEASEFIRE, PLAN_SIZE)),
        Arguments.of(
            "payer",
            plan(USA, FIGHTERS, SHADDADI, IRAQ, IRAQ_SECURE, STRANGER, CEASEFIRE, PLAN_SIZE)),
        Arguments.of(
            "agreement",
            plan(
                USA,
                FIGHTERS,
                SHADDADI,
                IRAQ,
                IRAQ_SECURE,
                USA,
                AgreementId.of("unknown"),
                PLAN_SIZE)),
        Arguments.of(
            "size",
            plan(USA, FIGHTERS, SHADDADI, IRAQ, IRAQ_SECURE, USA, CEASEFIRE, claimedBy(STRANGER))),
        Arguments.of(
            "size", DetaineesEscaped.of(id("x"), day(22), SDF_SHADDADI, relayedBy(STRANGER))),
        Arguments.of("carrier", transfer().carrier(STRANGER).build()),
        Arguments.of("plan", transfer().plan(EventId.of("no-such-plan")).build()),
        Arguments.of(
            "from",
            DetaineesEscaped.of(
                id("x"),
                day(22),
                Account.heldAt(STRANGER, SHADDADI, FIGHTERS),
                said(Estimate.exactly(1)))),
        Arguments.of(
            "to",
            DetaineesTransferred.builder()
                .id(id("moved"))
                .when(day(22))
                .from(SDF_SHADDADI)
                .to(Account.heldAt(IRAQ, NOWHERE, FIGHTERS))
                .size(said(Estimate.exactly(1)))
                .build()),
        Arguments.of(
            "from",
            DetaineesRecaptured.of(
                id("x"),
                day(22),
                Account.atLargeFrom(SHADDADI, STRANGE_COHORT),
                Account.held(SYRIA, STRANGE_COHORT),
                said(Estimate.exactly(0)))),
        Arguments.of(
            "scope",
            CensusTaken.of(
                id("x"),
                day(22),
                CensusScope.account(Account.heldAt(STRANGER, SHADDADI, FIGHTERS)),
                said(Estimate.exactly(1)))),
        Arguments.of(
            "scope",
            CensusTaken.of(
                id("x"), day(22), CensusScope.facilities(NOWHERE), said(Estimate.exactly(1)))),
        Arguments.of(
            "scope",
            CensusTaken.of(
                id("x"), day(22), CensusScope.custodian(STRANGER), said(Estimate.exactly(1)))),
        Arguments.of(
            "scope",
            CensusTaken.of(
                id("x"),
                day(22),
                CensusScope.country(SY).withCohort(STRANGE_COHORT),
                said(Estimate.exactly(1)))),
        Arguments.of(
            "count",
            CensusTaken.of(id("x"), day(22), CensusScope.country(SY), claimedBy(STRANGER))),
        Arguments.of(
            "agreement.parties",
            concluded("x", agreement(AgreementId.of("other"), SDF, STRANGER).build())),
        Arguments.of(
            "agreement",
            ObligationMet.of(id("x"), day(22), AgreementId.of("unknown"), INTEGRATION)),
        Arguments.of(
            "obligation",
            ObligationMet.of(id("x"), day(22), CEASEFIRE, ObligationId.of("unknown"))),
        Arguments.of(
            "obligation",
            DeadlineExtended.of(
                id("x"),
                day(22),
                CEASEFIRE,
                ObligationId.of("unknown"),
                Deadline.on(java.time.LocalDate.of(2026, 2, 1), RulesTest.DAMASCUS))));
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("references")
  void every_reference_to_something_unknown_is_named(String field, Event event) {
    Verdict verdict = base().append(event).verdict();

    assertThat(verdict.violations())
        .as("%s", verdict)
        .anySatisfy(
            v -> {
              assertThat(v.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
              assertThat(v.field()).isEqualTo(field);
            });
  }

  @org.junit.jupiter.api.Test
  void an_event_whose_references_are_all_known_breaks_no_reference_rule() {
    Verdict verdict = base().append(transfer().carrier(USA).plan(PLAN).build()).verdict();

    assertThat(verdict.breaks(Rule.UNKNOWN_REFERENCE)).as("%s", verdict).isFalse();
  }

  private static final Figure PLAN_SIZE = said(Estimate.about(7_000));

  /** A second plan, every reference of which the test chooses. */
  private static Event plan(
      ActorId planner,
      Cohort cohort,
      FacilityId named,
      ActorId receiver,
      FacilityId destination,
      ActorId payer,
      AgreementId agreement,
      Figure size) {
    return TransferPlanned.builder()
        .id(id("second-plan"))
        .when(day(21))
        .planner(planner)
        .cohort(cohort)
        .addNamedFacilities(named)
        .originCountry(SY)
        .receiver(receiver)
        .destination(destination)
        .payer(payer)
        .agreement(agreement)
        .size(size)
        .build();
  }
}
