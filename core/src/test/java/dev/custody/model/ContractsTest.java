package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The equals/hashCode and null-rejection contracts, checked with guava-testlib. */
class ContractsTest {

  // ------------------------------------------------------------------------------------------
  // equals and hashCode

  @Test
  void estimateEquality() {
    // numerically equal but worded differently: different groups, yet isEqual
    assertThat(Estimate.moreThan(1_000).isEqual(Estimate.atLeast(1_001))).isTrue();
    assertThat(Estimate.about(150).isEqual(Estimate.between(142, 158))).isTrue();
    assertThat(Estimate.of(100, 120, 200).isEqual(Estimate.between(100, 200).withBest(120)))
        .isTrue();

    new EqualsTester()
        .addEqualityGroup(
            Estimate.exactly(150),
            Estimate.of(150, 150, 150),
            Estimate.parse("exactly 150"),
            Estimate.between(150, 150),
            Estimate.about(150, AboutPolicy.absolute(0)))
        .addEqualityGroup(Estimate.exactly(151))
        .addEqualityGroup(Estimate.exactly(0), Estimate.upTo(0), Estimate.about(0))
        .addEqualityGroup(
            Estimate.about(150),
            Estimate.about(150, AboutPolicy.percent(5)),
            Estimate.parse("about 150 (142-158)"),
            Estimate.about(150).withBest(150),
            Estimate.of(142, 150, 158))
        .addEqualityGroup(Estimate.about(150).withBest(151))
        .addEqualityGroup(Estimate.about(150, AboutPolicy.percent(10)))
        .addEqualityGroup(Estimate.between(142, 158), Estimate.parse("between 142 and 158"))
        .addEqualityGroup(Estimate.moreThan(1_000), Estimate.parse("over 1,000"))
        .addEqualityGroup(Estimate.atLeast(1_001), Estimate.parse("at least 1,001"))
        .addEqualityGroup(Estimate.atLeast(1_000))
        .addEqualityGroup(Estimate.moreThan(1_000).withBest(2_000))
        .addEqualityGroup(Estimate.unknown(), Estimate.atLeast(0), Estimate.parse("unknown"))
        .addEqualityGroup(Estimate.unknown().withBest(5))
        .addEqualityGroup(Estimate.upTo(200), Estimate.of(0, 200, 200))
        .addEqualityGroup(Estimate.upTo(200).withBest(50), Estimate.parse("up to 200 (best 50)"))
        .addEqualityGroup(Estimate.upTo(Estimate.MAX_COUNT))
        .addEqualityGroup(Estimate.unknown().withBest(Estimate.MAX_COUNT))
        .addEqualityGroup(
            Estimate.between(100, 200), Estimate.exactly(100).span(Estimate.exactly(200)))
        .addEqualityGroup(Estimate.of(143, 150, 157), Estimate.parse("about 150 (143-157)"))
        .addEqualityGroup(Estimate.between(143, 157))
        .addEqualityGroup(
            Estimate.between(100, 200).withBest(120),
            Estimate.of(100, 120, 200),
            Estimate.parse("between 100 and 200 (best 120)"))
        .addEqualityGroup(Estimate.parse("785"), Estimate.parse("785").withBest(785))
        .addEqualityGroup(Estimate.exactly(785))
        .addEqualityGroup(Estimate.parse("roughly 150"), Estimate.parse("roughly 150 (142-158)"))
        .addEqualityGroup(Estimate.parse("around 150"))
        .addEqualityGroup(Estimate.nearly(5_000), Estimate.parse("nearly 5,000"))
        .addEqualityGroup(Estimate.parse("almost 5,000"))
        .addEqualityGroup(Estimate.fewerThan(100), Estimate.parse("fewer than 100"))
        .addEqualityGroup(Estimate.parse("as many as 99"))
        .addEqualityGroup(Estimate.vague("dozens"), Estimate.parse("dozens"))
        .addEqualityGroup(Estimate.parse("dozens (30-60)"))
        .testEquals();
  }

  @Test
  void shareEquality() {
    new EqualsTester()
        .addEqualityGroup(
            Share.exactly(0.5),
            Share.of(0.5, 0.5, 0.5),
            Estimate.exactly(1).shareOf(Estimate.exactly(2)))
        .addEqualityGroup(Share.exactly(0.0), Share.exactly(-0.0), Share.of(0, 0, 0))
        .addEqualityGroup(Share.of(0.4, 0.5, 0.6))
        .addEqualityGroup(Share.of(0.4, 0.5, 0.7))
        .addEqualityGroup(Share.of(0.3, 0.5, 0.6))
        .addEqualityGroup(Share.of(0.4, 0.45, 0.6))
        .addEqualityGroup(
            Share.of(0.4, 0.5, Double.POSITIVE_INFINITY),
            // a whole that may be zero leaves the share unbounded: 2/5, 2/4, 2/0
            Estimate.exactly(2).shareOf(Estimate.upTo(5).withBest(4)))
        .addEqualityGroup(Share.of(0.4, 0.4, Double.POSITIVE_INFINITY))
        .addEqualityGroup(Share.exactly(1.5))
        .testEquals();
  }

  @Test
  void idEquality() {
    new EqualsTester()
        .addEqualityGroup(
            ActorId.of("sdf"), ActorId.of("sdf"), ActorId.of(ActorId.of("sdf").toString()))
        .addEqualityGroup(ActorId.of("sdf-2"))
        .addEqualityGroup(FacilityId.of("sdf"), FacilityId.of("sdf"))
        .addEqualityGroup(FacilityId.of("al-shaddadi"))
        .addEqualityGroup(AgreementId.of("sdf"), AgreementId.of("sdf"))
        .addEqualityGroup(AgreementId.of("ceasefire-2026-01-20"))
        .addEqualityGroup(ObligationId.of("sdf"), ObligationId.of("sdf"))
        .addEqualityGroup(ObligationId.of("decide-integration"))
        .testEquals();
  }

  @Test
  void countryCodeEquality() {
    new EqualsTester()
        .addEqualityGroup(CountryCode.of("SY"), CountryCode.of("SY"))
        .addEqualityGroup(CountryCode.of("IQ"), CountryCode.of("IQ"))
        .addEqualityGroup(CountryCode.of("TR"))
        .testEquals();
  }

  @Test
  void aboutPolicyEquality() {
    new EqualsTester()
        .addEqualityGroup(AboutPolicy.standard(), AboutPolicy.percent(5))
        .addEqualityGroup(AboutPolicy.percent(10), AboutPolicy.percent(10))
        .addEqualityGroup(AboutPolicy.absolute(5), AboutPolicy.absolute(5))
        .addEqualityGroup(AboutPolicy.absolute(10))
        .testEquals();
  }

  // ------------------------------------------------------------------------------------------
  // nulls

  private static NullPointerTester tester() {
    return new NullPointerTester()
        .setDefault(Estimate.class, Estimate.exactly(1))
        .setDefault(AboutPolicy.class, AboutPolicy.standard())
        .setDefault(VaguePolicy.class, VaguePolicy.standard())
        .setDefault(CharSequence.class, "exactly 1")
        .setDefault(String.class, "sy")
        .setDefault(Share.class, Share.exactly(0.5))
        .setDefault(ActorId.class, ActorId.of("sdf"))
        .setDefault(FacilityId.class, FacilityId.of("sdf"))
        .setDefault(AgreementId.class, AgreementId.of("sdf"))
        .setDefault(ObligationId.class, ObligationId.of("sdf"))
        .setDefault(CountryCode.class, CountryCode.of("SY"));
  }

  @Test
  void staticMethodsRejectNull() {
    NullPointerTester tester = tester();
    for (Class<?> type :
        List.of(
            Estimate.class,
            Share.class,
            AboutPolicy.class,
            VaguePolicy.class,
            ActorId.class,
            FacilityId.class,
            AgreementId.class,
            ObligationId.class,
            CountryCode.class)) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void instanceMethodsRejectNull() {
    NullPointerTester tester = tester();
    for (Object instance :
        List.of(
            Estimate.exactly(150),
            Estimate.about(150),
            Estimate.moreThan(1_000),
            Estimate.unknown(),
            Estimate.upTo(200),
            Estimate.between(100, 200),
            Share.exactly(0.5),
            Share.of(0.1, 0.2, Double.POSITIVE_INFINITY),
            AboutPolicy.standard(),
            AboutPolicy.absolute(5),
            VaguePolicy.standard(),
            Estimate.vague("dozens"),
            Estimate.nearly(5_000),
            ActorId.of("sdf"),
            FacilityId.of("al-shaddadi"),
            AgreementId.of("ceasefire-2026-01-20"),
            ObligationId.of("decide-integration"),
            CountryCode.of("SY"))) {
      tester.testAllPublicInstanceMethods(instance);
    }
  }
}
