package dev.custody.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.agreement.DeadlineStatus.State;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.ObligationId;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AgreementTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId SYRIA = ActorId.of("syria-gov");
  private static final ActorId USA = ActorId.of("usa");
  private static final ActorId IRAQ = ActorId.of("iraq-gov");
  private static final AgreementId CEASEFIRE_ID = AgreementId.of("ceasefire-2026-01-20");
  private static final ObligationId DECIDE = ObligationId.of("decide-integration");
  private static final ObligationId HAND_OVER = ObligationId.of("hand-over-al-hol");
  private static final When CONCLUDED = When.on(LocalDate.of(2026, 1, 20), DAMASCUS);
  private static final String TITLE = "Ceasefire between the SDF and the Syrian government";

  private static final Obligation DECIDE_INTEGRATION =
      Obligation.of(
          DECIDE,
          SDF,
          "decide how to integrate its military and civilian institutions into the Damascus"
              + " administration",
          Deadline.daysAfter(CONCLUDED, 4, DAMASCUS));

  /** The ceasefire of the reference case, with its four-day integration deadline. */
  private static final Agreement CEASEFIRE =
      Agreement.builder()
          .id(CEASEFIRE_ID)
          .kind(AgreementKind.CEASEFIRE)
          .title(TITLE)
          .addParties(SDF, SYRIA)
          .concluded(CONCLUDED)
          .addObligations(DECIDE_INTEGRATION)
          .build();

  private static Agreement.Builder ceasefire() {
    return Agreement.builder()
        .id(CEASEFIRE_ID)
        .kind(AgreementKind.CEASEFIRE)
        .title(TITLE)
        .concluded(CONCLUDED);
  }

  private static Instant damascus(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), DAMASCUS).toInstant();
  }

  @Nested
  class ReferenceCase {

    @Test
    void theIntegrationDeadlineIsFourDaysAfterTheCeasefire() {
      Deadline deadline = CEASEFIRE.obligation(DECIDE).orElseThrow().deadline().orElseThrow();

      assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 1, 24));
      assertThat(deadline.lapsesAt()).isEqualTo(Instant.parse("2026-01-24T21:00:00Z"));
    }

    @Test
    void pendingOnThe22ndWithTwoAndAHalfDaysLeft() {
      Instant noon22 = OffsetDateTime.parse("2026-01-22T12:00+03:00").toInstant();
      DeadlineStatus status = CEASEFIRE.statusAt(noon22).get(DECIDE);

      assertThat(status.state()).isEqualTo(State.PENDING);
      assertThat(status.timeLeft()).isEqualTo(Duration.ofDays(2).plusHours(12));
      assertThat(status)
          .hasToString("pending, 2 days 12 hours left (end of 2026-01-24 (Asia/Damascus))");
      assertThat(CEASEFIRE.openObligationsAt(noon22)).containsExactly(DECIDE_INTEGRATION);
    }

    @Test
    void stillPendingAtTheLastMomentOfThe24th() {
      Instant last = Instant.parse("2026-01-24T21:00:00Z").minusNanos(1);

      assertThat(CEASEFIRE.statusAt(last).get(DECIDE).state()).isEqualTo(State.PENDING);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "2026-01-25T00:00",
          "2026-01-25T00:00:00.000000001",
          "2026-01-25T12:00",
          "2026-01-25T23:59:59.999999999"
        })
    void lapsedAnyTimeOnThe25th(String localDateTime) {
      DeadlineStatus status = CEASEFIRE.statusAt(damascus(localDateTime)).get(DECIDE);

      assertThat(status.state()).isEqualTo(State.LAPSED);
      assertThat(status.isOpen()).isTrue();
    }

    @Test
    void lapsedAtMidnightOfThe25thInDamascus() {
      Instant midnight = OffsetDateTime.parse("2026-01-25T00:00+03:00").toInstant();
      DeadlineStatus status = CEASEFIRE.statusAt(midnight).get(DECIDE);

      assertThat(status.state()).isEqualTo(State.LAPSED);
      assertThat(status.overdue()).isZero();
      assertThat(CEASEFIRE.openObligationsAt(midnight)).containsExactly(DECIDE_INTEGRATION);
    }

    @Test
    void metOnThe23rdIsMetOnThe25th() {
      Agreement met =
          CEASEFIRE.withObligation(
              DECIDE_INTEGRATION.withMet(When.on(LocalDate.of(2026, 1, 23), DAMASCUS)));
      DeadlineStatus status = met.statusAt(damascus("2026-01-25T12:00")).get(DECIDE);

      assertThat(status.state()).isEqualTo(State.MET);
      assertThat(status.isLate()).isFalse();
      assertThat(met.openObligationsAt(damascus("2026-01-25T12:00"))).isEmpty();
    }

    @Test
    void text() {
      assertThat(CEASEFIRE)
          .hasToString(
              "ceasefire-2026-01-20 (ceasefire): Ceasefire between the SDF and the Syrian"
                  + " government, between sdf and syria-gov, concluded 2026-01-20 (Asia/Damascus),"
                  + " 1 obligation");
    }
  }

  @Nested
  class Builder {

    @Test
    void setsEveryAttribute() {
      assertThat(CEASEFIRE.id()).isEqualTo(CEASEFIRE_ID);
      assertThat(CEASEFIRE.kind()).isEqualTo(AgreementKind.CEASEFIRE);
      assertThat(CEASEFIRE.title()).isEqualTo(TITLE);
      assertThat(CEASEFIRE.parties()).containsExactly(SDF, SYRIA);
      assertThat(CEASEFIRE.concluded()).isEqualTo(CONCLUDED);
      assertThat(CEASEFIRE.obligations()).containsExactly(DECIDE_INTEGRATION);
    }

    @Test
    void obligationsAreOptional() {
      Agreement transfer =
          Agreement.builder()
              .id(AgreementId.of("transfer-to-iraq"))
              .kind(AgreementKind.TRANSFER_ARRANGEMENT)
              .title("Transfer of detainees to Iraq")
              .addParties(USA, IRAQ)
              .concluded(When.on(LocalDate.of(2026, 1, 21), DAMASCUS))
              .build();

      assertThat(transfer.obligations()).isEmpty();
      assertThat(transfer.statusAt(Instant.EPOCH)).isEmpty();
      assertThat(transfer.openObligationsAt(Instant.EPOCH)).isEmpty();
    }

    @Test
    void keepsThePartiesInTheOrderGiven() {
      Agreement agreement = ceasefire().addParties(SYRIA, SDF).build();

      assertThat(agreement.parties()).containsExactly(SYRIA, SDF);
      assertThat(agreement.toString()).contains("between syria-gov and sdf,");
    }

    @Test
    void rejectsMissingPartiesAndAMissingId() {
      assertThatThrownBy(() -> ceasefire().build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Agreement.parties ([]) must name at least two distinct actors, for"
                  + " ceasefire-2026-01-20");
      assertThatThrownBy(
              () ->
                  Agreement.builder()
                      .kind(AgreementKind.CEASEFIRE)
                      .title(TITLE)
                      .addParties(SDF, SYRIA)
                      .concluded(CONCLUDED)
                      .build())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Cannot build Agreement, some of required attributes are not set [id]");
    }

    @Test
    void isStrict() {
      assertThatThrownBy(() -> ceasefire().title("Another title"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("title");
    }
  }

  @Nested
  class Invariants {

    @Test
    void needsAtLeastTwoParties() {
      assertThatThrownBy(() -> ceasefire().addParties(SDF).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Agreement.parties ([sdf]) must name at least two distinct actors, for"
                  + " ceasefire-2026-01-20");
    }

    @Test
    void needsTwoDistinctParties() {
      assertThatThrownBy(() -> ceasefire().addParties(SDF, SDF).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Agreement.parties ([sdf]) must name at least two distinct actors, for"
                  + " ceasefire-2026-01-20");
    }

    @Test
    void acceptsMoreThanTwoParties() {
      assertThat(ceasefire().addParties(SDF, SYRIA, USA).build().parties()).hasSize(3);
    }

    @Test
    void rejectsABlankTitle() {
      assertThatThrownBy(
              () ->
                  Agreement.builder()
                      .id(CEASEFIRE_ID)
                      .kind(AgreementKind.CEASEFIRE)
                      .title("")
                      .addParties(SDF, SYRIA)
                      .concluded(CONCLUDED)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Agreement.title (\"\") must not be blank");
    }

    @Test
    void rejectsADuplicateObligationId() {
      Obligation sameId = Obligation.of(DECIDE, SYRIA, "something else");

      assertThatThrownBy(
              () ->
                  ceasefire()
                      .addParties(SDF, SYRIA)
                      .addObligations(DECIDE_INTEGRATION, sameId)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Agreement.obligations id (decide-integration) must be unique within"
                  + " ceasefire-2026-01-20");
    }

    @Test
    void acceptsAnObligorWhoIsNotAPartyAsAThirdParty() {
      Obligation ofUsa = Obligation.of(HAND_OVER, USA, "hand over al-Hol");

      Agreement agreement =
          ceasefire().addParties(SDF, SYRIA).addObligations(DECIDE_INTEGRATION, ofUsa).build();

      assertThat(agreement.obligations()).containsExactly(DECIDE_INTEGRATION, ofUsa);
      assertThat(agreement.isParty(SDF)).isTrue();
      assertThat(agreement.isParty(USA)).isFalse();
      assertThat(agreement.thirdParties()).containsExactly(USA);
      assertThat(CEASEFIRE.thirdParties()).isEmpty();
    }

    @Test
    void rejectsADeadlineBeforeItsAgreement() {
      Obligation early =
          Obligation.of(DECIDE, SDF, "decide", Deadline.on(LocalDate.of(2026, 1, 19), DAMASCUS));

      assertThatThrownBy(() -> ceasefire().addParties(SDF, SYRIA).addObligations(early).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Agreement.obligations deadline (end of 2026-01-19 (Asia/Damascus)) of"
                  + " decide-integration must lapse after the agreement was concluded"
                  + " (2026-01-20 (Asia/Damascus)), for ceasefire-2026-01-20");
    }

    @Test
    void acceptsADeadlineOnTheDayOfTheAgreement() {
      Obligation sameDay =
          Obligation.of(DECIDE, SDF, "decide", Deadline.on(LocalDate.of(2026, 1, 20), DAMASCUS));

      assertThat(ceasefire().addParties(SDF, SYRIA).addObligations(sameDay).build().obligations())
          .containsExactly(sameDay);
    }

    @Test
    void anInstantDeadlineMustLapseAfterTheConclusionBegins() {
      Instant start = CONCLUDED.start();
      Obligation atStart = Obligation.of(DECIDE, SDF, "decide", Deadline.at(start, DAMASCUS));
      Obligation justAfter =
          Obligation.of(DECIDE, SDF, "decide", Deadline.at(start.plusNanos(1), DAMASCUS));

      assertThatThrownBy(() -> ceasefire().addParties(SDF, SYRIA).addObligations(atStart).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must lapse after the agreement was concluded");
      assertThat(ceasefire().addParties(SDF, SYRIA).addObligations(justAfter).build().obligations())
          .containsExactly(justAfter);
    }

    @Test
    void rejectsAnObligationMetBeforeItsAgreementAsRuleCus007RejectsTheEvent() {
      Obligation metEarly =
          DECIDE_INTEGRATION.withMet(When.on(LocalDate.of(2026, 1, 18), DAMASCUS));

      assertThatThrownBy(() -> ceasefire().addParties(SDF, SYRIA).addObligations(metEarly).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Agreement.obligations met (2026-01-18 (Asia/Damascus)) of decide-integration must"
                  + " not be certainly before the agreement was concluded (2026-01-20"
                  + " (Asia/Damascus)), for ceasefire-2026-01-20");
      assertThatThrownBy(() -> CEASEFIRE.withObligation(metEarly))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Agreement.obligations met (2026-01-18 (Asia/Damascus))");
    }

    @Test
    void rejectsAnObligationWaivedOrAnExtensionDecidedBeforeItsAgreement() {
      When early = When.at(CONCLUDED.start().minusSeconds(1), DAMASCUS);
      Obligation waivedEarly = DECIDE_INTEGRATION.withWaived(early);
      Obligation extendedEarly =
          DECIDE_INTEGRATION.withExtension(Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS), early);

      assertThatThrownBy(() -> CEASEFIRE.withObligation(waivedEarly))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "Agreement.obligations waived (2026-01-19T23:59:59+03:00[Asia/Damascus])"
                  + " of decide-integration must not be certainly before");
      assertThatThrownBy(() -> CEASEFIRE.withObligation(extendedEarly))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "Agreement.obligations extension decided (2026-01-19T23:59:59+03:00[Asia/Damascus])"
                  + " of decide-integration must not be certainly before");
    }

    @Test
    void acceptsAHistoryThatOverlapsTheConclusion() {
      // met "on the 20th", the day the ceasefire was concluded: not certainly before it
      Obligation metSameDay = DECIDE_INTEGRATION.withMet(CONCLUDED);
      When weekOfTheCeasefire = When.weekBefore(LocalDate.of(2026, 1, 21), DAMASCUS);
      Obligation extendedThatWeek =
          DECIDE_INTEGRATION.withExtension(
              Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS), weekOfTheCeasefire);

      assertThat(CEASEFIRE.withObligation(metSameDay).obligations()).containsExactly(metSameDay);
      assertThat(CEASEFIRE.withObligation(extendedThatWeek).obligations())
          .containsExactly(extendedThatWeek);
    }

    @Test
    void withObligationChecksTheInvariantsToo() {
      Obligation early =
          Obligation.of(
              HAND_OVER, USA, "hand over al-Hol", Deadline.on(LocalDate.of(2026, 1, 19), DAMASCUS));

      assertThatThrownBy(() -> CEASEFIRE.withObligation(early))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "Agreement.obligations deadline (end of 2026-01-19 (Asia/Damascus)) of"
                  + " hand-over-al-hol");
    }

    @Test
    void rejectsARevisionBroughtForwardToBeforeItsAgreement() {
      Obligation broughtForward =
          DECIDE_INTEGRATION.withRevision(
              Deadline.on(LocalDate.of(2026, 1, 19), DAMASCUS), CONCLUDED);

      assertThatThrownBy(() -> CEASEFIRE.withObligation(broughtForward))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Agreement.obligations deadline (end of 2026-01-19 (Asia/Damascus)) of"
                  + " decide-integration must lapse after the agreement was concluded"
                  + " (2026-01-20 (Asia/Damascus)), for ceasefire-2026-01-20");
    }

    @Test
    void rejectsATermEndingBeforeItsAgreementAndABreachBeforeIt() {
      Obligation pause =
          Obligation.builder()
              .id(HAND_OVER)
              .obligor(SDF)
              .description("pause operations")
              .term(Term.of(When.on(LocalDate.of(2026, 1, 10), DAMASCUS), Duration.ofDays(2)))
              .build();
      Obligation breachedEarly =
          DECIDE_INTEGRATION.withBreach(Breach.on(When.on(LocalDate.of(2026, 1, 19), DAMASCUS)));

      assertThatThrownBy(() -> CEASEFIRE.withObligation(pause))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Agreement.obligations deadline (end of 2026-01-12 (Asia/Damascus)) of"
                  + " hand-over-al-hol must lapse after the agreement was concluded"
                  + " (2026-01-20 (Asia/Damascus)), for ceasefire-2026-01-20");
      assertThatThrownBy(() -> CEASEFIRE.withObligation(breachedEarly))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Agreement.obligations breached (2026-01-19 (Asia/Damascus)) of decide-integration"
                  + " must not be certainly before the agreement was concluded (2026-01-20"
                  + " (Asia/Damascus)), for ceasefire-2026-01-20");
    }
  }

  @Nested
  class Obligations {
    private final Obligation handOver =
        Obligation.of(
            HAND_OVER, SDF, "hand over al-Hol", Deadline.on(LocalDate.of(2026, 1, 21), DAMASCUS));

    @Test
    void obligationFindsById() {
      assertThat(CEASEFIRE.obligation(DECIDE)).contains(DECIDE_INTEGRATION);
      assertThat(CEASEFIRE.obligation(HAND_OVER)).isEmpty();
    }

    @Test
    void withObligationAddsANewIdAfterTheOthers() {
      Agreement more = CEASEFIRE.withObligation(handOver);

      assertThat(more.obligations()).containsExactly(DECIDE_INTEGRATION, handOver);
      assertThat(more.obligation(HAND_OVER)).contains(handOver);
      assertThat(CEASEFIRE.obligations()).containsExactly(DECIDE_INTEGRATION);
      assertThat(more).hasToString(CEASEFIRE.toString().replace("1 obligation", "2 obligations"));
    }

    @Test
    void withObligationReplacesTheSameIdInPlace() {
      Agreement two = CEASEFIRE.withObligation(handOver);
      Obligation met = DECIDE_INTEGRATION.withMet(When.on(LocalDate.of(2026, 1, 23), DAMASCUS));

      Agreement replaced = two.withObligation(met);

      assertThat(replaced.obligations()).containsExactly(met, handOver);
      assertThat(replaced.obligation(DECIDE)).contains(met);
      assertThat(replaced.id()).isEqualTo(two.id());
      assertThat(replaced.parties()).isEqualTo(two.parties());
    }

    @Test
    void statusAtMapsEveryObligationInOrder() {
      Agreement two = CEASEFIRE.withObligation(handOver);
      Instant noon22 = damascus("2026-01-22T12:00");

      assertThat(two.statusAt(noon22).keySet()).containsExactly(DECIDE, HAND_OVER);
      assertThat(two.statusAt(noon22).get(DECIDE)).isEqualTo(DECIDE_INTEGRATION.statusAt(noon22));
      assertThat(two.statusAt(noon22).get(HAND_OVER).state()).isEqualTo(State.LAPSED);
      assertThat(two.statusAt(noon22).get(HAND_OVER).asOf()).isEqualTo(noon22);
    }

    @Test
    void openObligationsAreThoseStillOwed() {
      Obligation waived = handOver.withWaived(When.on(LocalDate.of(2026, 1, 21), DAMASCUS));
      Agreement agreement = CEASEFIRE.withObligation(waived);

      assertThat(agreement.openObligationsAt(damascus("2026-01-21T12:00")))
          .containsExactly(DECIDE_INTEGRATION, waived);
      assertThat(agreement.openObligationsAt(damascus("2026-01-22T12:00")))
          .containsExactly(DECIDE_INTEGRATION);
      Agreement allSettled =
          agreement.withObligation(
              DECIDE_INTEGRATION.withMet(When.on(LocalDate.of(2026, 1, 23), DAMASCUS)));
      assertThat(allSettled.openObligationsAt(damascus("2026-01-26T00:00"))).isEmpty();
    }

    @Test
    void extendedObligationsAreOpen() {
      Obligation extended =
          DECIDE_INTEGRATION.withExtension(
              Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS),
              When.on(LocalDate.of(2026, 1, 24), DAMASCUS));
      Agreement agreement = CEASEFIRE.withObligation(extended);
      Instant jan26 = damascus("2026-01-26T00:00");

      assertThat(agreement.statusAt(jan26).get(DECIDE).state()).isEqualTo(State.EXTENDED);
      assertThat(agreement.openObligationsAt(jan26)).containsExactly(extended);
    }
  }

  @Nested
  class Texts {

    @Test
    void kindsAreWrittenInWords() {
      Agreement transfer =
          Agreement.builder()
              .id(AgreementId.of("transfer-to-iraq"))
              .kind(AgreementKind.TRANSFER_ARRANGEMENT)
              .title("Transfer of detainees to Iraq")
              .addParties(USA, IRAQ)
              .concluded(When.on(LocalDate.of(2026, 1, 21), DAMASCUS))
              .build();

      assertThat(transfer)
          .hasToString(
              "transfer-to-iraq (transfer arrangement): Transfer of detainees to Iraq, between usa"
                  + " and iraq-gov, concluded 2026-01-21 (Asia/Damascus), 0 obligations");
    }

    @Test
    void threePartiesAreJoinedWithAnd() {
      assertThat(ceasefire().addParties(SDF, SYRIA, USA).build().toString())
          .contains(", between sdf and syria-gov and usa, ");
    }
  }
}
