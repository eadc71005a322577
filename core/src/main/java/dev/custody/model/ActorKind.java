package dev.custody.model;

/** What kind of party an {@link Actor} is. */
public enum ActorKind {
  /** A sovereign state or its government, such as the Government of Iraq. */
  STATE("state"),
  /** Armed forces or a military command of a state, such as U.S. Central Command. */
  ARMED_FORCES("armed forces"),
  /** An armed group that is not a state's, such as the Syrian Democratic Forces. */
  NON_STATE_ARMED_GROUP("non-state armed group"),
  /** An organisation designated as terrorist, such as the Islamic State. */
  DESIGNATED_ORGANISATION("designated organisation"),
  /** A person holding an office, such as a special envoy or a commander. */
  OFFICIAL("official"),
  /** A news outlet, such as a newspaper or broadcaster. */
  MEDIA("media"),
  /** A researcher or think-tank analyst. */
  ANALYST("analyst"),
  /** A non-governmental organisation, such as a humanitarian or monitoring group. */
  NGO("NGO"),
  /** An international organisation, such as a United Nations agency. */
  INTERNATIONAL_ORGANISATION("international organisation"),
  /**
   * A de facto civil administration that governs a territory without recognition as a state, such
   * as the administration of northeast Syria: distinct from the armed group that defends it.
   */
  DE_FACTO_ADMINISTRATION("de facto administration");

  private final String label;

  ActorKind(String label) {
    this.label = label;
  }

  /**
   * Returns the kind in words, as used in texts: "non-state armed group".
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
