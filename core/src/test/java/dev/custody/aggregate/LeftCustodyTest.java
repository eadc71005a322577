package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
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
import dev.custody.model.Reading;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link LeftCustody} on a small world: a keeper holds fighters at a north and a south jail in
 * Norway, and ten French nationals at the north jail. On the 3rd both jails release people the same
 * night, the north's into Norway, the south's to a destination not reported; on the 4th two and
 * then three of the French are repatriated to France; on the 5th four die in an air strike on the
 * south jail, twenty escape from the north jail and two of them die at large. A census counts three
 * dead whose place of death it does not give, and another counts nothing but "unknown".
 */
class LeftCustodyTest {

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId MONITOR = ActorId.of("monitor");
  static final ActorId BAND = ActorId.of("band");

  static final CountryCode NO = CountryCode.of("NO");
  static final CountryCode FR = CountryCode.of("FR");
  static final CountryCode SE = CountryCode.of("SE");

  static final FacilityId NORTH = FacilityId.of("north-jail");
  static final FacilityId SOUTH = FacilityId.of("south-jail");

  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Cohort FRENCH = Cohort.of(CohortCategory.FIGHTERS, BAND, NationalityGroup.of(FR));

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(MONITOR, "Monitor", ActorKind.NGO),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(NORTH, "North jail", FacilityKind.PRISON, Location.in(NO)),
              Facility.of(SOUTH, "South jail", FacilityKind.PRISON, Location.in(NO))));

  static final Account KEEPER_NORTH = Account.heldAt(KEEPER, NORTH, FIGHTERS);
  static final Account KEEPER_SOUTH = Account.heldAt(KEEPER, SOUTH, FIGHTERS);
  static final Account FRENCH_NORTH = Account.heldAt(KEEPER, NORTH, FRENCH);
  static final Account AT_LARGE_NORTH = Account.atLargeFrom(NORTH, FIGHTERS);

  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2030-03-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  static Figure by(ActorId source, Estimate estimate) {
    return Figure.of(Claim.of(estimate, Source.of(source), when(1, 0)));
  }

  static Figure exactly(long count) {
    return by(KEEPER, Estimate.exactly(count));
  }

  static CensusTaken census(String id, When when, Account account, Figure count) {
    return CensusTaken.of(id(id), when, CensusScope.account(account), count);
  }

  static final ImmutableList<Event> EVENTS =
      ImmutableList.of(
          ControlChanged.first(id("control-north"), when(1, 0), NORTH, KEEPER),
          ControlChanged.first(id("control-south"), when(1, 0), SOUTH, KEEPER),
          census("count-north", when(1, 1), KEEPER_NORTH, exactly(500)),
          census("count-south", when(1, 1), KEEPER_SOUTH, exactly(300)),
          census("count-french", when(1, 1), FRENCH_NORTH, exactly(10)),
          census("none-at-large", when(1, 1), AT_LARGE_NORTH, exactly(0)),
          DetaineesReleased.builder()
              .id(id("release-north"))
              .when(when(3, 22))
              .from(KEEPER_NORTH)
              .size(exactly(100))
              .destination(NO)
              .build(),
          DetaineesReleased.of(id("release-south"), when(3, 22), KEEPER_SOUTH, exactly(60)),
          DetaineesRepatriated.builder()
              .id(id("repatriation-1"))
              .when(when(4, 0))
              .from(FRENCH_NORTH)
              .size(exactly(2))
              .destination(FR)
              .build(),
          DetaineesRepatriated.builder()
              .id(id("repatriation-2"))
              .when(when(4, 6))
              .from(FRENCH_NORTH)
              .size(by(MONITOR, Estimate.exactly(3)))
              .destination(FR)
              .build(),
          DetaineesDied.of(
              id("air-strike"),
              when(5, 0),
              KEEPER_SOUTH,
              exactly(4),
              "killed in an air strike on the prison"),
          DetaineesEscaped.of(id("breakout"), when(5, 1), KEEPER_NORTH, exactly(20)),
          DetaineesDied.of(id("died-at-large"), when(5, 2), AT_LARGE_NORTH, exactly(2)),
          census("dead-counted", when(5, 3), Account.dead(FIGHTERS), exactly(3)),
          census(
              "released-unknown",
              when(5, 3),
              Account.releasedFrom(KEEPER_SOUTH, SE),
              by(KEEPER, Estimate.unknown())));

  static Ledger ledger() {
    AppendResult result = Ledger.of(WORLD).appendAll(EVENTS);
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static final Ledger LEDGER = ledger();
  static final Instant LATER = at(10, 0);
  static final LeftCustody LATE = LeftCustody.of(LEDGER, LATER);

  @Nested
  class Released {

    @Test
    void twoPrisonsEmptiedOnOneNightStayTwoFigures() {
      assertThat(LATE.departures(AccountKind.RELEASED))
          .extracting(d -> d.fromFacility().orElseThrow())
          .containsExactly(NORTH, SOUTH);
      Departure north = LATE.departures(AccountKind.RELEASED).get(0);
      assertThat(north.fromCustodian()).contains(KEEPER);
      assertThat(north.destination()).contains(NO);
      assertThat(north.events()).containsExactly(id("release-north"));
      assertThat(north.moved()).isEqualTo(Estimate.exactly(100));
      assertThat(north.deathPlace()).isEmpty();
    }

    @Test
    void aBalanceNobodyCountedBeforeTheReleaseIsAtLeastWhatMoved() {
      Departure north = LATE.departures(AccountKind.RELEASED).get(0);

      assertThat(north.balance().toString()).isEqualTo("at least 100");
      assertThat(north.hasMovements()).isTrue();
    }

    @Test
    void totalsByDestinationAcrossOriginsAndTheDestinationNotReported() {
      assertThat(LATE.byDestination(AccountKind.RELEASED)).containsOnlyKeys(NO);
      assertThat(LATE.byDestination(AccountKind.RELEASED).get(NO).toString())
          .isEqualTo("at least 100");
      assertThat(LATE.destinationNotReported(AccountKind.RELEASED).orElseThrow().toString())
          .isEqualTo("at least 60");
      assertThat(LATE.total(AccountKind.RELEASED).orElseThrow().toString())
          .isEqualTo("at least 160");
    }

    @Test
    void anAccountWithOnlyAnUnknownCensusIsLeftOut() {
      assertThat(LATE.departures())
          .noneMatch(d -> d.destination().equals(Optional.of(SE)))
          .noneMatch(d -> d.balance().isUnknown() && d.balance().best() == 0);
    }
  }

  @Nested
  class Repatriated {

    @Test
    void twoRepatriationsToOneCountryAreOneAccountWithBothEvents() {
      Departure french = LATE.departures(AccountKind.REPATRIATED).get(0);

      assertThat(LATE.departures(AccountKind.REPATRIATED)).hasSize(1);
      assertThat(french.account().cohort()).isEqualTo(FRENCH);
      assertThat(french.events()).containsExactly(id("repatriation-1"), id("repatriation-2"));
      assertThat(french.moved()).isEqualTo(Estimate.exactly(5));
      assertThat(LATE.byDestination(AccountKind.REPATRIATED).get(FR).toString())
          .isEqualTo("at least 5");
      assertThat(LATE.destinationNotReported(AccountKind.REPATRIATED)).isEmpty();
    }

    @Test
    void aFigureFromAnotherSourceIsAFallbackOfTheReadingThatPrefersTheKeeper() {
      LeftCustody keeper = LeftCustody.of(LEDGER.withReading(Reading.preferring(KEEPER)), LATER);

      assertThat(keeper.fallbacks()).containsExactly(id("repatriation-2"));
      assertThat(LATE.fallbacks()).isEmpty();
    }
  }

  @Nested
  class Dead {

    @Test
    void deathsInCustodyAreApartFromDeathsAtLarge() {
      assertThat(LATE.died(DeathPlace.IN_CUSTODY).orElseThrow().toString()).isEqualTo("at least 4");
      assertThat(LATE.died(DeathPlace.AT_LARGE).orElseThrow().toString()).isEqualTo("at least 2");
      assertThat(LATE.died(DeathPlace.NOT_REPORTED)).contains(Estimate.exactly(3));
      assertThat(LATE.total(AccountKind.DEAD).orElseThrow().toString()).isEqualTo("at least 9");
    }

    @Test
    void aDeathInCustodyKeepsItsPrisonItsCustodianAndItsCause() {
      Departure strike =
          LATE.departures(AccountKind.DEAD).stream()
              .filter(d -> d.deathPlace().equals(Optional.of(DeathPlace.IN_CUSTODY)))
              .findFirst()
              .orElseThrow();

      assertThat(strike.fromFacility()).contains(SOUTH);
      assertThat(strike.fromCustodian()).contains(KEEPER);
      assertThat(strike.causes()).containsExactly("killed in an air strike on the prison");
      assertThat(strike.toString())
          .isEqualTo(
              "dead from south-jail (held by keeper): fighters affiliated with band: at least 4"
                  + " (moved exactly 4 by air-strike), in custody, causes [killed in an air strike"
                  + " on the prison]");
    }

    @Test
    void aDeathAtLargeKeepsThePrisonTheyEscapedFrom() {
      Departure atLarge =
          LATE.departures(AccountKind.DEAD).stream()
              .filter(d -> d.deathPlace().equals(Optional.of(DeathPlace.AT_LARGE)))
              .findFirst()
              .orElseThrow();

      assertThat(atLarge.fromFacility()).contains(NORTH);
      assertThat(atLarge.fromCustodian()).isEmpty();
      assertThat(atLarge.causes()).isEmpty();
    }

    @Test
    void aCensusOfTheDeadAloneIsCountedButSaysNothingOfWhere() {
      Departure counted =
          LATE.departures(AccountKind.DEAD).stream()
              .filter(d -> d.deathPlace().equals(Optional.of(DeathPlace.NOT_REPORTED)))
              .findFirst()
              .orElseThrow();

      assertThat(counted.hasMovements()).isFalse();
      assertThat(counted.moved()).isEqualTo(Estimate.exactly(0));
      assertThat(counted.balance()).isEqualTo(Estimate.exactly(3));
    }
  }

  @Nested
  class NotRecordedIsNotZero {

    @Test
    void beforeAnyoneLeftEveryTotalIsEmpty() {
      LeftCustody early = LeftCustody.of(LEDGER, at(3, 0));

      assertThat(early.departures()).isEmpty();
      for (AccountKind kind :
          List.of(AccountKind.RELEASED, AccountKind.REPATRIATED, AccountKind.DEAD)) {
        assertThat(early.total(kind)).as("%s", kind).isEmpty();
      }
      assertThat(early.byDestination(AccountKind.REPATRIATED)).isEmpty();
      assertThat(early.died(DeathPlace.IN_CUSTODY)).isEmpty();
      assertThat(early.toString())
          .isEqualTo(
              "left custody by 2030-03-03T00:00:00Z (envelope)\n"
                  + "  released: none recorded\n"
                  + "  repatriated: none recorded\n"
                  + "  dead: none recorded");
    }

    @Test
    void afterTheReleasesNobodyHasDiedYet() {
      LeftCustody released = LeftCustody.of(LEDGER, at(4, 12));

      assertThat(released.total(AccountKind.RELEASED)).isPresent();
      assertThat(released.total(AccountKind.DEAD)).isEmpty();
      assertThat(released.died(DeathPlace.AT_LARGE)).isEmpty();
    }
  }

  @Nested
  class Arguments {

    @Test
    void aKindThatIsNotLeavingCustodyIsRefused() {
      assertThatThrownBy(() -> LATE.departures(AccountKind.HELD))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("LeftCustody kind (HELD) must be RELEASED, REPATRIATED or DEAD");
      assertThatThrownBy(() -> LATE.total(AccountKind.OUTSIDE))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeadHaveNoDestination() {
      assertThatThrownBy(() -> LATE.byDestination(AccountKind.DEAD))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "LeftCustody kind (DEAD) must be RELEASED or REPATRIATED: only they have a"
                  + " destination");
      assertThatThrownBy(() -> LATE.destinationNotReported(AccountKind.AT_LARGE))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDepartureIsOnlyOfSomeoneWhoLeftCustody() {
      assertThatThrownBy(
              () ->
                  Departure.create(
                      KEEPER_NORTH,
                      Estimate.exactly(1),
                      Estimate.exactly(1),
                      List.of(),
                      List.of(),
                      Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Departure.account (held by keeper at north-jail");
      assertThatThrownBy(
              () ->
                  Departure.create(
                      Account.released(FIGHTERS),
                      Estimate.exactly(1),
                      Estimate.exactly(1),
                      List.of(),
                      List.of(),
                      Optional.of(DeathPlace.AT_LARGE)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Departure.deathPlace (AT_LARGE) must be present exactly");
    }
  }

  @Test
  void theTextListsEveryDepartureThenTheTotals() {
    assertThat(LATE.toString())
        .startsWith("left custody by 2030-03-10T00:00:00Z (envelope)\n  released into NO from")
        .contains(
            "\n  repatriated to FR from north-jail (held by keeper): fighters affiliated with band"
                + ", nationals of FR: at least 5 (moved exactly 5 by repatriation-1,"
                + " repatriation-2)\n")
        .endsWith("\n  released: at least 160\n  repatriated: at least 5\n  dead: at least 9");
  }
}
