package dev.custody.model;

/** What kind of place a {@link Facility} is. */
public enum FacilityKind {
  /** A prison or jail. */
  PRISON,
  /** A camp where people, often families, are held, such as al-Hol. */
  DETENTION_CAMP,
  /** A site whose location or nature is not disclosed, such as "a secure location in Iraq". */
  UNDISCLOSED_SITE,
  /** A military base used for detention. */
  MILITARY_BASE,
  /** A centre for rehabilitation or reintegration, often for minors. */
  REHABILITATION_CENTRE,
  /**
   * A camp for displaced people, where families of fighters may be held among others who are not
   * detained.
   */
  DISPLACEMENT_CAMP
}
