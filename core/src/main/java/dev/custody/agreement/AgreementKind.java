package dev.custody.agreement;

/** What an {@link Agreement} is about. */
public enum AgreementKind {
  /** A ceasefire, which may set deadlines for further steps. */
  CEASEFIRE,
  /** An arrangement to transfer detainees from one custodian or country to another. */
  TRANSFER_ARRANGEMENT,
  /** An arrangement to integrate one actor's forces or institutions into another's. */
  INTEGRATION,
  /** An arrangement to repatriate detainees to their countries of nationality. */
  REPATRIATION,
  /** An arrangement for holding detainees: who guards, who pays, under what terms. */
  DETENTION_ARRANGEMENT
}
