package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesRepatriated;
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
import dev.custody.model.NationalityGroup;
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
 * Nested cohorts and a joint count in the report: "about 1,000 foreign nationals" at a prison with
 * 200 nationals of Tajikistan among them, 50 of whom are flown home; and a flight of 120 children,
 * women and men counted as one figure, of whom 40 women were counted apart. The prison totals the
 * whole once, and the joint figure is shown with the range it leaves each part.
 */
class JointAndNestedReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final ActorId GUARD = ActorId.of("guard");
  static final ActorId BAND = ActorId.of("band");
  static final FacilityId PRISON = FacilityId.of("prison");
  static final FacilityId CAMP = FacilityId.of("camp");
  static final CountryCode SY = CountryCode.of("SY");
  static final CountryCode TJ = CountryCode.of("TJ");
  static final Cohort FOREIGN =
      Cohort.of(
          CohortCategory.DETAINEES, BAND, NationalityGroup.allExcept(SY, CountryCode.of("IQ")));
  static final Cohort TAJIKS = Cohort.of(CohortCategory.DETAINEES, BAND, NationalityGroup.of(TJ));
  static final Account PRISON_FOREIGN = Account.heldAt(GUARD, PRISON, FOREIGN);
  static final Account PRISON_TAJIKS = Account.heldAt(GUARD, PRISON, TAJIKS);
  static final Account CHILDREN =
      Account.heldAt(GUARD, CAMP, Cohort.of(CohortCategory.MINORS, BAND));
  static final Account WOMEN = Account.heldAt(GUARD, CAMP, Cohort.of(CohortCategory.WOMEN, BAND));
  static final Account MEN = Account.heldAt(GUARD, CAMP, Cohort.of(CohortCategory.FIGHTERS, BAND));

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(GUARD, "Guard", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(PRISON, "Prison", FacilityKind.PRISON, Location.in(SY)),
              Facility.of(CAMP, "Camp", FacilityKind.DETENTION_CAMP, Location.in(SY))));

  static When day(int d) {
    return When.on(LocalDate.of(2019, 3, d), ZoneOffset.UTC);
  }

  static Figure said(Estimate estimate, int d) {
    return Figure.of(estimate, Source.of(GUARD), day(d));
  }

  static final Ledger LEDGER = ledger();

  private static Ledger ledger() {
    AppendResult result =
        Ledger.of(WORLD)
            .appendAll(
                List.of(
                    CensusTaken.of(
                        EventId.of("foreign"),
                        day(1),
                        CensusScope.account(PRISON_FOREIGN),
                        said(Estimate.about(1_000), 1)),
                    CensusTaken.of(
                        EventId.of("tajiks"),
                        day(2),
                        CensusScope.account(PRISON_TAJIKS),
                        said(Estimate.exactly(200), 2)),
                    DetaineesRepatriated.builder()
                        .id(EventId.of("flight-home"))
                        .when(day(3))
                        .from(PRISON_TAJIKS)
                        .destination(TJ)
                        .size(said(Estimate.exactly(50), 3))
                        .build(),
                    CensusTaken.of(
                        EventId.of("arrivals"),
                        day(4),
                        CensusScope.jointly(CHILDREN, WOMEN, MEN),
                        said(Estimate.exactly(120), 4)),
                    CensusTaken.of(
                        EventId.of("women"),
                        day(4),
                        CensusScope.account(WOMEN),
                        said(Estimate.exactly(40), 4))));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Report at(int d) {
    return Report.of(LEDGER, day(d).end(), Optional.empty());
  }

  @Test
  void thePrisonTotalsTheWholeOnce() {
    JsonNode country =
        JSON.readTree(at(3).render(ReportFormat.JSON)).get("totals").get("country").get("total");

    // about 1,000 less the 50 flown home: never 1,000 + 200
    assertThat(country.get("low").asLong()).isEqualTo(900);
    assertThat(country.get("high").asLong()).isEqualTo(1_000);
  }

  @Test
  void theRestOfTheWiderCohortSaysWhichCountsWereTakenOutOfIt() {
    String text = at(3).render(ReportFormat.MARKDOWN).replaceAll("\\s+", " ");
    JsonNode accounts =
        JSON.readTree(at(3).render(ReportFormat.JSON)).get("balances").get("accounts");

    assertThat(text)
        .contains("(the rest, beside the parts counted apart)")
        .contains("less the parts counted apart by tajiks")
        .contains("countries other than IQ, SY (beside those counted in the cohorts within it)");
    boolean found = false;
    for (JsonNode account : accounts) {
      JsonNode apart = account.get("provenance").get("lessCountedApart");
      if (apart.size() > 0) {
        assertThat(apart.get(0).asString()).isEqualTo("tajiks");
        found = true;
      }
    }
    assertThat(found).isTrue();
  }

  @Test
  void theTextShowsTheJointFigureAndTheRangeOfEachPart() {
    String text = at(5).render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("Counts that narrow each other")
        .contains("arrivals: one figure over 3 accounts")
        .contains("exactly 120 counted")
        .contains("up to 80");
  }

  @Test
  void theJsonGivesEachPartItsBounds() {
    JsonNode joint =
        JSON.readTree(at(5).render(ReportFormat.JSON)).get("narrowing").get("jointCounts").get(0);

    assertThat(joint.get("census").asString()).isEqualTo("arrivals");
    assertThat(joint.get("parts")).hasSize(3);
    for (JsonNode part : joint.get("parts")) {
      long high = part.get("bounds").get("high").asLong();
      assertThat(high).isIn(40L, 80L);
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void everyFormatShowsTheJointCount(ReportFormat format) {
    assertThat(at(5).render(format)).contains("arrivals").doesNotContain("exactly 0");
  }
}
