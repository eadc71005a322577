/**
 * Custody's test kit, for the tests of applications built on Custody: jqwik arbitraries of every
 * value type and of whole valid ledgers, events that break each rule, AssertJ assertions in the
 * domain's words, and a builder of small custody stories. jqwik and AssertJ types appear in its
 * API, so it requires both transitively.
 *
 * <p>Properties run on the jqwik engine, which comes with jqwik; tests run on JUnit Jupiter, which
 * users add themselves. Both run on the JUnit Platform.
 */
module dev.custody.testkit {
  requires transitive dev.custody.core;
  requires transitive net.jqwik.api;
  requires transitive org.assertj.core;

  exports dev.custody.testkit;

  provides net.jqwik.api.providers.ArbitraryProvider with
      dev.custody.testkit.CustodyArbitraryProvider;
}
