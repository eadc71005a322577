/**
 * Test support for code that uses Custody: jqwik arbitraries for every value type ({@code
 * dev.custody.testkit.CustodyArbitraries}, also registered as a jqwik {@code ArbitraryProvider} so
 * that a {@code @ForAll Estimate} parameter just works), generators of whole valid ledgers and of
 * events that break each rule, AssertJ assertions in the domain's words ({@code
 * dev.custody.testkit.CustodyAssertions}), and a builder of small scenarios ({@code
 * dev.custody.testkit.Scenario}).
 *
 * <p>Depend on {@code custody-testkit} in test scope; it brings jqwik and AssertJ with it.
 */
@NullMarked
package dev.custody.testkit;

import org.jspecify.annotations.NullMarked;
