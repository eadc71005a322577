package dev.custody.rules;

import static dev.custody.rules.RuleFixture.WORLD;

import dev.custody.agreement.Agreement;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.Event;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import dev.custody.model.When;
import java.util.List;
import java.util.Optional;

/**
 * A situation with the fixture's world, nothing counted or controlled, no agreement, and the given
 * other events: enough to call a rule directly.
 */
final class StubContext implements RuleContext {
  private final List<Event> others;

  StubContext(Event... others) {
    this.others = List.of(others);
  }

  @Override
  public Reading reading() {
    return Reading.envelope();
  }

  @Override
  public boolean knowsActor(ActorId actor) {
    return WORLD.actors().containsKey(actor);
  }

  @Override
  public boolean knowsFacility(FacilityId facility) {
    return WORLD.facilities().containsKey(facility);
  }

  @Override
  public Optional<dev.custody.model.Operation> operation(dev.custody.model.OperationId id) {
    return WORLD.operation(id);
  }

  @Override
  public Optional<CountryCode> countryOf(FacilityId facility) {
    return WORLD.countryOf(facility);
  }

  @Override
  public Optional<Event> event(EventId id) {
    return others.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  @Override
  public Optional<When> concluded(AgreementId id) {
    return Optional.empty();
  }

  @Override
  public Estimate balance(Account account) {
    return Estimate.unknown();
  }

  @Override
  public Optional<Event> lastControlRecord(FacilityId facility) {
    return Optional.empty();
  }

  @Override
  public boolean hasRecorded(Account account) {
    return false;
  }

  @Override
  public Estimate balanceOf(CensusScope scope) {
    return Estimate.unknown();
  }

  @Override
  public Optional<ActorId> controllerOf(FacilityId facility) {
    return Optional.empty();
  }

  @Override
  public Optional<When> controlRecordedAt(FacilityId facility) {
    return Optional.empty();
  }

  @Override
  public Optional<Agreement> agreement(AgreementId id) {
    return Optional.empty();
  }

  @Override
  public Estimate transferredUnder(EventId plan) {
    return Estimate.exactly(0);
  }
}
