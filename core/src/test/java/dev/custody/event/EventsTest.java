package dev.custody.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Breach;
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
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every event type: its factory or builder, its invariants broken and kept, its movements, its
 * stable type name and its text; and {@link TransferPlanned#admits}.
 */
class EventsTest {
  static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  static final ActorId SDF = ActorId.of("sdf");
  static final ActorId SYRIA = ActorId.of("syria-gov");
  static final ActorId IRAQ = ActorId.of("iraq-gov");
  static final ActorId USA = ActorId.of("usa");
  static final ActorId CENTCOM = ActorId.of("centcom");
  static final ActorId ISIS = ActorId.of("isis");
  static final FacilityId SHADDADI = FacilityId.of("al-shaddadi");
  static final FacilityId HASAKAH = FacilityId.of("hasakah-facility");
  static final FacilityId AL_HOL = FacilityId.of("al-hol");
  static final FacilityId IRAQ_SECURE = FacilityId.of("iraq-secure");
  static final CountryCode SY = CountryCode.of("SY");
  static final CountryCode IQ = CountryCode.of("IQ");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);
  static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS);

  static final When AT = When.at(Instant.parse("2026-01-20T10:00:00Z"));
  static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), DAMASCUS);

  static final Account SDF_SHADDADI = Account.heldAt(SDF, SHADDADI, FIGHTERS);
  static final Account SDF_HASAKAH = Account.heldAt(SDF, HASAKAH, FIGHTERS);
  static final Account IRAQ_SITE = Account.heldAt(IRAQ, IRAQ_SECURE, FIGHTERS);
  static final Account AT_LARGE_SHADDADI = Account.atLargeFrom(SHADDADI, FIGHTERS);
  static final Account SYRIA_HELD = Account.held(SYRIA, FIGHTERS);

  static final Function<FacilityId, Optional<CountryCode>> COUNTRY_OF =
      f ->
          Optional.ofNullable(
              Map.of(SHADDADI, SY, HASAKAH, SY, AL_HOL, SY, IRAQ_SECURE, IQ).get(f));

  static Figure exactly(long count) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(SDF), AT));
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  static final AgreementId CEASEFIRE = AgreementId.of("ceasefire");
  static final ObligationId INTEGRATION = ObligationId.of("decide-integration");

  static Agreement ceasefire() {
    return Agreement.builder()
        .id(CEASEFIRE)
        .kind(AgreementKind.CEASEFIRE)
        .title("Ceasefire")
        .addParties(SDF, SYRIA)
        .concluded(When.on(LocalDate.of(2026, 1, 20), DAMASCUS))
        .addObligations(
            Obligation.of(
                INTEGRATION,
                SDF,
                "decide on integration",
                Deadline.on(LocalDate.of(2026, 1, 24), DAMASCUS)))
        .build();
  }

  static TransferPlanned.Builder plan() {
    return TransferPlanned.builder()
        .id(id("plan-iraq"))
        .when(AT)
        .planner(CENTCOM)
        .cohort(FIGHTERS)
        .receiver(IRAQ)
        .size(exactly(7_000));
  }

  // ------------------------------------------------------------------------------------------
  // census-taken

  @Test
  void censusTaken() {
    CensusScope scope = CensusScope.account(SDF_SHADDADI);
    CensusTaken census = CensusTaken.of(id("count"), AT, scope, exactly(1_000));

    assertThat(census.id()).isEqualTo(id("count"));
    assertThat(census.when()).isEqualTo(AT);
    assertThat(census.scope()).isEqualTo(scope);
    assertThat(census.count()).isEqualTo(exactly(1_000));
    assertThat(census.movements()).isEmpty();
    assertThat(census.type()).isEqualTo("census-taken").isEqualTo(CensusTaken.TYPE);
    assertThat(census)
        .hasToString(
            "census-taken count 2026-01-20T10:00:00Z: [held by sdf at al-shaddadi: fighters"
                + " affiliated with isis] exactly 1,000");
    assertThat(CensusTaken.of(id("syria"), JAN_21, CensusScope.country(SY), exactly(9_000)))
        .hasToString("census-taken syria 2026-01-21 (Asia/Damascus): country SY exactly 9,000");
  }

  // ------------------------------------------------------------------------------------------
  // control-changed

  @Test
  void controlChanged() {
    ControlChanged change = ControlChanged.of(id("al-hol-taken"), JAN_21, AL_HOL, SDF, SYRIA);

    assertThat(change.facility()).isEqualTo(AL_HOL);
    assertThat(change.from()).contains(SDF);
    assertThat(change.to()).isEqualTo(SYRIA);
    assertThat(change.when()).isEqualTo(JAN_21);
    assertThat(change.movements()).isEmpty();
    assertThat(change.type()).isEqualTo("control-changed").isEqualTo(ControlChanged.TYPE);
    assertThat(change)
        .hasToString(
            "control-changed al-hol-taken 2026-01-21 (Asia/Damascus): al-hol from sdf to syria-gov");
  }

  @Test
  void controlChangedFirst() {
    ControlChanged first = ControlChanged.first(id("al-hol-sdf"), AT, AL_HOL, SDF);

    assertThat(first.from()).isEmpty();
    assertThat(first.to()).isEqualTo(SDF);
    assertThat(first).hasToString("control-changed al-hol-sdf 2026-01-20T10:00:00Z: al-hol to sdf");
  }

  @Test
  void controlChangesToAnotherActor() {
    assertThat(ControlChanged.of(id("c"), AT, AL_HOL, SYRIA, SDF).to()).isEqualTo(SDF);
    assertThatThrownBy(() -> ControlChanged.of(id("c"), AT, AL_HOL, SDF, SDF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ControlChanged.to (sdf) must differ from from (sdf), for c");
  }

  // ------------------------------------------------------------------------------------------
  // transfer-planned

  @Test
  void transferPlanned() {
    TransferPlanned plan =
        plan()
            .addNamedFacilities(SHADDADI)
            .unnamedFacilities(2)
            .originCountry(SY)
            .destination(IRAQ_SECURE)
            .payer(USA)
            .agreement(CEASEFIRE)
            .build();

    assertThat(plan.planner()).isEqualTo(CENTCOM);
    assertThat(plan.cohort()).isEqualTo(FIGHTERS);
    assertThat(plan.namedFacilities()).containsExactly(SHADDADI);
    assertThat(plan.unnamedFacilities()).isEqualTo(2);
    assertThat(plan.originCountry()).contains(SY);
    assertThat(plan.receiver()).isEqualTo(IRAQ);
    assertThat(plan.destination()).contains(IRAQ_SECURE);
    assertThat(plan.payer()).contains(USA);
    assertThat(plan.agreement()).contains(CEASEFIRE);
    assertThat(plan.size()).isEqualTo(exactly(7_000));
    assertThat(plan.movements()).isEmpty();
    assertThat(plan.type()).isEqualTo("transfer-planned").isEqualTo(TransferPlanned.TYPE);
    assertThat(plan)
        .hasToString(
            "transfer-planned plan-iraq 2026-01-20T10:00:00Z: exactly 7,000 fighters affiliated"
                + " with isis from [al-shaddadi] and at least 2 unnamed in SY to iraq-gov at"
                + " iraq-secure, paid by usa");
  }

  @Test
  void transferPlannedOptionalPartsDefault() {
    TransferPlanned plan = plan().addNamedFacilities(SHADDADI, HASAKAH).build();

    assertThat(plan.unnamedFacilities()).isZero();
    assertThat(plan.originCountry()).isEmpty();
    assertThat(plan.destination()).isEmpty();
    assertThat(plan.payer()).isEmpty();
    assertThat(plan.agreement()).isEmpty();
    assertThat(plan)
        .hasToString(
            "transfer-planned plan-iraq 2026-01-20T10:00:00Z: exactly 7,000 fighters affiliated"
                + " with isis from [al-shaddadi, hasakah-facility] to iraq-gov");
  }

  @Test
  void aPlanNamesAFacilityOrACountry() {
    assertThat(plan().originCountry(SY).build().namedFacilities()).isEmpty();
    assertThat(plan().addNamedFacilities(SHADDADI).build().originCountry()).isEmpty();
    assertThatThrownBy(() -> plan().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "TransferPlanned.namedFacilities ([]) needs an originCountry when empty, for plan-iraq");
  }

  @Test
  void aPlanDrawsFromNoFewerThanZeroUnnamedFacilities() {
    assertThat(plan().originCountry(SY).unnamedFacilities(0).build().unnamedFacilities()).isZero();
    assertThatThrownBy(() -> plan().originCountry(SY).unnamedFacilities(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("TransferPlanned.unnamedFacilities (-1) must not be negative, for plan-iraq");
  }

  @Test
  void aPlanAdmitsItsNamedFacilities() {
    TransferPlanned closed = plan().addNamedFacilities(SHADDADI, HASAKAH).build();

    assertThat(closed.admits(SHADDADI, COUNTRY_OF)).isTrue();
    assertThat(closed.admits(HASAKAH, COUNTRY_OF)).isTrue();
    // a named facility is admitted even when the world cannot place it
    assertThat(closed.admits(SHADDADI, f -> Optional.empty())).isTrue();
  }

  @Test
  void aClosedPlanAdmitsNoOtherFacility() {
    TransferPlanned closed = plan().addNamedFacilities(SHADDADI).originCountry(SY).build();

    assertThat(closed.admits(SHADDADI, COUNTRY_OF)).isTrue();
    // in the origin country, but the plan says the named facilities are all
    assertThat(closed.admits(AL_HOL, COUNTRY_OF)).isFalse();
    assertThat(closed.admits(IRAQ_SECURE, COUNTRY_OF)).isFalse();
  }

  @Test
  void aPlanWithUnnamedFacilitiesAdmitsOthersInItsOriginCountry() {
    TransferPlanned open =
        plan().addNamedFacilities(SHADDADI).unnamedFacilities(2).originCountry(SY).build();

    assertThat(open.admits(AL_HOL, COUNTRY_OF)).isTrue();
    assertThat(open.admits(HASAKAH, COUNTRY_OF)).isTrue();
    assertThat(open.admits(IRAQ_SECURE, COUNTRY_OF)).isFalse();
    // a facility the world cannot place is not known to be in the origin country
    assertThat(open.admits(FacilityId.of("camp-nowhere"), COUNTRY_OF)).isFalse();
  }

  @Test
  void aPlanWithUnnamedFacilitiesAndNoCountryAdmitsAnyFacility() {
    TransferPlanned open = plan().addNamedFacilities(SHADDADI).unnamedFacilities(1).build();

    assertThat(open.admits(AL_HOL, COUNTRY_OF)).isTrue();
    assertThat(open.admits(IRAQ_SECURE, COUNTRY_OF)).isTrue();
    assertThat(open.admits(FacilityId.of("camp-nowhere"), COUNTRY_OF)).isTrue();
  }

  @Test
  void aPlanOfACountryOnlyAdmitsEveryFacilityThere() {
    TransferPlanned country = plan().originCountry(SY).build();

    assertThat(country.admits(SHADDADI, COUNTRY_OF)).isTrue();
    assertThat(country.admits(AL_HOL, COUNTRY_OF)).isTrue();
    assertThat(country.admits(IRAQ_SECURE, COUNTRY_OF)).isFalse();
  }

  // ------------------------------------------------------------------------------------------
  // detainees-transferred

  @Test
  void detaineesTransferred() {
    DetaineesTransferred transfer =
        DetaineesTransferred.builder()
            .id(id("hasakah-to-iraq"))
            .when(AT)
            .from(SDF_HASAKAH)
            .to(IRAQ_SITE)
            .size(exactly(150))
            .carrier(CENTCOM)
            .plan(id("plan-iraq"))
            .build();

    assertThat(transfer.from()).isEqualTo(SDF_HASAKAH);
    assertThat(transfer.to()).isEqualTo(IRAQ_SITE);
    assertThat(transfer.size()).isEqualTo(exactly(150));
    assertThat(transfer.carrier()).contains(CENTCOM);
    assertThat(transfer.plan()).contains(id("plan-iraq"));
    assertThat(transfer.movements())
        .containsExactly(Movement.of(SDF_HASAKAH, IRAQ_SITE, exactly(150)));
    assertThat(transfer.type())
        .isEqualTo("detainees-transferred")
        .isEqualTo(DetaineesTransferred.TYPE);
    assertThat(transfer)
        .hasToString(
            "detainees-transferred hasakah-to-iraq 2026-01-20T10:00:00Z: exactly 150 from [held by"
                + " sdf at hasakah-facility: fighters affiliated with isis] to [held by iraq-gov at"
                + " iraq-secure: fighters affiliated with isis] under plan-iraq");
  }

  @Test
  void detaineesTransferredOfEqualsTheBuiltTransferWithoutPlanOrCarrier() {
    DetaineesTransferred transfer =
        DetaineesTransferred.of(id("t"), AT, SDF_HASAKAH, SYRIA_HELD, exactly(10));

    assertThat(transfer)
        .isEqualTo(
            DetaineesTransferred.builder()
                .id(id("t"))
                .when(AT)
                .from(SDF_HASAKAH)
                .to(SYRIA_HELD)
                .size(exactly(10))
                .build());
    assertThat(transfer.carrier()).isEmpty();
    assertThat(transfer.plan()).isEmpty();
  }

  @Test
  void detaineesTransferredOfRejectsAnAccountThatIsNotHeld() {
    assertThatThrownBy(
            () ->
                DetaineesTransferred.of(
                    id("t"), AT, SDF_HASAKAH, Account.released(FIGHTERS), exactly(10)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must both be held accounts");
  }

  @Test
  void detaineesTransferredWithoutPlanOrCarrier() {
    DetaineesTransferred transfer =
        DetaineesTransferred.builder()
            .id(id("t"))
            .when(AT)
            .from(SDF_HASAKAH)
            .to(SYRIA_HELD)
            .size(exactly(10))
            .build();

    assertThat(transfer.carrier()).isEmpty();
    assertThat(transfer.plan()).isEmpty();
    assertThat(transfer)
        .hasToString(
            "detainees-transferred t 2026-01-20T10:00:00Z: exactly 10 from [held by sdf at"
                + " hasakah-facility: fighters affiliated with isis] to [held by syria-gov, place"
                + " not reported: fighters affiliated with isis]");
  }

  private static DetaineesTransferred transfer(Account from, Account to) {
    return DetaineesTransferred.builder()
        .id(id("t"))
        .when(AT)
        .from(from)
        .to(to)
        .size(exactly(10))
        .build();
  }

  @Test
  void aTransferIsBetweenHeldAccounts() {
    assertThat(transfer(SDF_HASAKAH, Account.heldIn(IRAQ, IQ, FIGHTERS)).to().isHeld()).isTrue();
    assertThatThrownBy(() -> transfer(AT_LARGE_SHADDADI, SDF_HASAKAH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DetaineesTransferred from (at large from al-shaddadi: fighters affiliated with isis)"
                + " and to (held by sdf at hasakah-facility: fighters affiliated with isis) must"
                + " both be held accounts, for t");
    assertThatThrownBy(() -> transfer(SDF_HASAKAH, Account.released(FIGHTERS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DetaineesTransferred from (held by sdf at hasakah-facility: fighters affiliated with"
                + " isis) and to (released: fighters affiliated with isis) must both be held"
                + " accounts, for t");
  }

  @Test
  void aTransferMovesPeopleSomewhereElseWithoutChangingWhoTheyAre() {
    assertThatThrownBy(() -> transfer(SDF_HASAKAH, SDF_HASAKAH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Movement.to (held by sdf at hasakah-facility: fighters affiliated with isis) must"
                + " differ from from (held by sdf at hasakah-facility: fighters affiliated with"
                + " isis)");
    assertThatThrownBy(() -> transfer(SDF_HASAKAH, Account.heldAt(IRAQ, IRAQ_SECURE, FAMILIES)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Movement.to cohort (family members affiliated with isis) must equal the from cohort"
                + " (fighters affiliated with isis): a movement does not change who people are");
  }

  // ------------------------------------------------------------------------------------------
  // detainees-escaped

  @Test
  void detaineesEscapedFromAFacilityAreAtLargeFromIt() {
    DetaineesEscaped escape =
        DetaineesEscaped.of(id("breakout"), JAN_21, SDF_SHADDADI, exactly(150));

    assertThat(escape.from()).isEqualTo(SDF_SHADDADI);
    assertThat(escape.size()).isEqualTo(exactly(150));
    assertThat(escape.to()).isEqualTo(AT_LARGE_SHADDADI);
    assertThat(escape.movements())
        .containsExactly(Movement.of(SDF_SHADDADI, AT_LARGE_SHADDADI, exactly(150)));
    assertThat(escape.type()).isEqualTo("detainees-escaped").isEqualTo(DetaineesEscaped.TYPE);
    assertThat(escape)
        .hasToString(
            "detainees-escaped breakout 2026-01-21 (Asia/Damascus): exactly 150 from [held by sdf"
                + " at al-shaddadi: fighters affiliated with isis] to [at large from al-shaddadi:"
                + " fighters affiliated with isis]");
  }

  @Test
  void detaineesEscapedFromNoReportedFacilityAreAtLarge() {
    Account inSyria = Account.heldIn(SDF, SY, FIGHTERS);
    assertThat(DetaineesEscaped.of(id("e"), AT, inSyria, exactly(5)).movements())
        .containsExactly(Movement.of(inSyria, Account.atLarge(FIGHTERS), exactly(5)));
    assertThat(DetaineesEscaped.of(id("e"), AT, SYRIA_HELD, exactly(5)).to())
        .isEqualTo(Account.atLarge(FIGHTERS));
  }

  @Test
  void detaineesEscapeFromAHeldAccount() {
    assertThatThrownBy(() -> DetaineesEscaped.of(id("e"), AT, AT_LARGE_SHADDADI, exactly(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DetaineesEscaped.from (at large from al-shaddadi: fighters affiliated with isis) must"
                + " be a held account, for e");
    assertThatThrownBy(
            () -> DetaineesEscaped.of(id("e"), AT, Account.outside(FIGHTERS), exactly(5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DetaineesEscaped.from (outside: fighters affiliated with isis) must be a held account,"
                + " for e");
  }

  // ------------------------------------------------------------------------------------------
  // detainees-recaptured

  @Test
  void detaineesRecaptured() {
    DetaineesRecaptured recapture =
        DetaineesRecaptured.of(
            id("recaptured-81"), JAN_21, AT_LARGE_SHADDADI, SYRIA_HELD, exactly(81));

    assertThat(recapture.from()).isEqualTo(AT_LARGE_SHADDADI);
    assertThat(recapture.to()).isEqualTo(SYRIA_HELD);
    assertThat(recapture.size()).isEqualTo(exactly(81));
    assertThat(recapture.movements())
        .containsExactly(Movement.of(AT_LARGE_SHADDADI, SYRIA_HELD, exactly(81)));
    assertThat(recapture.type())
        .isEqualTo("detainees-recaptured")
        .isEqualTo(DetaineesRecaptured.TYPE);
    assertThat(recapture)
        .hasToString(
            "detainees-recaptured recaptured-81 2026-01-21 (Asia/Damascus): exactly 81 from [at"
                + " large from al-shaddadi: fighters affiliated with isis] to [held by syria-gov,"
                + " place not reported: fighters affiliated with isis]");
  }

  @Test
  void aRecaptureIsFromAtLargeToHeld() {
    assertThat(
            DetaineesRecaptured.of(id("r"), AT, Account.atLarge(FIGHTERS), SDF_SHADDADI, exactly(1))
                .from())
        .isEqualTo(Account.atLarge(FIGHTERS));
    assertThatThrownBy(
            () -> DetaineesRecaptured.of(id("r"), AT, SDF_HASAKAH, SDF_SHADDADI, exactly(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DetaineesRecaptured from (held by sdf at hasakah-facility: fighters affiliated with"
                + " isis) must be at large and to (held by sdf at al-shaddadi: fighters affiliated"
                + " with isis) held, for r");
    assertThatThrownBy(
            () ->
                DetaineesRecaptured.of(
                    id("r"), AT, AT_LARGE_SHADDADI, Account.dead(FIGHTERS), exactly(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DetaineesRecaptured from (at large from al-shaddadi: fighters affiliated with isis)"
                + " must be at large and to (dead: fighters affiliated with isis) held, for r");
    assertThatThrownBy(
            () ->
                DetaineesRecaptured.of(
                    id("r"), AT, AT_LARGE_SHADDADI, Account.held(SYRIA, FAMILIES), exactly(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Movement.to cohort (family members affiliated with isis) must equal the from cohort"
                + " (fighters affiliated with isis): a movement does not change who people are");
  }

  // ------------------------------------------------------------------------------------------
  // detainees-released and detainees-repatriated

  @Test
  void detaineesReleased() {
    DetaineesReleased release = DetaineesReleased.of(id("freed"), AT, SDF_HASAKAH, exactly(20));

    assertThat(release.from()).isEqualTo(SDF_HASAKAH);
    assertThat(release.size()).isEqualTo(exactly(20));
    assertThat(release.to()).isEqualTo(Account.releasedFrom(SDF_HASAKAH));
    assertThat(release.movements())
        .containsExactly(Movement.of(SDF_HASAKAH, Account.releasedFrom(SDF_HASAKAH), exactly(20)));
    assertThat(release.movementKind()).isEqualTo(MovementKind.RELEASE);
    assertThat(release.destination()).isEmpty();
    assertThat(release.carriedOutBy()).isEmpty();
    assertThat(release.plan()).isEmpty();
    assertThat(release.type()).isEqualTo("detainees-released").isEqualTo(DetaineesReleased.TYPE);
    assertThat(release)
        .hasToString(
            "detainees-released freed 2026-01-20T10:00:00Z: exactly 20 from [held by sdf at"
                + " hasakah-facility: fighters affiliated with isis] to [released from"
                + " hasakah-facility (held by sdf): fighters affiliated with isis]");
    DetaineesReleased intoSyria =
        DetaineesReleased.builder()
            .id(id("freed"))
            .when(AT)
            .from(SDF_HASAKAH)
            .size(exactly(20))
            .destination(SY)
            .carriedOutBy(SYRIA)
            .plan(id("amnesty"))
            .build();
    assertThat(intoSyria.to()).isEqualTo(Account.releasedFrom(SDF_HASAKAH, SY));
    assertThat(intoSyria.toString()).endsWith(" by syria-gov under amnesty");
    assertThatThrownBy(
            () -> DetaineesReleased.of(id("freed"), AT, Account.released(FIGHTERS), exactly(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DetaineesReleased.from (released: fighters affiliated with isis) must be a held"
                + " account, for freed");
  }

  @Test
  void detaineesRepatriated() {
    Account families = Account.heldAt(SDF, AL_HOL, FAMILIES);
    DetaineesRepatriated repatriation =
        DetaineesRepatriated.of(id("home"), JAN_21, families, exactly(300));

    assertThat(repatriation.from()).isEqualTo(families);
    assertThat(repatriation.size()).isEqualTo(exactly(300));
    assertThat(repatriation.to()).isEqualTo(Account.repatriatedFrom(families));
    assertThat(repatriation.movements())
        .containsExactly(Movement.of(families, Account.repatriatedFrom(families), exactly(300)));
    assertThat(repatriation.movementKind()).isEqualTo(MovementKind.REPATRIATION);
    DetaineesRepatriated toIraq =
        DetaineesRepatriated.builder()
            .id(id("home"))
            .when(JAN_21)
            .from(families)
            .size(exactly(300))
            .destination(IQ)
            .carriedOutBy(IRAQ)
            .build();
    assertThat(toIraq.to()).isEqualTo(Account.repatriatedFrom(families, IQ));
    assertThat(toIraq.to().country()).contains(IQ);
    assertThat(repatriation.type())
        .isEqualTo("detainees-repatriated")
        .isEqualTo(DetaineesRepatriated.TYPE);
    assertThat(repatriation)
        .hasToString(
            "detainees-repatriated home 2026-01-21 (Asia/Damascus): exactly 300 from [held by sdf"
                + " at al-hol: family members affiliated with isis] to [repatriated from al-hol (held"
                + " by sdf): family members affiliated with isis]");
    assertThatThrownBy(
            () -> DetaineesRepatriated.of(id("home"), AT, Account.atLarge(FAMILIES), exactly(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DetaineesRepatriated.from (at large: family members affiliated with isis) must be a"
                + " held account, for home");
  }

  // ------------------------------------------------------------------------------------------
  // agreements

  @Test
  void agreementConcludedIsDatedByItsAgreement() {
    AgreementConcluded concluded = AgreementConcluded.of(id("ceasefire-agreed"), ceasefire());

    assertThat(concluded.agreement()).isEqualTo(ceasefire());
    assertThat(concluded.when()).isEqualTo(ceasefire().concluded());
    assertThat(concluded.movements()).isEmpty();
    assertThat(concluded.type())
        .isEqualTo("agreement-concluded")
        .isEqualTo(AgreementConcluded.TYPE);
    assertThat(concluded)
        .hasToString(
            "agreement-concluded ceasefire-agreed: ceasefire (ceasefire): Ceasefire, between sdf"
                + " and syria-gov, concluded 2026-01-20 (Asia/Damascus), 1 obligation");
  }

  @Test
  void obligationMet() {
    ObligationMet met = ObligationMet.of(id("integration-decided"), JAN_21, CEASEFIRE, INTEGRATION);

    assertThat(met.when()).isEqualTo(JAN_21);
    assertThat(met.agreement()).isEqualTo(CEASEFIRE);
    assertThat(met.obligation()).isEqualTo(INTEGRATION);
    assertThat(met.movements()).isEmpty();
    assertThat(met.type()).isEqualTo("obligation-met").isEqualTo(ObligationMet.TYPE);
    assertThat(met)
        .hasToString(
            "obligation-met integration-decided 2026-01-21 (Asia/Damascus): ceasefire/decide-integration");
  }

  @Test
  void deadlineExtended() {
    Deadline later = Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS);
    DeadlineExtended extended =
        DeadlineExtended.of(id("extended"), JAN_21, CEASEFIRE, INTEGRATION, later);

    assertThat(extended.when()).isEqualTo(JAN_21);
    assertThat(extended.agreement()).isEqualTo(CEASEFIRE);
    assertThat(extended.obligation()).isEqualTo(INTEGRATION);
    assertThat(extended.deadline()).isEqualTo(later);
    assertThat(extended.movements()).isEmpty();
    assertThat(extended.type()).isEqualTo("deadline-extended").isEqualTo(DeadlineExtended.TYPE);
    assertThat(extended)
        .hasToString(
            "deadline-extended extended 2026-01-21 (Asia/Damascus): ceasefire/decide-integration"
                + " to end of 2026-01-28 (Asia/Damascus)");
  }

  @Test
  void obligationBreached() {
    ObligationBreached breached =
        ObligationBreached.builder()
            .id(id("shelling"))
            .when(JAN_21)
            .agreement(CEASEFIRE)
            .obligation(INTEGRATION)
            .description("shelling of the town")
            .addSources(Source.of(SDF), Source.of(USA, "a U.S. official"))
            .build();

    assertThat(breached.when()).isEqualTo(JAN_21);
    assertThat(breached.agreement()).isEqualTo(CEASEFIRE);
    assertThat(breached.obligation()).isEqualTo(INTEGRATION);
    assertThat(breached.movements()).isEmpty();
    assertThat(breached.type()).isEqualTo("obligation-breached").isEqualTo(ObligationBreached.TYPE);
    assertThat(breached.breach())
        .isEqualTo(
            Breach.builder()
                .when(JAN_21)
                .description("shelling of the town")
                .addSources(Source.of(SDF), Source.of(USA, "a U.S. official"))
                .build());
    assertThat(breached)
        .hasToString(
            "obligation-breached shelling 2026-01-21 (Asia/Damascus): ceasefire/decide-integration:"
                + " shelling of the town (per sdf, a U.S. official (usa))");
    assertThat(ObligationBreached.of(id("b"), JAN_21, CEASEFIRE, INTEGRATION))
        .hasToString(
            "obligation-breached b 2026-01-21 (Asia/Damascus): ceasefire/decide-integration");
    assertThatThrownBy(
            () ->
                ObligationBreached.builder()
                    .id(id("b"))
                    .when(JAN_21)
                    .agreement(CEASEFIRE)
                    .obligation(INTEGRATION)
                    .description(" ")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ObligationBreached.description (\" \") must not be blank");
  }

  // ------------------------------------------------------------------------------------------
  // the hierarchy as a whole

  /**
   * One event of every type, in the order of {@link Event}'s permits clause, with the types of the
   * sealed {@link PlannedMovement} in its own order where it stands.
   */
  static List<Event> oneOfEach() {
    return List.of(
        CensusTaken.of(id("a"), AT, CensusScope.country(SY), exactly(1)),
        ControlChanged.first(id("b"), AT, AL_HOL, SDF),
        ControlReported.held(id("m"), AT, AL_HOL, SDF, Source.of(SDF), AT),
        plan().originCountry(SY).build(),
        transfer(SDF_HASAKAH, IRAQ_SITE),
        DetaineesReleased.of(id("e"), AT, SDF_HASAKAH, exactly(1)),
        DetaineesRepatriated.of(id("f"), AT, SDF_HASAKAH, exactly(1)),
        CustodyHandedOver.of(id("j"), AT, SDF_HASAKAH, SYRIA, exactly(1)),
        DetaineesTakenIntoCustody.of(id("k"), AT, SDF_HASAKAH, IntakeKind.SURRENDER, exactly(1)),
        DetaineesEscaped.of(id("c"), AT, SDF_SHADDADI, exactly(1)),
        DetaineesRecaptured.of(id("d"), AT, AT_LARGE_SHADDADI, SYRIA_HELD, exactly(1)),
        DetaineesDied.of(id("l"), AT, SDF_HASAKAH, exactly(1)),
        AgreementConcluded.of(id("g"), ceasefire()),
        ObligationMet.of(id("h"), AT, CEASEFIRE, INTEGRATION),
        DeadlineExtended.of(
            id("i"), AT, CEASEFIRE, INTEGRATION, Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS)),
        ObligationBreached.of(id("m"), AT, CEASEFIRE, INTEGRATION),
        RunningTotalReported.of(
            id("n"), AT, Flow.RECAPTURED, CensusScope.facilities(SHADDADI), exactly(1)));
  }

  @Test
  void typeNamesAreStableAndDistinct() {
    Map<String, String> types = new LinkedHashMap<>();
    for (Event event : oneOfEach()) {
      types.put(event.getClass().getSuperclass().getSimpleName(), event.type());
    }

    assertThat(types)
        .containsExactly(
            Map.entry("CensusTaken", "census-taken"),
            Map.entry("ControlChanged", "control-changed"),
            Map.entry("ControlReported", "control-reported"),
            Map.entry("TransferPlanned", "transfer-planned"),
            Map.entry("DetaineesTransferred", "detainees-transferred"),
            Map.entry("DetaineesReleased", "detainees-released"),
            Map.entry("DetaineesRepatriated", "detainees-repatriated"),
            Map.entry("CustodyHandedOver", "custody-handed-over"),
            Map.entry("DetaineesTakenIntoCustody", "detainees-taken-into-custody"),
            Map.entry("DetaineesEscaped", "detainees-escaped"),
            Map.entry("DetaineesRecaptured", "detainees-recaptured"),
            Map.entry("DetaineesDied", "detainees-died"),
            Map.entry("AgreementConcluded", "agreement-concluded"),
            Map.entry("ObligationMet", "obligation-met"),
            Map.entry("DeadlineExtended", "deadline-extended"),
            Map.entry("ObligationBreached", "obligation-breached"),
            Map.entry("RunningTotalReported", "running-total-reported"));
  }

  @Test
  void everyPermittedEventTypeIsCovered() {
    assertThat(Arrays.stream(Event.class.getPermittedSubclasses()).flatMap(EventsTest::leaves))
        .containsExactlyElementsOf(
            oneOfEach().stream().map(e -> e.getClass().getSuperclass().getSimpleName()).toList());
  }

  /** The class itself, or for a sealed interface the classes it permits. */
  private static java.util.stream.Stream<String> leaves(Class<?> type) {
    return type.isInterface()
        ? Arrays.stream(type.getPermittedSubclasses()).map(Class::getSimpleName)
        : java.util.stream.Stream.of(type.getSimpleName());
  }

  @Test
  void onlyTheEventsThatMovePeopleHaveMovements() {
    ImmutableSet<String> moving =
        ImmutableSet.of(
            "detainees-transferred",
            "detainees-escaped",
            "detainees-recaptured",
            "detainees-released",
            "detainees-repatriated",
            "custody-handed-over",
            "detainees-taken-into-custody",
            "detainees-died");
    for (Event event : oneOfEach()) {
      assertThat(event.movements())
          .as("%s", event.type())
          .hasSize(moving.contains(event.type()) ? 1 : 0);
      assertThat(event.toString())
          .as("%s", event.type())
          .startsWith(event.type() + " " + event.id());
    }
  }
}
