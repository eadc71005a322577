package dev.custody.event;

/**
 * The kinds of movement a plan may be for, and that count toward it: a transfer between custodians
 * or places, a release, a repatriation, a handover of custody in place.
 *
 * <p>A plan for one kind counts only movements of that kind: a repatriation programme is not
 * advanced by transfers between prisons.
 */
public enum MovementKind {
  /** People moved from one custodian or place to another ({@link DetaineesTransferred}). */
  TRANSFER,
  /** People released from custody ({@link DetaineesReleased}). */
  RELEASE,
  /** People repatriated to a country ({@link DetaineesRepatriated}). */
  REPATRIATION,
  /** Custody passing to another custodian while nobody moves ({@link CustodyHandedOver}). */
  HANDOVER
}
