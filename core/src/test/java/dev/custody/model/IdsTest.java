package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.base.Strings;
import dev.custody.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ActorId, FacilityId, AgreementId and ObligationId share one contract; so do their tests. */
class IdsTest {

  /** One id type: its name as messages spell it, its factory and its accessor. */
  record Kind<T extends Comparable<T>>(
      String name, Function<String, T> of, Function<T, String> value) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Kind<?>> kinds() {
    return Stream.of(
        new Kind<>("ActorId", ActorId::of, ActorId::value),
        new Kind<>("FacilityId", FacilityId::of, FacilityId::value),
        new Kind<>("AgreementId", AgreementId::of, AgreementId::value),
        new Kind<>("ObligationId", ObligationId::of, ObligationId::value),
        new Kind<>("EventId", EventId::of, EventId::value));
  }

  private static final List<String> VALID =
      List.of(
          "sdf",
          "a",
          "0",
          "al-shaddadi",
          "ceasefire-2026-01-20",
          "decide-integration",
          "a-b-c-1-2-3",
          Strings.repeat("a", 64),
          Strings.repeat("ab-", 21) + "a");

  private static final List<String> NOT_SLUGS =
      List.of(
          "",
          "SDF",
          "Sdf",
          "al_shaddadi",
          "al shaddadi",
          "-sdf",
          "sdf-",
          "-",
          "al--shaddadi",
          " sdf",
          "sdf ",
          "sdf\n",
          "al-shaddādī",
          "a.b",
          "a/b");

  static Stream<Arguments> validSlugs() {
    return kinds().flatMap(k -> VALID.stream().map(v -> Arguments.of(k, v)));
  }

  static Stream<Arguments> notSlugs() {
    return kinds().flatMap(k -> NOT_SLUGS.stream().map(v -> Arguments.of(k, v)));
  }

  @ParameterizedTest(name = "{0}.of(\"{1}\")")
  @MethodSource("validSlugs")
  <T extends Comparable<T>> void acceptsSlugsAndRoundTripsThroughToString(
      Kind<T> kind, String slug) {
    T id = kind.of().apply(slug);
    assertThat(kind.value().apply(id)).isEqualTo(slug);
    assertThat(id).hasToString(slug);
    assertThat(kind.of().apply(id.toString())).isEqualTo(id);
  }

  @ParameterizedTest(name = "{0}.of(\"{1}\")")
  @MethodSource("notSlugs")
  void rejectsWhatIsNotASlug(Kind<?> kind, String text) {
    assertThatThrownBy(() -> kind.of().apply(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            kind.name()
                + ".value ("
                + Checks.quote(text)
                + ") must be a slug: lower-case letters and digits in words joined by single"
                + " hyphens, like \"al-shaddadi\"");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void rejectsSlugsLongerThan64Characters(Kind<?> kind) {
    String longest = Strings.repeat("a", 64);
    assertThat(kind.of().apply(longest)).hasToString(longest);
    String tooLong = Strings.repeat("a", 65);
    assertThatThrownBy(() -> kind.of().apply(tooLong))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            kind.name() + ".value (\"" + tooLong + "\") must be at most 64 characters long");
    // the length rule is checked first, even for text that is no slug either
    String tooLongAndUpper = Strings.repeat("A", 65);
    assertThatThrownBy(() -> kind.of().apply(tooLongAndUpper))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("must be at most 64 characters long");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  <T extends Comparable<T>> void equalsByValue(Kind<T> kind) {
    assertThat(kind.of().apply("sdf")).isEqualTo(kind.of().apply("sdf"));
    assertThat(kind.of().apply("sdf")).hasSameHashCodeAs(kind.of().apply("sdf"));
    assertThat(kind.of().apply("sdf")).isNotEqualTo(kind.of().apply("sdf-2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  <T extends Comparable<T>> void comparesBySlugText(Kind<T> kind) {
    T a = kind.of().apply("a");
    T al = kind.of().apply("al");
    T alShaddadi = kind.of().apply("al-shaddadi");
    T b = kind.of().apply("b");
    T zero = kind.of().apply("0");
    assertThat(a.compareTo(b)).isNegative();
    assertThat(b.compareTo(a)).isPositive();
    assertThat(a.compareTo(kind.of().apply("a"))).isZero();
    assertThat(al.compareTo(alShaddadi)).isNegative();
    assertThat(zero.compareTo(a)).isNegative();

    List<T> ids = new ArrayList<>(List.of(b, alShaddadi, zero, al, a));
    Collections.sort(ids);
    assertThat(ids).containsExactly(zero, a, al, alShaddadi, b);
  }

  @Test
  void idsOfDifferentKindsAreNotEqual() {
    assertThat((Object) ActorId.of("sdf")).isNotEqualTo(FacilityId.of("sdf"));
    assertThat((Object) AgreementId.of("sdf")).isNotEqualTo(ObligationId.of("sdf"));
  }

  // ------------------------------------------------------------------------------------------
  // CountryCode

  @ParameterizedTest
  @ValueSource(strings = {"SY", "IQ", "TR", "US", "DE"})
  void countryCodeAcceptsAssignedCodes(String code) {
    CountryCode country = CountryCode.of(code);
    assertThat(country.code()).isEqualTo(code);
    assertThat(country).hasToString(code);
    assertThat(CountryCode.of(country.toString())).isEqualTo(country);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sy", "Sy", "sY", "XX", "SYR", "S", "", " SY", "SY ", "S1", "ZZ"})
  void countryCodeRejectsAnythingElse(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "CountryCode.code (\""
                + code
                + "\") must be an ISO 3166-1 alpha-2 country code in upper case, like \"SY\"");
  }

  @Test
  void countryCodeComparesByCode() {
    CountryCode iq = CountryCode.of("IQ");
    CountryCode sy = CountryCode.of("SY");
    assertThat(iq.compareTo(sy)).isNegative();
    assertThat(sy.compareTo(iq)).isPositive();
    assertThat(sy.compareTo(CountryCode.of("SY"))).isZero();
    assertThat(sy).isEqualTo(CountryCode.of("SY")).isNotEqualTo(iq);
    List<CountryCode> codes = new ArrayList<>(List.of(sy, CountryCode.of("TR"), iq));
    Collections.sort(codes);
    assertThat(codes).extracting(CountryCode::code).containsExactly("IQ", "SY", "TR");
  }
}
