package dev.custody.aggregate;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How a balance is known at an instant: counted by a census (when, by whom), carried forward from
 * such a count through later movements, known only from movements because nobody ever counted the
 * account, or not recorded at all.
 *
 * <p>Not recorded is a state, never zero: an account no census counted and no movement touched has
 * no balance on record, and a report says "not recorded" where a careless one would print "exactly
 * 0". A count says its age at the instant, so that "exactly 18,863, counted 2022-07-15, 3 years
 * before" never passes for a current figure.
 *
 * <p>Invariants: a counted or carried-forward balance names its census, when it was taken and at
 * least one source; a counted one has no movement since; a carried-forward one and one known from
 * movements only have at least one; a balance not recorded has neither census nor movement.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Provenance {

  /** The ways a balance can be known. */
  public enum Kind {
    /** Set by a census of exactly this account, no movement since. */
    COUNTED,
    /** Set by a census of exactly this account, then changed by later movements. */
    CARRIED_FORWARD,
    /**
     * Never counted: the balance is what the recorded movements in and out say, its opening
     * unknown.
     */
    MOVEMENTS_ONLY,
    /** Neither counted nor touched by any movement: nothing on record. */
    NOT_RECORDED
  }

  Provenance() {}

  /**
   * Obtains the provenance of a balance no census counted and no movement touched.
   *
   * @param asOf the instant of the balance
   * @return the provenance
   */
  public static Provenance notRecorded(Instant asOf) {
    return ImmutableProvenance.builder().kind(Kind.NOT_RECORDED).asOf(asOf).movements(0).build();
  }

  static Provenance movementsOnly(Instant asOf, int movements) {
    return ImmutableProvenance.builder()
        .kind(Kind.MOVEMENTS_ONLY)
        .asOf(asOf)
        .movements(movements)
        .build();
  }

  static Provenance counted(
      Instant asOf, EventId census, When when, Iterable<Source> sources, int movementsSince) {
    return ImmutableProvenance.builder()
        .kind(movementsSince == 0 ? Kind.COUNTED : Kind.CARRIED_FORWARD)
        .asOf(asOf)
        .census(census)
        .counted(when)
        .addAllSources(sources)
        .movements(movementsSince)
        .build();
  }

  /**
   * Returns how the balance is known.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the instant at which the balance holds, from which the count's age is told.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the census whose count the balance starts from.
   *
   * @return its id, empty unless {@link Kind#COUNTED} or {@link Kind#CARRIED_FORWARD}
   */
  public abstract Optional<EventId> census();

  /**
   * Returns when the census was taken.
   *
   * @return the time, empty unless {@link Kind#COUNTED} or {@link Kind#CARRIED_FORWARD}
   */
  public abstract Optional<When> counted();

  /**
   * Returns the sources of the census's claims, each once, in the order of the claims.
   *
   * @return the sources, empty when nobody counted
   */
  public abstract ImmutableList<Source> sources();

  /**
   * Returns the censuses of nested cohorts (at the same place, within the account's cohort) whose
   * counts were taken out of a counted balance: the account of a wider cohort holds the rest of it,
   * so its balance is then derived, the remainder of its own count less those parts.
   *
   * @return the census ids, in ledger order; empty when the balance is its count alone
   */
  public abstract ImmutableList<EventId> lessCountedApart();

  /**
   * Returns a copy that says the counts of {@code censuses} were taken out of the balance.
   *
   * @param censuses the censuses of the nested accounts
   * @return the copy
   */
  final Provenance lessCountedApart(Iterable<EventId> censuses) {
    return ((ImmutableProvenance) this).copyWithLessCountedApart(censuses);
  }

  /**
   * Returns how many movements changed the balance: since the count when there is one, in all
   * otherwise.
   *
   * @return the number of movements, zero or more
   */
  public abstract int movements();

  /**
   * Returns the running totals of plans that carried a census's population forward beyond the
   * movements recorded one by one (see {@link Population#runningTotals()}).
   *
   * @return their ids; empty for a balance, and for a population no running total changed
   */
  public abstract ImmutableList<EventId> runningTotals();

  /**
   * Returns a copy that says the running totals {@code totals} carried the count forward too: a
   * count that no movement changed is then carried forward, not as counted.
   *
   * @param totals the running totals' ids
   * @return the copy, this when {@code totals} is empty
   */
  final Provenance withRunningTotals(List<EventId> totals) {
    if (totals.isEmpty()) {
      return this;
    }
    // built whole: the kind and the totals are only consistent together
    return ImmutableProvenance.builder()
        .kind(Kind.CARRIED_FORWARD)
        .asOf(asOf())
        .census(census())
        .counted(counted())
        .addAllSources(sources())
        .addAllLessCountedApart(lessCountedApart())
        .movements(movements())
        .addAllRunningTotals(totals)
        .build();
  }

  @Value.Check
  final void check() {
    Preconditions.checkArgument(
        movements() >= 0, "Provenance.movements (%s) must be zero or more", movements());
    boolean counted = kind() == Kind.COUNTED || kind() == Kind.CARRIED_FORWARD;
    Preconditions.checkArgument(
        census().isPresent() == counted && counted().isPresent() == counted,
        "Provenance.census (%s) and counted (%s) must be present exactly when the kind (%s) is"
            + " counted or carried forward",
        census().map(Object::toString).orElse("none"),
        counted().map(Object::toString).orElse("none"),
        kind());
    Preconditions.checkArgument(
        !counted || !sources().isEmpty(),
        "Provenance.sources must not be empty for a %s balance (census %s)",
        kind(),
        census().map(Object::toString).orElse("none"));
    Preconditions.checkArgument(
        counted || lessCountedApart().isEmpty(),
        "Provenance.lessCountedApart (%s) is only for a counted or carried-forward balance; kind is"
            + " %s",
        lessCountedApart(),
        kind());
    Preconditions.checkArgument(
        kind() == Kind.CARRIED_FORWARD || runningTotals().isEmpty(),
        "Provenance.runningTotals (%s) is only for a carried-forward count; kind is %s",
        runningTotals(),
        kind());
    boolean moved = kind() == Kind.CARRIED_FORWARD || kind() == Kind.MOVEMENTS_ONLY;
    // a count carried forward by running totals alone has moved by no recorded movement
    Preconditions.checkArgument(
        moved == (movements() > 0 || !runningTotals().isEmpty()),
        "Provenance.movements (%s) must be positive exactly when the kind (%s) is carried forward"
            + " (unless running totals alone carried it: runningTotals %s) or movements only",
        movements(),
        kind(),
        runningTotals());
  }

  /**
   * Checks if anything is on record for the balance.
   *
   * @return false only for {@link Kind#NOT_RECORDED}
   */
  public final boolean isRecorded() {
    return kind() != Kind.NOT_RECORDED;
  }

  /**
   * Returns the age of the count at {@link #asOf()}: the calendar time from the last day of the
   * census, in its zone, to the day of the instant there.
   *
   * @return the age, zero when the census is of the same day or later; empty when nobody counted
   */
  public final Optional<Period> age() {
    return counted().map(when -> ageOf(when, asOf()));
  }

  private static Period ageOf(When when, Instant asOf) {
    LocalDate counted = when.lastDate();
    // a report at the end of a day (24:00, the next day's first instant) speaks of that day
    LocalDate then = asOf.minusNanos(1).atZone(when.zone()).toLocalDate();
    return then.isAfter(counted) ? Period.between(counted, then) : Period.ZERO;
  }

  /**
   * Returns the age of the count in words: "the same day", "1 day before", "5 months before", "3
   * years before", the largest unit only.
   *
   * @return the words, empty when nobody counted
   */
  public final Optional<String> ageText() {
    return age().map(Provenance::words);
  }

  private static String words(Period age) {
    if (age.getYears() > 0) {
      return plural(age.getYears(), "year") + " before";
    } else if (age.getMonths() > 0) {
      return plural(age.getMonths(), "month") + " before";
    } else if (age.getDays() > 0) {
      return plural(age.getDays(), "day") + " before";
    }
    return "the same day";
  }

  /** "4 movements", "1 movement and the running total mission-complete". */
  private String carriers() {
    String totals =
        runningTotals().isEmpty()
            ? ""
            : (runningTotals().size() == 1 ? "the running total " : "the running totals ")
                + runningTotals().stream().map(Object::toString).collect(Collectors.joining(", "));
    if (movements() == 0) {
      return totals;
    }
    return plural(movements(), "movement") + (totals.isEmpty() ? "" : " and " + totals);
  }

  private static String plural(int n, String unit) {
    return n + " " + unit + (n == 1 ? "" : "s");
  }

  /**
   * Returns the provenance as a reader would say it: "counted 2022-07-15 (Asia/Damascus) by sdf, 3
   * years before", "counted ... by sdf, 3 years before; carried forward by 4 movements", "never
   * counted: 2 movements recorded", or "not recorded".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    switch (kind()) {
      case NOT_RECORDED:
        return "not recorded";
      case MOVEMENTS_ONLY:
        return "never counted: " + plural(movements(), "movement") + " recorded";
      default:
        String text =
            "counted "
                + counted().orElseThrow()
                + " by "
                + sources().stream()
                    .map(s -> s.actor().toString())
                    .distinct()
                    .collect(Collectors.joining(", "))
                + ", "
                + ageText().orElseThrow();
        String apart =
            lessCountedApart().isEmpty()
                ? ""
                : "; less the parts counted apart by "
                    + lessCountedApart().stream()
                        .map(Object::toString)
                        .collect(Collectors.joining(", "));
        return (kind() == Kind.COUNTED ? text : text + "; carried forward by " + carriers())
            + apart;
    }
  }
}
