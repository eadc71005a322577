package dev.custody.rules;

import dev.custody.agreement.Agreement;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.RunningTotalReported;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.Reading;
import dev.custody.model.When;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rules may ask of the situation just before an event: balances under the reading in
 * force, controllers, agreements, earlier events, and the world of known actors and facilities.
 *
 * <p>A ledger implements it over its own state; an implementation must answer without changing
 * anything.
 */
public interface RuleContext {

  /**
   * Returns the reading under which balances are computed.
   *
   * @return the reading
   */
  Reading reading();

  /**
   * Checks if the world knows the actor.
   *
   * @param actor the actor
   * @return true if it is registered
   */
  boolean knowsActor(ActorId actor);

  /**
   * Checks if the world knows the facility.
   *
   * @param facility the facility
   * @return true if it is registered
   */
  boolean knowsFacility(FacilityId facility);

  /**
   * Checks if the world knows every actor and facility {@code account} names: its custodian, its
   * cohort's affiliation and its facility. A ledger remembers the answer for the accounts it holds
   * a balance of, so that a movement between them looks nothing up in the world.
   *
   * @param account the account
   * @return true if {@link #knowsActor(ActorId)} holds for each of {@link Account#actorsNamed()}
   *     and {@link #knowsFacility(FacilityId)} for each of {@link Account#facilitiesNamed()}
   */
  default boolean knowsNamesOf(Account account) {
    List<ActorId> actors = account.actorsNamed();
    List<FacilityId> facilities = account.facilitiesNamed();
    boolean known = true;
    for (int i = 0; i < actors.size(); i++) {
      known &= knowsActor(actors.get(i));
    }
    for (int i = 0; i < facilities.size(); i++) {
      known &= knowsFacility(facilities.get(i));
    }
    return known;
  }

  /**
   * Returns the country of a known facility.
   *
   * @param facility the facility
   * @return its country, or empty when the facility is unknown
   */
  Optional<CountryCode> countryOf(FacilityId facility);

  /**
   * Returns another event of the ledger by id, dated before or after the one being checked.
   *
   * @param id the event's id
   * @return the event, or empty when the ledger has no other event of that id
   */
  Optional<Event> event(EventId id);

  /**
   * Returns when the ledger says an agreement was concluded, before or after the event being
   * checked.
   *
   * @param id the agreement's id
   * @return the time, or empty when no event of the ledger concludes it
   */
  Optional<When> concluded(AgreementId id);

  /**
   * Returns the balance of an account under the reading.
   *
   * @param account the account
   * @return the balance; {@link Estimate#unknown()} for an account no census or event touched
   */
  Estimate balance(Account account);

  /**
   * Checks if the account has a balance on record: a census counted it, or a movement credited or
   * debited it, before the event being checked.
   *
   * @param account the account
   * @return true when the account's balance is recorded, even if it is zero
   */
  boolean hasRecorded(Account account);

  /**
   * Checks if {@code amount} may be more than the balance of {@code account} holds: its low end
   * exceeds the balance's high end, or its best value the balance's best value. A balance with no
   * high end (an account nobody counted) bounds nothing, so nothing exceeds it. The answer is that
   * of comparing with {@link #balance(Account)}; a ledger gives it without making the balance, for
   * the movements that exceed nothing, which are almost all of them.
   *
   * @param amount the amount taken out
   * @param account the account it is taken from
   * @return true when the balance is bounded and {@code amount} exceeds it at either end
   */
  default boolean mayExceedBalance(Estimate amount, Account account) {
    Objects.requireNonNull(amount, "amount");
    Estimate balance = balance(Objects.requireNonNull(account, "account"));
    return balance.hasUpperBound()
        && (amount.low() > balance.high() || amount.best() > balance.best());
  }

  /**
   * Returns what the balances a census scope covers allow: for one account, its balance with those
   * of the accounts nested in it (cohorts within its cohort at the same place); for a joint scope,
   * the sum of that over its accounts; for a scope of criteria, at least the sum of the low ends of
   * the accounts recorded in it (with the sum of their best values as best), and no upper bound,
   * since accounts nobody recorded may lie in the scope too.
   *
   * @param scope the scope
   * @return the balance of the scope
   */
  Estimate balanceOf(CensusScope scope);

  /**
   * Returns who controls a facility.
   *
   * @param facility the facility
   * @return the controller, or empty when no change of control has been recorded
   */
  Optional<ActorId> controllerOf(FacilityId facility);

  /**
   * Returns the last record of a facility's control applied before the event being checked: a
   * {@link dev.custody.event.ControlChanged}, a {@link dev.custody.event.ControlReported}, or a
   * {@link dev.custody.event.CustodyHandedOver} with control.
   *
   * @param facility the facility
   * @return the event, or empty when no control was recorded
   */
  Optional<Event> lastControlRecord(FacilityId facility);

  /**
   * Returns when the controller of a facility was recorded: the time of the last change of control
   * applied before the event being checked.
   *
   * @param facility the facility
   * @return the time, or empty when no change of control has been recorded
   */
  Optional<When> controlRecordedAt(FacilityId facility);

  /**
   * Returns an agreement concluded before the event being checked, with what has become of its
   * obligations so far.
   *
   * @param id the agreement's id
   * @return the agreement, or empty when none of that id was concluded
   */
  Optional<Agreement> agreement(AgreementId id);

  /**
   * Returns how many have been moved so far under a plan, under the reading: transferred, released,
   * repatriated or handed over, as the plan is for.
   *
   * @param plan the plan's event id
   * @return the sum of the movements naming it, {@code exactly(0)} when none
   */
  Estimate transferredUnder(EventId plan);

  /**
   * Returns how many {@code movement} takes out of its {@code from} account if applied now: its
   * size under the reading, or, for a movement of {@linkplain Movement#allOfThem() all of them},
   * the balance of its {@code from} account, whatever that is; for a {@linkplain
   * Movement#isJointPart() part of a joint movement}, the range the ledger gives that part (this
   * default, without the other parts, gives the whole figure).
   *
   * @param movement a movement of the event being checked
   * @return the number moved
   */
  default Estimate moved(Movement movement) {
    return movement.allOfThem() ? balance(movement.from()) : reading().of(movement.size());
  }

  /**
   * Returns the balances a census of {@code scope} taken at {@code when} may find: {@link
   * #balanceOf(CensusScope)}, widened by any movement dated by a period that holds {@code when} and
   * is still to be applied, since any share of it may already have happened.
   *
   * @param scope the census scope
   * @param when when the census was taken
   * @return the range of balances
   */
  default Estimate possibleBalanceOf(CensusScope scope, When when) {
    return balanceOf(scope);
  }

  /**
   * Returns the operation of the world with id {@code id}.
   *
   * @param id the operation's id
   * @return the operation, or empty when the world declares none of that id
   */
  Optional<Operation> operation(OperationId id);

  /**
   * Returns the sum, under the reading, of every movement recorded before the event being checked
   * that counts toward {@code total} (see {@link RunningTotalReported#counts}): a movement of all
   * of them counts the balance it emptied. A context that keeps no record of past movements answers
   * exactly 0, which no running total contradicts.
   *
   * @param total the running total
   * @return the sum, exactly 0 when nothing counts
   */
  default Estimate recordedToward(RunningTotalReported total) {
    return Estimate.exactly(0);
  }
}
