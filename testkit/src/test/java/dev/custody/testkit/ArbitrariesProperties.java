package dev.custody.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.Estimate.Qualifier;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.When;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The arbitraries of every value type: registered with jqwik so {@code @ForAll} needs nothing more,
 * valid by construction, and shaped by their knobs.
 */
class ArbitrariesProperties {

  @Property(tries = 100)
  void every_value_type_can_be_asked_for_by_type_alone(
      @ForAll Estimate estimate,
      @ForAll Claim claim,
      @ForAll Figure figure,
      @ForAll When when,
      @ForAll Actor actor,
      @ForAll ActorId actorId,
      @ForAll Facility facility,
      @ForAll FacilityId facilityId,
      @ForAll CountryCode country,
      @ForAll Cohort cohort,
      @ForAll Agreement agreement,
      @ForAll Deadline deadline) {
    assertThat(estimate.low()).isNotNegative();
    assertThat(figure.claims()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    assertThat(when.start()).isBeforeOrEqualTo(when.end());
    assertThat(agreement.parties()).hasSizeBetween(2, 3);
    assertThat(agreement.obligations())
        .allSatisfy(o -> assertThat(agreement.parties()).contains(o.obligor()));
    assertThat(deadline.lapsesAt()).isNotNull();
    assertThat(claim.channel()).isNotEqualTo(java.util.Optional.of(claim.source().actor()));
  }

  @Provide
  Arbitrary<Estimate> small() {
    return CustodyArbitraries.estimates().maxCount(50);
  }

  @Property(tries = 300)
  void max_count_bounds_every_bounded_end(@ForAll("small") Estimate estimate) {
    assertThat(estimate.low()).isLessThanOrEqualTo(50);
    assertThat(estimate.best()).isLessThanOrEqualTo(50);
    if (estimate.hasUpperBound()) {
      assertThat(estimate.high()).isLessThanOrEqualTo(50);
    }
  }

  @Provide
  Arbitrary<Estimate> boundedOnly() {
    return CustodyArbitraries.estimates().openEnded(0);
  }

  @Property(tries = 300)
  void open_ended_zero_gives_only_bounded_estimates(@ForAll("boundedOnly") Estimate estimate) {
    assertThat(estimate.hasUpperBound()).isTrue();
  }

  @Provide
  Arbitrary<Estimate> openOnly() {
    return CustodyArbitraries.estimates().openEnded(100);
  }

  @Property(tries = 300)
  void open_ended_hundred_gives_only_open_ended_estimates(@ForAll("openOnly") Estimate estimate) {
    assertThat(estimate.hasUpperBound()).isFalse();
  }

  @Provide
  Arbitrary<Estimate> exactOrBetween() {
    return CustodyArbitraries.estimates().qualifiers(Qualifier.EXACTLY, Qualifier.BETWEEN);
  }

  @Property(tries = 300)
  void qualifiers_choose_the_precision_mix(@ForAll("exactOrBetween") Estimate estimate) {
    // a "between" whose ends meet is exact
    assertThat(estimate.qualifier()).isIn(Qualifier.EXACTLY, Qualifier.BETWEEN);
  }

  @Test
  void the_mix_covers_every_qualifier_by_default() {
    Set<Qualifier> seen = EnumSet.noneOf(Qualifier.class);
    CustodyArbitraries.estimates()
        .sampleStream()
        .limit(2_000)
        .forEach(e -> seen.add(e.qualifier()));

    assertThat(seen).containsExactlyInAnyOrder(Qualifier.values());
  }

  @Property(tries = 1000)
  void every_generated_estimate_reads_back_from_its_text(@ForAll Estimate estimate) {
    assertThat(Estimate.parse(estimate.toString()))
        .as("parse(\"%s\")", estimate)
        .isEqualTo(estimate);
  }

  @Test
  void the_mix_keeps_the_words_sources_use() {
    Set<String> words = new java.util.HashSet<>();
    CustodyArbitraries.estimates()
        .sampleStream()
        .limit(3_000)
        .forEach(e -> e.wording().ifPresent(w -> words.add(w.replaceAll("[0-9,]+", "N"))));
    assertThat(words)
        .contains("N", "roughly N", "around N", "some N", "as many as N", "nearly N", "almost N")
        .contains("dozens", "a few hundred", "thousands");
    // and a round count printed bare, read as rounded: "1,500 (1,450-1,549)"
    assertThat(
            CustodyArbitraries.estimates()
                .sampleStream()
                .limit(3_000)
                .anyMatch(
                    e ->
                        e.qualifier() == Qualifier.ABOUT
                            && e.wording().filter(w -> w.matches("[0-9,]+")).isPresent()))
        .isTrue();
  }

  @Test
  void the_mix_spells_counts_out_and_words_bounds_as_sources_do() {
    Set<String> words = new java.util.HashSet<>();
    CustodyArbitraries.estimates()
        .sampleStream()
        .limit(5_000)
        .forEach(e -> e.wording().ifPresent(w -> words.add(w.replaceAll("[0-9,]+", "N"))));
    assertThat(words)
        .contains("none", "three", "a dozen", "two dozen", "a thousand")
        .contains("at most N", "no more than N", "less than N", "no fewer than N", "N or more");
  }

  @Property(tries = 300)
  void estimates_containing_a_count_contain_it(
      @ForAll @LongRange(min = 0, max = 100_000) long count) {
    CustodyArbitraries.estimatesContaining(count)
        .sampleStream()
        .limit(20)
        .forEach(e -> assertThat(e.contains(count)).as("%s contains %s", e, count).isTrue());
  }

  @Provide
  Arbitrary<Figure> agreeing() {
    return CustodyArbitraries.agreeingFigures();
  }

  @Property(tries = 200)
  void agreeing_figures_agree(@ForAll("agreeing") Figure figure) {
    assertThat(figure.agrees()).isTrue();
    assertThat(figure.consensus()).isPresent();
  }

  @Test
  void knobs_reject_values_out_of_range() {
    assertThatThrownBy(() -> CustodyArbitraries.estimates().maxCount(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EstimateArbitrary maxCount (0) must be at least 1");
    assertThatThrownBy(() -> CustodyArbitraries.estimates().openEnded(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("EstimateArbitrary openEnded percent (101) must be between 0 and 100");
    assertThatThrownBy(() -> CustodyArbitraries.ledgers().ofMaxSteps(5).ofMinSteps(6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LedgerArbitrary minSteps (6) must be between 0 and maxSteps (5)");
    assertThatThrownBy(() -> CustodyArbitraries.ledgers().withExtraFacilities(2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LedgerArbitrary extra facilities (2 to 1) must be a range within 0 to 8");
    assertThatThrownBy(() -> CustodyArbitraries.estimatesContaining(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CustodyArbitraries count (-1) must not be negative");
  }

  @Test
  void qualifiers_that_leave_nothing_to_generate_are_named() {
    assertThatThrownBy(
            () ->
                CustodyArbitraries.estimates()
                    .qualifiers(Qualifier.MORE_THAN)
                    .openEnded(0)
                    .sample())
        .hasMessageContaining("EstimateArbitrary qualifiers [MORE_THAN] leave nothing to generate");
  }

  @Provide
  Arbitrary<GeneratedLedger> longLedgers() {
    return CustodyArbitraries.ledgers().ofMinSteps(30).ofMaxSteps(40).withExtraFacilities(3, 3);
  }

  @Property(tries = 30)
  void ledger_knobs_set_the_size(@ForAll("longLedgers") GeneratedLedger generated) {
    assertThat(generated.world().facilities()).hasSize(5);
    assertThat(generated.events().size()).isGreaterThanOrEqualTo(30);
    assertThat(generated.ledger().verdict().violations()).isEmpty();
  }
}
