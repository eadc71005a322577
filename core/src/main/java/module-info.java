/**
 * Custody's core: the model of who holds whom, the events that move detainee populations between
 * accounts, the rules that check each event, the ledger that records them, and the answers computed
 * from it. Pure values and functions: no I/O, no clock, no global state.
 *
 * <p>Start from a {@link dev.custody.ledger.Ledger} over a {@link dev.custody.ledger.World} of
 * actors and facilities: append events, read the {@link dev.custody.ledger.Situation} at an
 * instant, and ask the package {@code dev.custody.aggregate} for totals, plan progress, those still
 * at large, the reconciliation of sources, deadlines and control. A rule code in a message, such as
 * {@code CUS-004}, names a {@link dev.custody.rules.Rule}, which {@link
 * dev.custody.rules.Rule#ofCode(String)} finds.
 *
 * <p>Guava's immutable collections appear in the API, so this module requires Guava transitively;
 * the JSpecify nullness annotations are read by consumers' tools when present.
 */
// the Immutables annotations jar is an automatic module, named in its manifest
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.custody.core {
  requires transitive com.google.common;
  requires static transitive org.jspecify;
  // the value types carry the Immutables annotations in their class files, read by consumers'
  // compilers when present
  requires static transitive org.immutables.value.annotations;
  requires static java.compiler;
  requires static com.google.errorprone.annotations;

  exports dev.custody.model;
  exports dev.custody.agreement;
  exports dev.custody.event;
  exports dev.custody.rules;
  exports dev.custody.ledger;
  exports dev.custody.aggregate;
}
