package dev.custody.event;

/**
 * What a source says of who controls a facility: one actor holds it, named actors contest it, its
 * guards abandoned it, or nobody can say.
 */
public enum ControlState {
  /** One actor holds the facility. */
  HELD,
  /** Two or more named actors fight over it; none holds it. */
  CONTESTED,
  /** Its guards left and nobody has taken it; the actor that left may be named. */
  ABANDONED,
  /** The source says control is not known. */
  UNKNOWN
}
