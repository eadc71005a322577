package dev.custody.testkit;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
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
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A small world for the assertion tests: a keeper controls a north jail holding 100 fighters of a
 * band, of whom 10 escape on day 2; a rival holds fighters at an east camp nobody's control of is
 * recorded; on day 1 the two conclude a ceasefire in which the keeper is to hand over lists by the
 * end of day 5 (UTC) and to open the jail to visits, with no deadline. Days are of March 2030.
 */
final class Fixture {

  private Fixture() {}

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId RIVAL = ActorId.of("rival");
  static final ActorId BAND = ActorId.of("band");

  static final CountryCode NO = CountryCode.of("NO");

  static final FacilityId NORTH_JAIL = FacilityId.of("north-jail");
  static final FacilityId EAST_CAMP = FacilityId.of("east-camp");

  /** Not in the world. */
  static final FacilityId NOWHERE = FacilityId.of("nowhere");

  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(NORTH_JAIL, "North jail", FacilityKind.PRISON, Location.in(NO)),
              Facility.of(EAST_CAMP, "East camp", FacilityKind.DETENTION_CAMP, Location.in(NO))));

  static final Account KEEPER_NORTH = Account.heldAt(KEEPER, NORTH_JAIL, FIGHTERS);
  static final Account RIVAL_NORTH = Account.heldAt(RIVAL, NORTH_JAIL, FIGHTERS);
  static final Account RIVAL_EAST = Account.heldAt(RIVAL, EAST_CAMP, FIGHTERS);
  static final Account AT_LARGE_NORTH = Account.atLargeFrom(NORTH_JAIL, FIGHTERS);
  static final Account RELEASED = Account.released(FIGHTERS);

  static final AgreementId CEASEFIRE = AgreementId.of("ceasefire");
  static final ObligationId LISTS = ObligationId.of("hand-over-lists");
  static final ObligationId VISITS = ObligationId.of("open-to-visits");
  static final ObligationId MISSING = ObligationId.of("missing");

  /** The end of day 5 of March 2030, UTC. */
  static final Deadline DAY_5 = Deadline.on(LocalDate.of(2030, 3, 5), ZoneOffset.UTC);

  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2030-03-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  /**
   * A figure of one claim by {@code source}, reported at the end of the month: after every event of
   * these fixtures, so that no claim is reported before its event (CUS-019).
   */
  static Figure said(ActorId source, Estimate estimate) {
    return Figure.of(Claim.of(estimate, Source.of(source), when(30, 0)));
  }

  static Figure exactly(long count) {
    return said(KEEPER, Estimate.exactly(count));
  }

  static CensusTaken census(String id, When when, Account account, Figure count) {
    return CensusTaken.of(id(id), when, CensusScope.account(account), count);
  }

  static DetaineesEscaped escape(String id, When when, long count) {
    return DetaineesEscaped.of(id(id), when, KEEPER_NORTH, exactly(count));
  }

  static DetaineesTransferred transfer(String id, When when, Account from, Account to, long n) {
    return DetaineesTransferred.builder()
        .id(id(id))
        .when(when)
        .from(from)
        .to(to)
        .size(exactly(n))
        .build();
  }

  static Agreement ceasefire() {
    return Agreement.builder()
        .id(CEASEFIRE)
        .kind(AgreementKind.CEASEFIRE)
        .title("ceasefire")
        .addParties(KEEPER, RIVAL)
        .concluded(when(1, 0))
        .addObligations(
            Obligation.of(LISTS, KEEPER, "hand over lists", DAY_5),
            Obligation.of(VISITS, KEEPER, "open the jail to visits"))
        .build();
  }

  static final ImmutableList<Event> OPENING =
      ImmutableList.of(
          ControlChanged.first(id("control-north"), when(1, 0), NORTH_JAIL, KEEPER),
          AgreementConcluded.of(id("ceasefire-concluded"), ceasefire()),
          census("count-north", when(1, 1), KEEPER_NORTH, exactly(100)),
          census("count-at-large", when(1, 1), AT_LARGE_NORTH, exactly(0)),
          escape("breakout", when(2, 0), 10));

  /** The opening: 90 held at the north jail and 10 at large from day 2 on. */
  static Ledger opened() {
    AppendResult result = Ledger.of(WORLD).appendAll(OPENING);
    if (!result.isAccepted() || result.ledger().size() != OPENING.size()) {
      throw new IllegalStateException("the fixture is rejected: " + result.verdict());
    }
    return result.ledger();
  }

  /**
   * A ledger in which the keeper counts 100 at the north jail and the rival 120: the envelope is
   * 100 to 120, and there is no consensus.
   */
  static Ledger disputed() {
    Figure count =
        Figure.of(
            Claim.of(Estimate.exactly(100), Source.of(KEEPER), when(1, 1)),
            Claim.of(Estimate.exactly(120), Source.of(RIVAL), when(1, 1)));
    AppendResult result =
        Ledger.of(WORLD)
            .appendAll(
                List.of(
                    ControlChanged.first(id("control-north"), when(1, 0), NORTH_JAIL, KEEPER),
                    census("count-north", when(1, 1), KEEPER_NORTH, count)));
    if (!result.isAccepted()) {
      throw new IllegalStateException("the fixture is rejected: " + result.verdict());
    }
    return result.ledger();
  }
}
