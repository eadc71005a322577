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
 * What an actor undertook to do under an {@link Agreement}, by when or for how long, and what has
 * become of it: met, waived, breached, or its deadline revised.
 *
 * <p>"The SDF is to decide, within four days of the ceasefire, how to integrate its military and
 * civilian institutions into the Damascus administration" is an obligation whose {@linkplain
 * #obligor() obligor} is the SDF and whose {@linkplain #deadline() deadline} is {@code
 * Deadline.daysAfter(ceasefire, 4, Asia/Damascus)}. An obligation may have no deadline ("to be
 * completed quickly"). "Both sides pause operations for 120 hours" is an obligation with a
 * {@linkplain #term() term} instead: it is in force while the term runs and kept once it has ended,
 * unless it was {@linkplain #breaches() breached}. The obligor need not be a party: an agreement
 * may name a third party that is to act ({@link Agreement#isParty}).
 *
 * <p>A deadline, or the end of a term, may be {@linkplain #extensions() revised} either way: later
 * (extended) or earlier (brought forward). The revisions are kept in the order they were recorded,
 * and the one in force at an instant is the last whose decision had certainly been taken by then.
 *
 * <p>Invariants: an obligation is not both met and waived, and not breached when met or waived; it
 * has a deadline or a term, not both; revisions need a deadline or a term to revise, and a revised
 * term still ends after it starts. {@link #statusAt(Instant)} reads the state at any instant.
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
   * Returns the term for which the obligation runs, for an obligation kept by holding to something
   * for a time ("pause operations for 120 hours") rather than by doing something by a deadline.
   *
   * @return the term, or empty for an obligation with a deadline or with neither
   */
  public abstract Optional<Term> term();

  /**
   * Returns the revisions of the deadline (or of the end of the term), in the order they were
   * recorded. The name is the one the first model gave them, when a deadline could only be
   * extended; a revision may now bring a deadline forward as well.
   *
   * @return the revisions, each later or earlier than the one before; possibly empty
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

  /**
   * Returns the breaches reported, in the order they were recorded. The obligation is breached from
   * the first of them that has certainly happened; later ones are further breaches of it.
   *
   * @return the breaches, possibly empty; empty when the obligation is met or waived
   */
  public abstract ImmutableList<Breach> breaches();

  @Value.Check
  final void check() {
    Checks.freeText("Obligation.description", description());
    if (met().isPresent() && waived().isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "Obligation.waived (%s) must be empty when met (%s) is present, for %s",
              waived().get(), met().get(), id()));
    }
    if (deadline().isPresent() && term().isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "Obligation.term (%s) must be empty when a deadline (%s) is set, for %s",
              term().get(), deadline().get(), id()));
    }
    if (!extensions().isEmpty() && deadline().isEmpty() && term().isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "Obligation.extensions (%s) need an original deadline or a term, for %s",
              extensions(), id()));
    }
    if (term().isPresent()) {
      Instant start = term().get().start().start();
      for (DeadlineExtension revision : extensions()) {
        if (!revision.deadline().lapsesAt().isAfter(start)) {
          throw new IllegalArgumentException(
              String.format(
                  "Obligation.extensions deadline (%s) must lapse after the term begins (%s),"
                      + " for %s",
                  revision.deadline(), term().get().start(), id()));
        }
      }
    }
    if (!breaches().isEmpty() && (met().isPresent() || waived().isPresent())) {
      throw new IllegalArgumentException(
          String.format(
              "Obligation.breaches (%s) must be empty when %s (%s), for %s",
              breaches(),
              met().isPresent() ? "met" : "waived",
              met().isPresent() ? met().get() : waived().get(),
              id()));
    }
  }

  /**
   * Returns a copy recorded as met {@code when}.
   *
   * @param when when it was met
   * @return the copy
   * @throws IllegalStateException if the obligation is already met, waived or breached
   */
  public final Obligation withMet(When when) {
    checkOpen("meet", checkNotNull(when, "when"));
    checkNotBreached("meet", when);
    return ((ImmutableObligation) this).copyWithMet(when);
  }

  /**
   * Returns a copy recorded as waived {@code when}.
   *
   * @param when when it was waived
   * @return the copy
   * @throws IllegalStateException if the obligation is already met, waived or breached
   */
  public final Obligation withWaived(When when) {
    checkOpen("waive", checkNotNull(when, "when"));
    checkNotBreached("waive", when);
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

  /** A breached obligation was broken: it cannot be met or waived afterwards. */
  private void checkNotBreached(String verb, When when) {
    if (!breaches().isEmpty()) {
      throw new IllegalStateException(
          String.format(
              "Obligation %s is already breached (%s); cannot %s it %s",
              id(), breaches().get(0).when(), verb, when));
    }
  }

  /**
   * Returns a copy with {@code breach} recorded after the breaches already recorded.
   *
   * @param breach the breach
   * @return the copy
   * @throws IllegalStateException if the obligation is already met or waived
   */
  public final Obligation withBreach(Breach breach) {
    checkOpen("breach", checkNotNull(breach, "breach").when());
    return ((ImmutableObligation) this)
        .copyWithBreaches(ImmutableList.<Breach>builder().addAll(breaches()).add(breach).build());
  }

  /**
   * Returns a copy whose deadline (or the end of whose term) is revised to {@code deadline},
   * decided {@code decided}: later or earlier than the one it replaces.
   *
   * @param deadline the new deadline
   * @param decided when the revision was decided
   * @return the copy
   * @throws IllegalArgumentException if there is neither a deadline nor a term to revise, or a
   *     revised term would end before it begins
   */
  public final Obligation withRevision(Deadline deadline, When decided) {
    return ((ImmutableObligation) this)
        .copyWithExtensions(
            ImmutableList.<DeadlineExtension>builder()
                .addAll(extensions())
                .add(DeadlineExtension.of(deadline, decided))
                .build());
  }

  /**
   * Returns a copy whose deadline is revised to {@code deadline}, decided {@code decided}: {@link
   * #withRevision(Deadline, When)}, under the name of the first model, in which a deadline could
   * only be extended.
   *
   * @param deadline the new deadline
   * @param decided when the revision was decided
   * @return the copy
   * @throws IllegalArgumentException if there is neither a deadline nor a term to revise, or a
   *     revised term would end before it begins
   */
  public final Obligation withExtension(Deadline deadline, When decided) {
    return withRevision(deadline, decided);
  }

  /**
   * Returns the deadline in force at {@code instant}: the latest revision whose decision had
   * certainly been taken by then, or else the original deadline, or for an obligation with a term
   * the end of its term.
   *
   * @param instant the moment
   * @return the deadline, or empty when the obligation has neither a deadline nor a term
   */
  public final Optional<Deadline> deadlineAt(Instant instant) {
    checkNotNull(instant, "instant");
    for (DeadlineExtension extension : extensions().reverse()) {
      if (extension.decided().isCertainlyBy(instant)) {
        return Optional.of(extension.deadline());
      }
    }
    return original();
  }

  /**
   * Returns the latest deadline recorded, whenever its decision was taken: the last revision, or
   * else the original deadline, or the end of the term. A revision is judged against it.
   *
   * @return the deadline, or empty when the obligation has neither a deadline nor a term
   */
  public final Optional<Deadline> latestDeadline() {
    return extensions().isEmpty()
        ? original()
        : Optional.of(extensions().reverse().get(0).deadline());
  }

  /** The deadline before any revision: the one set, or the end of the term. */
  private Optional<Deadline> original() {
    return deadline().isPresent() ? deadline() : term().map(Term::end);
  }

  /**
   * Checks if a breach has been recorded.
   *
   * @return true if {@link #breaches()} is not empty
   */
  public final boolean isBreached() {
    return !breaches().isEmpty();
  }

  /**
   * Returns where the obligation stands at {@code instant}.
   *
   * <p>It is met (or waived, or breached) from the moment its meeting (or waiver, or first breach)
   * has certainly happened: an obligation met "on 2026-01-23" counts as met from the end of that
   * day. Before that, an obligation with a deadline is pending while the deadline in force has not
   * lapsed (extended or brought forward when that deadline is a revision later or earlier than the
   * original), and lapsed from {@link Deadline#lapsesAt()} on. An obligation with a term is
   * scheduled before its term begins, in force while it runs, and kept from the end in force on; it
   * never lapses. Times are instants, so the answer does not depend on the zone of the caller.
   *
   * @param instant the moment
   * @return the status
   */
  public final DeadlineStatus statusAt(Instant instant) {
    checkNotNull(instant, "instant");
    Optional<Deadline> inForce = deadlineAt(instant);
    Optional<When> begins = term().map(Term::start);
    if (met().isPresent() && met().get().isCertainlyBy(instant)) {
      // judged against the deadline in force when it was met, not any revision decided after
      Optional<Deadline> whenMet = deadlineAt(met().get().start());
      return DeadlineStatus.create(DeadlineStatus.State.MET, instant, whenMet, met(), begins);
    }
    if (waived().isPresent() && waived().get().isCertainlyBy(instant)) {
      return DeadlineStatus.create(DeadlineStatus.State.WAIVED, instant, inForce, waived(), begins);
    }
    Optional<When> breached = firstBreachBy(instant);
    if (breached.isPresent()) {
      Optional<Deadline> whenBreached = deadlineAt(breached.get().start());
      return DeadlineStatus.create(
          DeadlineStatus.State.BREACHED, instant, whenBreached, breached, begins);
    }
    DeadlineStatus.State state;
    if (term().isPresent()) {
      if (instant.isBefore(term().get().start().start())) {
        state = DeadlineStatus.State.SCHEDULED;
      } else if (inForce.orElseThrow().hasLapsedAt(instant)) {
        state = DeadlineStatus.State.KEPT;
      } else {
        state = DeadlineStatus.State.IN_FORCE;
      }
    } else if (inForce.isPresent() && inForce.get().hasLapsedAt(instant)) {
      state = DeadlineStatus.State.LAPSED;
    } else if (inForce.isPresent() && inForce.get().isBefore(deadline().orElseThrow())) {
      state = DeadlineStatus.State.BROUGHT_FORWARD;
    } else if (inForce.isPresent() && deadline().orElseThrow().isBefore(inForce.get())) {
      state = DeadlineStatus.State.EXTENDED;
    } else {
      state = DeadlineStatus.State.PENDING;
    }
    return DeadlineStatus.create(state, instant, inForce, Optional.empty(), begins);
  }

  /** The earliest breach that has certainly happened by {@code instant}. */
  private Optional<When> firstBreachBy(Instant instant) {
    When first = null;
    for (Breach breach : breaches()) {
      if (breach.when().isCertainlyBy(instant)
          && (first == null || breach.when().start().isBefore(first.start()))) {
        first = breach.when();
      }
    }
    return Optional.ofNullable(first);
  }

  /**
   * Returns the obligation as "decide-integration: sdf to decide ... (by end of 2026-01-24
   * (Asia/Damascus))" or "pause: sdf to pause operations (for 120 hours from 2026-01-20
   * (Asia/Damascus)), breached [2026-01-22 (Asia/Damascus)]".
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
        + term().map(t -> " (for " + t + ")").orElse("")
        + (extensions().isEmpty() ? "" : ", revised " + extensions())
        + met().map(m -> ", met " + m).orElse("")
        + waived().map(w -> ", waived " + w).orElse("")
        + (breaches().isEmpty() ? "" : ", breached " + breaches());
  }

  /**
   * Builds an {@link Obligation}. Id, obligor and description are required; the deadline or the
   * term, its revisions, the breaches and the met or waived time are optional. {@link #build()}
   * checks the invariants.
   */
  public static final class Builder extends ImmutableObligation.Builder {
    Builder() {}
  }
}
