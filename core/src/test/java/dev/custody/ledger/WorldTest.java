package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.CountryCode;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link World}: construction, unique ids, growing copies, look-ups, equality and text. */
class WorldTest {
  static final ActorId SDF = ActorId.of("sdf");
  static final ActorId SYRIA = ActorId.of("syria-gov");
  static final ActorId IRAQ = ActorId.of("iraq-gov");
  static final FacilityId SHADDADI = FacilityId.of("al-shaddadi");
  static final FacilityId AL_HOL = FacilityId.of("al-hol");
  static final FacilityId IRAQ_SECURE = FacilityId.of("iraq-secure");
  static final CountryCode SY = CountryCode.of("SY");
  static final CountryCode IQ = CountryCode.of("IQ");

  static final Actor SDF_ACTOR =
      Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP);
  static final Actor SYRIA_ACTOR = Actor.of(SYRIA, "Government of Syria", ActorKind.STATE);
  static final Actor IRAQ_ACTOR = Actor.of(IRAQ, "Government of Iraq", ActorKind.STATE);
  static final Facility SHADDADI_PRISON =
      Facility.of(SHADDADI, "al-Shaddadi prison", FacilityKind.PRISON, Location.in(SY, "Hasakah"));
  static final Facility AL_HOL_CAMP =
      Facility.of(AL_HOL, "al-Hol camp", FacilityKind.DETENTION_CAMP, Location.in(SY));
  static final Facility IRAQ_SITE =
      Facility.of(IRAQ_SECURE, "secure location", FacilityKind.UNDISCLOSED_SITE, Location.in(IQ));

  static World world() {
    return World.of(List.of(SDF_ACTOR, SYRIA_ACTOR), List.of(SHADDADI_PRISON, AL_HOL_CAMP));
  }

  @Test
  void ofKeepsActorsAndFacilitiesByIdInTheOrderGiven() {
    World world = world();

    assertThat(world.actors())
        .containsExactly(
            java.util.Map.entry(SDF, SDF_ACTOR), java.util.Map.entry(SYRIA, SYRIA_ACTOR));
    assertThat(world.facilities())
        .containsExactly(
            java.util.Map.entry(SHADDADI, SHADDADI_PRISON),
            java.util.Map.entry(AL_HOL, AL_HOL_CAMP));
    assertThat(World.of(List.of(), List.of()).actors()).isEmpty();
  }

  @Test
  void actorIdsMustBeUnique() {
    Actor renamed = Actor.of(SDF, "SDF", ActorKind.NON_STATE_ARMED_GROUP);

    assertThatThrownBy(() -> World.of(List.of(SDF_ACTOR, SYRIA_ACTOR, renamed), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("World.actors id (sdf) must be unique; it appears twice");
    // even the very same actor twice
    assertThatThrownBy(() -> World.of(List.of(SDF_ACTOR, SDF_ACTOR), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("World.actors id (sdf) must be unique; it appears twice");
  }

  private static Actor partOf(String id, String parent) {
    return Actor.builder()
        .id(ActorId.of(id))
        .name(id.toUpperCase(java.util.Locale.ROOT))
        .kind(ActorKind.NON_STATE_ARMED_GROUP)
        .parent(ActorId.of(parent))
        .build();
  }

  @Test
  void aTwoActorParentCycleIsRefusedNamingBothActors() {
    assertThatThrownBy(() -> World.of(List.of(partOf("a", "b"), partOf("b", "a")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "World.actors parents (a -> b -> a) must not form a cycle: a chain of parents must"
                + " end");
  }

  private static Actor succeeding(String id, String predecessor) {
    return Actor.builder()
        .id(ActorId.of(id))
        .name(id.toUpperCase(java.util.Locale.ROOT))
        .kind(ActorKind.STATE)
        .succeeds(ActorId.of(predecessor))
        .build();
  }

  @Test
  void aSuccessionCycleIsRefusedAndALineOfSuccessionIsKept() {
    assertThatThrownBy(
            () -> World.of(List.of(succeeding("a", "b"), succeeding("b", "a")), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "World.actors successions (a -> b -> a) must not form a cycle: no actor succeeds"
                + " itself, however far back");
    World line =
        World.of(
            List.of(succeeding("c", "b"), succeeding("b", "a"), succeeding("a", "z")), List.of());
    assertThat(line.actors()).hasSize(3);
  }

  @Test
  void aLongerParentCycleIsRefusedNamingOnlyTheActorsInIt() {
    List<Actor> actors =
        List.of(
            partOf("leaf", "c"), partOf("c", "d"), partOf("d", "e"), partOf("e", "c"), SDF_ACTOR);

    assertThatThrownBy(() -> World.of(actors, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("World.actors parents (c -> d -> e -> c) must not form a cycle");
    assertThatThrownBy(() -> world().withActor(partOf("x", "y")).withActor(partOf("y", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("World.actors parents (x -> y -> x)");
  }

  @Test
  void aCycleOfTenIsNamedInFullAndOneOfElevenIsCut() {
    List<Actor> ten = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      ten.add(partOf("a" + i, "a" + ((i + 1) % 10)));
    }
    List<Actor> eleven = new java.util.ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add(partOf("a" + i, "a" + ((i + 1) % 11)));
    }

    assertThatThrownBy(() -> World.of(ten, List.of()))
        .hasMessageStartingWith(
            "World.actors parents (a0 -> a1 -> a2 -> a3 -> a4 -> a5 -> a6 -> a7 -> a8 -> a9 ->"
                + " a0) must not form a cycle");
    assertThatThrownBy(() -> World.of(eleven, List.of()))
        .hasMessageStartingWith(
            "World.actors parents (a0 -> a1 -> a2 -> a3 -> a4 -> a5 -> a6 -> a7 -> a8 -> a9 ->"
                + " ... (11 actors in all) -> a0) must not form a cycle");
  }

  @Test
  void chainsOfParentsThatEndAreAccepted() {
    World world =
        World.of(
            List.of(
                partOf("unit", "brigade"),
                partOf("brigade", "sdf"),
                SDF_ACTOR,
                partOf("cell", "unknown-to-the-world"),
                partOf("other-unit", "brigade")),
            List.of());

    assertThat(world.actors()).hasSize(5);
  }

  @Test
  void aLongChainOfParentsIsFollowedInLinearTime() {
    List<Actor> chain = new java.util.ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      chain.add(partOf("unit-" + i, "unit-" + (i + 1)));
    }

    assertThat(World.of(chain, List.of()).actors()).hasSize(20_000);
    chain.add(partOf("unit-20000", "unit-0"));
    assertThatThrownBy(() -> World.of(chain, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "World.actors parents (unit-0 -> unit-1 -> unit-2 -> unit-3 -> unit-4 -> unit-5 ->"
                + " unit-6 -> unit-7 -> unit-8 -> unit-9 -> ... (20001 actors in all) -> unit-0)"
                + " must not form a cycle: a chain of parents must end");
  }

  @Test
  void facilityIdsMustBeUnique() {
    Facility moved = Facility.of(AL_HOL, "al-Hol", FacilityKind.DETENTION_CAMP, Location.in(IQ));

    assertThatThrownBy(
            () -> World.of(List.of(SDF_ACTOR), List.of(AL_HOL_CAMP, SHADDADI_PRISON, moved)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("World.facilities id (al-hol) must be unique; it appears twice");
  }

  @Test
  void anActorAndAFacilityMayShareAnId() {
    Facility named =
        Facility.of(FacilityId.of("sdf"), "SDF base", FacilityKind.PRISON, Location.in(SY));

    assertThat(World.of(List.of(SDF_ACTOR), List.of(named)).facility(FacilityId.of("sdf")))
        .contains(named);
  }

  @Test
  void keysMustBeTheIdsOfTheirValues() {
    assertThat(ImmutableWorld.of(ImmutableMap.of(SDF, SDF_ACTOR), ImmutableMap.of()))
        .isEqualTo(World.of(List.of(SDF_ACTOR), List.of()));
    assertThatThrownBy(
            () -> ImmutableWorld.of(ImmutableMap.of(SYRIA, SDF_ACTOR), ImmutableMap.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("World.actors key (syria-gov) must be the id of its value (sdf)");
    assertThatThrownBy(
            () -> ImmutableWorld.of(ImmutableMap.of(), ImmutableMap.of(IRAQ_SECURE, AL_HOL_CAMP)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("World.facilities key (iraq-secure) must be the id of its value (al-hol)");
  }

  @Test
  void withActorAndWithFacilityGrowACopy() {
    World world = world();

    World larger = world.withActor(IRAQ_ACTOR).withFacility(IRAQ_SITE);

    assertThat(larger.actors().keySet()).containsExactly(SDF, SYRIA, IRAQ);
    assertThat(larger.facilities().keySet()).containsExactly(SHADDADI, AL_HOL, IRAQ_SECURE);
    assertThat(larger.actor(IRAQ)).contains(IRAQ_ACTOR);
    assertThat(larger.countryOf(IRAQ_SECURE)).contains(IQ);
    assertThat(world.actor(IRAQ)).isEmpty();
    assertThat(world.facility(IRAQ_SECURE)).isEmpty();
    assertThat(world).isEqualTo(world());
  }

  @Test
  void withActorAndWithFacilityRefuseAKnownId() {
    World world = world();

    assertThatThrownBy(() -> world.withActor(Actor.of(SYRIA, "Syria", ActorKind.STATE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("World.actors id (syria-gov) must be unique; it appears twice");
    assertThatThrownBy(() -> world.withFacility(SHADDADI_PRISON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("World.facilities id (al-shaddadi) must be unique; it appears twice");
  }

  @Test
  void lookUps() {
    World world = world().withFacility(IRAQ_SITE);

    assertThat(world.actor(SDF)).contains(SDF_ACTOR);
    assertThat(world.actor(IRAQ)).isEmpty();
    assertThat(world.facility(SHADDADI)).contains(SHADDADI_PRISON);
    assertThat(world.facility(FacilityId.of("camp-nowhere"))).isEmpty();
    assertThat(world.countryOf(SHADDADI)).contains(SY);
    assertThat(world.countryOf(AL_HOL)).contains(SY);
    assertThat(world.countryOf(IRAQ_SECURE)).contains(IQ);
    assertThat(world.countryOf(FacilityId.of("camp-nowhere"))).isEmpty();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            world(),
            world(),
            World.of(List.of(SYRIA_ACTOR, SDF_ACTOR), List.of(AL_HOL_CAMP, SHADDADI_PRISON)),
            World.of(List.of(SDF_ACTOR), List.of(SHADDADI_PRISON))
                .withActor(SYRIA_ACTOR)
                .withFacility(AL_HOL_CAMP))
        .addEqualityGroup(world().withActor(IRAQ_ACTOR))
        .addEqualityGroup(world().withFacility(IRAQ_SITE))
        .addEqualityGroup(
            World.of(
                List.of(SDF_ACTOR, Actor.of(SYRIA, "Syria", ActorKind.STATE)),
                List.of(SHADDADI_PRISON, AL_HOL_CAMP)))
        .addEqualityGroup(World.of(List.of(), List.of()))
        .testEquals();
  }

  @Test
  void toStringCountsActorsAndFacilities() {
    assertThat(world().withActor(IRAQ_ACTOR)).hasToString("world of 3 actors and 2 facilities");
    assertThat(World.of(List.of(), List.of())).hasToString("world of 0 actors and 0 facilities");
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Actor.class, IRAQ_ACTOR)
            .setDefault(Facility.class, IRAQ_SITE)
            .setDefault(ActorId.class, SDF)
            .setDefault(FacilityId.class, SHADDADI)
            .setDefault(Iterable.class, List.of())
            .setDefault(
                dev.custody.model.Cohort.class,
                dev.custody.model.Cohort.of(dev.custody.model.CohortCategory.MINORS, SDF))
            .setDefault(
                dev.custody.event.Account.class,
                dev.custody.event.Account.held(
                    SDF,
                    dev.custody.model.Cohort.of(dev.custody.model.CohortCategory.MINORS, SDF)));
    tester.testAllPublicStaticMethods(World.class);
    tester.testAllPublicInstanceMethods(world());
  }
}
