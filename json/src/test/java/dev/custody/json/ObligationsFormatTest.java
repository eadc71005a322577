package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Breach;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.ObligationBreached;
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
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Obligations of the second model in the format: terms, breaches (recorded with their obligation or
 * as {@code obligation-breached} events, with their sources), revisions that bring a deadline
 * forward, and obligors that are not parties.
 */
class ObligationsFormatTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId SYRIA = ActorId.of("syria-gov");
  private static final ActorId USA = ActorId.of("usa");
  private static final AgreementId TRUCE = AgreementId.of("truce");
  private static final ObligationId PAUSE = ObligationId.of("pause");
  private static final ObligationId MONITOR = ObligationId.of("monitor");
  private static final ObligationId WITHDRAW = ObligationId.of("withdraw");
  private static final When JAN_20 = When.on(LocalDate.of(2026, 1, 20), DAMASCUS);
  private static final CustodyJson JSON = CustodyJson.standard();

  private static When day(int day) {
    return When.on(LocalDate.of(2026, 1, day), DAMASCUS);
  }

  private static World world() {
    return World.of(
        List.of(
            Actor.of(SDF, "SDF", ActorKind.NON_STATE_ARMED_GROUP),
            Actor.of(SYRIA, "Government of Syria", ActorKind.STATE),
            Actor.of(USA, "United States", ActorKind.STATE)),
        List.of());
  }

  private static Agreement truce() {
    return Agreement.builder()
        .id(TRUCE)
        .kind(AgreementKind.CEASEFIRE)
        .title("Truce")
        .addParties(SDF, SYRIA)
        .concluded(JAN_20)
        .addObligations(
            Obligation.builder()
                .id(PAUSE)
                .obligor(SDF)
                .description("pause operations")
                .term(Term.of(JAN_20, Duration.ofHours(120)))
                .build(),
            Obligation.builder()
                .id(MONITOR)
                .obligor(USA)
                .description("monitor the truce")
                .term(Term.of(day(21), Period.ofMonths(6)))
                .addBreaches(
                    Breach.builder()
                        .when(day(22))
                        .description("no monitors sent")
                        .addSources(Source.of(SDF, "an SDF spokesman"))
                        .build())
                .build(),
            Obligation.builder()
                .id(WITHDRAW)
                .obligor(SYRIA)
                .description("withdraw from the road")
                .deadline(Deadline.on(LocalDate.of(2026, 1, 30), DAMASCUS))
                .addExtensions(
                    dev.custody.agreement.DeadlineExtension.of(
                        Deadline.on(LocalDate.of(2026, 1, 25), DAMASCUS), day(21)))
                .build())
        .build();
  }

  private static CustodyDocument document() {
    return CustodyDocument.of(
        "Truce",
        world(),
        List.of(
            AgreementConcluded.of(EventId.of("truce-agreed"), truce()),
            ObligationBreached.builder()
                .id(EventId.of("shelling"))
                .when(day(22))
                .agreement(TRUCE)
                .obligation(PAUSE)
                .description("shelling of the town")
                .addSources(Source.of(SYRIA), Source.of(USA, "a U.S. official"))
                .build(),
            DeadlineExtended.of(
                EventId.of("sooner"),
                day(22),
                TRUCE,
                WITHDRAW,
                Deadline.on(LocalDate.of(2026, 1, 23), DAMASCUS))));
  }

  @Test
  void writesTermsBreachesAndSourcesAndReadsThemBack() {
    String written = JSON.write(document());

    assertThat(written)
        .contains(
            "\"term\": {\n              \"duration\": \"PT120H\"\n            }",
            "\"period\": \"P6M\"",
            "\"type\": \"obligation-breached\"",
            "\"actor\": \"usa\",\n          \"description\": \"a U.S. official\"",
            "\"breaches\": [")
        .doesNotContain("\"start\": {\n                \"day\": \"2026-01-20\"");
    assertThat(JSON.read(written, "truce.json")).isEqualTo(document());
    assertThat(Schemas.errors(written)).isEmpty();
  }

  @Test
  void theLedgerOfTheDocumentShowsEveryState() {
    Ledger ledger = Ledger.of(world()).appendAll(document().events()).ledger();
    java.time.Instant end = day(23).end();
    Agreement truce = ledger.situationAt(end).agreements().get(TRUCE);

    assertThat(truce.obligation(PAUSE).orElseThrow().statusAt(end).state())
        .isEqualTo(DeadlineStatus.State.BREACHED);
    assertThat(truce.obligation(MONITOR).orElseThrow().statusAt(end).state())
        .isEqualTo(DeadlineStatus.State.BREACHED);
    assertThat(truce.obligation(WITHDRAW).orElseThrow().statusAt(day(24).end()).state())
        .isEqualTo(DeadlineStatus.State.LAPSED);
    assertThat(truce.thirdParties()).containsExactly(USA);
  }

  @Test
  void aTermWithoutAStartRunsFromTheConclusion() {
    String text =
        JSON.write(document()).replace("\"duration\": \"PT120H\"", "\"duration\": \"P5D\"");

    Obligation pause =
        ((AgreementConcluded) JSON.read(text, "truce.json").events().get(0))
            .agreement()
            .obligation(PAUSE)
            .orElseThrow();

    assertThat(pause.term()).contains(Term.of(JAN_20, Duration.ofDays(5)));
  }

  @Test
  void aTermThatIsNotPositiveIsRefusedAtItsPath() {
    String text =
        JSON.write(document()).replace("\"duration\": \"PT120H\"", "\"duration\": \"PT0S\"");

    assertThatThrownBy(() -> JSON.read(text, "truce.json"))
        .isInstanceOfSatisfying(
            InvalidDocumentException.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(
                        p -> {
                          assertThat(p.path())
                              .isEqualTo("$.events[0].agreement.obligations[0].term.duration");
                          assertThat(p.message()).contains("Term.duration (PT0S) must be positive");
                        }));
  }
}
