package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
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
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cohorts declared within cohorts ({@code "within"} on a cohort) and joint counts ({@code
 * "accounts"} in a census scope) in custody/2: written, read back equal, valid under the schema,
 * and refused with a path when a declaration names an undeclared cohort or would make two cohorts
 * one.
 */
class NestingFormatTest {
  private static final CustodyJson JSON = CustodyJson.standard();
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId ISIS = ActorId.of("isis");
  private static final FacilityId NORTH = FacilityId.of("north-prison");
  private static final FacilityId SOUTH = FacilityId.of("south-prison");
  private static final CountryCode SY = CountryCode.of("SY");
  private static final Cohort WOMEN = Cohort.of(CohortCategory.WOMEN, ISIS);
  private static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS);

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
                    Actor.of(ISIS, "Islamic State", ActorKind.DESIGNATED_ORGANISATION)),
                List.of(
                    Facility.of(NORTH, "North prison", FacilityKind.PRISON, Location.in(SY)),
                    Facility.of(SOUTH, "South prison", FacilityKind.PRISON, Location.in(SY))))
            .withCohortWithin(WOMEN, FAMILIES);
    List<Event> events =
        List.of(
            CensusTaken.of(
                EventId.of("families"),
                day(1),
                CensusScope.account(Account.heldAt(SDF, NORTH, FAMILIES)),
                said(Estimate.exactly(900), 1)),
            CensusTaken.of(
                EventId.of("both-prisons"),
                day(2),
                CensusScope.jointly(
                    Account.heldAt(SDF, NORTH, WOMEN), Account.heldAt(SDF, SOUTH, WOMEN)),
                said(Estimate.about(500), 2)));
    return CustodyDocument.of("Nesting", world, events);
  }

  @Test
  void nestedCohortsAndJointCountsAreWrittenAndReadBackEqual() {
    CustodyDocument document = document();

    String written = JSON.write(document);
    CustodyDocument read = JSON.read(written, "nesting.json");

    assertThat(written).contains("\"within\"").contains("\"accounts\"");
    assertThat(read.world().cohortsWithin()).isEqualTo(document.world().cohortsWithin());
    assertThat(read.world().isWithin(WOMEN, FAMILIES)).isTrue();
    assertThat(read.events()).isEqualTo(document.events());
    assertThat(((CensusTaken) read.events().get(1)).scope().isJoint()).isTrue();
  }

  @Test
  void theDocumentIsValidUnderTheSchema() {
    assertThat(Schemas.errors(JSON.write(document()))).isEmpty();
  }

  @Test
  void aDeclarationNamingAnUndeclaredCohortIsRefusedAtItsPath() {
    String broken =
        JSON.write(document())
            .replaceFirst("(\"within\"\\s*:\\s*\\[\\s*)\"[a-z-]+\"", "$1\"nobody\"");

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems().get(0).path()).endsWith(".within[0]");
    assertThat(refused.problems().get(0).message()).contains("nobody");
  }

  @Test
  void aJointScopeOfOneAccountIsRefused() {
    String one =
        JSON.write(document())
            .replaceAll("(?s)(\"accounts\"\\s*:\\s*\\[\\s*\\{[^}]*\\})\\s*,\\s*\\{[^}]*\\}", "$1");

    InvalidDocumentException refused =
        catchThrowableOfType(() -> JSON.read(one, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.getMessage()).contains("at least two accounts");
  }

  @Test
  void aCohortOfAnyAffiliationIsWrittenWithoutOneAndReadBackEqual() {
    Cohort residents = Cohort.of(CohortCategory.DETAINEES);
    Cohort iraqis = Cohort.of(CohortCategory.DETAINEES, NationalityGroup.of(CountryCode.of("IQ")));
    World world = document().world();
    CustodyDocument document =
        CustodyDocument.of(
            "A camp",
            world,
            List.of(
                CensusTaken.of(
                    EventId.of("camp"),
                    day(1),
                    CensusScope.account(Account.heldAt(SDF, NORTH, residents)),
                    said(Estimate.exactly(1_000), 1)),
                CensusTaken.of(
                    EventId.of("iraqis"),
                    day(2),
                    CensusScope.account(Account.heldAt(SDF, NORTH, iraqis)),
                    said(Estimate.exactly(600), 2))));

    String written = JSON.write(document);
    CustodyDocument read = JSON.read(written, "camp.json");

    assertThat(written).contains("\"id\": \"detainees-any\"");
    assertThat(read.events()).isEqualTo(document.events());
    assertThat(Schemas.errors(written)).isEmpty();
    assertThat(read.world().isWithin(iraqis, residents)).isTrue();
  }

  @Test
  void anAffiliationThatIsThereButNoActorIdIsRefusedAtItsPath() {
    String broken =
        JSON.write(document())
            .replaceFirst("\"affiliation\"\\s*:\\s*\"isis\"", "\"affiliation\": 7");

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems().get(0).path()).endsWith(".affiliation");
  }
}
