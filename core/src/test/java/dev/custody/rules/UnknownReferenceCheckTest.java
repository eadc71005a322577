package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AL_HOL;
import static dev.custody.rules.RuleFixture.CEASEFIRE;
import static dev.custody.rules.RuleFixture.DAMASCUS;
import static dev.custody.rules.RuleFixture.FIGHTERS;
import static dev.custody.rules.RuleFixture.HASAKAH;
import static dev.custody.rules.RuleFixture.I24;
import static dev.custody.rules.RuleFixture.INTEGRATION;
import static dev.custody.rules.RuleFixture.IRAQ;
import static dev.custody.rules.RuleFixture.IRAQ_SECURE;
import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.NOWHERE;
import static dev.custody.rules.RuleFixture.PLAN;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SHADDADI;
import static dev.custody.rules.RuleFixture.SY;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.USA;
import static dev.custody.rules.RuleFixture.agreement;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.ceasefire;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.concluded;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.planBuilder;
import static dev.custody.rules.RuleFixture.planToIraq;
import static dev.custody.rules.RuleFixture.said;
import static dev.custody.rules.RuleFixture.transfer;
import static dev.custody.rules.RuleFixture.transferUnderPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Breach;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
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
import dev.custody.ledger.AppendResult;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rule {@code CUS-005}, {@link Rule#UNKNOWN_REFERENCE}, broken and kept through the public API; its
 * check is {@link UnknownReferenceCheck}. The rule looks at every reference of every event: each
 * field that names an actor, a facility, an agreement, an obligation or a plan is reported, by
 * name, when what it names is unknown.
 */
class UnknownReferenceCheckTest {
  private static final ActorId STRANGER = ActorId.of("stranger");
  private static final FacilityId STRANGE_FACILITY = FacilityId.of("nowhere");
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

  private static DetaineesTransferred.Builder transferBuilder() {
    return DetaineesTransferred.builder()
        .id(id("moved"))
        .when(day(22))
        .from(SDF_SHADDADI)
        .to(IRAQ_SITE)
        .size(said(Estimate.exactly(1)));
  }

  static Stream<Arguments> references() {
    return Stream.of(
        Arguments.of("facility", ControlChanged.first(id("x"), day(22), STRANGE_FACILITY, SDF)),
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
            plan(USA, FIGHTERS, STRANGE_FACILITY, IRAQ, IRAQ_SECURE, USA, CEASEFIRE, PLAN_SIZE)),
        Arguments.of(
            "receiver",
            plan(USA, FIGHTERS, SHADDADI, STRANGER, IRAQ_SECURE, USA, CEASEFIRE, PLAN_SIZE)),
        Arguments.of(
            "destination",
            plan(USA, FIGHTERS, SHADDADI, IRAQ, STRANGE_FACILITY, USA, CEASEFIRE, PLAN_SIZE)),
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
        Arguments.of("carrier", transferBuilder().carrier(STRANGER).build()),
        Arguments.of("plan", transferBuilder().plan(EventId.of("no-such-plan")).build()),
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
                .to(Account.heldAt(IRAQ, STRANGE_FACILITY, FIGHTERS))
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
                id("x"),
                day(22),
                CensusScope.facilities(STRANGE_FACILITY),
                said(Estimate.exactly(1)))),
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
                Deadline.on(java.time.LocalDate.of(2026, 2, 1), DAMASCUS))));
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

  @Test
  void an_event_whose_references_are_all_known_breaks_no_reference_rule() {
    Verdict verdict = base().append(transferBuilder().carrier(USA).plan(PLAN).build()).verdict();

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

  // ------------------------------------------------------------------------------------------
  // the cases worked through one by one

  @Test
  void a_claim_by_an_actor_outside_the_world_is_an_error() {
    Ledger before = ledger();

    AppendResult result =
        before.append(
            DetaineesEscaped.of(
                id("breakout"), day(15), SDF_SHADDADI, said(I24, Estimate.about(150))));

    assertBreaks(
        result,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "breakout",
        "size",
        "actor (i24news) is not in the world");
    assertRejected(result, before);
  }

  @Test
  void a_claim_relayed_through_an_outlet_outside_the_world_is_an_error() {
    Claim relayed =
        Claim.builder()
            .estimate(Estimate.upTo(200))
            .source(Source.of(USA, "a U.S. military official"))
            .channel(ActorId.of("nyt"))
            .reported(day(21))
            .build();

    AppendResult result =
        ledger()
            .append(DetaineesEscaped.of(id("breakout"), day(15), SDF_SHADDADI, Figure.of(relayed)));

    assertBreaks(
        result,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "breakout",
        "size",
        "actor (nyt) is not in the world");
  }

  @Test
  void a_facility_outside_the_world_is_an_error() {
    AppendResult result =
        ledger()
            .append(
                transfer(
                    "moved",
                    21,
                    SDF_HASAKAH,
                    Account.heldAt(IRAQ, NOWHERE, FIGHTERS),
                    Estimate.exactly(150)));

    assertBreaks(
        result,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "moved",
        "to",
        "facility (camp-nowhere) is not in the world");
  }

  @Test
  void every_unknown_name_is_one_violation() {
    DetaineesTransferred transfer =
        DetaineesTransferred.builder()
            .id(id("moved"))
            .when(day(21))
            .from(Account.heldAt(I24, HASAKAH, FIGHTERS))
            .to(Account.heldAt(IRAQ, NOWHERE, FIGHTERS))
            .size(said(Estimate.exactly(150)))
            .carrier(ActorId.of("centcom"))
            .build();

    AppendResult result = ledger().append(transfer);

    assertThat(result.verdict().violations())
        .extracting(Violation::rule, Violation::field, Violation::message)
        .containsExactly(
            tuple(Rule.UNKNOWN_REFERENCE, "from", "actor (i24news) is not in the world"),
            tuple(Rule.UNKNOWN_REFERENCE, "to", "facility (camp-nowhere) is not in the world"),
            tuple(Rule.UNKNOWN_REFERENCE, "carrier", "actor (centcom) is not in the world"));
  }

  @Test
  void a_control_change_to_an_unknown_actor_or_of_an_unknown_facility_is_an_error() {
    AppendResult actor =
        ledger().append(ControlChanged.first(id("hol-first"), day(5), AL_HOL, I24));
    AppendResult facility =
        ledger().append(ControlChanged.first(id("nowhere-first"), day(5), NOWHERE, SDF));

    assertBreaks(actor, Rule.UNKNOWN_REFERENCE, Severity.ERROR, "hol-first", "to", "i24news");
    assertBreaks(
        facility,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "nowhere-first",
        "facility",
        "camp-nowhere");
  }

  @Test
  void a_transfer_naming_no_plan_of_the_ledger_is_an_error() {
    Ledger before = ledger(census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(300)));

    AppendResult missing =
        before.append(
            transferUnderPlan("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));
    AppendResult notAPlan =
        before.append(
            DetaineesTransferred.builder()
                .id(id("first-batch"))
                .when(day(21))
                .from(SDF_HASAKAH)
                .to(IRAQ_SITE)
                .size(said(Estimate.exactly(150)))
                .plan(id("count-hasakah"))
                .build());

    assertBreaks(
        missing,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "first-batch",
        "plan",
        "plan (plan-iraq) is not a transfer plan of the ledger");
    assertBreaks(
        notAPlan,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "first-batch",
        "plan",
        "plan (count-hasakah)");
    assertRejected(missing, before);
  }

  @Test
  void a_plan_naming_an_agreement_nobody_concluded_is_an_error() {
    AppendResult result =
        ledger()
            .append(
                planBuilder()
                    .unnamedFacilities(2)
                    .receiver(IRAQ)
                    .agreement(AgreementId.of("transfer-arrangement"))
                    .build());

    assertBreaks(
        result,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "plan-iraq",
        "agreement",
        "agreement (transfer-arrangement) is not concluded in the ledger");
  }

  @Test
  void a_plan_with_an_unknown_receiver_or_destination_is_an_error() {
    AppendResult result =
        ledger()
            .append(planBuilder().unnamedFacilities(2).receiver(I24).destination(NOWHERE).build());

    assertThat(result.verdict().violations())
        .extracting(Violation::field)
        .containsExactly("receiver", "destination");
  }

  @Test
  void meeting_an_obligation_of_an_unknown_agreement_or_an_unknown_obligation_is_an_error() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

    AppendResult agreement =
        before.append(ObligationMet.of(id("met"), day(22), AgreementId.of("truce"), INTEGRATION));
    AppendResult obligation =
        before.append(ObligationMet.of(id("met"), day(22), CEASEFIRE, ObligationId.of("disarm")));

    assertBreaks(
        agreement,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "met",
        "agreement",
        "agreement (truce) is not concluded in the ledger");
    assertBreaks(
        obligation,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "met",
        "obligation",
        "obligation (disarm) is not part of ceasefire");
  }

  @Test
  void a_census_of_an_unknown_custodian_and_an_agreement_with_an_unknown_party_are_errors() {
    AppendResult census =
        ledger()
            .append(
                CensusTaken.of(
                    id("count"), day(10), CensusScope.custodian(I24), said(Estimate.about(9_000))));
    AppendResult agreement =
        ledger()
            .append(
                concluded("truce", agreement(AgreementId.of("truce"), SDF, SYRIA, I24).build()));

    assertBreaks(
        census, Rule.UNKNOWN_REFERENCE, Severity.ERROR, "count", "scope", "actor (i24news)");
    assertBreaks(
        agreement,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "truce",
        "agreement.parties",
        "actor (i24news)");
  }

  @Test
  void names_the_world_knows_keep_it() {
    Ledger before = ledger(planToIraq());
    DetaineesTransferred firstBatch =
        transferUnderPlan("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150));

    AppendResult result = before.append(firstBatch);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, firstBatch);
  }

  @Test
  void a_third_party_obligor_must_be_known_but_need_not_be_a_party() {
    Agreement strangerOwes =
        agreement(AgreementId.of("truce"), SDF, SYRIA)
            .addObligations(
                Obligation.of(ObligationId.of("report"), I24, "report on the pause"),
                Obligation.builder()
                    .id(ObligationId.of("pause"))
                    .obligor(SDF)
                    .description("pause operations")
                    .addBreaches(
                        Breach.builder()
                            .when(day(21))
                            .addSources(Source.of(SYRIA), Source.of(I24))
                            .build())
                    .build())
            .build();

    AppendResult unknown = ledger().append(concluded("truce-agreed", strangerOwes));
    AppendResult thirdParty = ledger().append(concluded("truce-agreed", RuleFixture.truce()));

    assertThat(unknown.verdict().errors())
        .extracting(Violation::field)
        .containsExactly(
            "agreement.obligations[0].obligor", "agreement.obligations[1].breaches[0].sources");
    assertThat(unknown.verdict().errors())
        .allSatisfy(v -> assertThat(v.message()).isEqualTo("actor (i24news) is not in the world"));
    assertThat(thirdParty.verdict().violations()).isEmpty();
    assertThat(thirdParty.isAccepted()).isTrue();
  }
}
