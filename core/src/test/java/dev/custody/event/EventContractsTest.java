package dev.custody.event;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.ObligationId;
import dev.custody.model.Reading;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Equality and null-handling contracts of accounts, movements, census scopes, every event type and
 * readings, checked with guava-testlib: values are equal exactly when all their attributes are, and
 * no public factory or method accepts {@code null}.
 */
class EventContractsTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId SYRIA = ActorId.of("syria-gov");
  private static final ActorId IRAQ = ActorId.of("iraq-gov");
  private static final ActorId USA = ActorId.of("usa");
  private static final ActorId ISIS = ActorId.of("isis");
  private static final FacilityId SHADDADI = FacilityId.of("al-shaddadi");
  private static final FacilityId AL_HOL = FacilityId.of("al-hol");
  private static final FacilityId IRAQ_SECURE = FacilityId.of("iraq-secure");
  private static final CountryCode SY = CountryCode.of("SY");
  private static final CountryCode IQ = CountryCode.of("IQ");
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);
  private static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS);
  private static final When AT = When.at(Instant.parse("2026-01-20T10:00:00Z"));
  private static final When LATER = When.at(Instant.parse("2026-01-20T11:00:00Z"));
  private static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), DAMASCUS);
  private static final EventId E1 = EventId.of("e1");
  private static final EventId E2 = EventId.of("e2");

  private static final Figure TEN = figure(10, SDF);
  private static final Figure TWENTY = figure(20, SDF);

  private static final Account SDF_SHADDADI = Account.heldAt(SDF, SHADDADI, FIGHTERS);
  private static final Account SDF_AL_HOL = Account.heldAt(SDF, AL_HOL, FIGHTERS);
  private static final Account IRAQ_SITE = Account.heldAt(IRAQ, IRAQ_SECURE, FIGHTERS);
  private static final Account AT_LARGE_SHADDADI = Account.atLargeFrom(SHADDADI, FIGHTERS);

  private static final AgreementId CEASEFIRE = AgreementId.of("ceasefire");
  private static final ObligationId INTEGRATION = ObligationId.of("decide-integration");
  private static final Deadline BY_24 = Deadline.on(LocalDate.of(2026, 1, 24), DAMASCUS);
  private static final Deadline BY_28 = Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS);

  private static Figure figure(long count, ActorId source) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(source), AT));
  }

  private static Agreement agreement(String title) {
    return Agreement.builder()
        .id(CEASEFIRE)
        .kind(AgreementKind.CEASEFIRE)
        .title(title)
        .addParties(SDF, SYRIA)
        .concluded(When.on(LocalDate.of(2026, 1, 20), DAMASCUS))
        .addObligations(Obligation.of(INTEGRATION, SDF, "decide on integration", BY_24))
        .build();
  }

  private static TransferPlanned.Builder plan() {
    return TransferPlanned.builder()
        .id(E1)
        .when(AT)
        .planner(USA)
        .cohort(FIGHTERS)
        .receiver(IRAQ)
        .size(TEN);
  }

  private static DetaineesTransferred.Builder transfer() {
    return DetaineesTransferred.builder()
        .id(E1)
        .when(AT)
        .from(SDF_SHADDADI)
        .to(IRAQ_SITE)
        .size(TEN);
  }

  // ------------------------------------------------------------------------------------------
  // equals and hashCode

  @Test
  void accountEquality() {
    new EqualsTester()
        .addEqualityGroup(
            Account.heldAt(SDF, SHADDADI, FIGHTERS),
            Account.heldAt(SDF, SHADDADI, FIGHTERS),
            ImmutableAccount.of(
                AccountKind.HELD,
                FIGHTERS,
                Optional.of(SDF),
                Optional.of(SHADDADI),
                Optional.empty()))
        .addEqualityGroup(Account.heldAt(SYRIA, SHADDADI, FIGHTERS))
        .addEqualityGroup(Account.heldAt(SDF, AL_HOL, FIGHTERS))
        .addEqualityGroup(Account.heldAt(SDF, SHADDADI, FAMILIES))
        .addEqualityGroup(Account.heldIn(SDF, SY, FIGHTERS), Account.heldIn(SDF, SY, FIGHTERS))
        .addEqualityGroup(Account.heldIn(SDF, IQ, FIGHTERS))
        .addEqualityGroup(Account.held(SDF, FIGHTERS), Account.held(SDF, FIGHTERS))
        .addEqualityGroup(
            Account.atLargeFrom(SHADDADI, FIGHTERS), Account.atLargeFrom(SHADDADI, FIGHTERS))
        .addEqualityGroup(Account.atLargeFrom(AL_HOL, FIGHTERS))
        .addEqualityGroup(Account.atLarge(FIGHTERS), Account.atLarge(FIGHTERS))
        .addEqualityGroup(Account.atLarge(FAMILIES))
        .addEqualityGroup(Account.released(FIGHTERS), Account.released(FIGHTERS))
        .addEqualityGroup(Account.repatriated(FIGHTERS))
        .addEqualityGroup(Account.dead(FIGHTERS))
        .addEqualityGroup(Account.outside(FIGHTERS), Account.outside(FIGHTERS))
        .testEquals();
  }

  @Test
  void movementEquality() {
    new EqualsTester()
        .addEqualityGroup(
            Movement.of(SDF_SHADDADI, IRAQ_SITE, TEN),
            Movement.of(SDF_SHADDADI, IRAQ_SITE, figure(10, SDF)))
        .addEqualityGroup(Movement.of(IRAQ_SITE, SDF_SHADDADI, TEN))
        .addEqualityGroup(Movement.of(SDF_AL_HOL, IRAQ_SITE, TEN))
        .addEqualityGroup(Movement.of(SDF_SHADDADI, SDF_AL_HOL, TEN))
        .addEqualityGroup(Movement.of(SDF_SHADDADI, IRAQ_SITE, TWENTY))
        // the same number from another source is another figure
        .addEqualityGroup(Movement.of(SDF_SHADDADI, IRAQ_SITE, figure(10, USA)))
        .testEquals();
  }

  @Test
  void censusScopeEquality() {
    new EqualsTester()
        .addEqualityGroup(CensusScope.account(SDF_SHADDADI), CensusScope.account(SDF_SHADDADI))
        .addEqualityGroup(CensusScope.account(SDF_AL_HOL))
        .addEqualityGroup(
            CensusScope.facilities(SHADDADI, AL_HOL),
            CensusScope.facilities(AL_HOL, SHADDADI),
            CensusScope.facilities(SHADDADI, AL_HOL, SHADDADI))
        .addEqualityGroup(CensusScope.facilities(SHADDADI))
        .addEqualityGroup(CensusScope.country(SY), CensusScope.country(SY))
        .addEqualityGroup(CensusScope.country(IQ))
        .addEqualityGroup(
            CensusScope.country(SY).withCustodian(SDF),
            ImmutableCensusScope.builder().country(SY).custodian(SDF).build())
        .addEqualityGroup(CensusScope.country(SY).withCohort(FIGHTERS))
        .addEqualityGroup(CensusScope.custodian(SDF), CensusScope.custodian(SDF))
        .addEqualityGroup(CensusScope.custodian(SYRIA))
        .addEqualityGroup(ImmutableCensusScope.builder().cohort(FIGHTERS).build())
        .testEquals();
  }

  @Test
  void censusTakenEquality() {
    CensusScope scope = CensusScope.account(SDF_SHADDADI);
    new EqualsTester()
        .addEqualityGroup(CensusTaken.of(E1, AT, scope, TEN), CensusTaken.of(E1, AT, scope, TEN))
        .addEqualityGroup(CensusTaken.of(E2, AT, scope, TEN))
        .addEqualityGroup(CensusTaken.of(E1, LATER, scope, TEN))
        .addEqualityGroup(CensusTaken.of(E1, AT, CensusScope.country(SY), TEN))
        .addEqualityGroup(CensusTaken.of(E1, AT, scope, TWENTY))
        .testEquals();
  }

  @Test
  void controlChangedEquality() {
    new EqualsTester()
        .addEqualityGroup(
            ControlChanged.of(E1, AT, AL_HOL, SDF, SYRIA),
            ControlChanged.of(E1, AT, AL_HOL, SDF, SYRIA))
        .addEqualityGroup(ControlChanged.of(E2, AT, AL_HOL, SDF, SYRIA))
        .addEqualityGroup(ControlChanged.of(E1, LATER, AL_HOL, SDF, SYRIA))
        .addEqualityGroup(ControlChanged.of(E1, AT, SHADDADI, SDF, SYRIA))
        .addEqualityGroup(ControlChanged.of(E1, AT, AL_HOL, USA, SYRIA))
        .addEqualityGroup(ControlChanged.of(E1, AT, AL_HOL, SDF, USA))
        .addEqualityGroup(
            ControlChanged.first(E1, AT, AL_HOL, SYRIA),
            ControlChanged.first(E1, AT, AL_HOL, SYRIA))
        .testEquals();
  }

  @Test
  void transferPlannedEquality() {
    new EqualsTester()
        .addEqualityGroup(
            plan().addNamedFacilities(SHADDADI).build(),
            plan().addNamedFacilities(SHADDADI).build(),
            plan().addNamedFacilities(SHADDADI).unnamedFacilities(0).build())
        .addEqualityGroup(plan().addNamedFacilities(AL_HOL).build())
        .addEqualityGroup(
            plan().addNamedFacilities(SHADDADI, AL_HOL).build(),
            plan().addNamedFacilities(AL_HOL, SHADDADI).build())
        .addEqualityGroup(plan().addNamedFacilities(SHADDADI).unnamedFacilities(2).build())
        .addEqualityGroup(plan().addNamedFacilities(SHADDADI).originCountry(SY).build())
        .addEqualityGroup(plan().originCountry(SY).build())
        .addEqualityGroup(plan().addNamedFacilities(SHADDADI).destination(IRAQ_SECURE).build())
        .addEqualityGroup(plan().addNamedFacilities(SHADDADI).payer(USA).build())
        .addEqualityGroup(plan().addNamedFacilities(SHADDADI).agreement(CEASEFIRE).build())
        .addEqualityGroup(
            TransferPlanned.builder()
                .id(E2)
                .when(AT)
                .planner(USA)
                .cohort(FIGHTERS)
                .receiver(IRAQ)
                .size(TEN)
                .addNamedFacilities(SHADDADI)
                .build())
        .addEqualityGroup(
            TransferPlanned.builder()
                .id(E1)
                .when(LATER)
                .planner(USA)
                .cohort(FIGHTERS)
                .receiver(IRAQ)
                .size(TEN)
                .addNamedFacilities(SHADDADI)
                .build())
        .addEqualityGroup(
            TransferPlanned.builder()
                .id(E1)
                .when(AT)
                .planner(SDF)
                .cohort(FIGHTERS)
                .receiver(IRAQ)
                .size(TEN)
                .addNamedFacilities(SHADDADI)
                .build())
        .addEqualityGroup(
            TransferPlanned.builder()
                .id(E1)
                .when(AT)
                .planner(USA)
                .cohort(FAMILIES)
                .receiver(IRAQ)
                .size(TEN)
                .addNamedFacilities(SHADDADI)
                .build())
        .addEqualityGroup(
            TransferPlanned.builder()
                .id(E1)
                .when(AT)
                .planner(USA)
                .cohort(FIGHTERS)
                .receiver(SYRIA)
                .size(TEN)
                .addNamedFacilities(SHADDADI)
                .build())
        .addEqualityGroup(
            TransferPlanned.builder()
                .id(E1)
                .when(AT)
                .planner(USA)
                .cohort(FIGHTERS)
                .receiver(IRAQ)
                .size(TWENTY)
                .addNamedFacilities(SHADDADI)
                .build())
        .testEquals();
  }

  @Test
  void detaineesTransferredEquality() {
    new EqualsTester()
        .addEqualityGroup(transfer().build(), transfer().build())
        .addEqualityGroup(
            DetaineesTransferred.builder()
                .id(E2)
                .when(AT)
                .from(SDF_SHADDADI)
                .to(IRAQ_SITE)
                .size(TEN)
                .build())
        .addEqualityGroup(
            DetaineesTransferred.builder()
                .id(E1)
                .when(LATER)
                .from(SDF_SHADDADI)
                .to(IRAQ_SITE)
                .size(TEN)
                .build())
        .addEqualityGroup(
            DetaineesTransferred.builder()
                .id(E1)
                .when(AT)
                .from(SDF_AL_HOL)
                .to(IRAQ_SITE)
                .size(TEN)
                .build())
        .addEqualityGroup(
            DetaineesTransferred.builder()
                .id(E1)
                .when(AT)
                .from(SDF_SHADDADI)
                .to(SDF_AL_HOL)
                .size(TEN)
                .build())
        .addEqualityGroup(
            DetaineesTransferred.builder()
                .id(E1)
                .when(AT)
                .from(SDF_SHADDADI)
                .to(IRAQ_SITE)
                .size(TWENTY)
                .build())
        .addEqualityGroup(transfer().carrier(USA).build(), transfer().carrier(USA).build())
        .addEqualityGroup(transfer().carrier(SYRIA).build())
        .addEqualityGroup(transfer().plan(E2).build(), transfer().plan(Optional.of(E2)).build())
        .testEquals();
  }

  @Test
  void escapeReleaseAndRepatriationEquality() {
    new EqualsTester()
        .addEqualityGroup(
            DetaineesEscaped.of(E1, AT, SDF_SHADDADI, TEN),
            DetaineesEscaped.of(E1, AT, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesEscaped.of(E2, AT, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesEscaped.of(E1, LATER, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesEscaped.of(E1, AT, SDF_AL_HOL, TEN))
        .addEqualityGroup(DetaineesEscaped.of(E1, AT, SDF_SHADDADI, TWENTY))
        // the same attributes in another event type
        .addEqualityGroup(
            DetaineesReleased.of(E1, AT, SDF_SHADDADI, TEN),
            DetaineesReleased.of(E1, AT, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesReleased.of(E2, AT, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesReleased.of(E1, LATER, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesReleased.of(E1, AT, SDF_AL_HOL, TEN))
        .addEqualityGroup(DetaineesReleased.of(E1, AT, SDF_SHADDADI, TWENTY))
        .addEqualityGroup(
            DetaineesRepatriated.of(E1, AT, SDF_SHADDADI, TEN),
            DetaineesRepatriated.of(E1, AT, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesRepatriated.of(E2, AT, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesRepatriated.of(E1, LATER, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesRepatriated.of(E1, AT, SDF_AL_HOL, TEN))
        .addEqualityGroup(DetaineesRepatriated.of(E1, AT, SDF_SHADDADI, TWENTY))
        .testEquals();
  }

  @Test
  void detaineesRecapturedEquality() {
    Account syriaHeld = Account.held(SYRIA, FIGHTERS);
    new EqualsTester()
        .addEqualityGroup(
            DetaineesRecaptured.of(E1, AT, AT_LARGE_SHADDADI, syriaHeld, TEN),
            DetaineesRecaptured.of(E1, AT, AT_LARGE_SHADDADI, syriaHeld, TEN))
        .addEqualityGroup(DetaineesRecaptured.of(E2, AT, AT_LARGE_SHADDADI, syriaHeld, TEN))
        .addEqualityGroup(DetaineesRecaptured.of(E1, LATER, AT_LARGE_SHADDADI, syriaHeld, TEN))
        .addEqualityGroup(DetaineesRecaptured.of(E1, AT, Account.atLarge(FIGHTERS), syriaHeld, TEN))
        .addEqualityGroup(DetaineesRecaptured.of(E1, AT, AT_LARGE_SHADDADI, SDF_SHADDADI, TEN))
        .addEqualityGroup(DetaineesRecaptured.of(E1, AT, AT_LARGE_SHADDADI, syriaHeld, TWENTY))
        .testEquals();
  }

  @Test
  void agreementEventEquality() {
    new EqualsTester()
        .addEqualityGroup(
            AgreementConcluded.of(E1, agreement("Ceasefire")),
            AgreementConcluded.of(E1, agreement("Ceasefire")))
        .addEqualityGroup(AgreementConcluded.of(E2, agreement("Ceasefire")))
        .addEqualityGroup(AgreementConcluded.of(E1, agreement("Truce")))
        .addEqualityGroup(
            ObligationMet.of(E1, AT, CEASEFIRE, INTEGRATION),
            ObligationMet.of(E1, AT, CEASEFIRE, INTEGRATION))
        .addEqualityGroup(ObligationMet.of(E2, AT, CEASEFIRE, INTEGRATION))
        .addEqualityGroup(ObligationMet.of(E1, JAN_21, CEASEFIRE, INTEGRATION))
        .addEqualityGroup(ObligationMet.of(E1, AT, AgreementId.of("truce"), INTEGRATION))
        .addEqualityGroup(ObligationMet.of(E1, AT, CEASEFIRE, ObligationId.of("hand-over")))
        .addEqualityGroup(
            DeadlineExtended.of(E1, AT, CEASEFIRE, INTEGRATION, BY_28),
            DeadlineExtended.of(E1, AT, CEASEFIRE, INTEGRATION, BY_28))
        .addEqualityGroup(DeadlineExtended.of(E2, AT, CEASEFIRE, INTEGRATION, BY_28))
        .addEqualityGroup(DeadlineExtended.of(E1, JAN_21, CEASEFIRE, INTEGRATION, BY_28))
        .addEqualityGroup(DeadlineExtended.of(E1, AT, AgreementId.of("truce"), INTEGRATION, BY_28))
        .addEqualityGroup(
            DeadlineExtended.of(E1, AT, CEASEFIRE, ObligationId.of("hand-over"), BY_28))
        .addEqualityGroup(DeadlineExtended.of(E1, AT, CEASEFIRE, INTEGRATION, BY_24))
        .addEqualityGroup(
            ObligationBreached.of(E1, AT, CEASEFIRE, INTEGRATION),
            ObligationBreached.of(E1, AT, CEASEFIRE, INTEGRATION))
        .addEqualityGroup(ObligationBreached.of(E2, AT, CEASEFIRE, INTEGRATION))
        .addEqualityGroup(ObligationBreached.of(E1, JAN_21, CEASEFIRE, INTEGRATION))
        .addEqualityGroup(ObligationBreached.of(E1, AT, CEASEFIRE, ObligationId.of("hand-over")))
        .addEqualityGroup(
            ObligationBreached.builder()
                .id(E1)
                .when(AT)
                .agreement(CEASEFIRE)
                .obligation(INTEGRATION)
                .description("shelling")
                .build())
        .addEqualityGroup(
            ObligationBreached.builder()
                .id(E1)
                .when(AT)
                .agreement(CEASEFIRE)
                .obligation(INTEGRATION)
                .addSources(Source.of(SDF))
                .build())
        .testEquals();
  }

  @Test
  void readingEquality() {
    new EqualsTester()
        .addEqualityGroup(Reading.envelope(), Reading.envelope())
        .addEqualityGroup(Reading.consensus())
        .addEqualityGroup(Reading.preferring(SDF), Reading.preferring(ActorId.of("sdf")))
        .addEqualityGroup(Reading.preferring(USA))
        .testEquals();
  }

  // ------------------------------------------------------------------------------------------
  // nulls

  private static NullPointerTester tester() {
    Function<FacilityId, Optional<CountryCode>> countryOf = f -> Optional.of(SY);
    return new NullPointerTester()
        .setDefault(ActorId.class, SDF)
        .setDefault(FacilityId.class, AL_HOL)
        .setDefault(CountryCode.class, SY)
        .setDefault(Cohort.class, FIGHTERS)
        .setDefault(EventId.class, E2)
        .setDefault(When.class, LATER)
        .setDefault(Figure.class, TWENTY)
        .setDefault(Estimate.class, Estimate.exactly(1))
        .setDefault(Account.class, SDF_AL_HOL)
        .setDefault(AccountKind.class, AccountKind.HELD)
        .setDefault(CensusScope.class, CensusScope.country(IQ))
        .setDefault(ImmutableSet.class, ImmutableSet.of(AL_HOL))
        .setDefault(Agreement.class, agreement("Truce"))
        .setDefault(AgreementId.class, CEASEFIRE)
        .setDefault(ObligationId.class, INTEGRATION)
        .setDefault(Deadline.class, BY_28)
        .setDefault(Reading.Kind.class, Reading.Kind.CONSENSUS)
        .setDefault(Function.class, countryOf);
  }

  @Test
  void staticMethodsRejectNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Account.class,
            Movement.class,
            CensusScope.class,
            CensusTaken.class,
            ControlChanged.class,
            TransferPlanned.class,
            DetaineesTransferred.class,
            DetaineesEscaped.class,
            DetaineesRecaptured.class,
            DetaineesReleased.class,
            DetaineesRepatriated.class,
            AgreementConcluded.class,
            ObligationMet.class,
            DeadlineExtended.class,
            ObligationBreached.class,
            Reading.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethodsRejectNull() {
    NullPointerTester tester = tester();
    for (Object instance :
        List.of(
            SDF_SHADDADI,
            Account.heldIn(SDF, SY, FIGHTERS),
            AT_LARGE_SHADDADI,
            Account.released(FIGHTERS),
            Movement.of(SDF_SHADDADI, IRAQ_SITE, TEN),
            CensusScope.account(SDF_SHADDADI),
            CensusScope.facilities(SHADDADI),
            CensusScope.country(SY).withCustodian(SDF),
            CensusTaken.of(E1, AT, CensusScope.country(SY), TEN),
            ControlChanged.of(E1, AT, AL_HOL, SYRIA, USA),
            ControlChanged.first(E1, AT, AL_HOL, SYRIA),
            plan().addNamedFacilities(SHADDADI).build(),
            plan().addNamedFacilities(SHADDADI).unnamedFacilities(2).originCountry(SY).build(),
            plan()
                .originCountry(SY)
                .payer(USA)
                .destination(IRAQ_SECURE)
                .agreement(CEASEFIRE)
                .build(),
            transfer().build(),
            transfer().carrier(USA).plan(E2).build(),
            DetaineesEscaped.of(E1, AT, SDF_SHADDADI, TEN),
            DetaineesRecaptured.of(E1, AT, AT_LARGE_SHADDADI, Account.held(SYRIA, FIGHTERS), TEN),
            DetaineesReleased.of(E1, AT, SDF_SHADDADI, TEN),
            DetaineesRepatriated.of(E1, AT, SDF_SHADDADI, TEN),
            AgreementConcluded.of(E1, agreement("Ceasefire")),
            ObligationMet.of(E1, AT, CEASEFIRE, INTEGRATION),
            DeadlineExtended.of(E1, AT, CEASEFIRE, INTEGRATION, BY_28),
            ObligationBreached.of(E1, AT, CEASEFIRE, INTEGRATION),
            Reading.envelope(),
            Reading.consensus(),
            Reading.preferring(USA))) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }

  @Test
  void buildersRejectNull() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(TransferPlanned.builder());
    tester.testAllPublicInstanceMethods(DetaineesTransferred.builder());
    tester.testAllPublicInstanceMethods(ObligationBreached.builder());
  }
}
