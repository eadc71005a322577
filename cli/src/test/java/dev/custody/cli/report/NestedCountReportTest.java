package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesTransferred;
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
 * A prison reported as a whole with a counted part, as the Baghuz surrender was: "about 3,500,
 * including about 700 minors". The report shows the whole as a population in its own right, carried
 * forward through the movements across its boundary, the minors counted apart, and the uncounted
 * part as the remainder; no figure prints as zero that was never recorded.
 */
class NestedCountReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final ActorId GUARD = ActorId.of("guard");
  static final ActorId OTHER = ActorId.of("other");
  static final ActorId BAND = ActorId.of("band");
  static final FacilityId PRISON = FacilityId.of("prison");
  static final FacilityId SITE = FacilityId.of("site");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Cohort MINORS = Cohort.of(CohortCategory.MINORS, BAND);
  static final Account PRISON_FIGHTERS = Account.heldAt(GUARD, PRISON, FIGHTERS);
  static final Account PRISON_MINORS = Account.heldAt(GUARD, PRISON, MINORS);
  static final Account SITE_FIGHTERS = Account.heldAt(OTHER, SITE, FIGHTERS);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(GUARD, "Guard", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(OTHER, "Other", ActorKind.STATE),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(PRISON, "Prison", FacilityKind.PRISON, Location.in(CountryCode.of("SY"))),
              Facility.of(SITE, "Site", FacilityKind.PRISON, Location.in(CountryCode.of("IQ")))));

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
                        EventId.of("post-siege"),
                        day(1),
                        CensusScope.facilities(PRISON),
                        said(Estimate.about(3_500), 1)),
                    CensusTaken.of(
                        EventId.of("minors"),
                        day(1),
                        CensusScope.account(PRISON_MINORS),
                        said(Estimate.about(700), 1)),
                    DetaineesTransferred.of(
                        EventId.of("flight"),
                        day(5),
                        PRISON_FIGHTERS,
                        SITE_FIGHTERS,
                        said(Estimate.exactly(100), 5)),
                    DetaineesReleased.of(
                        EventId.of("minors-out"),
                        day(6),
                        PRISON_MINORS,
                        said(Estimate.exactly(20), 6))));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Report at(int d) {
    return Report.of(LEDGER, day(d).end(), Optional.empty());
  }

  @Test
  void theWholeIsShownWithItsCountedPartAndItsRemainder() {
    String text = at(2).render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("post-siege: facilities [prison]")
        .contains("counted about 3,500 (3,325-3,675), 2019-03-01 by guard, 1 day before")
        .contains("now about 3,500 (3,325-3,675), no movement across its boundary since")
        .contains("counted apart about 700 (665-735) in held by guard at prison (minors")
        .contains("remainder between 2,590 and 3,010 (best 2,800), not counted apart");
  }

  @Test
  void theTotalOfThePrisonsCustodianAndCountryIsTheWholeNotTheMinorsAlone() {
    Report report = at(2);
    String text = report.render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(report.byCustodian().group(GUARD).orElseThrow().total())
        .isEqualTo(Estimate.about(3_500));
    assertThat(report.byCountry().group(CountryCode.of("SY")).orElseThrow().total())
        .isEqualTo(Estimate.about(3_500));
    assertThat(text)
        .contains(
            "guard about 3,500 (3,325-3,675) 100% the whole, counted by post-siege and carried"
                + " forward; its accounts: counted 2019-03-01 by guard, 1 day before");
  }

  @Test
  void theWholeIsCarriedForwardAsPeopleLeaveIt() {
    String text = at(7).render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text)
        .contains(
            // 3,555 is more than five percent above 3,380: no "about"
            "now between 3,205 and 3,555 (best 3,380), carried forward by 2 movements across its"
                + " boundary: flight, minors-out")
        .contains("remainder between 2,490 and 2,910 (best 2,700), not counted apart");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void noFigurePrintsAsZeroThatWasNeverRecorded(ReportFormat format) {
    for (int d : new int[] {2, 7}) {
      assertThat(at(d).render(format)).doesNotContain("exactly 0");
    }
  }

  @Test
  void theJsonHasThePopulationTheCountedPartAndTheRemainder() {
    JsonNode population = JSON.readTree(at(2).render(ReportFormat.JSON)).get("populations").get(0);

    assertThat(population.get("census").asString()).isEqualTo("post-siege");
    assertThat(population.get("population").get("best").asLong()).isEqualTo(3_500);
    assertThat(population.get("provenance").get("kind").asString()).isEqualTo("counted");
    assertThat(population.get("countedApart").get(0).asString())
        .isEqualTo(PRISON_MINORS.toString());
    assertThat(population.get("remainder").get("text").asString())
        .isEqualTo("between 2,590 and 3,010 (best 2,800)");
  }
}
