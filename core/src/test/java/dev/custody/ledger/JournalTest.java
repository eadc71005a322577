package dev.custody.ledger;

import static dev.custody.ledger.LedgerTest.OPENING;
import static dev.custody.ledger.LedgerTest.WORLD;
import static dev.custody.ledger.LedgerTest.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.custody.event.AgreementConcluded;
import dev.custody.event.Event;
import dev.custody.model.AgreementId;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import dev.custody.model.When;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/**
 * What the journal's views tell the fold: the events of a ledger by id and the first conclusion of
 * each agreement, among the first {@code limit} events, whether asked by id or read in order.
 */
class JournalTest {

  private static final AgreementId PACT = AgreementId.of("pact");

  /** A journal holding the opening, a conclusion of the pact, a plan and a transfer under it. */
  private static Journal journal() {
    Journal journal = Journal.empty(WORLD, Reading.envelope(), 2);
    assertThat(journal.claim(0)).isTrue();
    for (Event event : StateCopyTest.everyKindOfEntry()) {
      assertThat(journal.advance(event).isAccepted()).as("%s", event).isTrue();
    }
    journal.release();
    return journal;
  }

  @Test
  void the_events_view_answers_for_the_events_below_its_limit() {
    Journal journal = journal();
    List<Event> events = StateCopyTest.everyKindOfEntry();
    Map<EventId, Event> opening = new Journal.EventsView(journal, OPENING.size());

    assertThat(opening.get(OPENING.get(0).id())).isSameAs(OPENING.get(0));
    assertThat(opening.containsKey(OPENING.get(4).id())).isTrue();
    assertThat(opening.get(EventId.of("plan"))).isNull();
    assertThat(opening.containsKey(EventId.of("plan"))).isFalse();
    assertThat(opening.get("plan")).isNull();
    assertThat(opening.keySet())
        .containsExactlyElementsOf(OPENING.stream().map(Event::id).toList());
    assertThat(new Journal.EventsView(journal, Integer.MAX_VALUE).values())
        .containsExactlyElementsOf(events);
  }

  @Test
  void reading_past_the_end_of_the_events_view_throws() {
    Iterator<Map.Entry<EventId, Event>> entries =
        new Journal.EventsView(journal(), 1).entrySet().iterator();

    entries.next();

    assertThat(entries.hasNext()).isFalse();
    assertThatExceptionOfType(NoSuchElementException.class).isThrownBy(entries::next);
  }

  @Test
  void the_conclusions_view_gives_the_time_of_the_first_conclusion_below_its_limit() {
    Journal journal = journal();
    int concluded = OPENING.size() + 1;
    When when = ((AgreementConcluded) journal.eventAt(concluded - 1)).when();

    Map<AgreementId, When> before = new Journal.ConclusionsView(journal, concluded - 1);
    Map<AgreementId, When> after = new Journal.ConclusionsView(journal, concluded);

    assertThat(before.get(PACT)).isNull();
    assertThat(before.containsKey(PACT)).isFalse();
    assertThat(before).isEmpty();
    assertThat(after.get(PACT)).isEqualTo(when).isEqualTo(day(19));
    assertThat(after.containsKey(PACT)).isTrue();
    assertThat(after.get("pact")).isNull();
    assertThat(after).containsExactly(Map.entry(PACT, when));
  }

  @Test
  void a_rejected_event_leaves_no_trace_in_the_views() {
    Journal journal = journal();
    int length = journal.length();
    assertThat(journal.claim(length)).isTrue();

    AgreementConcluded first = (AgreementConcluded) journal.eventAt(OPENING.size());
    Event again = AgreementConcluded.of(EventId.of("pact-again"), first.agreement());
    assertThat(journal.advance(again).isAccepted()).isFalse();
    journal.release();

    assertThat(journal.length()).isEqualTo(length);
    assertThat(journal.positionOf(again.id(), Integer.MAX_VALUE)).isEqualTo(-1);
    assertThat(journal.positionOf(first.id(), Integer.MAX_VALUE)).isEqualTo(OPENING.size());
    assertThat(new Journal.ConclusionsView(journal, Integer.MAX_VALUE).get(PACT))
        .isEqualTo(day(19));
    assertThat(journal.claim(length)).isTrue();
  }
}
