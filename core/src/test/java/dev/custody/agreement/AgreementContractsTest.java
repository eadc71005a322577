package dev.custody.agreement;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.custody.agreement.DeadlineStatus.State;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.ObligationId;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Equality and null-handling contracts of the agreement types, checked with guava-testlib: values
 * are equal exactly when all their attributes are, and no public method or factory accepts {@code
 * null}.
 */
class AgreementContractsTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId SYRIA = ActorId.of("syria-gov");
  private static final ObligationId DECIDE = ObligationId.of("decide-integration");
  private static final When JAN_20 = When.on(LocalDate.of(2026, 1, 20), DAMASCUS);
  private static final When JAN_23 = When.on(LocalDate.of(2026, 1, 23), DAMASCUS);
  private static final When JAN_24 = When.on(LocalDate.of(2026, 1, 24), DAMASCUS);
  private static final Deadline BY_24 = Deadline.on(LocalDate.of(2026, 1, 24), DAMASCUS);
  private static final Deadline BY_28 = Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS);
  private static final Instant LAPSE = Instant.parse("2026-01-24T21:00:00Z");
  private static final Obligation DECIDE_BY_24 = Obligation.of(DECIDE, SDF, "decide", BY_24);
  private static final Agreement CEASEFIRE = ceasefire().build();

  private static Agreement.Builder ceasefire() {
    return Agreement.builder()
        .id(AgreementId.of("ceasefire-2026-01-20"))
        .kind(AgreementKind.CEASEFIRE)
        .title("Ceasefire")
        .addParties(SDF, SYRIA)
        .concluded(JAN_20)
        .addObligations(DECIDE_BY_24);
  }

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(ActorId.class, SDF)
        .setDefault(ObligationId.class, ObligationId.of("hand-over"))
        .setDefault(AgreementId.class, AgreementId.of("ceasefire-2026-01-20"))
        .setDefault(AgreementKind.class, AgreementKind.CEASEFIRE)
        .setDefault(When.class, JAN_23)
        .setDefault(Deadline.class, BY_28)
        .setDefault(DeadlineExtension.class, DeadlineExtension.of(BY_28, JAN_24))
        .setDefault(Obligation.class, DECIDE_BY_24)
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 24))
        .setDefault(ZoneId.class, DAMASCUS)
        .setDefault(Instant.class, LAPSE)
        .setDefault(ZonedDateTime.class, ZonedDateTime.of(2026, 1, 24, 12, 0, 0, 0, DAMASCUS))
        .setDefault(String.class, "a description");
  }

  @Test
  void deadlineEquality() {
    new EqualsTester()
        .addEqualityGroup(
            BY_24,
            Deadline.on(LocalDate.of(2026, 1, 24), DAMASCUS),
            Deadline.daysAfter(JAN_20, 4, DAMASCUS),
            Deadline.on(LocalDate.of(2026, 1, 20), DAMASCUS).plusDays(4))
        .addEqualityGroup(BY_28)
        .addEqualityGroup(Deadline.on(LocalDate.of(2026, 1, 24), ZoneId.of("Asia/Baghdad")))
        .addEqualityGroup(Deadline.on(LocalDate.of(2026, 1, 24), ZoneOffset.UTC))
        // lapses together with BY_24, but is an instant
        .addEqualityGroup(
            Deadline.at(LAPSE, DAMASCUS),
            Deadline.at(ZonedDateTime.of(2026, 1, 25, 0, 0, 0, 0, DAMASCUS)))
        .addEqualityGroup(Deadline.at(LAPSE, ZoneOffset.UTC))
        .testEquals();
  }

  @Test
  void extensionEquality() {
    new EqualsTester()
        .addEqualityGroup(DeadlineExtension.of(BY_28, JAN_24), DeadlineExtension.of(BY_28, JAN_24))
        .addEqualityGroup(DeadlineExtension.of(BY_28, JAN_23))
        .addEqualityGroup(DeadlineExtension.of(BY_24.plusDays(5), JAN_24))
        .testEquals();
  }

  @Test
  void obligationEquality() {
    new EqualsTester()
        .addEqualityGroup(
            DECIDE_BY_24,
            Obligation.of(DECIDE, SDF, "decide", BY_24),
            Obligation.builder()
                .id(DECIDE)
                .obligor(SDF)
                .description("decide")
                .deadline(BY_24)
                .build())
        .addEqualityGroup(Obligation.of(ObligationId.of("decide"), SDF, "decide", BY_24))
        .addEqualityGroup(Obligation.of(DECIDE, SYRIA, "decide", BY_24))
        .addEqualityGroup(Obligation.of(DECIDE, SDF, "decide now", BY_24))
        .addEqualityGroup(Obligation.of(DECIDE, SDF, "decide", BY_28))
        .addEqualityGroup(Obligation.of(DECIDE, SDF, "decide"))
        .addEqualityGroup(DECIDE_BY_24.withMet(JAN_23), DECIDE_BY_24.withMet(JAN_23))
        .addEqualityGroup(DECIDE_BY_24.withMet(JAN_24))
        .addEqualityGroup(DECIDE_BY_24.withWaived(JAN_23))
        .addEqualityGroup(
            DECIDE_BY_24.withExtension(BY_28, JAN_24), DECIDE_BY_24.withExtension(BY_28, JAN_24))
        .addEqualityGroup(DECIDE_BY_24.withExtension(BY_28, JAN_23))
        .testEquals();
  }

  @Test
  void agreementEquality() {
    new EqualsTester()
        .addEqualityGroup(
            CEASEFIRE,
            ceasefire().build(),
            CEASEFIRE.withObligation(DECIDE_BY_24),
            // a set of parties: the order they were given in does not matter
            Agreement.builder()
                .id(AgreementId.of("ceasefire-2026-01-20"))
                .kind(AgreementKind.CEASEFIRE)
                .title("Ceasefire")
                .addParties(SYRIA, SDF)
                .concluded(JAN_20)
                .addObligations(DECIDE_BY_24)
                .build())
        .addEqualityGroup(
            Agreement.builder()
                .id(AgreementId.of("ceasefire"))
                .kind(AgreementKind.CEASEFIRE)
                .title("Ceasefire")
                .addParties(SDF, SYRIA)
                .concluded(JAN_20)
                .addObligations(DECIDE_BY_24)
                .build())
        .addEqualityGroup(
            Agreement.builder()
                .id(AgreementId.of("ceasefire-2026-01-20"))
                .kind(AgreementKind.INTEGRATION)
                .title("Ceasefire")
                .addParties(SDF, SYRIA)
                .concluded(JAN_20)
                .addObligations(DECIDE_BY_24)
                .build())
        .addEqualityGroup(
            Agreement.builder()
                .id(AgreementId.of("ceasefire-2026-01-20"))
                .kind(AgreementKind.CEASEFIRE)
                .title("Truce")
                .addParties(SDF, SYRIA)
                .concluded(JAN_20)
                .addObligations(DECIDE_BY_24)
                .build())
        .addEqualityGroup(
            Agreement.builder()
                .id(AgreementId.of("ceasefire-2026-01-20"))
                .kind(AgreementKind.CEASEFIRE)
                .title("Ceasefire")
                .addParties(SDF, SYRIA, ActorId.of("usa"))
                .concluded(JAN_20)
                .addObligations(DECIDE_BY_24)
                .build())
        .addEqualityGroup(
            Agreement.builder()
                .id(AgreementId.of("ceasefire-2026-01-20"))
                .kind(AgreementKind.CEASEFIRE)
                .title("Ceasefire")
                .addParties(SDF, SYRIA)
                .concluded(When.on(LocalDate.of(2026, 1, 21), DAMASCUS))
                .addObligations(DECIDE_BY_24)
                .build())
        .addEqualityGroup(CEASEFIRE.withObligation(DECIDE_BY_24.withMet(JAN_23)))
        .addEqualityGroup(
            Agreement.builder()
                .id(AgreementId.of("ceasefire-2026-01-20"))
                .kind(AgreementKind.CEASEFIRE)
                .title("Ceasefire")
                .addParties(SDF, SYRIA)
                .concluded(JAN_20)
                .build())
        .testEquals();
  }

  @Test
  void statusEquality() {
    Instant noon22 = Instant.parse("2026-01-22T09:00:00Z");
    new EqualsTester()
        .addEqualityGroup(
            DECIDE_BY_24.statusAt(noon22),
            DECIDE_BY_24.statusAt(noon22),
            Obligation.of(ObligationId.of("other"), SYRIA, "other", BY_24).statusAt(noon22),
            DeadlineStatus.create(State.PENDING, noon22, Optional.of(BY_24), Optional.empty()))
        .addEqualityGroup(DECIDE_BY_24.statusAt(noon22.plusSeconds(1)))
        .addEqualityGroup(DECIDE_BY_24.statusAt(LAPSE))
        .addEqualityGroup(DECIDE_BY_24.withExtension(BY_28, JAN_24).statusAt(LAPSE))
        .addEqualityGroup(DECIDE_BY_24.withMet(JAN_23).statusAt(LAPSE))
        .addEqualityGroup(DECIDE_BY_24.withWaived(JAN_23).statusAt(LAPSE))
        .addEqualityGroup(Obligation.of(DECIDE, SDF, "decide").statusAt(noon22))
        .testEquals();
  }

  @Test
  void noStaticFactoryAcceptsNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        new Class<?>[] {
          Deadline.class,
          DeadlineExtension.class,
          Obligation.class,
          Agreement.class,
          DeadlineStatus.class,
          DeadlineStatus.State.class,
          AgreementKind.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void noInstanceMethodAcceptsNull() {
    NullPointerTester tester = tester();
    for (Object value :
        new Object[] {
          BY_24,
          Deadline.at(LAPSE, DAMASCUS),
          DeadlineExtension.of(BY_28, JAN_24),
          DECIDE_BY_24,
          // already met or waived: null must be rejected before "already met" is reported
          DECIDE_BY_24.withExtension(BY_28, JAN_24).withMet(JAN_23),
          DECIDE_BY_24.withWaived(JAN_23),
          Obligation.of(DECIDE, SDF, "decide"),
          CEASEFIRE,
          DECIDE_BY_24.statusAt(LAPSE),
          DECIDE_BY_24.withMet(JAN_23).statusAt(LAPSE)
        }) {
      tester.testAllPublicInstanceMethods(value);
    }
  }

  @Test
  void noBuilderMethodAcceptsNull() {
    NullPointerTester tester = tester();
    tester.testAllPublicInstanceMethods(Obligation.builder());
    tester.testAllPublicInstanceMethods(Agreement.builder());
  }
}
