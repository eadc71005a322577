package dev.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.reflect.ClassPath;
import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.custody.event.Event;
import dev.custody.internal.Checks;
import dev.custody.ledger.Ledger;
import dev.custody.model.AboutPolicy;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.CountryCode;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.ObligationId;
import dev.custody.model.OperationId;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The guava-testlib contracts over the whole public API, found by scanning the packages rather than
 * listed by hand, so that a new public type cannot escape them: every public class has two
 * different samples; no public static or instance method accepts {@code null}; values built twice
 * alike are equal and hash alike, different ones are not; and for the id types {@link
 * ClassSanityTester} checks their factories.
 */
class PublicApiContractsTest {

  /** Public types with no samples of their own, and why. */
  private static final Map<Class<?>, String> EXEMPT =
      Map.of(
          Checks.class,
          "static argument checks only; their null handling is tested",
          dev.custody.internal.Periods.class,
          "one static helper of the ledger and the aggregates, not exported; tested through them",
          Ledger.class,
          "sampled as below; its identity is its events",
          dev.custody.ledger.EventRejectedException.class,
          "an exception: identity equality, its verdict tested in AppendResultTest");

  private static ImmutableList<Class<?>> publicClasses() throws IOException {
    ImmutableList.Builder<Class<?>> found = ImmutableList.builder();
    String main = Checks.class.getProtectionDomain().getCodeSource().getLocation().toString();
    for (ClassPath.ClassInfo info :
        ClassPath.from(Checks.class.getClassLoader()).getTopLevelClassesRecursive("dev.custody")) {
      Class<?> type = info.load();
      boolean fromMain =
          type.getProtectionDomain().getCodeSource().getLocation().toString().equals(main);
      if (fromMain
          && Modifier.isPublic(type.getModifiers())
          && !type.isEnum()
          && !type.isInterface()
          && !type.isAnnotation()) {
        found.add(type);
      }
    }
    return found.build();
  }

  private static NullPointerTester tester(Map<Class<?>, List<Supplier<?>>> samples) {
    NullPointerTester tester = new NullPointerTester();
    samples.forEach((type, suppliers) -> setDefault(tester, type, suppliers.get(0).get()));
    tester.setDefault(Event.class, PublicApiSamples.plan(100));
    tester.setDefault(Function.class, (Function<Ledger, Integer>) Ledger::size);
    tester.setDefault(java.util.function.BiPredicate.class, (a, b) -> true);
    tester.setDefault(AboutPolicy.class, AboutPolicy.standard());
    tester.setDefault(ZoneId.class, PublicApiSamples.DAMASCUS);
    tester.setDefault(Instant.class, PublicApiSamples.T0);
    tester.setDefault(LocalDate.class, LocalDate.of(2026, 1, 1));
    tester.setDefault(java.time.YearMonth.class, java.time.YearMonth.of(2026, 1));
    tester.setDefault(
        java.time.ZonedDateTime.class, PublicApiSamples.T0.atZone(PublicApiSamples.DAMASCUS));
    tester.setDefault(java.time.Duration.class, java.time.Duration.ofHours(1));
    tester.setDefault(java.time.Period.class, java.time.Period.ofMonths(1));
    return tester;
  }

  /** The same defaults as {@link #tester}, for the scans of messages. */
  private static Map<Class<?>, Object> defaults(Map<Class<?>, List<Supplier<?>>> samples) {
    Map<Class<?>, Object> defaults = new LinkedHashMap<>();
    samples.forEach((type, suppliers) -> defaults.put(type, suppliers.get(0).get()));
    defaults.put(Event.class, PublicApiSamples.plan(100));
    defaults.put(Function.class, (Function<Ledger, Integer>) Ledger::size);
    defaults.put(
        java.util.function.BiPredicate.class,
        (java.util.function.BiPredicate<?, ?>) (a, b) -> true);
    defaults.put(AboutPolicy.class, AboutPolicy.standard());
    defaults.put(ZoneId.class, PublicApiSamples.DAMASCUS);
    defaults.put(Instant.class, PublicApiSamples.T0);
    defaults.put(LocalDate.class, LocalDate.of(2026, 1, 1));
    defaults.put(java.time.YearMonth.class, java.time.YearMonth.of(2026, 1));
    defaults.put(
        java.time.ZonedDateTime.class, PublicApiSamples.T0.atZone(PublicApiSamples.DAMASCUS));
    defaults.put(java.time.Duration.class, java.time.Duration.ofHours(1));
    defaults.put(java.time.Period.class, java.time.Period.ofMonths(1));
    defaults.put(Iterable.class, List.of());
    defaults.put(CharSequence.class, "text");
    return defaults;
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  @Test
  void every_public_class_has_samples_or_a_reason_not_to() throws IOException {
    Map<Class<?>, List<Supplier<?>>> samples = PublicApiSamples.samples();

    assertThat(publicClasses())
        .hasSizeGreaterThan(50)
        .allSatisfy(
            type ->
                assertThat(samples.containsKey(type) || EXEMPT.containsKey(type))
                    .as("%s has samples", type.getName())
                    .isTrue());
  }

  @Test
  void no_public_static_method_accepts_null() throws IOException {
    NullPointerTester tester = tester(PublicApiSamples.samples());
    for (Class<?> type : publicClasses()) {
      tester.testAllPublicStaticMethods(type);
    }
  }

  @Test
  void no_public_instance_method_accepts_null() {
    Map<Class<?>, List<Supplier<?>>> samples = PublicApiSamples.samples();
    NullPointerTester tester = tester(samples);
    samples
        .values()
        .forEach(suppliers -> tester.testAllPublicInstanceMethods(suppliers.get(0).get()));
  }

  @Test
  void every_null_a_public_static_method_refuses_is_named_in_the_message() throws IOException {
    NullArgumentMessages scan = new NullArgumentMessages(defaults(PublicApiSamples.samples()));
    List<String> unnamed = new java.util.ArrayList<>();
    for (Class<?> type : publicClasses()) {
      unnamed.addAll(scan.unnamedInStaticMethods(type));
    }

    assertThat(unnamed).as("NullPointerExceptions without a message").isEmpty();
  }

  @Test
  void every_null_a_public_instance_method_refuses_is_named_in_the_message() {
    Map<Class<?>, List<Supplier<?>>> samples = PublicApiSamples.samples();
    NullArgumentMessages scan = new NullArgumentMessages(defaults(samples));
    List<String> unnamed = new java.util.ArrayList<>();
    samples.values().forEach(s -> unnamed.addAll(scan.unnamedInInstanceMethods(s.get(0).get())));

    assertThat(unnamed).as("NullPointerExceptions without a message").isEmpty();
  }

  @Test
  void no_public_static_method_fails_at_the_extremes_without_saying_why() throws IOException {
    ExtremeArgumentMessages scan =
        new ExtremeArgumentMessages(defaults(PublicApiSamples.samples()));
    List<String> unexplained = new java.util.ArrayList<>();
    for (Class<?> type : publicClasses()) {
      unexplained.addAll(scan.unexplainedInStaticMethods(type));
    }

    assertThat(unexplained).as("failures at the extremes that name nothing").isEmpty();
  }

  @Test
  void no_public_instance_method_fails_at_the_extremes_without_saying_why() {
    Map<Class<?>, List<Supplier<?>>> samples = PublicApiSamples.samples();
    ExtremeArgumentMessages scan = new ExtremeArgumentMessages(defaults(samples));
    List<String> unexplained = new java.util.ArrayList<>();
    samples
        .values()
        .forEach(s -> unexplained.addAll(scan.unexplainedInInstanceMethods(s.get(0).get())));

    assertThat(unexplained).as("failures at the extremes that name nothing").isEmpty();
  }

  @Test
  void values_built_alike_are_equal_and_different_ones_are_not() {
    for (Map.Entry<Class<?>, List<Supplier<?>>> entry : PublicApiSamples.samples().entrySet()) {
      Supplier<?> first = entry.getValue().get(0);
      Supplier<?> second = entry.getValue().get(1);
      EqualsTester equals =
          new EqualsTester()
              .addEqualityGroup(first.get(), first.get())
              .addEqualityGroup(second.get());
      equals.testEquals();
      assertThat(first.get().toString()).as("%s has a text", entry.getKey()).isNotBlank();
    }
  }

  @Test
  void the_id_factories_pass_the_class_sanity_checks() throws Exception {
    ClassSanityTester sanity =
        new ClassSanityTester()
            .setDefault(String.class, "an-id")
            .setDistinctValues(String.class, "one", "two");
    for (Class<?> id :
        List.of(
            ActorId.class,
            FacilityId.class,
            AgreementId.class,
            ObligationId.class,
            EventId.class,
            OperationId.class)) {
      sanity.forAllPublicStaticMethods(id).thatReturn(id).testNulls().testEquals();
    }
    sanity
        .setDistinctValues(String.class, "SY", "IQ")
        .forAllPublicStaticMethods(CountryCode.class)
        .thatReturn(CountryCode.class)
        .testNulls()
        .testEquals();
  }
}
