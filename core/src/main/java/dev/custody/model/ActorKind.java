package dev.custody.model;

/** What kind of party an {@link Actor} is. */
public enum ActorKind {
  /** A sovereign state or its government, such as the Government of Iraq. */
  STATE,
  /** Armed forces or a military command of a state, such as U.S. Central Command. */
  ARMED_FORCES,
  /** An armed group that is not a state's, such as the Syrian Democratic Forces. */
  NON_STATE_ARMED_GROUP,
  /** An organisation designated as terrorist, such as the Islamic State. */
  DESIGNATED_ORGANISATION,
  /** A person holding an office, such as a special envoy or a commander. */
  OFFICIAL,
  /** A news outlet, such as a newspaper or broadcaster. */
  MEDIA,
  /** A researcher or think-tank analyst. */
  ANALYST,
  /** A non-governmental organisation, such as a humanitarian or monitoring group. */
  NGO,
  /** An international organisation, such as a United Nations agency. */
  INTERNATIONAL_ORGANISATION
}
