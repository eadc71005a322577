package dev.custody.event;

/**
 * How people came into custody from outside it, as the source reports it.
 *
 * <p>The kind is part of the record, not of the bookkeeping: every intake credits a held account
 * from {@link AccountKind#OUTSIDE} the same way.
 */
public enum IntakeKind {
  /** Arrested: taken into custody by a security force, in a raid or at a checkpoint. */
  ARREST,
  /** Captured in fighting. */
  CAPTURE,
  /** Surrendered: gave themselves up, as an enclave's fighters and families do at its fall. */
  SURRENDER,
  /** Born in custody, as children are in camps. */
  BIRTH,
  /** Came into custody in a way the source does not say. */
  NOT_REPORTED
}
