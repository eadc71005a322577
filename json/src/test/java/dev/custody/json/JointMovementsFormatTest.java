package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.Event;
import dev.custody.ledger.JointSplit;
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
 * Joint movements in custody/2 ({@code "alsoFrom": [account, ...]} on an escape, a release or a
 * repatriation): one figure over several origins, its split unknown. Written, read back equal,
 * valid under the schema, split by the ledger once read, and refused with a path when the further
 * origins are not a list of accounts, repeat an origin or name none.
 */
class JointMovementsFormatTest {
  private static final CustodyJson JSON = CustodyJson.standard();
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId ISIS = ActorId.of("isis");
  private static final FacilityId NORTH = FacilityId.of("north-prison");
  private static final FacilityId SOUTH = FacilityId.of("south-prison");
  private static final FacilityId CAMP = FacilityId.of("camp");
  private static final CountryCode SY = CountryCode.of("SY");
  private static final CountryCode FR = CountryCode.of("FR");
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);
  private static final Account NORTH_HELD = Account.heldAt(SDF, NORTH, FIGHTERS);
  private static final Account SOUTH_HELD = Account.heldAt(SDF, SOUTH, FIGHTERS);

  private static When day(int d) {
    return When.on(LocalDate.of(2021, 5, d), ZoneOffset.UTC);
  }

  private static Figure said(Estimate estimate, int d) {
    return Figure.of(Claim.of(estimate, Source.of(SDF), day(d)));
  }

  private static Account french(CohortCategory category) {
    return Account.heldAt(SDF, CAMP, Cohort.of(category, ISIS, NationalityGroup.of(FR)));
  }

  static CustodyDocument document() {
    World world =
        World.of(
            List.of(
                Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP),
                Actor.of(ISIS, "Islamic State", ActorKind.DESIGNATED_ORGANISATION)),
            List.of(
                Facility.of(NORTH, "North prison", FacilityKind.PRISON, Location.in(SY)),
                Facility.of(SOUTH, "South prison", FacilityKind.PRISON, Location.in(SY)),
                Facility.of(CAMP, "Camp", FacilityKind.DISPLACEMENT_CAMP, Location.in(SY))));
    List<Event> events =
        List.of(
            ControlChanged.first(EventId.of("control-north"), day(1), NORTH, SDF),
            ControlChanged.first(EventId.of("control-south"), day(1), SOUTH, SDF),
            ControlChanged.first(EventId.of("control-camp"), day(1), CAMP, SDF),
            CensusTaken.of(
                EventId.of("count-north"),
                day(1),
                CensusScope.account(NORTH_HELD),
                said(Estimate.exactly(3_000), 1)),
            CensusTaken.of(
                EventId.of("count-south"),
                day(1),
                CensusScope.account(SOUTH_HELD),
                said(Estimate.exactly(200), 1)),
            CensusTaken.of(
                EventId.of("count-children"),
                day(1),
                CensusScope.account(french(CohortCategory.MINORS)),
                said(Estimate.exactly(50), 1)),
            CensusTaken.of(
                EventId.of("count-women"),
                day(1),
                CensusScope.account(french(CohortCategory.WOMEN)),
                said(Estimate.exactly(45), 1)),
            CensusTaken.of(
                EventId.of("count-men"),
                day(1),
                CensusScope.account(french(CohortCategory.FIGHTERS)),
                said(Estimate.exactly(35), 1)),
            DetaineesEscaped.jointly(
                EventId.of("both-prisons"),
                day(2),
                ImmutableList.of(NORTH_HELD, SOUTH_HELD),
                said(Estimate.exactly(500), 2)),
            DetaineesRepatriated.builder()
                .id(EventId.of("flight"))
                .when(day(3))
                .from(french(CohortCategory.MINORS))
                .addAlsoFrom(french(CohortCategory.WOMEN), french(CohortCategory.FIGHTERS))
                .size(said(Estimate.exactly(120), 3))
                .destination(FR)
                .build(),
            DetaineesReleased.jointly(
                EventId.of("amnesty"),
                day(4),
                ImmutableList.of(NORTH_HELD, SOUTH_HELD),
                said(Estimate.about(100), 4)));
    return CustodyDocument.of("Joint movements", world, events);
  }

  @Test
  void joint_movements_are_written_and_read_back_equal() {
    CustodyDocument document = document();

    String written = JSON.write(document);
    CustodyDocument read = JSON.read(written, "joint.json");

    assertThat(read).isEqualTo(document);
    assertThat(read.ledger().verdict().errors()).isEmpty();
    assertThat(written).contains("\"alsoFrom\": [");
  }

  @Test
  void the_document_is_valid_under_the_schema() {
    assertThat(Schemas.errors(JSON.write(document()))).isEmpty();
  }

  @Test
  void an_empty_list_of_further_origins_is_invalid_under_the_schema() {
    assertThat(Schemas.errors(withFirstAlsoFrom(JSON.write(document()), ""))).isNotEmpty();
  }

  /** The document with the first list of further origins replaced by {@code items}. */
  private static String withFirstAlsoFrom(String written, String items) {
    int open = written.indexOf('[', written.indexOf("\"alsoFrom\""));
    int depth = 0;
    int close = open;
    do {
      char c = written.charAt(close);
      depth += c == '[' || c == '{' ? 1 : c == ']' || c == '}' ? -1 : 0;
      close++;
    } while (depth > 0);
    return written.substring(0, open + 1) + items + written.substring(close - 1);
  }

  @Test
  void the_ledger_splits_each_joint_figure_once_read() {
    CustodyDocument read = JSON.read(JSON.write(document()), "joint.json");
    JointSplit escape =
        read.ledger().situationAt(day(9).end()).jointSplits().get(EventId.of("both-prisons"));

    assertThat(escape.partFrom(SOUTH_HELD).orElseThrow().high()).isEqualTo(200);
    assertThat(escape.partFrom(NORTH_HELD).orElseThrow().low()).isEqualTo(300);
  }

  @Test
  void further_origins_must_be_a_list_of_accounts() {
    String broken =
        JSON.write(document()).replaceFirst("\"alsoFrom\": \\[", "\"alsoFrom\": [ \"south\", ");

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems().get(0).path()).contains(".alsoFrom[0]");
  }

  @Test
  void an_origin_named_twice_is_refused() {
    String written = JSON.write(document());
    int from = written.lastIndexOf("\"from\": {", written.indexOf("\"alsoFrom\""));
    String origin = written.substring(from + "\"from\": ".length(), written.indexOf('}', from) + 1);
    String broken = withFirstAlsoFrom(written, origin);

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems().toString()).contains("distinct origins");
  }

  @Test
  void an_empty_list_of_further_origins_is_refused() {
    String broken = withFirstAlsoFrom(JSON.write(document()), "");

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems().toString()).contains("must name at least one more origin");
  }
}
