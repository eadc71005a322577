package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.RunningTotalReported;
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
import dev.custody.rules.Rule;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Running totals of a flow ({@code "type": "running-total-reported"}, with {@code "flow"}, {@code
 * "scope"} and {@code "total"}) in custody/2: written, read back equal, valid under the schema,
 * checked by rule {@code CUS-020} once read, and refused with a path for a flow that does not
 * exist.
 */
class RunningTotalsFormatTest {
  private static final CustodyJson JSON = CustodyJson.standard();
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId ISIS = ActorId.of("isis");
  private static final FacilityId PRISON = FacilityId.of("north-prison");
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);

  private static When day(int d) {
    return When.on(LocalDate.of(2022, 1, d), ZoneOffset.UTC);
  }

  private static Figure said(Estimate estimate, int d) {
    return Figure.of(Claim.of(estimate, Source.of(SDF), day(d)));
  }

  static CustodyDocument document(long secondTotal) {
    World world =
        World.of(
            List.of(
                Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP),
                Actor.of(ISIS, "Islamic State", ActorKind.DESIGNATED_ORGANISATION)),
            List.of(Facility.of(PRISON, "North prison", FacilityKind.PRISON, Location.in(SY()))));
    Account prison = Account.heldAt(SDF, PRISON, FIGHTERS);
    Account atLarge = Account.atLargeFrom(PRISON, FIGHTERS);
    List<Event> events =
        List.of(
            ControlChanged.first(EventId.of("control"), day(1), PRISON, SDF),
            DetaineesEscaped.of(
                EventId.of("breakout"), day(20), prison, said(Estimate.exactly(200), 20)),
            DetaineesRecaptured.of(
                EventId.of("caught"), day(21), atLarge, prison, said(Estimate.exactly(104), 21)),
            RunningTotalReported.of(
                EventId.of("by-21"),
                day(21),
                Flow.RECAPTURED,
                CensusScope.facilities(PRISON),
                said(Estimate.exactly(104), 21)),
            RunningTotalReported.of(
                EventId.of("by-23"),
                day(23),
                Flow.RECAPTURED,
                CensusScope.facilities(PRISON),
                said(Estimate.exactly(secondTotal), 23)));
    return CustodyDocument.of("Running totals", world, events);
  }

  private static CountryCode SY() {
    return CountryCode.of("SY");
  }

  @Test
  void running_totals_are_written_and_read_back_equal() {
    CustodyDocument document = document(130);

    String written = JSON.write(document);
    CustodyDocument read = JSON.read(written, "totals.json");

    assertThat(read).isEqualTo(document);
    assertThat(read.ledger().verdict().violations()).isEmpty();
    assertThat(written)
        .contains("\"type\": \"running-total-reported\"")
        .contains("\"flow\": \"recaptured\"")
        .contains("\"total\": [");
  }

  @Test
  void the_document_is_valid_under_the_schema() {
    assertThat(Schemas.errors(JSON.write(document(130)))).isEmpty();
  }

  @Test
  void a_total_below_the_movements_read_from_a_document_warns() {
    CustodyDocument read = JSON.read(JSON.write(document(100)), "totals.json");

    assertThat(read.ledger().verdict().breaks(Rule.RUNNING_TOTAL_BELOW_MOVEMENTS)).isTrue();
  }

  @Test
  void a_flow_that_does_not_exist_is_refused_at_its_field() {
    String broken =
        JSON.write(document(130)).replaceFirst("\"flow\": \"recaptured\"", "\"flow\": \"fled\"");

    InvalidDocumentException refused =
        catchThrowableOfType(
            () -> JSON.read(broken, "broken.json"), InvalidDocumentException.class);

    assertThat(refused).isNotNull();
    assertThat(refused.problems().get(0).path()).isEqualTo("$.events[3].flow");
  }
}
