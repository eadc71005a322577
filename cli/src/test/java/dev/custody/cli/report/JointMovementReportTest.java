package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesEscaped;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A joint movement in the report: "500 escaped from both prisons", the north prison holding 3,000
 * and the south 200, nobody at large from either before. The report shows the joint figure, the
 * range it gave each part (the south's 0-200, the north's 300-500) and what those at large from the
 * two hold together, exactly 500; a later count of those at large from the south narrows the
 * north's to exactly 350 through the joint figure.
 */
class JointMovementReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final ActorId GUARD = ActorId.of("guard");
  static final ActorId BAND = ActorId.of("band");
  static final FacilityId NORTH = FacilityId.of("north-prison");
  static final FacilityId SOUTH = FacilityId.of("south-prison");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Account NORTH_HELD = Account.heldAt(GUARD, NORTH, FIGHTERS);
  static final Account SOUTH_HELD = Account.heldAt(GUARD, SOUTH, FIGHTERS);
  static final Account NORTH_AT_LARGE = Account.atLargeFrom(NORTH, FIGHTERS);
  static final Account SOUTH_AT_LARGE = Account.atLargeFrom(SOUTH, FIGHTERS);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(GUARD, "Guard", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(
                  NORTH, "North prison", FacilityKind.PRISON, Location.in(CountryCode.of("SY"))),
              Facility.of(
                  SOUTH, "South prison", FacilityKind.PRISON, Location.in(CountryCode.of("SY")))));

  static When day(int d) {
    return When.on(LocalDate.of(2019, 3, d), ZoneOffset.UTC);
  }

  static Figure said(Estimate estimate, int d) {
    return Figure.of(estimate, Source.of(GUARD), day(d));
  }

  static CensusTaken count(String id, Account account, long count, int d) {
    return CensusTaken.of(
        EventId.of(id), day(d), CensusScope.account(account), said(Estimate.exactly(count), d));
  }

  static Ledger ledger(boolean countedAfter) {
    List<dev.custody.event.Event> events =
        new java.util.ArrayList<>(
            List.of(
                count("north-count", NORTH_HELD, 3_000, 1),
                count("south-count", SOUTH_HELD, 200, 1),
                count("none-north", NORTH_AT_LARGE, 0, 1),
                count("none-south", SOUTH_AT_LARGE, 0, 1),
                DetaineesEscaped.jointly(
                    EventId.of("both-prisons"),
                    day(2),
                    ImmutableList.of(NORTH_HELD, SOUTH_HELD),
                    said(Estimate.exactly(500), 2))));
    if (countedAfter) {
      events.add(count("south-at-large", SOUTH_AT_LARGE, 150, 3));
    }
    AppendResult result = Ledger.of(WORLD).appendAll(events);
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Report report(boolean countedAfter) {
    return Report.of(ledger(countedAfter), day(4).end(), Optional.empty());
  }

  @Test
  void theTextShowsTheJointFigureAndTheRangeItGaveEachPart() {
    String text = report(false).render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("Counts that narrow each other")
        .contains("both-prisons: one figure moved out of 2 accounts")
        .contains("exactly 500 moved out of them together, split unknown")
        .contains("between 300 and 500")
        .contains("between 0 and 200 (best 31)")
        .contains("destinations together exactly 500")
        .contains("origins together exactly 2,700");
  }

  @Test
  void aCountOfOnePartNarrowsTheOtherThroughTheJointFigure() {
    String text = report(true).render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text).contains("narrowed to exactly 350 by both-prisons");
  }

  @Test
  void theJsonGivesTheFigureAndEachPart() {
    JsonNode movement =
        JSON.readTree(report(false).render(ReportFormat.JSON))
            .get("narrowing")
            .get("jointMovements")
            .get(0);

    assertThat(movement.get("event").asString()).isEqualTo("both-prisons");
    assertThat(movement.get("figure").get("low").asLong()).isEqualTo(500);
    assertThat(movement.get("parts")).hasSize(2);
    assertThat(movement.get("parts").get(0).get("moved").get("low").asLong()).isEqualTo(300);
    assertThat(movement.get("parts").get(1).get("moved").get("high").asLong()).isEqualTo(200);
    assertThat(movement.get("destinationsTogether").get("high").asLong()).isEqualTo(500);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatShowsTheJointMovement(ReportFormat format) {
    assertThat(report(false).render(format)).contains("both-prisons");
  }
}
