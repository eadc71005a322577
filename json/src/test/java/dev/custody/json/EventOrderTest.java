package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import dev.custody.event.TransferPlanned;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A document's events are a set reported in any order: whatever a ledger accepted reads back once
 * written, and a reference to an event later in the file resolves.
 */
class EventOrderTest {
  private static final CustodyJson JSON = CustodyJson.standard();
  private static final Path REFERENCE =
      Path.of("..", "examples", "scenarios", "northeast-syria-2026.json");

  private static final ActorId KEEPER = ActorId.of("keeper");
  private static final ActorId RIVAL = ActorId.of("rival");
  private static final ActorId GROUP = ActorId.of("group");
  private static final FacilityId ANCHOR = FacilityId.of("anchor");
  private static final FacilityId BORDER = FacilityId.of("border-site");
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, GROUP);
  private static final Account AT_ANCHOR = Account.heldAt(KEEPER, ANCHOR, FIGHTERS);
  private static final Account AT_BORDER = Account.heldAt(RIVAL, BORDER, FIGHTERS);
  private static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(GROUP, "Group", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(ANCHOR, "Anchor", FacilityKind.PRISON, Location.in(CountryCode.of("SY"))),
              Facility.of(
                  BORDER,
                  "Border site",
                  FacilityKind.UNDISCLOSED_SITE,
                  Location.in(CountryCode.of("IQ")))));

  private static When day(int day) {
    return When.on(LocalDate.of(2026, 1, day), ZoneOffset.UTC);
  }

  private static Figure exactly(long count, When reported) {
    return Figure.of(
        Claim.builder()
            .estimate(Estimate.exactly(count))
            .source(Source.of(KEEPER))
            .reported(reported)
            .build());
  }

  private static List<Event> opening() {
    return List.of(
        ControlChanged.first(EventId.of("anchor-held"), day(1), ANCHOR, KEEPER),
        ControlChanged.first(EventId.of("border-held"), day(1), BORDER, RIVAL),
        CensusTaken.of(
            EventId.of("anchor-count"),
            day(2),
            CensusScope.account(AT_ANCHOR),
            exactly(1_000, day(2))),
        CensusTaken.of(
            EventId.of("border-count"),
            day(2),
            CensusScope.account(AT_BORDER),
            exactly(100, day(2))));
  }

  private static TransferPlanned planOver(When when) {
    return TransferPlanned.builder()
        .id(EventId.of("plan"))
        .when(when)
        .planner(KEEPER)
        .cohort(FIGHTERS)
        .originCountry(CountryCode.of("SY"))
        .receiver(RIVAL)
        .size(exactly(100, when))
        .build();
  }

  private static DetaineesTransferred transferUnderPlan(String id, When when, long count) {
    return DetaineesTransferred.builder()
        .id(EventId.of(id))
        .when(when)
        .from(AT_ANCHOR)
        .to(AT_BORDER)
        .size(exactly(count, when))
        .plan(EventId.of("plan"))
        .build();
  }

  private static Ledger appended(Iterable<Event> events) {
    Ledger ledger = Ledger.of(WORLD);
    for (Event event : events) {
      AppendResult result = ledger.append(event);
      assertThat(result.isAccepted()).as("%s: %s", event.id(), result.verdict()).isTrue();
      ledger = result.ledger();
    }
    return ledger;
  }

  private static Ledger readBack(Ledger ledger) {
    String written = JSON.write(CustodyDocument.of("order", ledger.world(), ledger.events()));
    return JSON.read(written, "written.json").ledger();
  }

  @Test
  void a_transfer_inside_the_span_of_its_plan_reads_back_after_its_plan_is_written_last() {
    List<Event> events = new ArrayList<>(opening());
    events.add(
        planOver(
            When.between(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 31), ZoneOffset.UTC)));
    events.add(transferUnderPlan("first-batch", day(10), 20));
    Ledger ledger = appended(events);

    // the transfer is certainly done by the 11th, the plan only by February: it sorts first
    assertThat(ledger.events().get(4).id()).isEqualTo(EventId.of("first-batch"));
    assertThat(readBack(ledger)).isEqualTo(ledger);
  }

  /** The opening with every event on a day of its own, so that no two events tie. */
  private static List<Event> openingWithoutTies() {
    List<Event> events = new ArrayList<>();
    List<Event> opening = opening();
    for (int i = 0; i < opening.size(); i++) {
      Event event = opening.get(i);
      events.add(
          event instanceof ControlChanged c
              ? ControlChanged.first(c.id(), day(i + 1), c.facility(), c.to())
              : CensusTaken.of(
                  event.id(),
                  day(i + 1),
                  ((CensusTaken) event).scope(),
                  ((CensusTaken) event).count()));
    }
    return events;
  }

  @Test
  void events_listed_in_any_order_read_as_the_same_ledger() {
    List<Event> events = openingWithoutTies();
    events.add(
        planOver(
            When.between(LocalDate.of(2026, 1, 3), LocalDate.of(2026, 1, 31), ZoneOffset.UTC)));
    events.add(transferUnderPlan("first-batch", day(10), 20));
    events.add(transferUnderPlan("second-batch", day(12), 30));
    Ledger ledger = appended(events);
    List<Event> reversed = new ArrayList<>(ledger.events());
    Collections.reverse(reversed);

    String written = JSON.write(CustodyDocument.of("reversed", WORLD, reversed));

    assertThat(JSON.read(written, "reversed.json").ledger()).isEqualTo(ledger);
  }

  @Test
  void an_event_of_the_same_time_as_the_agreement_it_names_sorts_after_it_whatever_the_order() {
    When concluded = day(5);
    Agreement pact =
        Agreement.builder()
            .id(AgreementId.of("pact"))
            .kind(AgreementKind.TRANSFER_ARRANGEMENT)
            .title("Pact")
            .addParties(KEEPER, RIVAL)
            .concluded(concluded)
            .addObligations(Obligation.of(ObligationId.of("lists"), RIVAL, "hand over lists"))
            .build();
    Event conclusion = AgreementConcluded.of(EventId.of("pact-concluded"), pact);
    Event met =
        ObligationMet.of(EventId.of("lists-handed"), day(5), pact.id(), ObligationId.of("lists"));
    List<Event> inOrder = new ArrayList<>(opening());
    inOrder.add(conclusion);
    inOrder.add(met);
    Ledger ledger = appended(inOrder);
    List<Event> metFirst = new ArrayList<>(opening());
    metFirst.add(met);
    metFirst.add(conclusion);

    String written = JSON.write(CustodyDocument.of("met first", WORLD, metFirst));

    assertThat(JSON.read(written, "met-first.json").ledger()).isEqualTo(ledger);
  }

  @Test
  void events_of_the_same_time_that_do_not_refer_to_one_another_keep_the_order_written() {
    List<Event> opening = opening();
    List<Event> reversed = new ArrayList<>(opening);
    Collections.reverse(reversed);

    String written = JSON.write(CustodyDocument.of("reversed", WORLD, reversed));

    // two changes of control on the 1st, two censuses on the 2nd: each pair as written
    assertThat(JSON.read(written, "reversed.json").ledger().events())
        .containsExactly(opening.get(1), opening.get(0), opening.get(3), opening.get(2));
    assertThat(appended(opening).events()).containsExactlyElementsOf(opening);
  }

  @Test
  void the_reference_scenario_with_its_events_reversed_reads() throws IOException {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode root = (ObjectNode) mapper.readTree(Files.readString(REFERENCE));
    List<JsonNode> events = new ArrayList<>();
    root.get("events").forEach(events::add);
    Collections.reverse(events);
    ArrayNode reversed = root.putArray("events");
    events.forEach(reversed::add);

    CustodyDocument forward = JSON.read(REFERENCE);
    CustodyDocument backward = JSON.read(mapper.writeValueAsString(root), "reversed.json");

    assertThat(new HashSet<>(backward.ledger().events()))
        .isEqualTo(new HashSet<>(forward.ledger().events()));
    assertThat(backward.ledger().verdict().errors()).isEmpty();
  }
}
