package dev.custody.testkit;

import com.google.common.collect.ImmutableMap;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.When;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * Registers the testkit's default arbitraries with jqwik, through {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}, so that a property parameter of a
 * model type needs no {@code @Provide} method: {@code @ForAll Estimate}, {@code @ForAll Claim},
 * {@code @ForAll Figure}, {@code @ForAll When}, {@code @ForAll Actor}, {@code @ForAll Facility},
 * {@code @ForAll Cohort}, {@code @ForAll Agreement}, {@code @ForAll Deadline}, and the ids and
 * country codes, and {@code @ForAll GeneratedLedger} for a whole valid ledger.
 *
 * <p>Each type gets the arbitrary of the same name in {@link CustodyArbitraries}, with its
 * defaults. jqwik creates this class through the service loader; applications do not use it
 * directly.
 */
public final class CustodyArbitraryProvider implements ArbitraryProvider {
  private static final Map<Class<?>, Supplier<Arbitrary<?>>> ARBITRARIES =
      ImmutableMap.<Class<?>, Supplier<Arbitrary<?>>>builder()
          .put(Estimate.class, CustodyArbitraries::estimates)
          .put(Claim.class, CustodyArbitraries::claims)
          .put(Figure.class, CustodyArbitraries::figures)
          .put(When.class, CustodyArbitraries::whens)
          .put(Actor.class, CustodyArbitraries::actors)
          .put(ActorId.class, CustodyArbitraries::actorIds)
          .put(Facility.class, CustodyArbitraries::facilities)
          .put(FacilityId.class, CustodyArbitraries::facilityIds)
          .put(CountryCode.class, CustodyArbitraries::countryCodes)
          .put(Cohort.class, CustodyArbitraries::cohorts)
          .put(Agreement.class, CustodyArbitraries::agreements)
          .put(Deadline.class, CustodyArbitraries::deadlines)
          .put(GeneratedLedger.class, CustodyArbitraries::ledgers)
          .buildOrThrow();

  /** Creates the provider; jqwik calls this through the service loader. */
  public CustodyArbitraryProvider() {}

  /**
   * Checks if the target type is one of the model types this provider knows.
   *
   * @param targetType the type of a {@code @ForAll} parameter
   * @return true if it is exactly one of them
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return ARBITRARIES.containsKey(targetType.getRawType());
  }

  /**
   * Returns the default arbitrary of the target type.
   *
   * @param targetType the type of a {@code @ForAll} parameter
   * @param subtypeProvider unused: the model types have no type parameters
   * @return the arbitrary, alone in a set
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(ARBITRARIES.get(targetType.getRawType()).get());
  }
}
