package dev.custody.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.internal.Checks;
import dev.custody.model.ActorId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.ObligationId;
import dev.custody.model.When;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one party to an {@link Agreement} undertook to do, by when, and what has become of it: met,
 * waived, or its deadline extended.
 *
 * <p>"The SDF is to decide, within four days of the ceasefire, how to integrate its military and
 * civilian institutions into the Damascus administration" is an obligation whose {@linkplain
 * #obligor() obligor} is the SDF and whose {@linkplain #deadline() deadline} is {@code
 * Deadline.daysAfter(ceasefire, 4, Asia/Damascus)}. An obligation may have no deadline ("to be
 * completed quickly").
 *
 * <p>Invariants: an obligation is not both met and waived; extensions need an original deadline,
 * and each extension's deadline lapses later than the deadline it replaces. {@link
 * #statusAt(Instant)} reads the state at any instant.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Obligation {

  Obligation() {}

  /**
   * Obtains an open obligation with a deadline.
   *
   * @param id the id, unique within its agreement
   * @param obligor the party that owes it
   * @param description what is owed, not blank
   * @param deadline by when
   * @return the obligation
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static Obligation of(
      ObligationId id, ActorId obligor, String description, Deadline deadline) {
    return builder().id(id).obligor(obligor).description(description).deadline(deadline).build();
  }

  /**
   * Obtains an open obligation with no deadline.
   *
   * @param id the id, unique within its agreement
   * @param obligor the party that owes it
   * @param description what is owed, not blank
   * @return the obligation
   * @throws IllegalArgumentException if {@code description} is blank
   */
  public static Obligation of(ObligationId id, ActorId obligor, String description) {
    return builder().id(id).obligor(obligor).description(description).build();
  }

  /**
   * Returns a builder, for obligations recorded with their history.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id, unique within the agreement.
   *
   * @return the id
   */
  public abstract ObligationId id();

  /**
   * Returns the party that owes the obligation.
   *
   * @return the obligor
   */
  public abstract ActorId obligor();

  /**
   * Returns what is owed, in a sentence.
   *
   * @return the description, not blank
   */
  public abstract String description();

  /**
   * Returns the original deadline.
   *
   * @return the deadline, or empty when none was set
   */
  public abstract Optional<Deadline> deadline();

  /**
   * Returns the extensions of the deadline, oldest first.
   *
   * @return the extensions, each later than the one before; possibly empty
   */
  public abstract ImmutableList<DeadlineExtension> extensions();

  /**
   * Returns when the obligation was met.
   *
   * @return the time, or empty when not (yet) recorded as met
   */
  public abstract Optional<When> met();

  /**
   * Returns when the obligation was waived.
   *
   * @return the time, or empty when not waived
   */
  public abstract Optional<When> waived();

  @Value.Check
  final void check() {
    Checks.freeText("Obligation.description", description());
    if (met().isPresent() && waived().isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "Obligation.waived (%s) must be empty when met (%s) is present, for %s",
              waived().get(), met().get(), id()));
    }
    if (!extensions().isEmpty() && deadline().isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "Obligation.extensions (%s) need an original deadline, for %s", extensions(), id()));
    }
    Deadline previous = deadline().orElse(null);
    for (DeadlineExtension extension : extensions()) {
      if (previous != null && !previous.isBefore(extension.deadline())) {
        throw new IllegalArgumentException(
            String.format(
                "Obligation.extensions deadline (%s) must lapse after the deadline it extends"
                    + " (%s), for %s",
                extension.deadline(), previous, id()));
      }
      previous = extension.deadline();
    }
  }

  /**
   * Returns a copy recorded as met {@code when}.
   *
   * @param when when it was met
   * @return the copy
   * @throws IllegalStateException if the obligation is already met or waived
   */
  public final Obligation withMet(When when) {
    checkOpen("meet", checkNotNull(when, "when"));
    return ((ImmutableObligation) this).copyWithMet(when);
  }

  /**
   * Returns a copy recorded as waived {@code when}.
   *
   * @param when when it was waived
   * @return the copy
   * @throws IllegalStateException if the obligation is already met or waived
   */
  public final Obligation withWaived(When when) {
    checkOpen("waive", checkNotNull(when, "when"));
    return ((ImmutableObligation) this).copyWithWaived(when);
  }

  /** An obligation is settled once: meeting or waiving it again is a fault of its state. */
  private void checkOpen(String verb, When when) {
    if (met().isPresent() || waived().isPresent()) {
      throw new IllegalStateException(
          String.format(
              "Obligation %s is already %s (%s); cannot %s it %s",
              id(),
              met().isPresent() ? "met" : "waived",
              met().isPresent() ? met().get() : waived().get(),
              verb,
              when));
    }
  }

  /**
   * Returns a copy whose deadline is extended to {@code deadline}, decided {@code decided}.
   *
   * @param deadline the new deadline
   * @param decided when the extension was decided
   * @return the copy
   * @throws IllegalArgumentException if there is no deadline to extend, or {@code deadline} does
   *     not lapse after the latest one
   */
  public final Obligation withExtension(Deadline deadline, When decided) {
    return ((ImmutableObligation) this)
        .copyWithExtensions(
            ImmutableList.<DeadlineExtension>builder()
                .addAll(extensions())
                .add(DeadlineExtension.of(deadline, decided))
                .build());
  }

  /**
   * Returns the deadline in force at {@code instant}: the latest extension whose decision had
   * certainly been taken by then, or else the original deadline.
   *
   * @param instant the moment
   * @return the deadline, or empty when the obligation has none
   */
  public final Optional<Deadline> deadlineAt(Instant instant) {
    checkNotNull(instant, "instant");
    for (DeadlineExtension extension : extensions().reverse()) {
      if (extension.decided().isCertainlyBy(instant)) {
        return Optional.of(extension.deadline());
      }
    }
    return deadline();
  }

  /**
   * Returns where the obligation stands at {@code instant}.
   *
   * <p>It is met (or waived) from the moment its meeting (or waiver) has certainly happened: an
   * obligation met "on 2026-01-23" counts as met from the end of that day. Before that, it is
   * pending while the deadline in force has not lapsed, extended when that deadline is an
   * extension, and lapsed from {@link Deadline#lapsesAt()} on. Times are instants, so the answer
   * does not depend on the zone of the caller.
   *
   * @param instant the moment
   * @return the status
   */
  public final DeadlineStatus statusAt(Instant instant) {
    checkNotNull(instant, "instant");
    Optional<Deadline> inForce = deadlineAt(instant);
    if (met().isPresent() && met().get().isCertainlyBy(instant)) {
      // judged against the deadline in force when it was met, not any extension decided after
      Optional<Deadline> whenMet = deadlineAt(met().get().start());
      return DeadlineStatus.create(DeadlineStatus.State.MET, instant, whenMet, met());
    }
    if (waived().isPresent() && waived().get().isCertainlyBy(instant)) {
      return DeadlineStatus.create(DeadlineStatus.State.WAIVED, instant, inForce, waived());
    }
    DeadlineStatus.State state;
    if (inForce.isPresent() && inForce.get().hasLapsedAt(instant)) {
      state = DeadlineStatus.State.LAPSED;
    } else if (inForce.isPresent() && !inForce.equals(deadline())) {
      state = DeadlineStatus.State.EXTENDED;
    } else {
      state = DeadlineStatus.State.PENDING;
    }
    return DeadlineStatus.create(state, instant, inForce, Optional.empty());
  }

  /**
   * Returns the obligation as "decide-integration: sdf to decide ... (by end of 2026-01-24
   * (Asia/Damascus))".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return id()
        + ": "
        + obligor()
        + " to "
        + description()
        + deadline().map(d -> " (by " + d + ")").orElse("")
        + (extensions().isEmpty() ? "" : ", extended " + extensions())
        + met().map(m -> ", met " + m).orElse("")
        + waived().map(w -> ", waived " + w).orElse("");
  }

  /**
   * Builds an {@link Obligation}. Id, obligor and description are required; the deadline, its
   * extensions and the met or waived time are optional. {@link #build()} checks the invariants.
   */
  public static final class Builder extends ImmutableObligation.Builder {
    Builder() {}
  }
}
