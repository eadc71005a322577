package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Families counted without a ratio: beside the source's own people figure ("192 families, or 776
 * people"), or alone ("750 families"), whose people are not stated.
 */
class UnitCountWithoutRatioTest {
  private static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), ZoneOffset.UTC);
  private static final Source MINISTRY = Source.of(ActorId.of("ministry"));
  private static final Source CAMP = Source.of(ActorId.of("camp-administration"));

  @Test
  void familiesBesideTheSourcesOwnPeopleFigureKeepThatFigureAndItsWords() {
    UnitCount families = UnitCount.families(Estimate.parse("192"));
    Claim claim = Claim.inUnits(families, Estimate.parse("776"), MINISTRY, JAN_21);

    assertThat(claim.estimate()).isEqualTo(Estimate.parse("776"));
    assertThat(claim.estimate().wording()).contains("776");
    assertThat(claim.units()).contains(families);
    assertThat(families.peoplePer()).isEmpty();
    assertThat(families.statesPeople(claim.estimate())).isTrue();
    assertThat(UnitCount.claimed(families, claim.estimate()))
        .isEqualTo("776 people (192 families)");
    assertThat(claim.toString()).startsWith("776 people (192 families) according to ministry");
    assertThat(Figure.of(claim).envelope()).isEqualTo(Estimate.parse("776"));
  }

  @Test
  void familiesAloneStandForAtLeastOnePersonEachAndNoNumberOfPeople() {
    UnitCount families = UnitCount.families(Estimate.parse("750"));
    Claim claim = Claim.inUnits(families, MINISTRY, JAN_21);

    assertThat(claim.estimate()).isEqualTo(Estimate.atLeast(750));
    assertThat(claim.estimate().hasUpperBound()).isFalse();
    assertThat(families.peopleNotStated()).isEqualTo(Estimate.atLeast(750));
    assertThat(families.statesPeople(claim.estimate())).isFalse();
    assertThat(UnitCount.claimed(families, claim.estimate()))
        .isEqualTo("750 families (people not stated)");
    assertThat(claim.toString())
        .startsWith("750 families (people not stated) according to ministry");
    assertThat(families).hasToString("750 families");
  }

  @Test
  void householdsAloneAreWordedAsHouseholds() {
    Claim claim = Claim.inUnits(UnitCount.households(Estimate.parse("about 40")), CAMP, JAN_21);

    assertThat(claim.estimate()).isEqualTo(Estimate.atLeast(38));
    assertThat(UnitCount.claimed(claim.units().get(), claim.estimate()))
        .isEqualTo("about 40 (38-42) households (people not stated)");
  }

  @Test
  void familiesAloneDoNotConflictWithAPeopleFigureTheyAllow() {
    Claim alone = Claim.inUnits(UnitCount.families(Estimate.parse("750")), MINISTRY, JAN_21);
    Claim people = Claim.of(Estimate.parse("about 3,000"), CAMP, JAN_21);
    Figure figure = Figure.of(alone, people);

    assertThat(figure.conflicts()).isEmpty();
    assertThat(figure.envelope().hasUpperBound()).isFalse();
    assertThat(figure.envelope().low()).isEqualTo(750);
    // fewer people than families is a real disagreement: every family has someone in it
    assertThat(Figure.of(alone, Claim.of(Estimate.exactly(500), CAMP, JAN_21)).conflicts())
        .hasSize(1);
  }

  @Test
  void aRatioAndAPeopleFigureThatAgreeMakeOneClaim() {
    Claim ratio = Claim.of(Estimate.exactly(4), CAMP, JAN_21);
    UnitCount families = UnitCount.families(Estimate.exactly(194), ratio);

    Claim claim = Claim.inUnits(families, Estimate.exactly(776), MINISTRY, JAN_21);
    assertThat(claim.estimate()).isEqualTo(Estimate.exactly(776));
    assertThat(UnitCount.claimed(families, claim.estimate()))
        .isEqualTo(
            "exactly 194 families at exactly 4 per family (camp-administration):"
                + " exactly 776 people");
  }

  @Test
  void aRatioAndAPeopleFigureThatDisagreeAreRefused() {
    UnitCount families =
        UnitCount.families(Estimate.exactly(192), Claim.of(Estimate.exactly(5), CAMP, JAN_21));

    assertThatThrownBy(() -> Claim.inUnits(families, Estimate.parse("776"), MINISTRY, JAN_21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Claim.estimate (776) must be the people its units stand for (exactly 192 families,"
                + " exactly 5 people per family according to camp-administration: exactly 960"
                + " people)");
  }

  @Test
  void aPeopleFigureBelowOnePersonPerFamilyIsRefused() {
    UnitCount families = UnitCount.families(Estimate.parse("750"));

    assertThatThrownBy(() -> Claim.inUnits(families, Estimate.parse("500"), MINISTRY, JAN_21))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Claim.estimate (500) must allow at least one person per family of its units (750"
                + " families)");
    // as many people as families is allowed, and so is an open figure
    assertThat(Claim.inUnits(families, Estimate.parse("750"), MINISTRY, JAN_21).estimate().low())
        .isEqualTo(750);
    assertThat(Claim.inUnits(families, Estimate.moreThan(10), MINISTRY, JAN_21).units())
        .contains(families);
  }

  @Test
  void familiesWithoutARatioHaveNoDerivedPeople() {
    UnitCount families = UnitCount.families(Estimate.parse("750"));

    assertThatThrownBy(families::people)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("UnitCount.people: 750 families have no ratio of people per family");
  }

  @Property
  void aFigureOfFamiliesAloneAllowsEveryPeopleFigureOfAtLeastOnePerFamily(
      @ForAll @LongRange(max = 100_000) long families,
      @ForAll @LongRange(max = 1_000_000) long extra) {
    Claim alone = Claim.inUnits(UnitCount.families(Estimate.exactly(families)), MINISTRY, JAN_21);
    Claim people = Claim.of(Estimate.exactly(families + extra), CAMP, JAN_21);

    assertThat(Figure.of(alone, people).conflicts()).isEmpty();
    assertThat(alone.estimate().contains(families + extra)).isTrue();
  }
}
