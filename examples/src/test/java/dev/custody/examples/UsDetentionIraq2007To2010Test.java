package dev.custody.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.ControlTimeline;
import dev.custody.aggregate.Dimension;
import dev.custody.aggregate.LeftCustody;
import dev.custody.aggregate.Totals;
import dev.custody.event.AccountKind;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code examples/scenarios/us-detention-iraq-2007-2010.json}: the figures its report must show,
 * each as the sources give it (the notes of its claims name them).
 */
class UsDetentionIraq2007To2010Test {
  private static final ScenarioFile FILE = ScenarioFile.named("us-detention-iraq-2007-2010.json");
  private static final Instant END = Instant.parse("2010-07-15T21:00:00Z");

  @Test
  void the_json_report_gives_camp_croppers_capacity_as_its_source_reported_it() {
    JsonNode cropper = null;
    for (JsonNode facility : FILE.jsonReport().get("facilities")) {
      if (facility.get("id").asString().equals("camp-cropper")) {
        cropper = facility;
      }
    }

    assertThat(cropper).isNotNull();
    // no bare number, but a figure: "up to 4,000", never a null capacity
    assertThat(cropper.get("capacity").isNull()).isTrue();
    assertThat(cropper.get("reportedCapacity").get("text").asString()).isEqualTo("up to 4,000");
    assertThat(cropper.get("reportedCapacity").get("high").asLong()).isEqualTo(4_000);
    // and the text report's table of facilities gives it in its words
    assertThat(FILE.report())
        .anySatisfy(
            l -> assertThat(l).matches("camp-cropper +Camp Cropper +prison +.* up to 4,000 .*"));
  }

  @Test
  void the_total_held_is_the_same_by_custodian_by_country_and_by_cohort() {
    Ledger ledger = FILE.ledger();
    Instant end = Instant.parse("2010-07-16T21:00:00Z");
    var byCustodian = Totals.of(ledger, Dimension.CUSTODIAN, end);
    var byCountry = Totals.of(ledger, Dimension.COUNTRY, end);
    var byCohort = Totals.of(ledger, Dimension.COHORT, end);

    // tf-134's accounts were counted whole (about 8,300 after Bucca closed, carried forward): that
    // census stands for them in every dimension, not a narrower, later count of Camp Cropper
    assertThat(byCountry.total().isEqual(byCustodian.total())).isTrue();
    assertThat(byCohort.total().isEqual(byCustodian.total())).isTrue();
    assertThat(byCountry.groups().get(0).partsCountedWhole())
        .containsExactly(dev.custody.model.EventId.of("count-after-bucca"));
  }

  @Test
  void check_passes_warning_only_that_the_sources_disagree_on_what_cropper_held() {
    String check = FILE.check();

    assertThat(check).contains("24 events, no errors, 1 warning");
    assertThat(check)
        .contains(
            "CUS-001 warning in cropper-handed-over (size): moving 1,600 out of [held by"
                + " tf-134 at camp-cropper");
  }

  @Test
  void taji_is_handed_over_with_all_of_its_inmates() {
    List<String> report = FILE.report();

    // the prison and its inmates passed to Iraq: whatever the U.S. held there, it holds none after;
    // what it handed over is what it held, narrowed by the words of those who said how many
    // ("nearly 3,000", "about 3,000"): from 2,850, where the balance alone allowed 2,755
    assertThat(report)
        .anySatisfy(
            l -> assertThat(l).matches("held by tf-134 at camp-taji +detainees.* exactly 0"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        "held by iraq-gov at camp-taji +detainees.* at least 2,850 \\(best 2,999\\)"));
  }

  @Test
  void the_sources_on_cropper_in_july_2010_conflict_and_are_named() {
    List<String> report = FILE.report();

    assertThat(report)
        .contains("count-cropper-july-2010 (census-taken) count: 3 claims, 2 conflicts");
    assertThat(String.join(" ", report).replaceAll(" +", " "))
        .contains("(no consensus: some claims conflict)");
  }

  @Test
  void cropper_is_handed_over_with_its_control_and_the_united_states_keeps_200_inside_it() {
    List<String> report = FILE.report();

    assertThat(report)
        .anySatisfy(l -> assertThat(l).matches("held by tf-134 at camp-cropper +detainees.* +200"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches("held by iraq-moj at camp-cropper +detainees.* at least 1,600"))
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(
                        " +cropper-handed-over +2010-07-15 +tf-134 +iraq-moj +detainees +1,600 +yes"));
  }

  @Test
  void control_of_taji_and_cropper_passes_to_iraq_in_2010() {
    Ledger ledger = FILE.ledger();
    ControlTimeline cropper = ControlTimeline.of(ledger, FacilityId.of("camp-cropper"));
    ControlTimeline taji = ControlTimeline.of(ledger, FacilityId.of("camp-taji"));

    assertThat(cropper.controllerAt(Instant.parse("2010-07-13T00:00:00Z")))
        .contains(ActorId.of("tf-134"));
    assertThat(cropper.controllerAt(END)).contains(ActorId.of("iraq-moj"));
    assertThat(taji.controllerAt(Instant.parse("2010-03-13T00:00:00Z")))
        .contains(ActorId.of("tf-134"));
    assertThat(taji.controllerAt(END)).contains(ActorId.of("iraq-gov"));
    assertThat(cropper.periods()).hasSize(2);
  }

  @Test
  void releases_are_over_24203_their_destination_not_reported() {
    LeftCustody left = LeftCustody.of(FILE.ledger(), END);

    assertThat(left.total(AccountKind.RELEASED))
        .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("over 24,203"));
    assertThat(left.byDestination(AccountKind.RELEASED)).isEmpty();
    assertThat(left.destinationNotReported(AccountKind.RELEASED))
        .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("over 24,203"));
  }

  @Test
  void obligations_with_and_without_dates() {
    List<String> report = FILE.report();

    assertThat(report)
        .anySatisfy(
            l ->
                assertThat(l)
                    .matches(" +release-remaining-detainees +usa +pending +none +no deadline"))
        .anySatisfy(l -> assertThat(l).matches(" +withdraw-from-cities +usa +met .*met 2009-06-29"))
        .anySatisfy(
            l -> assertThat(l).matches(" +withdraw-all-forces +usa +pending .*533 days left"));
  }

  @Test
  void
      bucca_is_emptied_when_its_last_group_leaves_and_the_count_of_december_2008_keeps_its_words() {
    List<String> afterBucca = FILE.report("--at", "2009-09-18");

    assertThat(afterBucca)
        .anySatisfy(
            l -> assertThat(l).matches("held by tf-134 at camp-bucca +detainees.* +exactly 0"))
        .anySatisfy(l -> assertThat(l).matches("held by tf-134 in IQ +detainees.* +unknown"));
    assertThat(String.join(" ", FILE.report("--at", "2008-12-31")).replaceAll(" +", " "))
        .contains(
            "census count-december-2008 of 2008-12 (Asia/Baghdad): some 15,800 (15,010-16,590)"
                + " counted");
  }

  @Test
  void taji_is_handed_over_with_nearly_3000_inmates_as_reuters_words_it() {
    assertThat(FILE.report())
        .contains("taji-handed-over (custody-handed-over) size: 2 claims, no conflict")
        .anySatisfy(l -> assertThat(l).matches("  reuters +nearly 3,000 +2010-03-15 .*"))
        .anySatisfy(l -> assertThat(l).matches(" +\\(2,850-2,999\\) +\\(Asia/Baghdad\\) .*"))
        .anySatisfy(l -> assertThat(l).matches("  consensus +nearly 3,000 \\(2,850-2,999\\)"));
  }

  @Test
  void the_peak_of_november_2007_is_26121_by_task_force_134s_figures() {
    assertThat(FILE.report())
        .contains("peak-november-2007 (census-taken) count: 2 claims, no conflict")
        .anySatisfy(l -> assertThat(l).matches(" +consensus +26,121"));
  }
}
