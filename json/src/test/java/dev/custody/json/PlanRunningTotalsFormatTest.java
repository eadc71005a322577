package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.RunningTotalReported;
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
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A running total of the movements under a plan ({@code "plan"} on a {@code
 * running-total-reported}) in custody/2: written, read back equal, valid under the schema, its plan
 * checked once read, and an id that is not a slug refused at its field.
 */
class PlanRunningTotalsFormatTest {
  private static final CustodyJson JSON = CustodyJson.standard();
  private static final ActorId KEEPER = ActorId.of("keeper");
  private static final ActorId RECEIVER = ActorId.of("receiver");
  private static final ActorId BAND = ActorId.of("band");
  private static final FacilityId JAIL = FacilityId.of("north-jail");
  private static final FacilityId SITE = FacilityId.of("secure-site");
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  private static final EventId PLAN = EventId.of("the-plan");

  private static When day(int d) {
    return When.on(LocalDate.of(2026, 1, d), ZoneOffset.UTC);
  }

  private static Figure said(String estimate, int d) {
    return Figure.of(Claim.of(Estimate.parse(estimate), Source.of(KEEPER), day(d)));
  }

  static CustodyDocument document(Flow flow) {
    World world =
        World.of(
            List.of(
                Actor.of(KEEPER, "Keeper", ActorKind.NON_STATE_ARMED_GROUP),
                Actor.of(RECEIVER, "Receiver", ActorKind.STATE),
                Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
            List.of(
                Facility.of(
                    JAIL, "North jail", FacilityKind.PRISON, Location.in(CountryCode.of("SY"))),
                Facility.of(
                    SITE,
                    "A secure site",
                    FacilityKind.UNDISCLOSED_SITE,
                    Location.in(CountryCode.of("IQ")))));
    List<Event> events =
        List.of(
            ControlChanged.first(EventId.of("control"), day(1), JAIL, KEEPER),
            ControlChanged.first(EventId.of("control-site"), day(1), SITE, RECEIVER),
            TransferPlanned.builder()
                .id(PLAN)
                .when(day(2))
                .planner(RECEIVER)
                .cohort(FIGHTERS)
                .addNamedFacilities(JAIL)
                .receiver(RECEIVER)
                .destination(SITE)
                .size(said("up to 7,000", 2))
                .build(),
            DetaineesTransferred.builder()
                .id(EventId.of("first-batch"))
                .when(day(3))
                .from(Account.heldAt(KEEPER, JAIL, FIGHTERS))
                .to(Account.heldAt(RECEIVER, SITE, FIGHTERS))
                .size(said("150", 3))
                .plan(PLAN)
                .build(),
            RunningTotalReported.of(
                    EventId.of("by-the-10th"),
                    day(10),
                    flow,
                    CensusScope.country(CountryCode.of("SY")).withCohort(FIGHTERS),
                    said("under 500", 10))
                .withPlan(PLAN));
    return CustodyDocument.of("A plan's running total", world, events);
  }

  @Test
  void a_total_of_a_plan_is_written_and_read_back_equal() {
    CustodyDocument document = document(Flow.TRANSFERRED);

    String written = JSON.write(document);
    CustodyDocument read = JSON.read(written, "plan.json");

    assertThat(read).isEqualTo(document);
    assertThat(read.ledger().verdict().violations()).isEmpty();
    assertThat(written).contains("\"plan\": \"the-plan\"").contains("\"estimate\": \"under 500\"");
    assertThat(Schemas.errors(written)).isEmpty();
  }

  @Test
  void a_total_of_another_flow_than_the_plans_is_refused_by_cus_011_at_its_flow() {
    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(JSON.write(document(Flow.RELEASED)), "plan.json"),
            InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.path()).isEqualTo("$.events[4].flow");
              assertThat(p.rule()).contains("CUS-011");
            });
  }

  @Test
  void a_plan_that_is_not_an_id_is_refused_at_its_field() {
    String written = JSON.write(document(Flow.TRANSFERRED));
    int total = written.indexOf("\"by-the-10th\"");
    String broken =
        written.substring(0, total)
            + written.substring(total).replace("\"plan\": \"the-plan\"", "\"plan\": \"The Plan\"");

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.path()).isEqualTo("$.events[4].plan"));
  }
}
