package dev.custody.testkit;

/**
 * What an actor does in a {@link Scenario}, which decides the kind {@link ScenarioCast} creates it
 * with when the scenario does not declare it.
 */
enum ActorRole {
  AFFILIATION,
  HOLDER,
  SOURCE
}
