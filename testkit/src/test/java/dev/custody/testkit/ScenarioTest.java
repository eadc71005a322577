package dev.custody.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Situation;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Scenario}: each step of the builder, checked through the ledger and situation it gives,
 * and each way a step is refused, checked by its message.
 */
class ScenarioTest {
  static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  static final LocalDate JAN_20 = LocalDate.of(2026, 1, 20);
  static final LocalDate JAN_21 = LocalDate.of(2026, 1, 21);
  static final LocalDate JAN_22 = LocalDate.of(2026, 1, 22);
  static final ActorId SDF = ActorId.of("sdf");
  static final ActorId SYRIA_GOV = ActorId.of("syria-gov");
  static final ActorId IRAQ_GOV = ActorId.of("iraq-gov");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ActorId.of("group"));

  /** Two facilities: 500 held by the SDF in Syria, none yet by Iraq; the date set to the 21st. */
  static ScenarioBuilder twoPrisons() {
    return Scenario.builder()
        .facility("north-prison", "SY")
        .heldBy("sdf")
        .holding(500)
        .facility("iraq-site", "IQ")
        .heldBy("iraq-gov")
        .holding(0)
        .on(JAN_21);
  }

  static boolean same(Estimate actual, Estimate expected) {
    return actual.isEqual(expected);
  }

  static Estimate exactly(long count) {
    return Estimate.exactly(count);
  }

  // ------------------------------------------------------------------------------------------
  // the reference case

  @Test
  void referenceCaseInAHandfulOfLines() {
    Scenario scenario =
        Scenario.builder()
            .zone(DAMASCUS)
            .facility("al-shaddadi", "SY")
            .heldBy("sdf")
            .holding(1_500)
            .facility("hasakah-facility", "SY")
            .heldBy("sdf")
            .holding(500)
            .facility("al-hol", "SY")
            .heldBy("sdf")
            .holding(2_000)
            .facility("iraq-secure", "IQ")
            .heldBy("iraq-gov")
            .holding(0)
            .on(JAN_21)
            .transfer(150)
            .from("hasakah-facility")
            .to("iraq-secure")
            .build();

    assertThat(scenario.situationBefore(JAN_21).balance(scenario.account("hasakah-facility")))
        .matches(b -> same(b, exactly(500)));
    Situation after = scenario.situationAfter(JAN_21);
    assertThat(after.balance(scenario.account("hasakah-facility")))
        .matches(b -> same(b, exactly(350)));
    assertThat(after.balance(scenario.account("iraq-secure"))).matches(b -> same(b, exactly(150)));
    assertThat(after.balance(scenario.account("al-shaddadi")))
        .matches(b -> same(b, exactly(1_500)));
    assertThat(after.controllerOf(FacilityId.of("al-hol"))).contains(SDF);
    assertThat(scenario.world().actor(SDF).orElseThrow().kind())
        .isEqualTo(ActorKind.NON_STATE_ARMED_GROUP);
    assertThat(scenario.world().actor(IRAQ_GOV).orElseThrow().kind()).isEqualTo(ActorKind.STATE);
    assertThat(scenario.world().countryOf(FacilityId.of("iraq-secure")))
        .contains(CountryCode.of("IQ"));
    assertThat(scenario.ledger().verdict().isAccepted()).isTrue();
  }

  @Test
  void theExampleOfTheClassDocumentation() {
    Scenario scenario =
        Scenario.builder()
            .zone(DAMASCUS)
            .facility("north-prison", "SY")
            .heldBy("sdf")
            .holding(500)
            .facility("iraq-site", "IQ")
            .heldBy("iraq-gov")
            .holding(0)
            .on(JAN_21)
            .transfer(150)
            .from("north-prison")
            .to("iraq-site")
            .escape(20)
            .from("north-prison")
            .recapture(5)
            .from("north-prison")
            .by("syria-gov")
            .build();

    Situation situation = scenario.situation();
    assertThat(situation.balance(scenario.account("north-prison")))
        .matches(b -> same(b, exactly(330)));
    assertThat(situation.balance(scenario.atLarge("north-prison")))
        .matches(b -> same(b, exactly(15)));
    assertThat(situation.balance(scenario.heldBy("syria-gov"))).matches(b -> same(b, exactly(5)));
  }

  // ------------------------------------------------------------------------------------------
  // facilities

  @Test
  void aFacilityOpensWithItsControlItsCensusAndNobodyAtLarge() {
    Scenario scenario = twoPrisons().build();

    assertThat(scenario.events())
        .extracting(e -> e.id().value())
        .containsExactly(
            "north-prison-control",
            "north-prison-census",
            "north-prison-at-large-census",
            "iraq-site-control",
            "iraq-site-census",
            "iraq-site-at-large-census");
    assertThat(scenario.events().get(0))
        .isEqualTo(
            ControlChanged.first(
                EventId.of("north-prison-control"),
                When.on(JAN_20, ZoneOffset.UTC),
                FacilityId.of("north-prison"),
                SDF));
    CensusTaken census = (CensusTaken) scenario.events().get(1);
    assertThat(census.scope())
        .isEqualTo(
            CensusScope.account(Account.heldAt(SDF, FacilityId.of("north-prison"), FIGHTERS)));
    assertThat(census.count().claims()).hasSize(1);
    assertThat(census.count().claims().get(0).source()).isEqualTo(Source.of(SDF));
    Situation situation = scenario.situation();
    assertThat(situation.balance(scenario.account("north-prison")))
        .matches(b -> same(b, exactly(500)));
    assertThat(situation.balance(scenario.atLarge("north-prison")))
        .matches(b -> same(b, exactly(0)));
    assertThat(situation.controllerOf(FacilityId.of("iraq-site"))).contains(IRAQ_GOV);
  }

  @Test
  void facilitiesDeclaredBeforeAnyDateOpenOnTheDayBeforeTheFirstDate() {
    Scenario scenario = twoPrisons().transfer(1).from("north-prison").to("iraq-site").build();

    assertThat(scenario.events().get(0).when()).isEqualTo(When.on(JAN_20, ZoneOffset.UTC));
    assertThat(scenario.situationBefore(JAN_21).balance(scenario.account("north-prison")))
        .matches(b -> same(b, exactly(500)));
  }

  @Test
  void aScenarioWithoutDatesOpensOnTheEpochDay() {
    Scenario scenario =
        Scenario.builder().facility("north-prison", "SY").heldBy("sdf").holding(7).build();

    assertThat(scenario.events())
        .allMatch(e -> e.when().equals(When.on(LocalDate.EPOCH, ZoneOffset.UTC)));
    assertThat(scenario.situation().balance(scenario.account("north-prison")))
        .matches(b -> same(b, exactly(7)));
  }

  @Test
  void aFacilityDeclaredAfterADateOpensThatDay() {
    Scenario scenario =
        twoPrisons()
            .plusDays(1)
            .facility("south-prison", "SY")
            .heldBy("sdf")
            .holding(40)
            .transfer(10)
            .from("south-prison")
            .to("north-prison")
            .build();

    assertThat(scenario.events().get(6).when()).isEqualTo(When.on(JAN_22, ZoneOffset.UTC));
    assertThat(scenario.situationBefore(JAN_22).balance(scenario.account("south-prison")))
        .matches(Estimate::isUnknown);
    assertThat(scenario.situationAfter(JAN_22).balance(scenario.account("north-prison")))
        .matches(b -> same(b, exactly(510)));
  }

  @Test
  void aFacilityDeclaredWholeKeepsItsKindAndPlace() {
    Facility camp =
        Facility.of(
                FacilityId.of("al-hol"),
                "al-Hol camp",
                FacilityKind.DETENTION_CAMP,
                Location.in(CountryCode.of("SY"), "Hasakah"))
            .withCapacity(70_000);
    Scenario scenario = Scenario.builder().facility(camp).heldBy(SDF).holding(24_000).build();

    assertThat(scenario.world().facility(FacilityId.of("al-hol"))).contains(camp);
    assertThat(scenario.situation().balance(scenario.account(FacilityId.of("al-hol"))))
        .matches(b -> same(b, exactly(24_000)));
  }

  @Test
  void typedIdsWorkLikeSlugs() {
    Scenario scenario =
        Scenario.builder()
            .facility(FacilityId.of("north-prison"), CountryCode.of("SY"))
            .heldBy(SDF)
            .holding(9)
            .facility(FacilityId.of("south-prison"), CountryCode.of("SY"))
            .heldBy(SDF)
            .holding(0)
            .on(JAN_21)
            .transfer(4)
            .from(FacilityId.of("north-prison"))
            .to(FacilityId.of("south-prison"))
            .build();

    assertThat(scenario.situation().balance(scenario.account(FacilityId.of("south-prison"))))
        .matches(b -> same(b, exactly(4)));
    assertThat(scenario.atLarge(FacilityId.of("north-prison")))
        .isEqualTo(scenario.atLarge("north-prison"));
  }

  @Test
  void anUnheldFacilityIsInTheWorldButWritesNoEvent() {
    Scenario scenario = Scenario.builder().facility("planned-site", "IQ").unheld().build();

    assertThat(scenario.world().facilities()).containsKey(FacilityId.of("planned-site"));
    assertThat(scenario.events()).isEmpty();
    assertThatThrownBy(() -> scenario.account("planned-site"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario facility (planned-site) has no custodian: it was declared unheld()");
  }

  @Test
  void holdingAnEstimateOpensWithThatEstimate() {
    Scenario scenario =
        Scenario.builder()
            .facility("al-hol", "SY")
            .heldBy("sdf")
            .holding(Estimate.about(24_000))
            .facility("north-prison", "SY")
            .heldBy("sdf")
            .holding(Estimate.unknown())
            .build();

    assertThat(scenario.situation().balance(scenario.account("al-hol")))
        .matches(b -> same(b, Estimate.about(24_000)));
    assertThat(scenario.situation().balance(scenario.account("north-prison")))
        .matches(Estimate::isUnknown);
  }

  // ------------------------------------------------------------------------------------------
  // movements

  @Test
  void aTransferMovesPeopleBetweenCustodiansAccounts() {
    Scenario scenario = twoPrisons().transfer(150).from("north-prison").to("iraq-site").build();

    DetaineesTransferred transfer = (DetaineesTransferred) scenario.events().get(6);
    assertThat(transfer.id()).isEqualTo(EventId.of("transfer-1"));
    assertThat(transfer.when()).isEqualTo(When.on(JAN_21, ZoneOffset.UTC));
    assertThat(transfer.from()).isEqualTo(scenario.account("north-prison"));
    assertThat(transfer.to()).isEqualTo(scenario.account("iraq-site"));
    assertThat(transfer.size())
        .isEqualTo(Figure.of(Claim.of(exactly(150), Source.of(SDF), transfer.when())));
    Situation after = scenario.situationAfter(JAN_21);
    assertThat(after.balance(scenario.account("north-prison"))).matches(b -> same(b, exactly(350)));
    assertThat(after.balance(scenario.account("iraq-site"))).matches(b -> same(b, exactly(150)));
  }

  @Test
  void aTransferOfAnEstimateMovesTheEstimate() {
    Scenario scenario =
        twoPrisons().transfer(Estimate.about(150)).from("north-prison").to("iraq-site").build();

    Situation after = scenario.situation();
    assertThat(after.balance(scenario.account("iraq-site")))
        .matches(b -> same(b, Estimate.about(150)));
    assertThat(after.balance(scenario.account("north-prison")))
        .matches(b -> same(b, exactly(500).minus(Estimate.about(150))));
  }

  @Test
  void aTransferOfAFigureKeepsItsClaimsAndKnowsItsSources() {
    When day = When.on(JAN_21, ZoneOffset.UTC);
    Figure claims =
        Figure.of(
            Claim.of(exactly(150), Source.of(ActorId.of("centcom")), day),
            Claim.builder()
                .estimate(Estimate.about(200))
                .source(Source.of(ActorId.of("usa"), "a U.S. military official"))
                .channel(ActorId.of("nyt"))
                .reported(day)
                .build());
    Scenario scenario = twoPrisons().transfer(claims).from("north-prison").to("iraq-site").build();

    assertThat(((DetaineesTransferred) scenario.events().get(6)).size()).isEqualTo(claims);
    assertThat(scenario.world().actors())
        .containsKeys(ActorId.of("centcom"), ActorId.of("usa"), ActorId.of("nyt"));
    assertThat(scenario.world().actor(ActorId.of("nyt")).orElseThrow().kind())
        .isEqualTo(ActorKind.NGO);
    assertThat(scenario.situation().balance(scenario.account("iraq-site")))
        .matches(b -> same(b, claims.envelope()));
  }

  @Test
  void anEscapeMovesPeopleAtLargeFromTheFacility() {
    Scenario scenario = twoPrisons().escape(20).from("north-prison").build();

    assertThat(scenario.events().get(6)).isInstanceOf(DetaineesEscaped.class);
    assertThat(scenario.events().get(6).id()).isEqualTo(EventId.of("escape-1"));
    Situation after = scenario.situation();
    assertThat(after.balance(scenario.account("north-prison"))).matches(b -> same(b, exactly(480)));
    assertThat(after.balance(scenario.atLarge("north-prison"))).matches(b -> same(b, exactly(20)));
  }

  @Test
  void escapesOfEstimatesAndFiguresAreClaimedAsGiven() {
    When day = When.on(JAN_21, ZoneOffset.UTC);
    Figure disputed =
        Figure.of(
            Claim.of(Estimate.between(10, 30), Source.of(SDF), day),
            Claim.of(Estimate.upTo(25), Source.of(SYRIA_GOV), day));
    Scenario scenario =
        twoPrisons()
            .escape(Estimate.atLeast(5))
            .from("north-prison")
            .escape(disputed)
            .from("north-prison")
            .build();

    assertThat(scenario.situation().balance(scenario.atLarge("north-prison")))
        .matches(b -> same(b, Estimate.atLeast(5).plus(disputed.envelope())));
  }

  @Test
  void aRecaptureByAnActorPutsThemAtAPlaceNotReported() {
    Scenario scenario =
        twoPrisons()
            .escape(20)
            .from("north-prison")
            .recapture(5)
            .from("north-prison")
            .by("syria-gov")
            .build();

    assertThat(scenario.events())
        .extracting(e -> e.id().value())
        .endsWith("escape-1", "recapture-1-census", "recapture-1");
    Situation after = scenario.situation();
    assertThat(after.balance(scenario.atLarge("north-prison"))).matches(b -> same(b, exactly(15)));
    assertThat(after.balance(Account.held(SYRIA_GOV, FIGHTERS))).matches(b -> same(b, exactly(5)));
    assertThat(scenario.world().actor(SYRIA_GOV).orElseThrow().kind()).isEqualTo(ActorKind.STATE);
  }

  @Test
  void aRecaptureIntoAFacilityPutsThemInItsCustodiansAccount() {
    Scenario scenario =
        twoPrisons()
            .escape(20)
            .from("north-prison")
            .recapture(Estimate.exactly(12))
            .from("north-prison")
            .into("iraq-site")
            .recapture(3)
            .from(FacilityId.of("north-prison"))
            .by(SYRIA_GOV)
            .build();

    Situation after = scenario.situation();
    assertThat(after.balance(scenario.account("iraq-site"))).matches(b -> same(b, exactly(12)));
    assertThat(after.balance(scenario.atLarge("north-prison"))).matches(b -> same(b, exactly(5)));
    assertThat(after.balance(scenario.heldBy(SYRIA_GOV))).matches(b -> same(b, exactly(3)));
  }

  @Test
  void releasesAndRepatriationsLeaveCustody() {
    Scenario scenario =
        twoPrisons()
            .release(30)
            .from("north-prison")
            .repatriate(Estimate.exactly(70))
            .from("north-prison")
            .release(Figure.of(Claim.of(exactly(1), Source.of(SDF), When.on(JAN_21, DAMASCUS))))
            .from("north-prison")
            .build();

    assertThat(scenario.events())
        .extracting(e -> e.id().value())
        .endsWith(
            "release-1-census", "release-1", "repatriate-1-census", "repatriate-1", "release-2");
    Situation after = scenario.situation();
    assertThat(after.balance(scenario.account("north-prison"))).matches(b -> same(b, exactly(399)));
    // those who leave custody keep the prison and custodian they left
    Account north = scenario.account("north-prison");
    assertThat(after.balance(Account.releasedFrom(north))).matches(b -> same(b, exactly(31)));
    assertThat(after.balance(Account.repatriatedFrom(north))).matches(b -> same(b, exactly(70)));
  }

  @Test
  void aCensusSetsTheBalanceOfAFacility() {
    Scenario scenario =
        twoPrisons()
            .plusDays(1)
            .census(Estimate.about(480))
            .of("north-prison")
            .census(2)
            .of(FacilityId.of("iraq-site"))
            .build();

    assertThat(scenario.situationAfter(JAN_21).balance(scenario.account("north-prison")))
        .matches(b -> same(b, exactly(500)));
    assertThat(scenario.situationAfter(JAN_22).balance(scenario.account("north-prison")))
        .matches(b -> same(b, Estimate.about(480)));
    assertThat(scenario.situation().balance(scenario.account("iraq-site")))
        .matches(b -> same(b, exactly(2)));
    assertThat(scenario.events()).extracting(Event::type).endsWith("census-taken", "census-taken");
  }

  // ------------------------------------------------------------------------------------------
  // control and custody

  @Test
  void aControlChangeMovesControlButNotCustody() {
    Scenario scenario = twoPrisons().controlChange("north-prison").to("syria-gov").build();

    assertThat(scenario.events().get(6))
        .isEqualTo(
            ControlChanged.of(
                EventId.of("control-change-1"),
                When.on(JAN_21, ZoneOffset.UTC),
                FacilityId.of("north-prison"),
                SDF,
                SYRIA_GOV));
    Situation after = scenario.situation();
    assertThat(after.controllerOf(FacilityId.of("north-prison"))).contains(SYRIA_GOV);
    assertThat(scenario.account("north-prison").custodian()).contains(SDF);
    assertThat(after.balance(scenario.account("north-prison"))).matches(b -> same(b, exactly(500)));
  }

  @Test
  void aControlChangeOfAnUnheldFacilityRecordsItsFirstControl() {
    Scenario scenario =
        Scenario.builder()
            .facility("planned-site", "IQ")
            .unheld()
            .on(JAN_21)
            .controlChange(FacilityId.of("planned-site"))
            .to(IRAQ_GOV)
            .build();

    assertThat(scenario.events())
        .containsExactly(
            ControlChanged.first(
                EventId.of("control-change-1"),
                When.on(JAN_21, ZoneOffset.UTC),
                FacilityId.of("planned-site"),
                IRAQ_GOV));
  }

  @Test
  void aHandoverMovesCustodyAndControlTogether() {
    Scenario scenario =
        twoPrisons()
            .escape(20)
            .from("north-prison")
            .plusDays(1)
            .handover(480)
            .of("north-prison")
            .to("syria-gov")
            .transfer(100)
            .from("north-prison")
            .to("iraq-site")
            .build();

    assertThat(scenario.events())
        .extracting(e -> e.id().value())
        .endsWith("handover-1-census", "handover-1", "transfer-1");
    assertThat(scenario.ledger().event(EventId.of("handover-1")).orElseThrow())
        .isInstanceOfSatisfying(CustodyHandedOver.class, h -> assertThat(h.withControl()).isTrue());
    assertThat(scenario.account("north-prison"))
        .isEqualTo(Account.heldAt(SYRIA_GOV, FacilityId.of("north-prison"), FIGHTERS));
    Situation after = scenario.situation();
    assertThat(after.controllerOf(FacilityId.of("north-prison"))).contains(SYRIA_GOV);
    assertThat(after.balance(scenario.account("north-prison"))).matches(b -> same(b, exactly(380)));
    assertThat(after.balance(Account.heldAt(SDF, FacilityId.of("north-prison"), FIGHTERS)))
        .matches(b -> same(b, exactly(0)));
    assertThat(after.balance(scenario.account("iraq-site"))).matches(b -> same(b, exactly(100)));
  }

  @Test
  void aHandoverToTheControllerAlreadyInChargeMovesOnlyCustody() {
    Scenario scenario =
        twoPrisons()
            .controlChange("north-prison")
            .to("syria-gov")
            .handover(Estimate.exactly(500))
            .of(FacilityId.of("north-prison"))
            .to(SYRIA_GOV)
            .build();

    assertThat(scenario.events())
        .extracting(e -> e.id().value())
        .endsWith("control-change-1", "handover-1-census", "handover-1");
    assertThat(scenario.result("handover-1").isAccepted()).isTrue();
    // the SDF holds them, on record, inside a prison the government controls: no CUS-002
    assertThat(scenario.result("handover-1").verdict().breaks(Rule.TRANSFER_WITHOUT_CONTROL))
        .isFalse();
    assertThat(scenario.ledger().event(EventId.of("handover-1")).orElseThrow())
        .isInstanceOfSatisfying(
            CustodyHandedOver.class, h -> assertThat(h.withControl()).isFalse());
    assertThat(scenario.situation().balance(scenario.account("north-prison")))
        .matches(b -> same(b, exactly(500)));
  }

  // ------------------------------------------------------------------------------------------
  // actors, sources, cohort, zone

  @Test
  void aSourceClaimsTheCountsOfTheStepsAfterIt() {
    Scenario scenario =
        twoPrisons()
            .escape(20)
            .from("north-prison")
            .source("monitor")
            .escape(30)
            .from("north-prison")
            .build();

    List<Event> escapes = scenario.events().subList(6, 8);
    assertThat(((DetaineesEscaped) escapes.get(0)).size().claims().get(0).source())
        .isEqualTo(Source.of(SDF));
    assertThat(((DetaineesEscaped) escapes.get(1)).size().claims().get(0).source())
        .isEqualTo(Source.of(ActorId.of("monitor")));
    assertThat(scenario.world().actor(ActorId.of("monitor")).orElseThrow().kind())
        .isEqualTo(ActorKind.NGO);
  }

  @Test
  void aDescribedSourceClaimsFromTheOpening() {
    Source official = Source.of(ActorId.of("usa"), "a U.S. military official");
    Scenario scenario =
        Scenario.builder()
            .source(official)
            .facility("north-prison", "SY")
            .heldBy("sdf")
            .holding(500)
            .build();

    assertThat(((CensusTaken) scenario.events().get(1)).count().claims().get(0).source())
        .isEqualTo(official);
    assertThat(scenario.world().actors()).containsKey(ActorId.of("usa"));
  }

  @Test
  void theDefaultCohortIsFightersOfAGroup() {
    Scenario scenario = twoPrisons().build();

    assertThat(scenario.cohort()).isEqualTo(FIGHTERS);
    assertThat(scenario.world().actor(ActorId.of("group")).orElseThrow().kind())
        .isEqualTo(ActorKind.DESIGNATED_ORGANISATION);
  }

  @Test
  void aCohortCountsEveryAccount() {
    Cohort families = Cohort.of(CohortCategory.FAMILY_MEMBERS, ActorId.of("isis"));
    Scenario scenario =
        Scenario.builder()
            .cohort(families)
            .facility("al-hol", "SY")
            .heldBy("sdf")
            .holding(24_000)
            .on(JAN_21)
            .repatriate(300)
            .from("al-hol")
            .build();

    assertThat(scenario.account("al-hol").cohort()).isEqualTo(families);
    assertThat(scenario.situation().balance(Account.repatriatedFrom(scenario.account("al-hol"))))
        .matches(b -> same(b, exactly(300)));
    assertThat(scenario.world().actor(ActorId.of("isis")).orElseThrow().kind())
        .isEqualTo(ActorKind.DESIGNATED_ORGANISATION);
    assertThat(scenario.world().actors()).doesNotContainKey(ActorId.of("group"));
  }

  @Test
  void aDeclaredActorIsKeptAsDeclared() {
    Actor sdf = Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP);
    Actor government = Actor.of(SYRIA_GOV, "Government of Syria", ActorKind.STATE);
    Scenario scenario =
        twoPrisons()
            .actor(sdf)
            .actor(government)
            .controlChange("north-prison")
            .to("syria-gov")
            .build();

    assertThat(scenario.world().actor(SDF)).contains(sdf);
    assertThat(scenario.world().actor(SYRIA_GOV)).contains(government);
  }

  @Test
  void aZoneDatesTheDaysInItsCalendar() {
    Scenario scenario =
        Scenario.builder()
            .zone(DAMASCUS)
            .facility("north-prison", "SY")
            .heldBy("sdf")
            .holding(500)
            .facility("iraq-site", "IQ")
            .heldBy("iraq-gov")
            .holding(0)
            .on(JAN_21)
            .transfer(150)
            .from("north-prison")
            .to("iraq-site")
            .build();

    assertThat(scenario.zone()).isEqualTo(DAMASCUS);
    assertThat(scenario.events().get(6).when()).isEqualTo(When.on(JAN_21, DAMASCUS));
    Instant damascusMidnight = ZonedDateTime.of(2026, 1, 22, 0, 0, 0, 0, DAMASCUS).toInstant();
    assertThat(scenario.situationAt(damascusMidnight).balance(scenario.account("iraq-site")))
        .matches(b -> same(b, exactly(150)));
    assertThat(
            scenario
                .situationAt(damascusMidnight.minusSeconds(1))
                .balance(scenario.account("iraq-site")))
        .matches(b -> same(b, exactly(0)));
  }

  // ------------------------------------------------------------------------------------------
  // time and order

  @Test
  void anInstantDatesTheStepsAfterIt() {
    Instant nine = Instant.parse("2026-01-21T09:00:00Z");
    Scenario scenario =
        twoPrisons()
            .escape(20)
            .from("north-prison")
            .at(Instant.parse("2026-01-22T09:00:00Z"))
            .transfer(150)
            .from("north-prison")
            .to("iraq-site")
            .build();

    assertThat(scenario.events().get(7).when()).isEqualTo(When.at(nine.plusSeconds(86_400)));
    assertThat(
            scenario.situationAt(nine.plusSeconds(86_399)).balance(scenario.account("iraq-site")))
        .matches(b -> same(b, exactly(0)));
    assertThat(
            scenario.situationAt(nine.plusSeconds(86_400)).balance(scenario.account("iraq-site")))
        .matches(b -> same(b, exactly(150)));
  }

  @Test
  void plusDaysMovesToALaterDay() {
    Scenario scenario =
        twoPrisons()
            .plusDays(2)
            .escape(1)
            .from("north-prison")
            .at(Instant.parse("2026-01-24T10:00:00Z"))
            .plusDays(1)
            .escape(2)
            .from("north-prison")
            .build();

    assertThat(scenario.events().get(6).when())
        .isEqualTo(When.on(LocalDate.of(2026, 1, 23), ZoneOffset.UTC));
    assertThat(scenario.events().get(7).when())
        .isEqualTo(When.on(LocalDate.of(2026, 1, 25), ZoneOffset.UTC));
  }

  @Test
  void theLedgerKeepsTheOrderWritten() {
    Scenario scenario =
        twoPrisons()
            .escape(20)
            .from("north-prison")
            .recapture(20)
            .from("north-prison")
            .into("north-prison")
            .transfer(500)
            .from("north-prison")
            .to("iraq-site")
            .escape(10)
            .from("iraq-site")
            .build();

    assertThat(scenario.ledger().events()).isEqualTo(scenario.events());
    assertThat(scenario.situation().balance(scenario.account("iraq-site")))
        .matches(b -> same(b, exactly(490)));
  }

  @Test
  void generatedIdsCountStepsOfTheirKindAndCustomIdsRenameAStep() {
    Scenario scenario =
        twoPrisons()
            .transfer(1)
            .from("north-prison")
            .to("iraq-site")
            .id("first-batch")
            .escape(1)
            .from("north-prison")
            .transfer(1)
            .from("north-prison")
            .to("iraq-site")
            .recapture(1)
            .from("north-prison")
            .by("syria-gov")
            .id("transfer-3")
            .transfer(1)
            .from("north-prison")
            .to("iraq-site")
            .build();

    assertThat(scenario.events().subList(6, scenario.events().size()))
        .extracting(e -> e.id().value())
        .containsExactly(
            "first-batch",
            "escape-1",
            "transfer-2",
            "transfer-3-census",
            "transfer-3",
            "transfer-4");
  }

  // ------------------------------------------------------------------------------------------
  // agreements and events given whole

  @Test
  void agreementsAndObligationsMetAreRecorded() {
    AgreementId ceasefire = AgreementId.of("ceasefire");
    ObligationId integrate = ObligationId.of("integrate");
    Agreement agreement =
        Agreement.builder()
            .id(ceasefire)
            .kind(AgreementKind.CEASEFIRE)
            .title("Ceasefire")
            .addParties(SDF, SYRIA_GOV)
            .concluded(When.on(JAN_21, ZoneOffset.UTC))
            .addObligations(
                Obligation.of(
                    integrate, SDF, "decide on integration", Deadline.on(JAN_22, ZoneOffset.UTC)))
            .build();
    Scenario scenario =
        twoPrisons()
            .agreement(agreement)
            .plusDays(1)
            .obligationMet("ceasefire", "integrate")
            .build();

    assertThat(scenario.events())
        .extracting(e -> e.id().value())
        .endsWith("agreement-1", "obligation-met-1");
    assertThat(scenario.situation().statusOf(ceasefire).get(integrate).state())
        .isEqualTo(DeadlineStatus.State.MET);
    assertThat(scenario.world().actor(SYRIA_GOV).orElseThrow().kind()).isEqualTo(ActorKind.STATE);
  }

  @Test
  void termsRevisionsAndBreachesAreRecorded() {
    AgreementId truce = AgreementId.of("truce");
    ObligationId pause = ObligationId.of("pause");
    ObligationId integrate = ObligationId.of("integrate");
    ActorId monitor = ActorId.of("monitor");
    Agreement agreement =
        Agreement.builder()
            .id(truce)
            .kind(AgreementKind.CEASEFIRE)
            .title("Truce")
            .addParties(SDF, SYRIA_GOV)
            .concluded(When.on(JAN_21, ZoneOffset.UTC))
            .addObligations(
                Obligation.builder()
                    .id(pause)
                    .obligor(monitor)
                    .description("keep the peace")
                    .term(Term.of(When.on(JAN_21, ZoneOffset.UTC), java.time.Duration.ofHours(120)))
                    .build(),
                Obligation.of(
                    integrate,
                    SDF,
                    "decide on integration",
                    Deadline.on(JAN_22.plusDays(5), ZoneOffset.UTC)))
            .build();
    Scenario scenario =
        twoPrisons()
            .agreement(agreement)
            .plusDays(1)
            .deadlineRevised("truce", "integrate", Deadline.on(JAN_22.plusDays(2), ZoneOffset.UTC))
            .obligationBreached("truce", "pause")
            .build();

    assertThat(scenario.events())
        .extracting(e -> e.id().value())
        .endsWith("agreement-1", "deadline-revised-1", "obligation-breached-1");
    assertThat(scenario.situation().statusOf(truce).get(pause).state())
        .isEqualTo(DeadlineStatus.State.BREACHED);
    assertThat(scenario.world().actor(monitor)).isPresent();
  }

  @Test
  void anEventGivenWholeIsRecordedAsGiven() {
    When day = When.on(JAN_21, ZoneOffset.UTC);
    TransferPlanned plan =
        TransferPlanned.builder()
            .id(EventId.of("plan"))
            .when(day)
            .planner(ActorId.of("centcom"))
            .cohort(FIGHTERS)
            .addNamedFacilities(FacilityId.of("north-prison"))
            .receiver(IRAQ_GOV)
            .destination(FacilityId.of("iraq-site"))
            .size(Figure.of(Claim.of(exactly(300), Source.of(ActorId.of("centcom")), day)))
            .build();
    DetaineesTransferred underPlan =
        DetaineesTransferred.builder()
            .id(EventId.of("first-batch"))
            .when(day)
            .from(Account.heldAt(SDF, FacilityId.of("north-prison"), FIGHTERS))
            .to(Account.heldAt(IRAQ_GOV, FacilityId.of("iraq-site"), FIGHTERS))
            .size(Figure.of(Claim.of(exactly(150), Source.of(ActorId.of("centcom")), day)))
            .carrier(ActorId.of("centcom"))
            .plan(EventId.of("plan"))
            .build();
    Scenario scenario = twoPrisons().event(plan).event(underPlan).build();

    assertThat(scenario.events()).endsWith(plan, underPlan);
    assertThat(scenario.situation().balance(scenario.account("iraq-site")))
        .matches(b -> same(b, exactly(150)));
    assertThat(scenario.world().actors()).containsKey(ActorId.of("centcom"));
  }

  @Test
  void aControlChangeGivenWholeIsRememberedByLaterSteps() {
    ControlChanged taken =
        ControlChanged.of(
            EventId.of("taken"),
            When.on(JAN_21, ZoneOffset.UTC),
            FacilityId.of("north-prison"),
            SDF,
            SYRIA_GOV);
    Scenario scenario = twoPrisons().event(taken).controlChange("north-prison").to("sdf").build();

    assertThat(scenario.events().get(7))
        .isEqualTo(
            ControlChanged.of(
                EventId.of("control-change-1"),
                When.on(JAN_21, ZoneOffset.UTC),
                FacilityId.of("north-prison"),
                SYRIA_GOV,
                SDF));
  }

  // ------------------------------------------------------------------------------------------
  // rejections

  @Test
  void appendChecksAnEventAgainstTheScenarioWithoutChangingIt() {
    Scenario scenario = twoPrisons().build();
    Event tooMany =
        DetaineesEscaped.of(
            EventId.of("breakout"),
            When.on(JAN_21, ZoneOffset.UTC),
            scenario.account("north-prison"),
            Figure.of(Claim.of(exactly(501), Source.of(SDF), When.on(JAN_21, ZoneOffset.UTC))));

    AppendResult result = scenario.append(tooMany);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.verdict().breaks(Rule.ACCOUNT_OVERDRAWN)).isTrue();
    assertThat(scenario.ledger().size()).isEqualTo(6);
  }

  @Test
  void buildAllowingRejectionsKeepsGoingAndTellsWhatBecameOfEachEvent() {
    Scenario scenario =
        twoPrisons()
            .transfer(600)
            .from("north-prison")
            .to("iraq-site")
            .escape(20)
            .from("north-prison")
            .buildAllowingRejections();

    assertThat(scenario.events()).hasSize(8);
    assertThat(scenario.ledger().size()).isEqualTo(7);
    assertThat(scenario.result("transfer-1").verdict().breaks(Rule.ACCOUNT_OVERDRAWN)).isTrue();
    assertThat(scenario.result(EventId.of("escape-1")).isAccepted()).isTrue();
    assertThat(scenario.situation().balance(scenario.account("north-prison")))
        .matches(b -> same(b, exactly(480)));
  }

  @Test
  void resultsCarryWarnings() {
    Scenario scenario =
        twoPrisons().escape(Estimate.between(450, 650)).from("north-prison").build();

    assertThat(scenario.result("escape-1").isAccepted()).isTrue();
    assertThat(scenario.result("escape-1").verdict().warnings())
        .extracting(v -> v.rule())
        .containsExactly(Rule.ACCOUNT_OVERDRAWN);
  }

  @Test
  void scenarioTextCountsEventsAndWorld() {
    assertThat(twoPrisons().build())
        .hasToString("scenario of 6 events over world of 3 actors and 2 facilities");
  }

  // ------------------------------------------------------------------------------------------
  // errors

  @Test
  void aRejectedEventNamesTheStepTheEventAndTheViolations() {
    ScenarioBuilder builder =
        twoPrisons()
            .escape(20)
            .from("north-prison")
            .transfer(600)
            .from("north-prison")
            .to("iraq-site");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Scenario step 4 (transfer of exactly 600 from north-prison to iraq-site on 2026-01-21"
                + " (Z)) was rejected by the ledger: event transfer-1 (detainees-transferred)"
                + " breaks\n"
                + "  CUS-001 error in transfer-1 (size): moving exactly 600 out of [held by sdf at"
                + " north-prison: fighters affiliated with group], which holds exactly 480 under"
                + " the envelope reading: even its low end (600) exceeds the high end (480)");
  }

  @Test
  void movingPeopleOutAfterControlPassedIsRecordedWhileTheyAreHeldThere() {
    // the SDF's inmates, counted at north-prison, stay in its custody inside a prison the
    // government now controls: moving them out is a fact to record, not a CUS-002 error
    Scenario scenario =
        twoPrisons()
            .controlChange("north-prison")
            .to("syria-gov")
            .plusDays(1)
            .transfer(10)
            .from("north-prison")
            .to("iraq-site")
            .build();

    assertThat(scenario.result("transfer-1").isAccepted()).isTrue();
    assertThat(scenario.result("transfer-1").verdict().breaks(Rule.TRANSFER_WITHOUT_CONTROL))
        .isFalse();
  }

  @Test
  void anUnknownFacilityIsRefused() {
    assertThatThrownBy(() -> twoPrisons().transfer(150).from("north-prison").to("iraq-sit"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario transfer to (iraq-sit) names no facility declared so far; declare it first"
                + " with facility(\"iraq-sit\", country); declared: [north-prison, iraq-site]");
    assertThatThrownBy(() -> twoPrisons().escape(1).from("south-prison"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Scenario escape from (south-prison) names no facility");
    assertThatThrownBy(() -> twoPrisons().controlChange("south-prison"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Scenario controlChange (south-prison) names no facility");
    assertThatThrownBy(() -> twoPrisons().build().account("south-prison"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario facility (south-prison) is not declared; its facilities are"
                + " [north-prison, iraq-site]");
  }

  @Test
  void aNegativeCountIsRefused() {
    assertThatThrownBy(() -> twoPrisons().transfer(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario transfer count (-5) must not be negative");
    assertThatThrownBy(() -> Scenario.builder().facility("a", "SY").heldBy("sdf").holding(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario holding count (-1) must not be negative");
  }

  @Test
  void aStepBeforeAnyDateIsRefused() {
    ScenarioBuilder undated =
        Scenario.builder().facility("north-prison", "SY").heldBy("sdf").holding(5);

    assertThatThrownBy(() -> undated.transfer(150))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario transfer needs a date: call on(LocalDate) or at(Instant) before it");
    assertThatThrownBy(() -> undated.controlChange("north-prison"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario controlChange needs a date: call on(LocalDate) or at(Instant) before it");
    assertThatThrownBy(() -> undated.plusDays(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario plusDays (1) needs a date to move on from: call on(LocalDate) or"
                + " at(Instant) first");
  }

  @Test
  void aStepDatedBeforeTheLastEventIsRefused() {
    ScenarioBuilder written = twoPrisons().escape(1).from("north-prison");

    assertThatThrownBy(() -> written.on(JAN_20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario date (2026-01-20 (Z)) must not come before the last event written"
                + " (2026-01-21 (Z), step 3): write steps in time order");
    assertThatThrownBy(() -> written.at(Instant.parse("2026-01-21T12:00:00Z")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario time (2026-01-21T12:00:00Z) must not come before the last event written"
                + " (2026-01-21 (Z), step 3): write steps in time order");
  }

  @Test
  void anEventBeforeTheLastEventIsRefusedAndOneAfterItHoldsBackTheCurrentDate() {
    ControlChanged later =
        ControlChanged.of(
            EventId.of("taken"),
            When.on(JAN_22, ZoneOffset.UTC),
            FacilityId.of("north-prison"),
            SDF,
            SYRIA_GOV);
    ScenarioBuilder builder = twoPrisons().event(later);

    assertThatThrownBy(() -> builder.escape(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario escape (2026-01-21 (Z)) must not come before the last event written"
                + " (2026-01-22 (Z), step 3): write steps in time order");
  }

  @Test
  void misplacedSettingsAreRefused() {
    assertThatThrownBy(() -> twoPrisons().zone(DAMASCUS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario zone (Asia/Damascus) must be set before the first date or time;"
                + " 2026-01-21 (Z) is already set, in zone Z");
    assertThatThrownBy(() -> twoPrisons().cohort(FIGHTERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario cohort (fighters affiliated with group) must be set before the first"
                + " step; step 1 (facility north-prison held by sdf holding exactly 500 at the"
                + " opening) already counts fighters affiliated with group");
    assertThatThrownBy(() -> twoPrisons().plusDays(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario plusDays (0) must be at least 1");
    assertThatThrownBy(
            () ->
                twoPrisons()
                    .actor(Actor.of(SDF, "SDF", ActorKind.STATE))
                    .actor(Actor.of(SDF, "SDF", ActorKind.STATE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario actor (sdf) is already declared");
  }

  @Test
  void aFacilityDeclaredTwiceIsRefused() {
    assertThatThrownBy(() -> twoPrisons().facility("north-prison", "IQ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario facility (north-prison) is already declared by step 1");
  }

  @Test
  void anUndatedFacilityAfterDatedEventsIsRefused() {
    Agreement agreement =
        Agreement.builder()
            .id(AgreementId.of("deal"))
            .kind(AgreementKind.CEASEFIRE)
            .title("Deal")
            .addParties(SDF, SYRIA_GOV)
            .concluded(When.on(JAN_21, ZoneOffset.UTC))
            .build();

    assertThatThrownBy(
            () ->
                Scenario.builder()
                    .agreement(agreement)
                    .facility("north-prison", "SY")
                    .heldBy("sdf")
                    .holding(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario facility (north-prison) needs a date: step 1 is already dated 2026-01-21"
                + " (Z), so call on(LocalDate) or at(Instant) before declaring it");
  }

  @Test
  void badIdsAreRefused() {
    assertThatThrownBy(() -> Scenario.builder().id("first"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario id (first) names the event of the step just written, but no step is"
                + " written yet");
    assertThatThrownBy(() -> twoPrisons().id("first"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario id (first) cannot rename step 2 (facility iraq-site held by iraq-gov"
                + " holding exactly 0 at the opening): a facility's events are named after it");
    assertThatThrownBy(
            () ->
                twoPrisons()
                    .escape(1)
                    .from("north-prison")
                    .id("breakout")
                    .escape(1)
                    .from("north-prison")
                    .id("breakout"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario id (breakout) is already used by step 3 (escape of exactly 1 from"
                + " north-prison on 2026-01-21 (Z))");
    assertThatThrownBy(() -> twoPrisons().escape(1).from("north-prison").id("Break Out"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Break Out");
    assertThatThrownBy(() -> twoPrisons().build().result("escape-9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Scenario event id (escape-9) names no event of the scenario");
  }

  @Test
  void stepsThatCannotBeWrittenAreRefused() {
    assertThatThrownBy(() -> twoPrisons().transfer(1).from("north-prison").to("north-prison"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Scenario transfer to (north-prison) must differ from from (north-prison)");
    assertThatThrownBy(() -> twoPrisons().controlChange("north-prison").to("sdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario controlChange to (sdf) must differ from the controller of north-prison"
                + " (sdf)");
    assertThatThrownBy(() -> twoPrisons().handover(1).of("north-prison").to("sdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario handover to (sdf) must differ from the custodian of north-prison (sdf)");
    assertThatThrownBy(
            () ->
                Scenario.builder()
                    .facility("site", "IQ")
                    .unheld()
                    .on(JAN_21)
                    .escape(1)
                    .from("site"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Scenario escape from (site) names a facility nobody holds: it was declared"
                + " unheld(), so it has no custodian's account");
  }

  @Test
  void anUnfinishedStepIsRefused() {
    ScenarioBuilder builder = twoPrisons();
    builder.transfer(150).from("north-prison");

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Scenario step 3 (transfer of exactly 150) is not finished: complete it with"
                + " from(facility).to(facility) before writing anything else");
  }

  @Test
  void aFinishedStepCannotBeFinishedAgain() {
    ScenarioBuilder builder = twoPrisons();
    OriginStep escape = builder.escape(1);
    escape.from("north-prison");

    assertThatThrownBy(() -> escape.from("north-prison"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Scenario step (escape of exactly 1) is already finished: begin the next step from"
                + " the builder");
  }

  @Test
  void aRefusedWordCanBeWrittenAgain() {
    ScenarioBuilder builder = twoPrisons();
    TransferDestinationStep transfer = builder.transfer(150).from("north-prison");
    assertThatThrownBy(() -> transfer.to("iraq-sit")).isInstanceOf(IllegalArgumentException.class);

    Scenario scenario = transfer.to("iraq-site").build();

    assertThat(scenario.situation().balance(scenario.account("iraq-site")))
        .matches(b -> same(b, exactly(150)));
  }
}
