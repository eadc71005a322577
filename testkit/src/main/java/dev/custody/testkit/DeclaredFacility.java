package dev.custody.testkit;

import dev.custody.model.ActorId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link ScenarioBuilder} knows of a declared facility as the steps go: later steps read its
 * custodian (whose account they move people from) and controller (whom a change of control
 * replaces), and a handover or a change of control updates them.
 */
final class DeclaredFacility {
  final Facility facility;
  final int step;
  @Nullable ActorId custodian;
  @Nullable ActorId controller;

  DeclaredFacility(Facility facility, int step) {
    this.facility = facility;
    this.step = step;
  }

  FacilityId id() {
    return facility.id();
  }
}
