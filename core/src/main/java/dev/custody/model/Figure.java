package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Ordering;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything claimed about one quantity, such as the number who escaped from a prison: one or more
 * {@link Claim}s, kept in the order given, and their reconciliation.
 *
 * <p>The claims {@linkplain #agrees() agree} when some count is allowed by all of them; for ranges
 * on a line that is the same as every pair overlapping, so the {@link #conflicts()} list names each
 * pair that does not. When they agree, the {@link #consensus()} is the range all of them allow. The
 * {@link #envelope()} always exists: the range that some claim allows.
 *
 * <p>In the reference case the three escape claims (over 1,000; about 150; up to 200) do not agree:
 * the SDF's claim conflicts with each of the other two, which agree with each other.
 *
 * <p><b>Revisions.</b> A source that gives a figure and later another for the same quantity revises
 * itself: its later claim {@linkplain #isSuperseded(Claim) supersedes} the earlier one, which stays
 * on record in {@link #claims()} and counts nowhere else ({@link #counted()}).
 *
 * <p>The envelope and the consensus are computed once, on first use, since ledgers read them for
 * every movement.
 *
 * <p><b>Many claims.</b> {@link #conflicts()} lists every conflicting pair, and a figure of n
 * mutually conflicting claims has n(n-1)/2 of them: 12.5 million for 5,000 claims. To summarise
 * such a figure, {@link #conflictCount()} counts the pairs in {@code O(n log n)} time and {@link
 * #widestConflicts(int)} gives the widest few in {@code O(n log n + k log k)}, neither building the
 * whole list.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Figure {

  Figure() {}

  /**
   * Obtains the figure made of {@code claims}, in that order.
   *
   * @param first the first claim
   * @param more further claims
   * @return the figure
   */
  public static Figure of(Claim first, Claim... more) {
    return ImmutableFigure.builder()
        .addClaims(checkNotNull(first, "first"))
        .addClaims(checkNotNull(more, "more"))
        .build();
  }

  /**
   * Obtains the figure of one claim: {@code estimate} as {@code source} reported it at {@code
   * reported}. A shorthand for {@code Figure.of(Claim.of(estimate, source, reported))}.
   *
   * @param estimate how many, as reported
   * @param source who reported it
   * @param reported when it was reported
   * @return the figure
   */
  public static Figure of(Estimate estimate, Source source, When reported) {
    return of(Claim.of(estimate, source, reported));
  }

  /**
   * Obtains the figure made of {@code claims}, in their iteration order.
   *
   * @param claims the claims, at least one
   * @return the figure
   * @throws IllegalArgumentException if {@code claims} is empty
   */
  public static Figure of(Iterable<Claim> claims) {
    return ImmutableFigure.builder().addAllClaims(checkNotNull(claims, "claims")).build();
  }

  /**
   * Obtains the figure made of {@code claims} and {@code disputes}, each in their iteration order:
   * the form for a claim refuted by a dispute, which a figure of the claims alone would refuse.
   *
   * @param claims the claims, at least one
   * @param disputes the disputes, possibly none
   * @return the figure
   * @throws IllegalArgumentException if {@code claims} is empty, an id names two claims or
   *     disputes, a dispute names a claim the figure does not hold, or a refuted claim names no
   *     counted claim or dispute of the figure
   */
  public static Figure of(Iterable<Claim> claims, Iterable<Dispute> disputes) {
    return ImmutableFigure.builder()
        .addAllClaims(checkNotNull(claims, "claims"))
        .addAllDisputes(checkNotNull(disputes, "disputes"))
        .build();
  }

  /**
   * Returns the claims in the order given.
   *
   * @return the claims, never empty
   */
  public abstract ImmutableList<Claim> claims();

  /**
   * Returns the challenges to the figure that give no figure of their own ("no independent
   * verification"), in the order given. They take no part in the envelope or the consensus.
   *
   * @return the disputes, possibly empty
   */
  public abstract ImmutableList<Dispute> disputes();

  /**
   * Returns the claims that count: those whose status {@linkplain Claim#counts() counts} (all but
   * the refuted, retracted and misattributed ones) and that their own source has not {@linkplain
   * #isSuperseded(Claim) superseded} by a later claim. The others stay in {@link #claims()} on
   * record. The envelope, the consensus, the conflicts and every reading are computed from these.
   *
   * @return the counted claims, in order; empty when every claim was refuted, retracted or
   *     misattributed
   */
  @Value.Lazy
  public ImmutableList<Claim> counted() {
    ImmutableList<Claim> claims = claims();
    if (claims.size() == 1) {
      // as most figures are: no other claim of its source can revise it
      return claims.get(0).counts() ? claims : ImmutableList.of();
    }
    return claims.stream()
        .filter(c -> c.counts() && !revised(c))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the claims kept on record only: refuted, retracted or misattributed, or superseded by a
   * later claim of their source.
   *
   * @return those claims, in order; possibly empty
   */
  public final ImmutableList<Claim> onRecordOnly() {
    return claims().stream()
        .filter(c -> !c.counts() || revised(c))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the claims that their own source revised: claims whose status counts, superseded by a
   * later claim of the same source ({@link #isSuperseded(Claim)}). They stay on record.
   *
   * @return those claims, in order; possibly empty
   */
  public final ImmutableList<Claim> superseded() {
    return claims().stream()
        .filter(c -> c.counts() && revised(c))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks if {@code claim}, a claim of this figure, was revised by its own source: the figure
   * holds another claim of the same source, whose status counts, reported certainly after it
   * ({@link When#isBefore(When)} of their {@code reported} times). A source that says "hundreds
   * escaped" and later "dozens" is then read by its later word: in its own reading, the consensus,
   * the envelope and the conflicts; the earlier claim stays on record.
   *
   * <p><b>The same source</b> is an equal {@link Source}: the same actor and the same description
   * (the SDF's own statements revise one another; a claim of "an SDF official" does not revise one
   * of the SDF's), whatever the channel that carried it. A {@linkplain Source#isRelayed() relayed}
   * source, a person who speaks for no actor, never revises anything: two unnamed residents quoted
   * by one outlet need not be one person. Claims whose report times may overlap do not supersede
   * each other; a refuted, retracted or misattributed claim supersedes nothing.
   *
   * @param claim a claim of this figure
   * @return true if a later claim of the same source supersedes it
   * @throws IllegalArgumentException if {@code claim} is not a claim of this figure
   */
  public final boolean isSuperseded(Claim claim) {
    checkNotNull(claim, "claim");
    if (!claims().contains(claim)) {
      throw new IllegalArgumentException(
          String.format("Figure.isSuperseded claim (%s) is not a claim of the figure", claim));
    }
    return revised(claim);
  }

  /** {@link #isSuperseded(Claim)} of a claim known to be the figure's. */
  private boolean revised(Claim claim) {
    Instant latest = latestReports().get(claim.source());
    return latest != null && !claim.source().isRelayed() && claim.reported().isBefore(latest);
  }

  /**
   * The latest start of the report times of each source's counting claims, relayed sources left
   * out: a claim certainly before it is superseded ({@link When#isBefore(Instant)} depends on the
   * other time's start only).
   */
  @Value.Lazy
  com.google.common.collect.ImmutableMap<Source, Instant> latestReports() {
    java.util.Map<Source, Instant> latest = new java.util.HashMap<>();
    for (Claim claim : claims()) {
      if (claim.counts() && !claim.source().isRelayed()) {
        latest.merge(claim.source(), claim.reported().start(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    return com.google.common.collect.ImmutableMap.copyOf(latest);
  }

  /**
   * Checks if the figure is disputed: a source disputes it without a figure ({@link #disputes()}),
   * or a counted claim stands {@linkplain ClaimStatus.Kind#DISPUTED disputed}.
   *
   * @return true if a reader should see the figure as disputed
   */
  public final boolean isDisputed() {
    return !disputes().isEmpty()
        || counted().stream().anyMatch(c -> c.status().kind() == ClaimStatus.Kind.DISPUTED);
  }

  @Value.Check
  final void check() {
    if (claims().isEmpty()) {
      throw new IllegalArgumentException("Figure.claims ([]) must hold at least one claim");
    }
    java.util.Map<ClaimId, Claim> byId = new java.util.HashMap<>();
    for (Claim claim : claims()) {
      if (claim.id().isPresent() && byId.put(claim.id().get(), claim) != null) {
        throw new IllegalArgumentException(
            String.format(
                "Figure.claims: the id %s must name one claim; it names (%s) and (%s)",
                claim.id().get(), byId.get(claim.id().get()), claim));
      }
    }
    java.util.Set<ClaimId> disputeIds = new java.util.HashSet<>();
    for (Dispute dispute : disputes()) {
      if (dispute.id().isPresent()
          && (byId.containsKey(dispute.id().get()) || !disputeIds.add(dispute.id().get()))) {
        throw new IllegalArgumentException(
            String.format(
                "Dispute.id (%s) must name one claim or dispute of the figure; it is used twice",
                dispute.id().get()));
      }
    }
    for (Claim claim : claims()) {
      if (claim.status().refutedBy().isEmpty()) {
        continue;
      }
      ClaimId by = claim.status().refutedBy().get();
      Claim refuting = byId.get(by);
      boolean byDispute = disputeIds.contains(by);
      if (!byDispute && (refuting == null || refuting == claim || !refuting.counts())) {
        java.util.Set<ClaimId> ids = new java.util.TreeSet<>(byId.keySet());
        ids.addAll(disputeIds);
        throw new IllegalArgumentException(
            String.format(
                "Claim.status (%s) of (%s) must name another claim of the figure that counts, or"
                    + " one of its disputes; the figure's ids are %s",
                claim.status(), claim, ids));
      }
    }
    for (Dispute dispute : disputes()) {
      if (dispute.claim().isPresent() && !byId.containsKey(dispute.claim().get())) {
        throw new IllegalArgumentException(
            String.format(
                "Dispute.claim (%s) must name a claim of the figure; the figure's ids are %s",
                dispute.claim().get(), new java.util.TreeSet<>(byId.keySet())));
      }
    }
  }

  /**
   * Returns a copy with {@code dispute} added after the others.
   *
   * @param dispute the dispute to add
   * @return the figure with one more dispute
   */
  public final Figure withDispute(Dispute dispute) {
    return ImmutableFigure.builder()
        .addAllClaims(claims())
        .addAllDisputes(disputes())
        .addDisputes(checkNotNull(dispute, "dispute"))
        .build();
  }

  /**
   * Returns a copy with {@code claim} added after the others.
   *
   * @param claim the claim to add
   * @return the figure with one more claim
   */
  public final Figure withClaim(Claim claim) {
    return ImmutableFigure.builder()
        .addAllClaims(claims())
        .addClaims(checkNotNull(claim, "claim"))
        .addAllDisputes(disputes())
        .build();
  }

  /**
   * Returns the figure as it was known at {@code known}: only the claims and disputes certainly
   * reported by then ({@link When#isCertainlyBy(Instant)} of their {@code reported} time), in their
   * order.
   *
   * <p>A claim refuted by a claim reported after {@code known} was not yet refuted: it stands as
   * {@linkplain ClaimStatus#reported() reported}, and so does a claim {@linkplain
   * ClaimStatus#retracted(When) retracted} at a time not certainly by {@code known}. A retraction
   * whose time is not on record, or a misattribution, keeps its status once reported. A dispute of
   * a claim not yet reported is left out with it. Knowing later never removes a claim: every claim
   * of the figure as known at an instant is, but for its status, a claim of the figure as known at
   * any later one; and at an instant after every report the figure is this one.
   *
   * @param known the knowledge time
   * @return the figure as known then, or empty when none of its claims was reported by then
   */
  public final Optional<Figure> asKnownAt(Instant known) {
    return KnownClaims.asKnownAt(this, checkNotNull(known, "known"));
  }

  /**
   * Returns the claims made by or for {@code actor}, named or described, that {@linkplain
   * #counted() count}: a refuted, retracted or misattributed claim is no one's figure, and a claim
   * its source revised later is no longer its source's.
   *
   * @param actor the actor whose claims to select
   * @return the counted claims whose source speaks for {@code actor}, in order; possibly empty
   */
  public final ImmutableList<Claim> claimsBy(ActorId actor) {
    checkNotNull(actor, "actor");
    return counted().stream()
        .filter(c -> c.source().actor().equals(actor))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks if all claims can be true at once: some count lies in every claim's range.
   *
   * @return true if there are no {@linkplain #conflicts() conflicts}
   */
  public final boolean agrees() {
    return counted().isEmpty() || maxLow() <= minHigh();
  }

  /**
   * Returns every pair of claims that cannot both be true, in the order of the claims: the pair (i,
   * j) with i before j comes before (i, k) when j is before k.
   *
   * <p>The list grows with the square of the number of claims; for a summary of a large figure use
   * {@link #conflictCount()} and {@link #widestConflicts(int)}.
   *
   * @return the conflicting pairs; empty exactly when the figure {@linkplain #agrees() agrees}
   */
  public final ImmutableList<ClaimConflict> conflicts() {
    ImmutableList.Builder<ClaimConflict> conflicts = ImmutableList.builder();
    for (int i = 0; i < counted().size(); i++) {
      for (int j = i + 1; j < counted().size(); j++) {
        if (!counted().get(i).agreesWith(counted().get(j))) {
          conflicts.add(ClaimConflict.of(counted().get(i), counted().get(j)));
        }
      }
    }
    return conflicts.build();
  }

  /**
   * Returns how many pairs of claims cannot both be true: the size of {@link #conflicts()}, counted
   * in {@code O(n log n)} time for n claims without building the list.
   *
   * @return the number of conflicting pairs, zero exactly when the figure {@linkplain #agrees()
   *     agrees}; at most n(n-1)/2
   */
  @Value.Lazy
  public long conflictCount() {
    return conflictIndex().count();
  }

  /**
   * Returns the conflicting pairs with the widest gaps, at most {@code limit} of them, widest
   * first: what a report shows of a figure whose claims conflict too often to list. Among equal
   * gaps, pairs are ordered by their higher claim (the higher low end first, then the earlier
   * claim), then by their lower claim (the lower high end first, then the earlier claim). Each
   * pair's claims are in the order of the figure, as in {@link #conflicts()}.
   *
   * <p>Takes {@code O(n log n + limit log limit)} time for n claims, whatever the number of
   * conflicts.
   *
   * @param limit the most pairs to return, zero or more
   * @return the widest {@code min(limit, conflictCount())} conflicts, each one of {@link
   *     #conflicts()}
   * @throws IllegalArgumentException if {@code limit} is negative
   */
  public final ImmutableList<ClaimConflict> widestConflicts(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException(
          String.format("Figure.widestConflicts limit (%d) must not be negative", limit));
    }
    return conflictIndex().widest(limit);
  }

  /** The claims sorted to count and rank conflicts; built once, on first use. */
  @Value.Lazy
  ConflictIndex conflictIndex() {
    return new ConflictIndex(counted());
  }

  /**
   * Returns the range every claim allows, when there is one.
   *
   * <p>Its ends are the highest low end and the lowest high end; its best value is the median of
   * the claims' best values (the lower one for an even count) moved into that range. It does not
   * depend on the order of the claims. The consensus of a single claim is that claim's estimate, in
   * its own words.
   *
   * @return the consensus, or empty when the claims {@linkplain #conflicts() conflict}
   */
  @Value.Lazy
  public Optional<Estimate> consensus() {
    if (counted().isEmpty()) {
      return Optional.of(Estimate.unknown());
    }
    if (!agrees()) {
      return Optional.empty();
    }
    long low = maxLow();
    long high = minHigh();
    boolean bounded = counted().stream().anyMatch(c -> c.estimate().hasUpperBound());
    return Optional.of(combined(low, bounded ? high : -1));
  }

  /**
   * Returns the range some claim allows: from the lowest low end to the highest high end, unbounded
   * when any claim is.
   *
   * <p>Its best value is the median of the claims' best values (the lower one for an even count),
   * leaving out claims that the number is unknown when others give one. It encloses every claim
   * and, when there is one, the consensus. It does not depend on the order of the claims. The
   * envelope of a single claim is that claim's estimate, in its own words.
   *
   * @return the envelope
   */
  @Value.Lazy
  public Estimate envelope() {
    if (counted().isEmpty()) {
      return Estimate.unknown(); // every claim refuted, retracted or misattributed: none counts
    }
    if (counted().size() == 1) {
      return counted().get(0).estimate();
    }
    long low = counted().stream().mapToLong(c -> c.estimate().low()).min().orElseThrow();
    boolean bounded = counted().stream().allMatch(c -> c.estimate().hasUpperBound());
    long high =
        bounded ? counted().stream().mapToLong(c -> c.estimate().high()).max().orElseThrow() : -1;
    return combined(low, high);
  }

  /**
   * An estimate from {@code low} to {@code high} (-1: unbounded) with the median best of the claims
   * whose best lies in that range, or of every claim when none does: a best the range rules out
   * (the 71 people that "over 70 families" stands for, beside "about 400") says nothing of where in
   * the range the figure lies. A claim that the number is "unknown" gives no best value, so its 0
   * takes no part beside claims that give one.
   */
  private Estimate combined(long low, long high) {
    if (counted().size() == 1) {
      return counted().get(0).estimate(); // one claim keeps the words its source used
    }
    // a claim that the number is unknown gives no best value: its 0 is not a count anyone gave
    ImmutableList<Long> given =
        counted().stream()
            .map(Claim::estimate)
            .filter(e -> !(e.isUnknown() && e.best() == 0))
            .map(Estimate::best)
            .sorted(Ordering.natural())
            .collect(ImmutableList.toImmutableList());
    ImmutableList<Long> all =
        given.isEmpty()
            ? counted().stream()
                .map(c -> c.estimate().best())
                .sorted(Ordering.natural())
                .collect(ImmutableList.toImmutableList())
            : given;
    ImmutableList<Long> inside =
        all.stream()
            .filter(b -> b >= low && (high == -1 || b <= high))
            .collect(ImmutableList.toImmutableList());
    ImmutableList<Long> bests = inside.isEmpty() ? all : inside;
    long median = bests.get((bests.size() - 1) / 2);
    if (high == -1) {
      boolean moreThan =
          counted().stream()
              .anyMatch(
                  c ->
                      c.estimate().qualifier() == Estimate.Qualifier.MORE_THAN
                          && c.estimate().low() == low);
      Estimate open = moreThan ? Estimate.moreThan(low - 1) : Estimate.atLeast(low);
      return inWords(open.withBest(Math.max(median, low)));
    }
    return inWords(Estimate.of(low, Math.min(Math.max(median, low), high), high));
  }

  /**
   * {@code combined} in the words of the claim whose figure it is, when one claim's estimate (or
   * several equal ones) has exactly its numbers: the consensus of "26,121" and "about 26,000" is
   * "26,121" as printed, not "exactly 26,121". Claims with those numbers in other words keep none.
   */
  private Estimate inWords(Estimate combined) {
    ImmutableSet<Estimate> worded =
        counted().stream()
            .map(Claim::estimate)
            .filter(combined::isEqual)
            .collect(ImmutableSet.toImmutableSet());
    return worded.size() == 1 ? worded.iterator().next() : combined;
  }

  private long maxLow() {
    return counted().stream().mapToLong(c -> c.estimate().low()).max().orElseThrow();
  }

  private long minHigh() {
    return counted().stream()
        .filter(c -> c.estimate().hasUpperBound())
        .mapToLong(c -> c.estimate().high())
        .min()
        .orElse(Long.MAX_VALUE);
  }

  /**
   * Returns the figure as its claims, one per line (separated by {@code \\n}) after a summary line:
   * "3 claims, 2 conflicts", followed by its disputes, one per line. The summary says how many
   * claims are on record only ("3 claims (1 on record only), in agreement") and that the figure is
   * disputed ("..., disputed").
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder();
    long conflicts = conflictCount();
    text.append(claims().size())
        .append(claims().size() == 1 ? " claim" : " claims")
        .append(onRecordOnly().isEmpty() ? "" : " (" + onRecordOnly().size() + " on record only)")
        .append(", ")
        .append(
            conflicts == 0
                ? "in agreement"
                : conflicts + (conflicts == 1 ? " conflict" : " conflicts"));
    if (isDisputed()) {
      text.append(", disputed");
    }
    claims().forEach(c -> text.append('\n').append("  ").append(c));
    disputes().forEach(d -> text.append('\n').append("  ").append(d));
    return text.toString();
  }
}
