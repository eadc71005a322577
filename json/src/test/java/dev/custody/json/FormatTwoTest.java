package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.ControlState;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.Event;
import dev.custody.event.IntakeKind;
import dev.custody.event.MovementKind;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Alias;
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
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Everything {@code custody/2} adds to {@code custody/1}, in one document that is written, read
 * back equal and valid under the schema: intakes, deaths, handovers with control, releases and
 * repatriations with their destination, who carried them out and their plan, a repatriation
 * programme, facility aliases and a reported capacity, an actor that succeeded another, and a claim
 * an outlet relayed from someone who speaks for nobody.
 */
class FormatTwoTest {
  private static final CustodyJson JSON = CustodyJson.standard();
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId AANES = ActorId.of("aanes");
  private static final ActorId GOV = ActorId.of("caretaker-gov");
  private static final ActorId OLD = ActorId.of("old-gov");
  private static final ActorId FRANCE = ActorId.of("france");
  private static final ActorId AFP = ActorId.of("afp");
  private static final ActorId ISIS = ActorId.of("isis");
  private static final FacilityId PRISON = FacilityId.of("al-sinaa");
  private static final FacilityId CAMP = FacilityId.of("roj");
  private static final CountryCode SY = CountryCode.of("SY");
  private static final CountryCode FR = CountryCode.of("FR");
  private static final Cohort FRENCH =
      Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS, NationalityGroup.of(FR));
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);

  private static When day(int d) {
    return When.on(LocalDate.of(2022, 1, d), ZoneOffset.UTC);
  }

  private static Figure said(long count, int d) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(SDF), day(d)));
  }

  static CustodyDocument document() {
    World world =
        World.of(
            List.of(
                Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP),
                Actor.of(AANES, "Autonomous Administration", ActorKind.DE_FACTO_ADMINISTRATION),
                Actor.of(OLD, "Old government", ActorKind.STATE),
                Actor.builder()
                    .id(GOV)
                    .name("Caretaker government")
                    .kind(ActorKind.STATE)
                    .succeeds(OLD)
                    .succeededOn(LocalDate.of(2021, 12, 8))
                    .build(),
                Actor.of(FRANCE, "France", ActorKind.STATE),
                Actor.of(AFP, "Agence France-Presse", ActorKind.MEDIA),
                Actor.of(ISIS, "Islamic State", ActorKind.DESIGNATED_ORGANISATION)),
            List.of(
                Facility.builder()
                    .id(PRISON)
                    .name("al-Sina'a prison")
                    .kind(FacilityKind.PRISON)
                    .location(Location.in(SY, "Hasakah"))
                    .addAliases(Alias.until("Ghweiran prison", LocalDate.of(2021, 12, 31)))
                    .reportedCapacity(
                        Figure.of(
                            Claim.of(
                                Estimate.about(5_000), Source.relayedBy(AFP, "a guard"), day(2))))
                    .build(),
                Facility.of(
                    CAMP, "Roj camp", FacilityKind.DISPLACEMENT_CAMP, Location.in(SY, "Hasakah"))));
    Account prison = Account.heldAt(SDF, PRISON, FIGHTERS);
    Account camp = Account.heldAt(SDF, CAMP, FRENCH);
    List<Event> events =
        List.of(
            ControlChanged.first(EventId.of("control"), day(1), PRISON, SDF),
            ControlReported.builder()
                .id(EventId.of("contested"))
                .when(day(8))
                .facility(PRISON)
                .state(ControlState.CONTESTED)
                .addActors(SDF, GOV)
                .source(Source.relayedBy(AFP, "a resident"))
                .reported(day(8))
                .build(),
            CensusTaken.of(
                EventId.of("count"), day(1), CensusScope.account(prison), said(3_500, 1)),
            CensusTaken.of(
                EventId.of("camp-count"), day(1), CensusScope.account(camp), said(40, 1)),
            DetaineesTakenIntoCustody.of(
                EventId.of("surrender"), day(3), prison, IntakeKind.SURRENDER, said(300, 3)),
            DetaineesDied.of(
                EventId.of("attack"), day(4), prison, said(100, 4), "killed in the attack"),
            TransferPlanned.builder()
                .id(EventId.of("programme"))
                .when(day(5))
                .planner(FRANCE)
                .cohort(FRENCH)
                .originCountry(SY)
                .receiver(FRANCE)
                .size(said(40, 5))
                .movementKind(MovementKind.REPATRIATION)
                .build(),
            DetaineesRepatriated.builder()
                .id(EventId.of("flight"))
                .when(day(6))
                .from(camp)
                .size(said(12, 6))
                .destination(FR)
                .carriedOutBy(FRANCE)
                .plan(EventId.of("programme"))
                .build(),
            DetaineesReleased.builder()
                .id(EventId.of("amnesty"))
                .when(day(7))
                .from(prison)
                .size(
                    Figure.of(
                        Claim.of(
                            Estimate.exactly(50), Source.relayedBy(AFP, "a camp worker"), day(7))))
                .destination(SY)
                .carriedOutBy(AANES)
                .build(),
            CustodyHandedOver.builder()
                .id(EventId.of("taken"))
                .when(day(9))
                .from(prison)
                .receiver(GOV)
                .size(said(3_650, 9))
                .withControl(true)
                .build());
    return CustodyDocument.of("Everything custody/2 adds", world, events);
  }

  @Test
  void every_addition_is_written_and_read_back_equal() {
    CustodyDocument document = document();

    String written = JSON.write(document);
    CustodyDocument read = JSON.read(written, "two.json");

    assertThat(read).isEqualTo(document);
    assertThat(read.ledger().verdict().errors()).isEmpty();
    assertThat(written)
        .contains("\"format\": \"custody/2\"")
        .contains("\"type\": \"detainees-taken-into-custody\"")
        .contains("\"how\": \"surrender\"")
        .contains("\"cause\": \"killed in the attack\"")
        .contains("\"withControl\": true")
        .contains("\"movementKind\": \"repatriation\"")
        .contains("\"carriedOutBy\": \"france\"")
        .contains("\"relayed\": true")
        .contains("\"succeeds\": \"old-gov\"")
        .contains("\"kind\": \"displacement-camp\"")
        .contains("\"state\": \"contested\"");
  }

  @Test
  void the_document_is_valid_under_the_schema() {
    assertThat(Schemas.errors(JSON.write(document()))).isEmpty();
  }

  @Test
  void a_relayed_claim_without_a_description_is_refused_with_its_path() {
    String written = JSON.write(document());
    String broken = written.replaceFirst("\"description\": \"a camp worker\",\\s*", "");

    InvalidDocumentException refused =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems().get(0).path()).endsWith(".size[0].description");
  }
}
