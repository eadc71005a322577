package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Lists;
import dev.custody.cli.ReferenceScenario;
import dev.custody.event.ControlChanged;
import dev.custody.event.Event;
import dev.custody.model.ActorId;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.When;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The zone of a scenario is the zone of its earliest event, UTC without events. */
class ScenarioZoneTest {
  private static final List<Event> REFERENCE = ReferenceScenario.document().events();

  @Test
  void the_reference_case_is_on_damascus_time_in_any_order() {
    assertThat(ScenarioZone.of(REFERENCE)).isEqualTo(ZoneId.of("Asia/Damascus"));
    assertThat(ScenarioZone.of(Lists.reverse(REFERENCE))).isEqualTo(ZoneId.of("Asia/Damascus"));
  }

  @Test
  void a_scenario_without_events_is_in_utc() {
    assertThat(ScenarioZone.of(List.of())).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void the_earliest_event_gives_the_zone_whatever_the_others_use() {
    List<Event> events = new ArrayList<>(REFERENCE);
    events.add(
        ControlChanged.first(
            EventId.of("long-ago-in-paris"),
            When.on(LocalDate.parse("2001-01-01"), ZoneId.of("Europe/Paris")),
            FacilityId.of("al-hol"),
            ActorId.of("sdf")));

    assertThat(ScenarioZone.of(events)).isEqualTo(ZoneId.of("Europe/Paris"));
  }
}
