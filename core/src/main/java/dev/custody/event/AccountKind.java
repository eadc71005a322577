package dev.custody.event;

/** Where a population is, in the bookkeeping of custody. */
public enum AccountKind {
  /** Held in custody by a custodian. */
  HELD,
  /** At large after an escape. */
  AT_LARGE,
  /** Released from custody. */
  RELEASED,
  /** Repatriated to their countries of nationality. */
  REPATRIATED,
  /** Dead. */
  DEAD,
  /** Outside the record: where people come from when first counted. */
  OUTSIDE
}
