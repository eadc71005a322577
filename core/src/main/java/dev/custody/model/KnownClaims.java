package dev.custody.model;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a figure said as known at an instant: {@link Figure#asKnownAt(Instant)}. Kept apart from
 * {@link Figure} so that the figure's reconciliation and its knowledge time read separately.
 */
final class KnownClaims {
  private KnownClaims() {}

  /** The figure of the claims certainly reported by {@code known}, or empty when there is none. */
  static Optional<Figure> asKnownAt(Figure figure, Instant known) {
    ImmutableList.Builder<Claim> kept = ImmutableList.builder();
    Set<ClaimId> keptIds = new HashSet<>();
    boolean all = true;
    for (Claim claim : figure.claims()) {
      if (claim.reported().isCertainlyBy(known)) {
        kept.add(claim);
        claim.id().ifPresent(keptIds::add);
      } else {
        all = false;
      }
    }
    ImmutableList<Claim> claims = kept.build();
    if (claims.isEmpty()) {
      return Optional.empty();
    }
    // a claim may be refuted by another claim or by a dispute, each known once it was reported
    Set<ClaimId> refuters = new HashSet<>(keptIds);
    for (Dispute dispute : figure.disputes()) {
      if (dispute.id().isPresent() && dispute.reported().isCertainlyBy(known)) {
        refuters.add(dispute.id().get());
      }
    }
    ImmutableList.Builder<Claim> standing = ImmutableList.builder();
    for (Claim claim : claims) {
      Optional<ClaimId> refuter = claim.status().refutedBy();
      Optional<When> retraction = claim.status().retractedOn();
      // refuted by a claim not yet reported, or withdrawn later: as known then, it still stood
      if ((refuter.isPresent() && !refuters.contains(refuter.get()))
          || (retraction.isPresent() && !retraction.get().isCertainlyBy(known))) {
        standing.add(claim.withStatus(ClaimStatus.reported()));
        all = false;
      } else {
        standing.add(claim);
      }
    }
    ImmutableList.Builder<Dispute> disputes = ImmutableList.builder();
    for (Dispute dispute : figure.disputes()) {
      if (dispute.reported().isCertainlyBy(known)
          && dispute.claim().map(keptIds::contains).orElse(true)) {
        disputes.add(dispute);
      } else {
        all = false;
      }
    }
    if (all) {
      return Optional.of(figure);
    }
    return Optional.of(
        ImmutableFigure.builder()
            .addAllClaims(standing.build())
            .addAllDisputes(disputes.build())
            .build());
  }
}
