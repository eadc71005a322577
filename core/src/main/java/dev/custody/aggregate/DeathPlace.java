package dev.custody.aggregate;

/**
 * Where people died, as the record tells it: in custody, while at large, or not reported.
 *
 * <p>A death in custody leaves a held account, so its dead account names the custodian; a death
 * while at large leaves an at-large account, and its dead account names no custodian. A dead
 * account that no death moved anyone into (only a census counted it) and that names no custodian
 * does not say where its people died.
 */
public enum DeathPlace {
  /** Died in someone's custody: in a prison, in a camp, in an attack on a prison. */
  IN_CUSTODY,
  /** Died while at large, after an escape. */
  AT_LARGE,
  /** Counted as dead by a census that does not say where they died. */
  NOT_REPORTED
}
