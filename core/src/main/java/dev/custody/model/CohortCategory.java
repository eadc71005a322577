package dev.custody.model;

/** Who is counted in a {@link Cohort}. */
public enum CohortCategory {
  /** Detainees of any kind, when the report does not say which. */
  DETAINEES,
  /** Fighters, or people detained as fighters. */
  FIGHTERS,
  /** Family members of fighters: wives and children, held in camps such as al-Hol. */
  FAMILY_MEMBERS,
  /** Adult women, counted apart from family members. */
  WOMEN,
  /** Children and adolescents under 18. */
  MINORS
}
