package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.AccountKind;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of a small made-up case in {@code custody/2} ({@code
 * src/test/resources/report/leaving-custody.json}), in UTC, March 2030: a keeper government holds
 * fighters at a north and a south jail, a rival force at an east camp. People come into custody
 * (150 surrender at the camp, 12 are born there, about 40 are captured, 30 arrested); a programme
 * repatriates the foreigners of the north jail, two French nationals on the 5th and three Germans
 * on the 6th; on the night of the 7th both jails release people, the north's into Norway, the
 * south's to a destination not reported; on the 8th four die in an air strike on the south jail and
 * twenty escape from the north jail, of whom two die at large on the 9th; on the 10th the rival
 * hands the camp over with its inmates under a plan for that handover, and on the 11th the keeper
 * hands the 30 arrested, held at no named place, to the rival. Nobody counted the released,
 * repatriated or dead accounts before.
 */
class LeavingCustodyReportTest {
  static final Path FILE = Path.of("src", "test", "resources", "report", "leaving-custody.json");
  static final Ledger LEDGER = read();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static Ledger read() {
    try {
      return CustodyJson.standard().read(FILE).ledger();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The end of {@code day} March 2030, UTC. */
  static Instant endOf(int day) {
    return LocalDate.of(2030, 3, day).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  static Report at(int day) {
    return Report.of(LEDGER, endOf(day), Optional.empty());
  }

  private static final Report LATE = at(31);
  private static final String TEXT = LATE.render(ReportFormat.TEXT);

  /** The lines of {@code section} of the text report, from its title to the next section's. */
  static List<String> section(String text, String title) {
    List<String> lines = text.lines().toList();
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(title)) {
        start = i;
        break;
      }
    }
    assertThat(start).as("section %s", title).isNotNegative();
    for (int end = start + 2; end + 1 < lines.size(); end++) {
      if (lines.get(end + 1).matches("-+")) {
        // without the blank line before the next section
        return lines.subList(start, end - 1);
      }
    }
    return lines.subList(start, lines.size());
  }

  @Test
  void theScenarioPassesTheRules() {
    assertThat(LEDGER.verdict().isAccepted()).isTrue();
    assertThat(LEDGER.verdict().violations()).isEmpty();
    assertThat(TEXT).contains("verdict   no errors, no warnings");
  }

  @Nested
  class Left_custody {
    private final List<String> left = section(TEXT, "Left custody by 2030-03-31 24:00 UTC");

    @Test
    void givesATotalPerKindAndSeparatesDeathsInCustodyFromDeathsAtLarge() {
      assertThat(left)
          .contains(
              "released     at least 160",
              "repatriated  at least 5",
              "dead         at least 6: at least 4 in custody, at least 2 while at large");
    }

    @Test
    void keepsTwoPrisonsEmptiedOnOneNightAsTwoFiguresWithTheirDestinations() {
      assertThat(left)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .matches(
                          " +north-jail +keeper-gov +NO +fighters affiliated +at least 100 +exactly"
                              + " 100 by"))
          .anySatisfy(
              line ->
                  assertThat(line)
                      .matches(
                          " +south-jail +keeper-gov +not reported +fighters affiliated +at least 60"
                              + " +exactly 60 by"));
    }

    @Test
    void totalsTheReleasedAndTheRepatriatedByDestinationAcrossOrigins() {
      String text = String.join("\n", left);

      assertThat(text)
          .contains(
              "  Released by destination, across origins\n"
                  + "    into          released\n"
                  + "    ------------  ------------\n"
                  + "    NO            at least 100\n"
                  + "    not reported  at least 60\n"
                  + "    total         at least 160\n")
          .contains(
              "  Repatriated by destination, across origins\n"
                  + "    to     repatriated\n"
                  + "    -----  -----------\n"
                  + "    DE     at least 3\n"
                  + "    FR     at least 2\n"
                  + "    total  at least 5");
    }

    @Test
    void listsTheDeadInCustodyWithTheirCauseThenThoseWhoDiedAtLarge() {
      String text = String.join("\n", left);

      assertThat(text)
          .containsPattern(
              "\n  in custody +south-jail +keeper-gov +fighters +at least 4 +exactly 4 by +killed"
                  + " in an")
          .containsPattern(
              "\n  at large +north-jail +fighters +at least 2 +exactly 2 by +not reported");
      assertThat(text.indexOf("  in custody ")).isLessThan(text.indexOf("  at large "));
    }

    @Test
    void saysWhyABalanceIsAtLeastWhatMovedThere() {
      assertThat(String.join(" ", left))
          .contains("A balance is \"at least\" what moved there when no census counted the account")
          .doesNotContain("exactly 0");
    }

    @Test
    void beforeAnyoneLeftSaysNoneRecordedNeverZero() {
      List<String> early = section(at(4).render(ReportFormat.TEXT), "Left custody by");

      assertThat(early)
          .containsExactly(
              "Left custody by 2030-03-04 24:00 UTC (envelope)",
              "-----------------------------------------------",
              "released     none recorded",
              "repatriated  none recorded",
              "dead         none recorded");
      assertThat(at(4).leftCustody().total(AccountKind.RELEASED)).isEmpty();
    }

    @Test
    void showsTheOriginAndDestinationOfTheReleasedInTheBalancesToo() {
      assertThat(section(TEXT, "Balances at"))
          .anySatisfy(line -> assertThat(line).startsWith("released into NO from north-jail (held"))
          .anySatisfy(line -> assertThat(line).startsWith("repatriated to FR from north-jail"))
          .anySatisfy(line -> assertThat(line).startsWith("dead from south-jail (held by"));
    }
  }

  @Nested
  class Intakes {
    private final List<String> intakes = section(TEXT, "Intakes by 2030-03-31 24:00 UTC");

    @Test
    void countsTheIntakesByKind() {
      assertThat(String.join("\n", intakes))
          .contains(
              "By kind\n"
                  + "  how        came into custody\n"
                  + "  ---------  -------------------\n"
                  + "  arrest     exactly 30\n"
                  + "  capture    about 40 (38-42)\n"
                  + "  surrender  exactly 150\n"
                  + "  birth      exactly 12\n"
                  + "  total      about 232 (230-234)\n");
    }

    @Test
    void countsTheIntakesByCustodian() {
      assertThat(String.join("\n", intakes))
          .contains(
              "By custodian\n"
                  + "  custodian   came into custody\n"
                  + "  ----------  -------------------\n"
                  + "  keeper-gov  about 70 (68-72)\n"
                  + "  rival       exactly 162\n"
                  + "  total       about 232 (230-234)");
    }

    @Test
    void listsEachIntakeWithTheAccountItWentIntoAndItsEvents() {
      assertThat(intakes)
          .anySatisfy(
              line ->
                  assertThat(line)
                      .matches(
                          "surrender +held by rival at east-camp +fighters affiliated with +exactly"
                              + " 150 +east-surrender"));
    }

    @Test
    void beforeTheFirstIntakeSaysThereWasNone() {
      Report first = Report.of(LEDGER, Instant.parse("2030-03-01T12:00:00Z"), Optional.empty());

      assertThat(section(first.render(ReportFormat.TEXT), "Intakes by"))
          .contains("No intake into custody recorded by then.");
      assertThat(first.intakes().total()).isEmpty();
    }
  }

  @Nested
  class Plans {

    @Test
    void namesTheKindOfMovementThePlanIsFor() {
      List<String> plans = section(TEXT, "Plans (2) at 2030-03-31 24:00 UTC");

      assertThat(String.join(" ", plans))
          .contains(
              "foreign-repatriation: keeper-gov plans a repatriation programme for fighters"
                  + " affiliated with band, nationals of countries other than NO from north-jail,"
                  + " received by iom");
      assertThat(plans).contains("  kind                a repatriation programme");
    }

    @Test
    void countsAHandoverInPlaceUnderAPlanForHandovers() {
      List<String> plans = section(TEXT, "Plans (2)");

      assertThat(String.join(" ", plans))
          .contains(
              "camp-handover-plan: rival plans to hand fighters affiliated with band at east-camp"
                  + " over to keeper-gov, 2030-03-09 (Z)");
      assertThat(plans)
          .contains(
              "  kind                a handover of custody in place",
              "  handed over         exactly 350 by east-handover",
              "  progress            100%");
    }

    @Test
    void countsTwoNationalsOfOneCountryUnderAPlanForAllForeigners() {
      assertThat(section(at(5).render(ReportFormat.TEXT), "Plans ("))
          .contains(
              "  planned             about 200 (190-210)",
              "  repatriated         exactly 2 by french-flight",
              // 1.05% is more than five percent above 1.0%: no "about"
              "  progress            between 0.95% and 1.1% (best 1.0%)");
      assertThat(at(5).plans().get(0).moved()).isEqualTo(Estimate.exactly(2));
    }

    @Test
    void countsEveryRepatriationUnderIt() {
      assertThat(section(TEXT, "Plans ("))
          .contains("  repatriated         exactly 5 by french-flight, german-flight");
    }

    @Test
    void beforeTheFirstRepatriationSaysNoneRecordedNotZero() {
      assertThat(section(at(4).render(ReportFormat.TEXT), "Plans ("))
          .contains("  repatriated         none recorded", "  progress            none recorded")
          .noneMatch(line -> line.contains("exactly 0") || line.contains(" 0%"));
    }
  }

  @Nested
  class Handovers {
    private final List<String> control = section(TEXT, "Control of facilities");

    @Test
    void aHandoverWithControlEndsOneControlPeriodAndBeginsTheNext() {
      String text = String.join("\n", control);

      assertThat(text)
          .contains(
              "east-camp (East camp)\n"
                  + "  controller  from            until           changes\n"
                  + "  ----------  --------------  --------------  ---------------------------\n"
                  + "  rival       2030-03-01 (Z)  2030-03-10 (Z)  east-control, east-handover\n"
                  + "  keeper-gov  2030-03-10 (Z)  current         east-handover\n");
      assertThat(LATE.facilities())
          .filteredOn(f -> f.facility().id().equals(FacilityId.of("east-camp")))
          .singleElement()
          .satisfies(f -> assertThat(f.controller()).contains(ActorId.of("keeper-gov")));
    }

    @Test
    void listsTheHandoversAtEachFacilityAndThoseAtNoNamedPlace() {
      String text = String.join("\n", control);

      assertThat(text)
          .containsPattern(
              "  Custody handed over in place\n.*\n.*\n    east-handover +2030-03-10 \\(Z\\) +rival"
                  + " +keeper-gov +fighters affiliated +exactly 350 +yes")
          .containsPattern(
              "\nCustody handed over in place, no facility named\n.*\n.*\n"
                  + "  arrested-handed-over +2030-03-11 \\(Z\\) +keeper-gov +rival +fighters +exactly 30"
                  + " +no");
    }
  }

  @Nested
  class Escapes {

    @Test
    void thoseWhoDiedAtLargeAreNotRecapturedAndNoRecaptureIsNotZero() {
      assertThat(section(TEXT, "Escapes by reading"))
          .anySatisfy(
              line ->
                  assertThat(line)
                      .matches(" +envelope +exactly 20 +none recorded +exactly 2 +exactly 18"))
          // the rates have a table of their own
          .anySatisfy(line -> assertThat(line).matches(" +envelope +none recorded"));
    }
  }

  @Nested
  class The_json {
    private final JsonNode json = JSON.readTree(LATE.render(ReportFormat.JSON));

    @Test
    void hasTheDeparturesWithTotalsByDestination() {
      JsonNode left = json.get("leftCustody");
      JsonNode repatriated = left.get("repatriated");

      assertThat(repatriated.get("total").get("text").asString()).isEqualTo("at least 5");
      assertThat(repatriated.get("total").get("high").isNull()).isTrue();
      assertThat(repatriated.get("byDestination"))
          .extracting(
              d -> d.get("country").asString() + " " + d.get("total").get("text").asString())
          .containsExactly("DE at least 3", "FR at least 2");
      assertThat(repatriated.get("destinationNotReported").isNull()).isTrue();
      assertThat(left.get("released").get("destinationNotReported").get("low").asLong())
          .isEqualTo(60);
      JsonNode french = repatriated.get("departures").get(1);
      assertThat(french.get("fromFacility").asString()).isEqualTo("north-jail");
      assertThat(french.get("fromCustodian").asString()).isEqualTo("keeper-gov");
      assertThat(french.get("destination").asString()).isEqualTo("FR");
      assertThat(french.get("moved").get("best").asLong()).isEqualTo(2);
      assertThat(french.get("events").get(0).asString()).isEqualTo("french-flight");
    }

    @Test
    void hasTheDeathsInCustodyApartFromThoseAtLarge() {
      JsonNode dead = json.get("leftCustody").get("dead");

      assertThat(dead.get("inCustody").get("text").asString()).isEqualTo("at least 4");
      assertThat(dead.get("atLarge").get("text").asString()).isEqualTo("at least 2");
      assertThat(dead.get("placeNotReported").isNull()).isTrue();
      assertThat(dead.get("departures").get(0).get("deathPlace").asString())
          .isEqualTo("in-custody");
      assertThat(dead.get("departures").get(0).get("causes").get(0).asString())
          .isEqualTo("killed in an air strike on the prison");
    }

    @Test
    void hasTheIntakesByKindAndCustodian() {
      JsonNode intakes = json.get("intakes");

      assertThat(intakes.get("byKind"))
          .extracting(k -> k.get("how").asString() + " " + k.get("total").get("best").asLong())
          .containsExactly("arrest 30", "capture 40", "surrender 150", "birth 12");
      assertThat(intakes.get("byCustodian"))
          .extracting(c -> c.get("custodian").asString())
          .containsExactly("keeper-gov", "rival");
      assertThat(intakes.get("total").get("best").asLong()).isEqualTo(232);
    }

    @Test
    void hasThePlansKindAndTheHandovers() {
      JsonNode plan = json.get("plans").get(0);
      assertThat(plan.get("movementKind").asString()).isEqualTo("repatriation");
      assertThat(plan.get("kindText").asString()).isEqualTo("a repatriation programme");
      assertThat(plan.get("moved").get("best").asLong()).isEqualTo(5);
      assertThat(plan.get("transfers")).hasSize(2);

      JsonNode handovers = json.get("handovers");
      assertThat(handovers).hasSize(2);
      assertThat(handovers.get(0).get("facility").asString()).isEqualTo("east-camp");
      assertThat(handovers.get(0).get("withControl").asBoolean()).isTrue();
      assertThat(handovers.get(0).get("plan").asString()).isEqualTo("camp-handover-plan");
      assertThat(json.get("plans").get(1).get("movementKind").asString()).isEqualTo("handover");
      assertThat(handovers.get(1).get("facility").isNull()).isTrue();
      assertThat(handovers.get(1).get("size").get("best").asLong()).isEqualTo(30);
    }

    @Test
    void hasNothingWhereNothingWasRecorded() {
      JsonNode early = JSON.readTree(at(4).render(ReportFormat.JSON));

      assertThat(early.get("leftCustody").get("released").get("total").isNull()).isTrue();
      assertThat(early.get("leftCustody").get("dead").get("inCustody").isNull()).isTrue();
      assertThat(early.get("leftCustody").get("released").get("departures")).isEmpty();
      JsonNode escapes = json.get("escapes").get(0).get("byReading");
      assertThat(StreamSupport.stream(escapes.spliterator(), false))
          .allSatisfy(r -> assertThat(r.get("died").get("best").asLong()).isEqualTo(2))
          .allSatisfy(r -> assertThat(r.get("recaptures")).isEmpty());
    }
  }

  @Nested
  class Every_format {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void carriesTheTotalsByDestinationAndTheDeaths(ReportFormat format) {
      assertThat(LATE.render(format))
          .contains("at least 160", "at least 5", "at least 4", "at least 2", "about 232");
    }

    @Test
    void theTextFitsIn100Columns() {
      for (Report report : List.of(at(4), at(5), LATE)) {
        assertThat(report.render(ReportFormat.TEXT).lines())
            .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100))
            .noneMatch(line -> line.endsWith(" "));
      }
    }

    @Test
    void theReadingAskedForIsTheReadingOfTheNewSections() {
      Reading keeper = Reading.preferring(ActorId.of("keeper-gov"));
      Report report = Report.of(LEDGER, endOf(31), Optional.of(keeper));

      assertThat(report.intakes().reading()).isEqualTo(keeper);
      assertThat(report.leftCustody().reading()).isEqualTo(keeper);
      // the birth and the death at large are the monitor's figures
      assertThat(report.intakes().fallbacks()).extracting(Object::toString).contains("east-births");
      assertThat(report.leftCustody().fallbacks())
          .extracting(Object::toString)
          .containsExactly("died-at-large");
    }
  }
}
