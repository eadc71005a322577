package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What real records say of actors, facilities and sources beyond a name: former names and aliases
 * of a facility, a capacity its sources report, an actor that succeeded another, a person quoted by
 * an outlet who speaks for nobody.
 */
class RecordedNamesTest {
  private static final CountryCode SY = CountryCode.of("SY");
  private static final ActorId AFP = ActorId.of("afp");
  private static final ActorId REGIME = ActorId.of("assad-gov");
  private static final ActorId CARETAKER = ActorId.of("caretaker-gov");

  private static Facility.Builder prison() {
    return Facility.builder()
        .id(FacilityId.of("al-sinaa"))
        .name("al-Sina'a prison")
        .kind(FacilityKind.PRISON)
        .location(Location.in(SY, "Hasakah"));
  }

  @Nested
  class Facilities {
    @Test
    void a_former_name_is_valid_until_the_day_it_changed() {
      Facility renamed =
          prison()
              .addAliases(Alias.until("Ghweiran prison", LocalDate.of(2021, 12, 31)))
              .addAliases(Alias.of("Panorama prison"))
              .build();

      assertThat(renamed.namesOn(LocalDate.of(2020, 6, 1)))
          .containsExactly("al-Sina'a prison", "Ghweiran prison", "Panorama prison");
      assertThat(renamed.namesOn(LocalDate.of(2022, 1, 20)))
          .containsExactly("al-Sina'a prison", "Panorama prison");
    }

    @Test
    void aliases_have_distinct_names() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> prison().addAliases(Alias.of("Panorama"), Alias.of("Panorama")).build())
          .withMessage(
              "Facility.aliases ([Panorama, Panorama]) must have distinct names; \"Panorama\""
                  + " appears twice for al-sinaa");
    }

    @Test
    void a_capacity_may_be_reported_by_sources_but_not_also_bare() {
      Figure reported =
          Figure.of(
              Claim.of(
                  Estimate.about(5_000),
                  Source.of(ActorId.of("sdf")),
                  When.on(LocalDate.of(2022, 1, 20), java.time.ZoneOffset.UTC)));
      Facility sourced = prison().reportedCapacity(reported).build();

      assertThat(sourced.reportedCapacity()).contains(reported);
      assertThat(sourced.capacity()).isEmpty();
      assertThat(sourced.toString()).endsWith(", capacity about 5,000 (4,750-5,250)]");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> prison().reportedCapacity(reported).capacity(5_000).build())
          .withMessageStartingWith("Facility.reportedCapacity (about 5,000 (4,750-5,250)) and")
          .withMessageEndingWith("are one fact said two ways: give one, for al-sinaa");
    }

    @Test
    void displaced_people_live_in_a_camp_of_their_own_kind() {
      Facility camp =
          Facility.of(
              FacilityId.of("roj"),
              "Roj camp",
              FacilityKind.DISPLACEMENT_CAMP,
              Location.in(SY, "Hasakah"));
      assertThat(camp).hasToString("Roj camp [roj, displacement camp, Hasakah, SY]");
    }
  }

  @Nested
  class Actors {
    @Test
    void a_government_may_succeed_another_on_a_day() {
      Actor caretaker =
          Actor.builder()
              .id(CARETAKER)
              .name("Caretaker government")
              .kind(ActorKind.STATE)
              .succeeds(REGIME)
              .succeededOn(LocalDate.of(2024, 12, 8))
              .build();

      assertThat(caretaker.succeeds()).contains(REGIME);
      assertThat(caretaker.toString()).endsWith(", succeeded assad-gov on 2024-12-08]");
    }

    @Test
    void nobody_succeeds_itself_and_a_date_needs_a_predecessor() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Actor.builder()
                      .id(CARETAKER)
                      .name("Caretaker government")
                      .kind(ActorKind.STATE)
                      .succeeds(CARETAKER)
                      .build())
          .withMessage("Actor.succeeds (caretaker-gov) must not be the actor itself");
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  Actor.builder()
                      .id(CARETAKER)
                      .name("Caretaker government")
                      .kind(ActorKind.STATE)
                      .succeededOn(LocalDate.of(2024, 12, 8))
                      .build())
          .withMessage(
              "Actor.succeededOn (2024-12-08) needs the predecessor it succeeded, for"
                  + " caretaker-gov");
    }

    @Test
    void a_de_facto_administration_is_an_actor_kind() {
      assertThat(ActorKind.DE_FACTO_ADMINISTRATION.label()).isEqualTo("de facto administration");
    }
  }

  @Nested
  class Sources {
    @Test
    void a_person_quoted_by_an_outlet_is_the_outlets_to_answer_for() {
      Source worker = Source.relayedBy(AFP, "a camp worker");

      assertThat(worker.actor()).isEqualTo(AFP);
      assertThat(worker.isRelayed()).isTrue();
      assertThat(worker).hasToString("a camp worker, via afp");
      assertThat(worker).isNotEqualTo(Source.of(AFP, "a camp worker"));
      assertThat(Source.of(AFP, "a camp worker").isRelayed()).isFalse();
    }

    @Test
    void a_relayed_source_says_who_spoke() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Source.relayedBy(AFP, " "))
          .withMessageStartingWith("Source.description");
    }
  }
}
