package dev.custody.rules;

import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.model.Estimate;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-001}, {@link Rule#ACCOUNT_OVERDRAWN}: no movement takes more people out of a held
 * account (or, for deaths while at large, an at-large account) than its balance allows, as {@link
 * Excess} compares them. Recaptures are {@code CUS-004}'s. A movement of {@linkplain
 * Movement#allOfThem() all of them} takes the balance, whatever it is, and never overdraws. A joint
 * movement (one figure over several origins, {@link Movement#isJointPart()}) overdraws when its
 * figure exceeds what the origins hold together: the sum of their balances.
 */
final class AccountOverdrawnCheck extends RuleCheck {

  AccountOverdrawnCheck(Rule rule) {
    super(
        rule,
        DetaineesTransferred.class,
        DetaineesEscaped.class,
        DetaineesReleased.class,
        DetaineesRepatriated.class,
        CustodyHandedOver.class,
        DetaineesDied.class);
  }

  // Runs for most events: no lambdas or Optional chains.
  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    // indexed: an iterator per event is garbage on the path every accepted movement takes
    List<Movement> movements = event.movements();
    if (!movements.isEmpty() && movements.get(0).isJointPart()) {
      checkJoint(event, movements, context, out);
      return;
    }
    for (int i = 0; i < movements.size(); i++) {
      Movement movement = movements.get(i);
      // recaptures are not among the events checked here: CUS-004 speaks of them
      if (movement.allOfThem()) {
        continue;
      }
      // a census during the movement's period may already count any share of it
      Estimate outflow = context.moved(movement);
      if (!context.mayExceedBalance(outflow, movement.from())) {
        continue; // the balance is not made for a movement it covers
      }
      Estimate balance = context.balance(movement.from());
      Optional<Severity> severity = Excess.severity(outflow, balance);
      if (severity.isPresent()) {
        out.add(
            violation(
                severity.get(),
                event,
                "size",
                "moving %s out of [%s], which holds %s under %s: %s",
                outflow,
                movement.from(),
                balance,
                words(context.reading()),
                Excess.describe(severity.get(), outflow, balance)));
      }
    }
  }

  /**
   * A joint figure against what its origins hold together: the parts are unknown, so only their sum
   * can overdraw.
   */
  private void checkJoint(
      Event event, List<Movement> movements, RuleContext context, List<Violation> out) {
    Estimate outflow = context.reading().of(movements.get(0).size());
    Estimate held = Estimate.exactly(0);
    StringBuilder origins = new StringBuilder();
    for (int i = 0; i < movements.size(); i++) {
      held = held.plus(context.balance(movements.get(i).from()));
      origins.append(i == 0 ? "[" : ", [").append(movements.get(i).from()).append(']');
    }
    Optional<Severity> severity = Excess.severity(outflow, held);
    if (severity.isPresent()) {
      out.add(
          violation(
              severity.get(),
              event,
              "size",
              "moving %s jointly out of %s, which hold %s together under %s: %s",
              outflow,
              origins,
              held,
              words(context.reading()),
              Excess.describe(severity.get(), outflow, held)));
    }
  }
}
