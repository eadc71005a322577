package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.ObligationBreached;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.EventId;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deadlines of the report for obligations of the second model: a truce of 2026-01-20 whose
 * pause of 120 hours runs to the end of 2026-01-25 in Damascus; a second pause of 120 hours,
 * breached on the 22nd; a deadline brought forward from the 30th to the 23rd; and an obligation of
 * the United States, which is not a party.
 */
class ObligationsReportTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId SYRIA = ActorId.of("syria-gov");
  private static final ActorId USA = ActorId.of("usa");
  private static final AgreementId TRUCE = AgreementId.of("truce");
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private static When day(int day) {
    return When.on(LocalDate.of(2026, 1, day), DAMASCUS);
  }

  private static Instant noon(int day) {
    return ZonedDateTime.of(2026, 1, day, 12, 0, 0, 0, DAMASCUS).toInstant();
  }

  private static Obligation pause(String id, ActorId obligor) {
    return Obligation.builder()
        .id(ObligationId.of(id))
        .obligor(obligor)
        .description("pause operations")
        .term(Term.of(day(20), Duration.ofHours(120)))
        .build();
  }

  private static Ledger ledger() {
    World world =
        World.of(
            List.of(
                Actor.of(SDF, "SDF", ActorKind.NON_STATE_ARMED_GROUP),
                Actor.of(SYRIA, "Government of Syria", ActorKind.STATE),
                Actor.of(USA, "United States", ActorKind.STATE)),
            List.of());
    Agreement truce =
        Agreement.builder()
            .id(TRUCE)
            .kind(AgreementKind.CEASEFIRE)
            .title("Truce")
            .addParties(SDF, SYRIA)
            .concluded(day(20))
            .addObligations(
                pause("sdf-pause", SDF),
                pause("government-pause", SYRIA),
                Obligation.of(
                    ObligationId.of("withdraw"),
                    SYRIA,
                    "withdraw from the road",
                    Deadline.on(LocalDate.of(2026, 1, 30), DAMASCUS)),
                Obligation.of(ObligationId.of("monitor"), USA, "monitor the pause"))
            .build();
    AppendResult result =
        Ledger.of(world)
            .appendAll(
                List.of(
                    AgreementConcluded.of(EventId.of("truce-agreed"), truce),
                    ObligationBreached.builder()
                        .id(EventId.of("shelling"))
                        .when(day(22))
                        .agreement(TRUCE)
                        .obligation(ObligationId.of("government-pause"))
                        .description("shelling of the town")
                        .addSources(Source.of(SDF))
                        .build(),
                    DeadlineExtended.of(
                        EventId.of("sooner"),
                        day(21),
                        TRUCE,
                        ObligationId.of("withdraw"),
                        Deadline.on(LocalDate.of(2026, 1, 23), DAMASCUS))));
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  private static String render(int day, ReportFormat format) {
    return Report.of(ledger(), noon(day), Optional.empty()).render(format);
  }

  private static JsonNode obligation(int day, String id) {
    JsonNode obligations =
        JSON.readTree(render(day, ReportFormat.JSON)).get("deadlines").get("obligations");
    return StreamSupport.stream(obligations.spliterator(), false)
        .filter(o -> o.get("obligation").asString().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN"})
  void a_pause_is_in_force_then_kept_and_never_overdue(ReportFormat format) {
    String during = render(22, format);
    String nineDaysLater = render(31, format);

    assertThat(during).contains("in force", "3 days 12 hours left", "until 2026-01-25 24:00");
    assertThat(nineDaysLater).contains("kept", "kept to the end");
    assertThat(nineDaysLater.lines().filter(l -> l.contains("sdf-pause")).toList())
        .allSatisfy(line -> assertThat(line).doesNotContain("lapsed", "overdue"));
  }

  @ParameterizedTest
  @EnumSource(
      value = ReportFormat.class,
      names = {"TEXT", "MARKDOWN"})
  void a_breach_a_deadline_brought_forward_and_a_third_party_are_shown(ReportFormat format) {
    // the breach "on the 22nd" has certainly happened from the end of that day
    String report = render(23, format);

    assertThat(report.lines().filter(l -> l.contains("government-pause")).findFirst())
        .hasValueSatisfying(line -> assertThat(line).contains("breached", "breached 2026-01-22"));
    assertThat(report.lines().filter(l -> l.contains("withdraw")).findFirst())
        .hasValueSatisfying(
            line ->
                assertThat(line).contains("brought forward", "2026-01-23 24:00", "12 hours left"));
    assertThat(report.lines().filter(l -> l.contains("monitor")).findFirst())
        .hasValueSatisfying(line -> assertThat(line).contains("usa (third party)"));
  }

  @Test
  void the_json_gives_the_states_the_term_and_the_third_party() {
    JsonNode pause = obligation(22, "sdf-pause");
    assertThat(pause.get("state").asString()).isEqualTo("in-force");
    assertThat(pause.get("open").asBoolean()).isTrue();
    assertThat(pause.get("timeLeft").get("seconds").asLong()).isEqualTo(84 * 3600);
    assertThat(pause.get("term").get("iso").asString()).isEqualTo("PT120H");
    assertThat(pause.get("term").get("length").asString()).isEqualTo("120 hours");
    assertThat(pause.get("thirdParty").asBoolean()).isFalse();

    JsonNode kept = obligation(31, "sdf-pause");
    assertThat(kept.get("state").asString()).isEqualTo("kept");
    assertThat(kept.get("open").asBoolean()).isFalse();
    assertThat(kept.get("overdue").isNull()).isTrue();
    assertThat(kept.get("timeLeft").isNull()).isTrue();

    JsonNode breached = obligation(23, "government-pause");
    assertThat(breached.get("state").asString()).isEqualTo("breached");
    assertThat(breached.get("settled").toString()).contains("2026-01-22");

    assertThat(obligation(22, "withdraw").get("state").asString()).isEqualTo("brought-forward");
    assertThat(obligation(22, "monitor").get("thirdParty").asBoolean()).isTrue();
    assertThat(obligation(22, "monitor").get("term").isNull()).isTrue();
  }
}
