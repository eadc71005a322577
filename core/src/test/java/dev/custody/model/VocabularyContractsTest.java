package dev.custody.model;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Equality and null-handling contracts of the actor, place, cohort and claim types, checked with
 * guava-testlib.
 */
class VocabularyContractsTest {
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId USA = ActorId.of("usa");
  private static final CountryCode SY = CountryCode.of("SY");
  private static final CountryCode IQ = CountryCode.of("IQ");
  private static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), ZoneId.of("Asia/Damascus"));
  private static final Claim CLAIM = Claim.of(Estimate.about(150), Source.of(SDF), JAN_21);
  private static final Claim OTHER_CLAIM =
      Claim.of(Estimate.moreThan(1_000), Source.of(USA), JAN_21);

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(ActorId.class, SDF)
        .setDefault(FacilityId.class, FacilityId.of("al-hol"))
        .setDefault(CountryCode.class, SY)
        .setDefault(Estimate.class, Estimate.exactly(1))
        .setDefault(Source.class, Source.of(SDF))
        .setDefault(When.class, JAN_21)
        .setDefault(Claim.class, CLAIM)
        .setDefault(
            UnitCount.class,
            UnitCount.families(
                Estimate.exactly(2), Claim.of(Estimate.exactly(5), Source.of(SDF), JAN_21)))
        .setDefault(ClaimStatus.class, ClaimStatus.reported())
        .setDefault(ClaimId.class, ClaimId.of("sdf-count"))
        .setDefault(
            Dispute.class, Dispute.of(Source.of(SDF), JAN_21, "no independent verification"))
        .setDefault(Alias.class, Alias.of("SDF"))
        .setDefault(Location.class, Location.in(SY))
        .setDefault(Coordinates.class, Coordinates.of(36, 41))
        .setDefault(NationalityGroup.class, NationalityGroup.of(IQ))
        .setDefault(LocalDate.class, LocalDate.of(2026, 1, 20))
        .setDefault(ZoneId.class, ZoneOffset.UTC)
        .setDefault(Instant.class, Instant.EPOCH)
        .setDefault(java.time.YearMonth.class, java.time.YearMonth.of(2026, 1))
        .setDefault(
            java.time.ZonedDateTime.class,
            java.time.ZonedDateTime.of(2026, 1, 21, 9, 0, 0, 0, ZoneOffset.UTC))
        .setDefault(String.class, "name");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP),
            Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP))
        .addEqualityGroup(Actor.of(SDF, "SDF", ActorKind.NON_STATE_ARMED_GROUP))
        .addEqualityGroup(
            Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP)
                .withAlias(Alias.of("SDF")))
        .addEqualityGroup(Alias.of("SDF"), Alias.of("SDF"))
        .addEqualityGroup(Alias.since("SDF", LocalDate.of(2015, 10, 10)))
        .addEqualityGroup(Location.in(SY), Location.in(SY))
        .addEqualityGroup(Location.in(SY, "Hasakah"))
        .addEqualityGroup(Location.in(SY, "Hasakah").withCoordinates(Coordinates.of(36, 41)))
        .addEqualityGroup(Coordinates.of(36, 41), Coordinates.of(36, 41))
        .addEqualityGroup(
            Facility.of(
                FacilityId.of("al-hol"),
                "al-Hol camp",
                FacilityKind.DETENTION_CAMP,
                Location.in(SY)),
            Facility.of(
                FacilityId.of("al-hol"),
                "al-Hol camp",
                FacilityKind.DETENTION_CAMP,
                Location.in(SY)))
        .addEqualityGroup(
            Facility.of(
                    FacilityId.of("al-hol"),
                    "al-Hol camp",
                    FacilityKind.DETENTION_CAMP,
                    Location.in(SY))
                .withCapacity(10))
        .addEqualityGroup(
            Cohort.of(CohortCategory.FIGHTERS, SDF), Cohort.of(CohortCategory.FIGHTERS, SDF))
        .addEqualityGroup(Cohort.of(CohortCategory.MINORS, SDF))
        .addEqualityGroup(NationalityGroup.of(SY, IQ), NationalityGroup.of(IQ, SY))
        .addEqualityGroup(NationalityGroup.allExcept(SY, IQ))
        .addEqualityGroup(Source.of(USA), Source.of(USA))
        .addEqualityGroup(Source.of(USA, "a U.S. military official"))
        .addEqualityGroup(CLAIM, Claim.of(Estimate.about(150), Source.of(SDF), JAN_21))
        .addEqualityGroup(OTHER_CLAIM)
        .addEqualityGroup(Figure.of(CLAIM, OTHER_CLAIM), Figure.of(CLAIM).withClaim(OTHER_CLAIM))
        .addEqualityGroup(Figure.of(OTHER_CLAIM, CLAIM))
        .addEqualityGroup(
            ClaimConflict.of(CLAIM, OTHER_CLAIM), ClaimConflict.of(CLAIM, OTHER_CLAIM))
        .addEqualityGroup(ClaimConflict.of(OTHER_CLAIM, CLAIM))
        .testEquals();
  }

  @Test
  void no_method_accepts_null() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        new Class<?>[] {
          Actor.class, Alias.class, Location.class, Coordinates.class, Facility.class,
          Cohort.class, NationalityGroup.class, Source.class, Claim.class, Figure.class,
          ClaimConflict.class, When.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
    for (Object value :
        new Object[] {
          Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP),
          Alias.of("SDF"),
          Alias.of("SDF", LocalDate.of(2015, 1, 1), LocalDate.of(2016, 1, 1)),
          Location.in(SY, "Hasakah"),
          Coordinates.of(36, 41),
          Facility.of(
              FacilityId.of("al-hol"), "al-Hol camp", FacilityKind.DETENTION_CAMP, Location.in(SY)),
          Cohort.of(CohortCategory.FIGHTERS, SDF),
          NationalityGroup.allExcept(SY),
          Source.of(USA, "a U.S. military official"),
          CLAIM,
          Figure.of(CLAIM, OTHER_CLAIM),
          ClaimConflict.of(CLAIM, OTHER_CLAIM),
          JAN_21,
          When.at(Instant.EPOCH)
        }) {
      tester.testAllPublicInstanceMethods(value);
    }
  }
}
