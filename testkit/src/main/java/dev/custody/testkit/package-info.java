/**
 * Test support for code that uses Custody: jqwik arbitraries for every value type ({@code
 * dev.custody.testkit.CustodyArbitraries}, also registered as a jqwik {@code ArbitraryProvider} so
 * that a {@code @ForAll Estimate} parameter just works), generators of whole valid ledgers and of
 * events that break each rule, AssertJ assertions in the domain's words ({@code
 * dev.custody.testkit.CustodyAssertions}), and a builder of small scenarios ({@code
 * dev.custody.testkit.Scenario#builder()}, a {@code dev.custody.testkit.ScenarioBuilder}).
 *
 * <p>Depend on {@code custody-testkit} in test scope; it brings jqwik and AssertJ with it.
 *
 * <p><b>Test engines.</b> Tests run on the JUnit Platform. jqwik is a JUnit Platform engine and
 * comes with the testkit, so {@code @Property} methods run as they are; {@code @Test} methods need
 * {@code org.junit.jupiter:junit-jupiter} in test scope besides, best with JUnit's BOM imported so
 * that both engines share one version of the Platform. Maven Surefire 3.x runs both; by default it
 * runs only classes named {@code Test*}, {@code *Test}, {@code *Tests} and {@code *TestCase}, so a
 * class named {@code *Properties} needs an {@code <include>}. {@code docs/testing.md} shows the
 * dependencies.
 */
@NullMarked
package dev.custody.testkit;

import org.jspecify.annotations.NullMarked;
