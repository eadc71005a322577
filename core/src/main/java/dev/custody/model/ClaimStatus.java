package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.internal.Checks;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a claim stands: reported, rumoured or disputed (all still counted), or refuted, retracted
 * or misattributed (kept on record, counted nowhere).
 *
 * <p>A refuted rumour ("1,500 sealed in underground cells", later searched: nobody) must never
 * drive a headline figure, and a figure credited to the wrong prison must not count twice; yet both
 * stay in the record and in the claims table, because a reader of the sources will meet them.
 * {@link #counts()} says whether a claim takes part in a figure's envelope, consensus, conflicts
 * and readings.
 *
 * <p>A refuted claim names the claim or the {@link Dispute} that refuted it ({@link #refutedBy()}),
 * in the same figure; a misattributed one says what it really counts ({@link #countsInstead()}):
 * "the escapes from al-Hol".
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class ClaimStatus {

  /** The standings of a claim. */
  public enum Kind {
    /** Reported as a fact by its source: the default. Counted. */
    REPORTED,
    /** Reported as hearsay, a rumour the source passes on. Counted, and shown as a rumour. */
    RUMOURED,
    /** Disputed by another source, without a refutation. Counted, and shown as disputed. */
    DISPUTED,
    /** Shown false by another claim of the same figure. On record, not counted. */
    REFUTED,
    /** Withdrawn by its own source. On record, not counted. */
    RETRACTED,
    /** Credited to the wrong quantity: it counts something else. On record, not counted. */
    MISATTRIBUTED
  }

  private static final ClaimStatus REPORTED =
      ImmutableClaimStatus.builder().kind(Kind.REPORTED).build();
  private static final ClaimStatus RUMOURED =
      ImmutableClaimStatus.builder().kind(Kind.RUMOURED).build();
  private static final ClaimStatus DISPUTED =
      ImmutableClaimStatus.builder().kind(Kind.DISPUTED).build();
  private static final ClaimStatus RETRACTED =
      ImmutableClaimStatus.builder().kind(Kind.RETRACTED).build();

  ClaimStatus() {}

  /**
   * Obtains the status of a claim reported as a fact, the default.
   *
   * @return the status
   */
  public static ClaimStatus reported() {
    return REPORTED;
  }

  /**
   * Obtains the status of a claim passed on as a rumour; it still counts.
   *
   * @return the status
   */
  public static ClaimStatus rumoured() {
    return RUMOURED;
  }

  /**
   * Obtains the status of a claim that another source disputes without refuting it; it still
   * counts.
   *
   * @return the status
   */
  public static ClaimStatus disputed() {
    return DISPUTED;
  }

  /**
   * Obtains the status of a claim that {@code claim}, another claim or a dispute of the same
   * figure, shows false: the search that found nobody, or a government's word that no large-scale
   * break happened against a group's claim of having freed hundreds.
   *
   * @param claim the id of the refuting claim or dispute
   * @return the status
   */
  public static ClaimStatus refutedBy(ClaimId claim) {
    return ImmutableClaimStatus.builder()
        .kind(Kind.REFUTED)
        .refutedBy(checkNotNull(claim, "claim"))
        .build();
  }

  /**
   * Obtains the status of a claim its own source withdrew.
   *
   * @return the status
   */
  public static ClaimStatus retracted() {
    return RETRACTED;
  }

  /**
   * Obtains the status of a claim its own source withdrew at {@code on}: as known before the
   * withdrawal was certainly made, the claim {@linkplain Figure#asKnownAt(Instant) stands as
   * reported}. A statement of the 16th withdrawn on the 17th counts in a report as known on the
   * 16th, and no longer in one as known on the 18th.
   *
   * @param on when the source withdrew it
   * @return the status
   */
  public static ClaimStatus retracted(When on) {
    return ImmutableClaimStatus.builder()
        .kind(Kind.RETRACTED)
        .retractedOn(checkNotNull(on, "on"))
        .build();
  }

  /**
   * Obtains the status of a claim credited to the wrong quantity.
   *
   * @param countsInstead what it really counts, as text: "the escapes from al-Hol"
   * @return the status
   * @throws IllegalArgumentException if {@code countsInstead} is blank or not printable text
   */
  public static ClaimStatus misattributed(String countsInstead) {
    return ImmutableClaimStatus.builder()
        .kind(Kind.MISATTRIBUTED)
        .countsInstead(checkNotNull(countsInstead, "countsInstead"))
        .build();
  }

  /**
   * Returns the kind of standing.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the claim that refuted this one, for a {@link Kind#REFUTED} claim.
   *
   * @return the refuting claim's id, present exactly when refuted
   */
  public abstract Optional<ClaimId> refutedBy();

  /**
   * Returns when the source withdrew a {@link Kind#RETRACTED} claim, when that is on record.
   *
   * @return the time of the withdrawal; empty for every other kind, and for a retraction whose time
   *     is not on record (such a claim is retracted from the moment it was reported)
   */
  public abstract Optional<When> retractedOn();

  /**
   * Returns what a {@link Kind#MISATTRIBUTED} claim really counts.
   *
   * @return the text, present exactly when misattributed
   */
  public abstract Optional<String> countsInstead();

  @Value.Check
  final void check() {
    if (refutedBy().isPresent() != (kind() == Kind.REFUTED)) {
      throw new IllegalArgumentException(
          String.format(
              "ClaimStatus.refutedBy (%s) must be present exactly for a REFUTED claim; kind is %s",
              refutedBy().map(ClaimId::toString).orElse("empty"), kind()));
    }
    if (countsInstead().isPresent() != (kind() == Kind.MISATTRIBUTED)) {
      throw new IllegalArgumentException(
          String.format(
              "ClaimStatus.countsInstead (%s) must be present exactly for a MISATTRIBUTED claim;"
                  + " kind is %s",
              countsInstead().map(Checks::quote).orElse("empty"), kind()));
    }
    if (retractedOn().isPresent() && kind() != Kind.RETRACTED) {
      throw new IllegalArgumentException(
          String.format(
              "ClaimStatus.retractedOn (%s) may only be present for a RETRACTED claim; kind is %s",
              retractedOn().get(), kind()));
    }
    countsInstead().ifPresent(c -> Checks.freeText("ClaimStatus.countsInstead", c));
  }

  /**
   * Checks if a claim of this standing takes part in its figure's envelope, consensus, conflicts
   * and readings: reported, rumoured and disputed claims do; refuted, retracted and misattributed
   * ones stay on record only.
   *
   * @return true if the claim counts
   */
  public final boolean counts() {
    return kind() == Kind.REPORTED || kind() == Kind.RUMOURED || kind() == Kind.DISPUTED;
  }

  /**
   * Returns the status as "reported", "rumoured", "disputed", "refuted by search-may", "retracted",
   * "retracted on 2014-04-17 (Africa/Lagos)" or "misattributed: really the escapes from al-Hol".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    String name = kind().name().toLowerCase(Locale.ROOT);
    if (refutedBy().isPresent()) {
      return name + " by " + refutedBy().get();
    }
    if (retractedOn().isPresent()) {
      return name + " on " + retractedOn().get();
    }
    return countsInstead().map(c -> name + ": really " + c).orElse(name);
  }
}
