package dev.custody.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.custody.internal.Checks;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.ObligationId;
import dev.custody.model.When;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An agreement between two or more actors, such as a ceasefire or an arrangement to transfer
 * detainees, with the {@link Obligation}s it creates.
 *
 * <p>An obligation may fall on an actor that is not a party: a third party the text names ("the
 * coalition is to provide the flights"). {@link #isParty(ActorId)} and {@link #thirdParties()} tell
 * the two apart.
 *
 * <p>Invariants, checked at construction: at least two distinct parties; obligation ids unique; no
 * deadline (original or revised, or the end of a term) that lapses at or before the start of the
 * agreement's conclusion time: a deadline cannot come before its agreement; and no obligation met,
 * waived or breached, nor revision decided, certainly before the agreement was concluded.
 * "Certainly before" is {@link When#isBefore(When)}, as rule {@code CUS-007} judges an {@code
 * obligation-met}, {@code obligation-breached} or {@code deadline-extended} event: a time that
 * overlaps the conclusion is accepted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Agreement {

  Agreement() {}

  /**
   * Returns a builder. Id, kind, title, at least two parties and the conclusion time are required;
   * obligations are optional.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id.
   *
   * @return the id
   */
  public abstract AgreementId id();

  /**
   * Returns what the agreement is about.
   *
   * @return the kind
   */
  public abstract AgreementKind kind();

  /**
   * Returns a short title, such as "Ceasefire between the SDF and the Syrian government".
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Returns the parties, in the order given.
   *
   * @return at least two distinct actors
   */
  public abstract ImmutableSet<ActorId> parties();

  /**
   * Returns when the agreement was concluded (agreed, signed or announced).
   *
   * @return the time
   */
  public abstract When concluded();

  /**
   * Returns the obligations, in the order given.
   *
   * @return the obligations, with distinct ids; possibly empty
   */
  public abstract ImmutableList<Obligation> obligations();

  @Value.Check
  final void check() {
    Checks.text("Agreement.title", title());
    if (parties().size() < 2) {
      throw new IllegalArgumentException(
          String.format(
              "Agreement.parties (%s) must name at least two distinct actors, for %s",
              parties(), id()));
    }
    Set<ObligationId> ids = new HashSet<>();
    for (Obligation obligation : obligations()) {
      if (!ids.add(obligation.id())) {
        throw new IllegalArgumentException(
            String.format(
                "Agreement.obligations id (%s) must be unique within %s", obligation.id(), id()));
      }
      checkNotBeforeConclusion(obligation, obligation.deadline());
      checkNotBeforeConclusion(obligation, obligation.term().map(Term::end));
      obligation.met().ifPresent(met -> checkSettledAfterConclusion(obligation, "met", met));
      obligation
          .waived()
          .ifPresent(waived -> checkSettledAfterConclusion(obligation, "waived", waived));
      for (Breach breach : obligation.breaches()) {
        checkSettledAfterConclusion(obligation, "breached", breach.when());
      }
      for (DeadlineExtension extension : obligation.extensions()) {
        checkSettledAfterConclusion(obligation, "extension decided", extension.decided());
        checkNotBeforeConclusion(obligation, Optional.of(extension.deadline()));
      }
    }
  }

  /** What an obligation records of its history cannot precede the agreement that created it. */
  private void checkSettledAfterConclusion(Obligation obligation, String field, When when) {
    if (when.isBefore(concluded())) {
      throw new IllegalArgumentException(
          String.format(
              "Agreement.obligations %s (%s) of %s must not be certainly before the agreement"
                  + " was concluded (%s), for %s",
              field, when, obligation.id(), concluded(), id()));
    }
  }

  private void checkNotBeforeConclusion(Obligation obligation, Optional<Deadline> deadline) {
    if (deadline.isPresent() && !deadline.get().lapsesAt().isAfter(concluded().start())) {
      throw new IllegalArgumentException(
          String.format(
              "Agreement.obligations deadline (%s) of %s must lapse after the agreement was"
                  + " concluded (%s), for %s",
              deadline.get(), obligation.id(), concluded(), id()));
    }
  }

  /**
   * Checks if {@code actor} is a party to the agreement, rather than a third party on whom an
   * obligation falls or an actor it does not name.
   *
   * @param actor the actor
   * @return true if it is one of {@link #parties()}
   */
  public final boolean isParty(ActorId actor) {
    checkNotNull(actor, "actor");
    return parties().contains(actor);
  }

  /**
   * Returns the obligors that are not parties: third parties the agreement names as owing
   * something, in the order of their first obligation.
   *
   * @return the third parties, possibly empty
   */
  public final ImmutableSet<ActorId> thirdParties() {
    return obligations().stream()
        .map(Obligation::obligor)
        .filter(obligor -> !parties().contains(obligor))
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the obligation with id {@code id}.
   *
   * @param id the obligation's id
   * @return the obligation, or empty when the agreement has none of that id
   */
  public final Optional<Obligation> obligation(ObligationId id) {
    checkNotNull(id, "id");
    return obligations().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Returns a copy in which {@code obligation} replaces the obligation of the same id, or is added
   * after the others when there is none.
   *
   * @param obligation the obligation
   * @return the copy
   * @throws IllegalArgumentException if the result breaks an invariant, such as a deadline that
   *     lapses before the agreement was concluded
   */
  public final Agreement withObligation(Obligation obligation) {
    checkNotNull(obligation, "obligation");
    ImmutableList.Builder<Obligation> updated = ImmutableList.builder();
    boolean replaced = false;
    for (Obligation existing : obligations()) {
      if (existing.id().equals(obligation.id())) {
        updated.add(obligation);
        replaced = true;
      } else {
        updated.add(existing);
      }
    }
    if (!replaced) {
      updated.add(obligation);
    }
    return ((ImmutableAgreement) this).copyWithObligations(updated.build());
  }

  /**
   * Returns the status of every obligation at {@code instant}.
   *
   * @param instant the moment
   * @return the statuses by obligation id, in the order of the obligations
   */
  public final ImmutableMap<ObligationId, DeadlineStatus> statusAt(Instant instant) {
    checkNotNull(instant, "instant");
    return obligations().stream()
        .collect(ImmutableMap.toImmutableMap(Obligation::id, o -> o.statusAt(instant)));
  }

  /**
   * Returns the obligations still owed at {@code instant}: pending, extended, brought forward,
   * lapsed, scheduled or in force.
   *
   * @param instant the moment
   * @return the open obligations, in order
   */
  public final ImmutableList<Obligation> openObligationsAt(Instant instant) {
    checkNotNull(instant, "instant");
    return obligations().stream()
        .filter(o -> o.statusAt(instant).isOpen())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the agreement as "ceasefire-2026-01-20 (ceasefire): title, between sdf and syria-gov,
   * concluded 2026-01-20 (Asia/Damascus), 1 obligation".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return id()
        + " ("
        + kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + "): "
        + title()
        + ", between "
        + String.join(" and ", parties().stream().map(ActorId::toString).toList())
        + ", concluded "
        + concluded()
        + ", "
        + obligations().size()
        + (obligations().size() == 1 ? " obligation" : " obligations");
  }

  /** Builds an {@link Agreement}. {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableAgreement.Builder {
    Builder() {}
  }
}
