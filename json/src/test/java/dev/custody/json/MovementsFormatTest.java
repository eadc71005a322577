package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.MovementKind;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
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
import dev.custody.model.NationalityGroup;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Movements of all of them ({@code "allOfThem": true}) and named operations with phases ({@code
 * "operations"} in the document, {@code "operation"} on an event) in custody/2: written, read back
 * equal, valid under the schema, and refused with a path when an event names an operation or a
 * phase the document does not declare.
 */
class MovementsFormatTest {
  private static final CustodyJson JSON = CustodyJson.standard();
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId IRAQ = ActorId.of("iraq");
  private static final ActorId ISIS = ActorId.of("isis");
  private static final FacilityId PRISON = FacilityId.of("north-prison");
  private static final FacilityId SOUTH = FacilityId.of("south-prison");
  private static final FacilityId CAMP = FacilityId.of("al-hol");
  private static final CountryCode SY = CountryCode.of("SY");
  private static final CountryCode IQ = CountryCode.of("IQ");
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);
  private static final Cohort IRAQIS =
      Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS, NationalityGroup.of(IQ));
  private static final OperationId PROGRAMME = OperationId.of("return-programme");
  private static final OperationId AIRLIFT = OperationId.of("airlift");

  private static When day(int d) {
    return When.on(LocalDate.of(2021, 5, d), ZoneOffset.UTC);
  }

  private static Figure said(Estimate estimate, int d) {
    return Figure.of(Claim.of(estimate, Source.of(SDF), day(d)));
  }

  static CustodyDocument document() {
    World world =
        World.of(
            List.of(
                Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP),
                Actor.of(IRAQ, "Iraq", ActorKind.STATE),
                Actor.of(ISIS, "Islamic State", ActorKind.DESIGNATED_ORGANISATION)),
            List.of(
                Facility.of(PRISON, "North prison", FacilityKind.PRISON, Location.in(SY)),
                Facility.of(SOUTH, "South prison", FacilityKind.PRISON, Location.in(SY)),
                Facility.of(CAMP, "al-Hol", FacilityKind.DISPLACEMENT_CAMP, Location.in(SY))),
            List.of(
                Operation.of(
                    PROGRAMME, "Return programme", List.of("stage 1", "stage 2", "stage 3")),
                Operation.of(AIRLIFT, "Airlift")));
    Account prison = Account.heldAt(SDF, PRISON, FIGHTERS);
    Account south = Account.heldAt(SDF, SOUTH, FIGHTERS);
    Account camp = Account.heldAt(SDF, CAMP, IRAQIS);
    Figure everyone = said(Estimate.unknown(), 9);
    List<Event> events =
        List.of(
            ControlChanged.first(EventId.of("control"), day(1), PRISON, SDF),
            ControlChanged.first(EventId.of("control-south"), day(1), SOUTH, SDF),
            ControlChanged.first(EventId.of("control-camp"), day(1), CAMP, SDF),
            CensusTaken.of(
                EventId.of("count"),
                day(1),
                CensusScope.account(prison),
                said(Estimate.about(3_500), 1)),
            CensusTaken.of(
                EventId.of("camp-count"),
                day(1),
                CensusScope.account(camp),
                said(Estimate.exactly(900), 1)),
            TransferPlanned.builder()
                .id(EventId.of("return-plan"))
                .when(day(2))
                .planner(IRAQ)
                .cohort(IRAQIS)
                .addNamedFacilities(CAMP)
                .receiver(IRAQ)
                .size(said(Estimate.exactly(900), 2))
                .movementKind(MovementKind.REPATRIATION)
                .build()
                .withOperation(OperationPart.of(PROGRAMME)),
            DetaineesRepatriated.builder()
                .id(EventId.of("stage-1"))
                .when(day(3))
                .from(camp)
                .size(said(Estimate.exactly(300), 3))
                .destination(IQ)
                .plan(EventId.of("return-plan"))
                .operation(OperationPart.of(PROGRAMME, 1))
                .build(),
            DetaineesRepatriated.builder()
                .id(EventId.of("flight"))
                .when(day(4))
                .from(camp)
                .size(said(Estimate.exactly(20), 4))
                .destination(IQ)
                .build()
                .withOperation(OperationPart.of(AIRLIFT)),
            DetaineesRepatriated.builder()
                .id(EventId.of("stage-2"))
                .when(day(5))
                .from(camp)
                .size(everyone)
                .destination(IQ)
                .plan(EventId.of("return-plan"))
                .allOfThem(true)
                .operation(OperationPart.of(PROGRAMME, 2))
                .build(),
            DetaineesTransferred.builder()
                .id(EventId.of("moved"))
                .when(day(6))
                .from(prison)
                .to(south)
                .size(said(Estimate.exactly(100), 6))
                .build(),
            DetaineesDied.builder()
                .id(EventId.of("strike"))
                .when(day(7))
                .from(south)
                .size(everyone)
                .cause("killed in an air strike")
                .allOfThem(true)
                .build(),
            DetaineesEscaped.allOf(EventId.of("breakout"), day(8), prison, everyone),
            CustodyHandedOver.builder()
                .id(EventId.of("handover"))
                .when(day(9))
                .from(Account.heldAt(SDF, PRISON, IRAQIS))
                .receiver(IRAQ)
                .size(everyone)
                .allOfThem(true)
                .build(),
            DetaineesReleased.builder()
                .id(EventId.of("amnesty"))
                .when(day(10))
                .from(Account.heldAt(IRAQ, PRISON, IRAQIS))
                .size(everyone)
                .destination(IQ)
                .allOfThem(true)
                .build());
    return CustodyDocument.of("All of them, and a programme in stages", world, events);
  }

  @Test
  void movements_of_all_of_them_and_operations_are_written_and_read_back_equal() {
    CustodyDocument document = document();

    String written = JSON.write(document);
    CustodyDocument read = JSON.read(written, "movements.json");

    assertThat(read).isEqualTo(document);
    assertThat(read.world().operations()).containsOnlyKeys(PROGRAMME, AIRLIFT);
    assertThat(read.ledger().verdict().errors()).isEmpty();
    assertThat(written)
        .contains("\"allOfThem\": true")
        .contains("\"operations\": [")
        .contains("\"phases\": [")
        .contains("\"phase\": 2");
  }

  @Test
  void the_document_is_valid_under_the_schema() {
    assertThat(Schemas.errors(JSON.write(document()))).isEmpty();
  }

  @Test
  void a_movement_of_all_of_them_moves_the_balance_when_read() {
    CustodyDocument read = JSON.read(JSON.write(document()), "movements.json");

    assertThat(read.ledger().situationAt(day(6).end()).balance(Account.heldAt(SDF, CAMP, IRAQIS)))
        .isEqualTo(Estimate.exactly(0));
    assertThat(read.ledger().situationAt(day(6).end()).allOfThem())
        .containsEntry(EventId.of("stage-2"), Estimate.exactly(580));
  }

  @Test
  void an_unknown_phase_is_refused_at_the_operation_of_the_event() {
    String broken = JSON.write(document()).replace("\"phase\": 2", "\"phase\": 4");

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems().get(0).path()).isEqualTo("$.events[8].operation");
    assertThat(refused.problems().get(0).rule()).contains("CUS-005");
    assertThat(refused.problems().get(0).message())
        .contains("phase (4) is not a phase of return-programme, which has phases 1 to 3");
  }

  @Test
  void an_undeclared_operation_is_refused_at_the_operation_of_the_event() {
    String broken =
        JSON.write(document()).replace("\"id\": \"airlift\",", "\"id\": \"air-bridge\",");

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems())
        .anySatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("$.events[7].operation");
              assertThat(p.message()).contains("operation (airlift) is not in the world");
            });
  }

  @Test
  void all_of_them_must_be_a_boolean() {
    String broken =
        JSON.write(document()).replaceFirst("\"allOfThem\": true", "\"allOfThem\": \"all\"");

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems().get(0).path()).endsWith(".allOfThem");
  }
}
