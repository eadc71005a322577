package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActorTest {
  private static final ActorId SDF = ActorId.of("sdf");
  private static final LocalDate DAY = LocalDate.of(2026, 1, 20);

  @Test
  void of_builds_an_actor_without_aliases_or_parent() {
    Actor sdf = Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP);

    assertThat(sdf.id()).isEqualTo(SDF);
    assertThat(sdf.name()).isEqualTo("Syrian Democratic Forces");
    assertThat(sdf.kind()).isEqualTo(ActorKind.NON_STATE_ARMED_GROUP);
    assertThat(sdf.aliases()).isEmpty();
    assertThat(sdf.parent()).isEmpty();
    assertThat(sdf).hasToString("Syrian Democratic Forces [sdf, non-state armed group]");
  }

  @Test
  void builder_records_aliases_and_parent() {
    Actor centcom =
        Actor.builder()
            .id(ActorId.of("centcom"))
            .name("U.S. Central Command")
            .kind(ActorKind.ARMED_FORCES)
            .addAliases(Alias.of("CENTCOM"))
            .parent(ActorId.of("usa"))
            .build();

    assertThat(centcom.parent()).contains(ActorId.of("usa"));
    assertThat(centcom.namesOn(DAY)).containsExactly("U.S. Central Command", "CENTCOM");
    assertThat(centcom.isKnownAs("centcom", DAY)).isTrue();
    assertThat(centcom.isKnownAs("CENTCOM Forward", DAY)).isFalse();
    assertThat(centcom).hasToString("U.S. Central Command [centcom, armed forces, part of usa]");
  }

  @Test
  void an_alias_counts_only_over_its_period() {
    Actor group =
        Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP)
            .withAlias(Alias.of("Old Name", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 10, 10)))
            .withAlias(Alias.since("SDF", LocalDate.of(2015, 10, 10)));

    assertThat(group.namesOn(LocalDate.of(2015, 10, 10)))
        .containsExactly("Syrian Democratic Forces", "Old Name", "SDF");
    assertThat(group.namesOn(LocalDate.of(2015, 10, 11)))
        .containsExactly("Syrian Democratic Forces", "SDF");
    assertThat(group.namesOn(LocalDate.of(2014, 12, 31)))
        .containsExactly("Syrian Democratic Forces");
    assertThat(group.isKnownAs("Old Name", LocalDate.of(2016, 1, 1))).isFalse();
  }

  @Test
  void an_actor_cannot_be_its_own_parent() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Actor.builder()
                    .id(SDF)
                    .name("Syrian Democratic Forces")
                    .kind(ActorKind.NON_STATE_ARMED_GROUP)
                    .parent(SDF)
                    .build())
        .withMessage("Actor.parent (sdf) must not be the actor itself");
  }

  @Test
  void alias_names_are_unique_within_an_actor() {
    Actor sdf =
        Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP)
            .withAlias(Alias.of("SDF"));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> sdf.withAlias(Alias.until("SDF", LocalDate.of(2020, 1, 1))))
        .withMessageContaining("Actor.aliases")
        .withMessageContaining("\"SDF\" appears twice for sdf");
  }

  @Test
  void the_name_must_not_be_blank_or_padded() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.of(SDF, "  ", ActorKind.NON_STATE_ARMED_GROUP))
        .withMessage("Actor.name (\"  \") must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.of(SDF, " SDF", ActorKind.NON_STATE_ARMED_GROUP))
        .withMessage("Actor.name (\" SDF\") must not begin or end with whitespace");
  }

  @Test
  void the_builder_requires_id_name_and_kind() {
    assertThatIllegalStateExceptionFrom(() -> Actor.builder().id(SDF).name("SDF").build());
  }

  @Test
  void the_builder_refuses_setting_an_attribute_twice() {
    assertThatIllegalStateExceptionFrom(() -> Actor.builder().id(SDF).id(SDF));
  }

  private static void assertThatIllegalStateExceptionFrom(Runnable action) {
    org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(action::run);
  }

  @Test
  void alias_periods_must_not_end_before_they_start() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Alias.of("SDF", LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
        .withMessage(
            "Alias.until (2020-01-01) must not be before from (2020-01-02) for alias \"SDF\"");
    assertThat(Alias.of("SDF", DAY, DAY).isValidOn(DAY)).isTrue();
  }

  @Test
  void alias_texts() {
    assertThat(Alias.of("SDF")).hasToString("SDF");
    assertThat(Alias.since("SDF", DAY)).hasToString("SDF (from 2026-01-20)");
    assertThat(Alias.until("SDF", DAY)).hasToString("SDF (until 2026-01-20)");
    assertThat(Alias.of("SDF", DAY, DAY.plusDays(1))).hasToString("SDF (2026-01-20 to 2026-01-21)");
  }

  @Test
  void open_ended_aliases_are_valid_on_the_open_side() {
    assertThat(Alias.since("SDF", DAY).isValidOn(DAY.minusDays(1))).isFalse();
    assertThat(Alias.since("SDF", DAY).isValidOn(DAY.plusYears(10))).isTrue();
    assertThat(Alias.until("SDF", DAY).isValidOn(DAY.plusDays(1))).isFalse();
    assertThat(Alias.until("SDF", DAY).isValidOn(DAY.minusYears(10))).isTrue();
  }
}
