package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.DAMASCUS;
import static dev.custody.ledger.LedgerTest.FIGHTERS;
import static dev.custody.ledger.LedgerTest.IRAQ;
import static dev.custody.ledger.LedgerTest.IRAQ_SITE;
import static dev.custody.ledger.LedgerTest.OPENING;
import static dev.custody.ledger.LedgerTest.SDF;
import static dev.custody.ledger.LedgerTest.SDF_SHADDADI;
import static dev.custody.ledger.LedgerTest.SY;
import static dev.custody.ledger.LedgerTest.WORLD;
import static dev.custody.ledger.LedgerTest.day;
import static dev.custody.ledger.LedgerTest.exactly;
import static dev.custody.ledger.LedgerTest.id;
import static dev.custody.ledger.LedgerTest.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import dev.custody.model.AgreementId;
import dev.custody.model.ObligationId;
import dev.custody.model.Reading;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A checkpoint is a {@link State#copy} of the fold: it must carry every field the fold keeps, or a
 * situation or a late event replayed from it would differ from a replay from the first event. The
 * test reads the fields by reflection, so that a field added to the fold and not to the copy fails
 * it, and needs a fixture that gives every field a value.
 */
class StateCopyTest {

  /** Fields that are not the fold: what it was built over, and the event being checked. */
  private static final Set<String> NOT_FOLDED =
      Set.of("world", "reading", "ledgerEvents", "ledgerConclusions", "current");

  private static final AgreementId PACT = AgreementId.of("pact");

  /**
   * Events that give every map of the fold an entry: control, balances, an agreement, a plan, a
   * movement of all of them, a joint movement.
   */
  static List<Event> everyKindOfEntry() {
    List<Event> events = new ArrayList<>(OPENING);
    events.add(
        AgreementConcluded.of(
            id("pact-concluded"),
            Agreement.builder()
                .id(PACT)
                .kind(AgreementKind.TRANSFER_ARRANGEMENT)
                .title("Transfer to Iraq")
                .addParties(SDF, IRAQ)
                .concluded(day(19))
                .addObligations(
                    Obligation.of(
                        ObligationId.of("lists"),
                        IRAQ,
                        "receive the lists",
                        Deadline.on(LocalDate.of(2026, 1, 30), DAMASCUS)))
                .build()));
    events.add(
        TransferPlanned.builder()
            .id(id("plan"))
            .when(day(20))
            .planner(SDF)
            .cohort(FIGHTERS)
            .originCountry(SY)
            .receiver(IRAQ)
            .agreement(PACT)
            .size(exactly(500))
            .build());
    events.add(
        DetaineesTransferred.builder()
            .id(id("batch"))
            .when(when(22, 0))
            .from(SDF_SHADDADI)
            .to(IRAQ_SITE)
            .size(exactly(100))
            .plan(id("plan"))
            .build());
    // a movement of all of them, so that the balances it emptied are folded too
    events.add(DetaineesEscaped.allOf(id("emptied"), when(23, 0), IRAQ_SITE, exactly(100)));
    // a joint movement, so that its split is folded too
    events.add(
        DetaineesEscaped.jointly(
            id("joint"),
            when(23, 1),
            com.google.common.collect.ImmutableList.of(SDF_SHADDADI, LedgerTest.SDF_HASAKAH),
            exactly(10)));
    return events;
  }

  @Test
  void a_copy_holds_every_field_of_the_fold_in_containers_of_its_own() throws Exception {
    State state = new State(WORLD, Reading.envelope(), Map.of(), Map.of());
    everyKindOfEntry().forEach(state::apply);

    State copy = state.copy(Map.of(), Map.of());

    List<String> checked = new ArrayList<>();
    for (Field field : State.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) || NOT_FOLDED.contains(field.getName())) {
        continue;
      }
      field.setAccessible(true);
      Object original = field.get(state);
      Object copied = field.get(copy);
      assertThat(isEmpty(original))
          .as("the fixture must give State.%s a value, so that its copy is tested", field.getName())
          .isFalse();
      assertThat(Objects.deepEquals(original, copied))
          .as("State.copy must copy State.%s", field.getName())
          .isTrue();
      if (original instanceof Map
          || original instanceof Collection
          || original.getClass().isArray()) {
        assertThat(copied)
            .as("State.copy must give State.%s a container of its own", field.getName())
            .isNotSameAs(original);
      }
      checked.add(field.getName());
    }
    assertThat(checked).contains("balances", "controllers", "agreements", "transferred");
    assertThat(state.weight()).isEqualTo(copy.weight()).isPositive();
  }

  @Test
  void a_copy_folds_on_without_changing_the_original() {
    List<Event> events = everyKindOfEntry();
    State state = new State(WORLD, Reading.envelope(), Map.of(), Map.of());
    events.subList(0, OPENING.size()).forEach(state::apply);
    State copy = state.copy(Map.of(), Map.of());
    var before = state.snapshot(LedgerTest.END);

    events.subList(OPENING.size(), events.size()).forEach(copy::apply);

    assertThat(state.snapshot(LedgerTest.END)).isEqualTo(before);
    assertThat(copy.snapshot(LedgerTest.END)).isNotEqualTo(before);
  }

  private static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    } else if (value instanceof Map<?, ?> map) {
      return map.isEmpty();
    } else if (value instanceof Collection<?> collection) {
      return collection.isEmpty();
    } else if (value.getClass().isArray()) {
      return Array.getLength(value) == 0;
    } else if (value instanceof Number number) {
      return number.longValue() == 0;
    } else if (value instanceof Boolean flag) {
      return !flag;
    }
    return false;
  }
}
