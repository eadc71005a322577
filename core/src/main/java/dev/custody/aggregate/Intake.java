package dev.custody.aggregate;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.IntakeKind;
import dev.custody.model.ActorId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.util.Locale;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The people who came into one held account from outside custody in one way, in an {@link Intakes}:
 * how many surrendered to the SDF at al-Hol, how many were born there.
 *
 * <p>The count is a flow, the sum of the recorded intakes read under the reading: it says what the
 * record holds, not how many the account held before.
 *
 * <p>Invariants: the account is held; at least one event.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Intake {

  Intake() {}

  static Intake create(Account into, IntakeKind how, Estimate count, Iterable<EventId> events) {
    return ImmutableIntake.builder().into(into).how(how).count(count).addAllEvents(events).build();
  }

  /**
   * Returns the held account they came into.
   *
   * @return the account
   */
  public abstract Account into();

  /**
   * Returns how they came into custody.
   *
   * @return the kind of intake
   */
  public abstract IntakeKind how();

  /**
   * Returns how many came in this way into this account by the instant.
   *
   * @return the sum of the recorded intakes
   */
  public abstract Estimate count();

  /**
   * Returns the recorded intakes, in ledger order.
   *
   * @return their ids, never empty
   */
  public abstract ImmutableList<EventId> events();

  @Value.Check
  final void check() {
    if (!into().isHeld()) {
      throw new IllegalArgumentException(
          String.format("Intake.into (%s) must be a held account", into()));
    }
    if (events().isEmpty()) {
      throw new IllegalArgumentException(
          String.format("Intake.events ([]) must name at least one event, for %s", into()));
    }
  }

  /**
   * Returns the custodian they came to.
   *
   * @return the custodian of the account
   */
  public final ActorId custodian() {
    return into().custodian().orElseThrow();
  }

  /**
   * Returns the intake as "surrender into held by sdf at al-hol: family members affiliated with
   * isis: about 5,000 (4,750-5,250) by baghuz-surrender".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return how().name().toLowerCase(Locale.ROOT).replace('_', ' ')
        + " into "
        + into()
        + ": "
        + count()
        + " by "
        + events().stream().map(EventId::toString).collect(Collectors.joining(", "));
  }
}
