package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.time.Instant;
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
 * Every balance and total of the report says how it is known, and nothing that was never recorded
 * prints as zero: a prison counted in July 2022 and reported on at the end of 2025, with a breakout
 * nobody reported a recapture from.
 */
class ProvenanceReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId BAND = ActorId.of("band");
  static final FacilityId JAIL = FacilityId.of("jail");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Account HELD = Account.heldAt(KEEPER, JAIL, FIGHTERS);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(JAIL, "Jail", FacilityKind.PRISON, Location.in(CountryCode.of("NO")))));

  static When on(int year, int month, int day) {
    return When.on(LocalDate.of(year, month, day), ZoneOffset.UTC);
  }

  static Figure said(Estimate estimate, When when) {
    return Figure.of(estimate, Source.of(KEEPER), when);
  }

  static final Ledger LEDGER = ledger();

  private static Ledger ledger() {
    AppendResult result =
        Ledger.of(WORLD)
            .appendAll(
                List.of(
                    CensusTaken.of(
                        EventId.of("count-2022"),
                        on(2022, 7, 15),
                        CensusScope.account(HELD),
                        said(Estimate.exactly(18_863), on(2022, 7, 15))),
                    DetaineesEscaped.of(
                        EventId.of("breakout"),
                        on(2025, 12, 1),
                        HELD,
                        said(Estimate.about(150), on(2025, 12, 1)))));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Report at(Instant instant) {
    return Report.of(LEDGER, instant, Optional.empty());
  }

  static final Instant END_OF_2025 = Instant.parse("2025-12-31T12:00:00Z");
  static final Instant BEFORE_ANY_COUNT = Instant.parse("2022-01-01T00:00:00Z");

  @Test
  void aCountFromYearsAgoSaysItsDateItsSourceAndItsAge() {
    // cells wrap: read the words
    String text = at(END_OF_2025).render(ReportFormat.TEXT).replaceAll("\\s+", " ");

    assertThat(text)
        .contains("How each balance is known")
        .contains("counted 2022-07-15 by keeper, 3 years before, then 1 movement");
  }

  @Test
  void aCountOfTheSameDayIsCountedNotCarriedForward() {
    String text = at(Instant.parse("2022-07-16T00:00:00Z")).render(ReportFormat.TEXT);

    assertThat(text).contains("counted 2022-07-15 by keeper, the same day\n");
    assertThat(at(Instant.parse("2022-07-17T00:00:00Z")).render(ReportFormat.TEXT))
        .contains("counted 2022-07-15 by keeper, 1 day before\n");
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN"})
  void beforeAnythingWasCountedTheTotalsAreNotRecordedNotZero(ReportFormat format) {
    String report = at(BEFORE_ANY_COUNT).render(format);

    assertThat(report).doesNotContain("exactly 0").contains("not recorded");
  }

  @Test
  void beforeAnythingWasCountedTheJsonTotalsAreNull() {
    JsonNode totals = JSON.readTree(at(BEFORE_ANY_COUNT).render(ReportFormat.JSON)).get("totals");

    for (String dimension : List.of("custodian", "country")) {
      assertThat(totals.get(dimension).get("total").isNull()).as(dimension).isTrue();
      assertThat(totals.get(dimension).get("unattributed").isNull()).as(dimension).isTrue();
      assertThat(totals.get(dimension).get("provenance").asString()).isEqualTo("not recorded");
    }
  }

  @Test
  void theJsonGivesEveryBalanceItsProvenance() {
    JsonNode accounts =
        JSON.readTree(at(END_OF_2025).render(ReportFormat.JSON)).get("balances").get("accounts");
    JsonNode held = accounts.get(0).get("provenance");

    assertThat(held.get("kind").asString()).isEqualTo("carried-forward");
    assertThat(held.get("census").asString()).isEqualTo("count-2022");
    assertThat(held.get("counted").get("text").asString()).isEqualTo("2022-07-15 (Z)");
    assertThat(held.get("sources").get(0).asString()).isEqualTo("keeper");
    assertThat(held.get("movements").asInt()).isEqualTo(1);
    assertThat(held.get("age").asString()).isEqualTo("P3Y5M16D");
    JsonNode atLarge = accounts.get(1).get("provenance");
    assertThat(atLarge.get("kind").asString()).isEqualTo("movements-only");
    assertThat(atLarge.get("census").isNull()).isTrue();
  }

  @Test
  void theJsonGroupsSayWhichAccountsTheyRestOn() {
    JsonNode group =
        JSON.readTree(at(END_OF_2025).render(ReportFormat.JSON))
            .get("totals")
            .get("custodian")
            .get("groups")
            .get(0);

    assertThat(group.get("provenance").asString())
        .isEqualTo("counted 2022-07-15 by keeper, 3 years before, then 1 movement");
    assertThat(group.get("accounts").get(0).get("provenance").get("kind").asString())
        .isEqualTo("carried-forward");
  }

  @Test
  void noRecaptureReportedIsNullInTheJsonNotZero() {
    JsonNode row =
        JSON.readTree(at(END_OF_2025).render(ReportFormat.JSON))
            .get("escapes")
            .get(0)
            .get("byReading")
            .get(0);

    assertThat(row.get("recaptured").isNull()).isTrue();
    assertThat(row.get("recaptureRate").isNull()).isTrue();
    assertThat(row.get("text").asString()).contains("no recapture recorded");
  }
}
