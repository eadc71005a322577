package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Figure#conflictCount()} and {@link Figure#widestConflicts(int)}: a summary of a figure's
 * conflicts that never lists every pair, checked by counts (not by time) on figures far too large
 * for {@link Figure#conflicts()}.
 */
class FigureConflictsAtScaleTest {
  private static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), ZoneId.of("Asia/Damascus"));
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId SYRIA = ActorId.of("syria-gov");
  private static final ActorId USA = ActorId.of("usa");

  private static final Claim SDF_OVER_1000 =
      Claim.of(Estimate.moreThan(1_000), Source.of(SDF), JAN_21);
  private static final Claim SYRIA_ABOUT_150 =
      Claim.of(Estimate.about(150), Source.of(SYRIA), JAN_21);
  private static final Claim USA_UP_TO_200 =
      Claim.of(Estimate.upTo(200), Source.of(USA, "a U.S. military official"), JAN_21);
  private static final Figure ESCAPES = Figure.of(SDF_OVER_1000, SYRIA_ABOUT_150, USA_UP_TO_200);

  /**
   * {@code n} claims of exactly 0, 1, ... n - 1: every pair conflicts, i and j are |i - j| apart.
   */
  private static Figure allDifferent(int n) {
    List<Claim> claims = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      claims.add(Claim.of(Estimate.exactly(i), Source.of(SDF), JAN_21));
    }
    return Figure.of(claims);
  }

  @Test
  void theReferenceEscapesHaveTwoConflictsTheWiderFirst() {
    assertThat(ESCAPES.conflictCount()).isEqualTo(2);
    assertThat(ESCAPES.widestConflicts(10))
        .extracting(ClaimConflict::gap)
        .containsExactly(843L, 801L);
    assertThat(ESCAPES.widestConflicts(10))
        .containsExactlyInAnyOrderElementsOf(ESCAPES.conflicts());
    assertThat(ESCAPES.widestConflicts(1))
        .containsExactly(ClaimConflict.of(SDF_OVER_1000, SYRIA_ABOUT_150));
    assertThat(ESCAPES.widestConflicts(0)).isEmpty();
  }

  @Test
  void agreeingClaimsHaveNoConflicts() {
    Figure agreeing = Figure.of(SYRIA_ABOUT_150, USA_UP_TO_200);

    assertThat(agreeing.conflictCount()).isZero();
    assertThat(agreeing.widestConflicts(10)).isEmpty();
    assertThat(Figure.of(SDF_OVER_1000).conflictCount()).isZero();
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ESCAPES.widestConflicts(-1))
        .withMessage("Figure.widestConflicts limit (-1) must not be negative");
  }

  @Test
  void fiveThousandMutuallyConflictingClaimsAreCountedWithoutListingTheirPairs() {
    Figure figure = allDifferent(5_000);

    assertThat(figure.conflictCount()).isEqualTo(5_000L * 4_999 / 2).isEqualTo(12_497_500L);
    assertThat(figure.agrees()).isFalse();
    assertThat(figure.toString()).startsWith("5000 claims, 12497500 conflicts\n");
  }

  @Test
  void theWidestOfFiveThousandAreTheFarthestApartInADocumentedOrder() {
    Figure figure = allDifferent(5_000);

    List<ClaimConflict> widest = figure.widestConflicts(10);

    assertThat(widest).hasSize(10);
    assertThat(widest).extracting(ClaimConflict::gap).isSortedAccordingTo((a, b) -> b.compareTo(a));
    // 4999 apart once, 4998 twice, 4997 three times, 4996 four times
    assertThat(widest)
        .extracting(ClaimConflict::gap)
        .containsExactly(4999L, 4998L, 4998L, 4997L, 4997L, 4997L, 4996L, 4996L, 4996L, 4996L);
    // among equal gaps, the higher claim with the higher low end first
    assertThat(widest.subList(1, 3))
        .extracting(c -> c.higher().estimate().low(), c -> c.lower().estimate().low())
        .containsExactly(tuple(4999L, 1L), tuple(4998L, 0L));
    // each pair keeps the order of the figure: the lower count is the earlier claim
    assertThat(widest).allSatisfy(c -> assertThat(c.first()).isEqualTo(c.lower()));
  }

  @Test
  void unboundedClaimsConflictOnlyAsTheHigherSide() {
    Figure figure =
        Figure.of(
            Claim.of(Estimate.moreThan(100), Source.of(SDF), JAN_21),
            Claim.of(Estimate.atLeast(500), Source.of(SYRIA), JAN_21),
            Claim.of(Estimate.exactly(50), Source.of(USA), JAN_21),
            Claim.of(Estimate.exactly(200), Source.of(USA), JAN_21));

    assertThat(figure.conflictCount()).isEqualTo(figure.conflicts().size()).isEqualTo(4);
    assertThat(figure.widestConflicts(10))
        .extracting(ClaimConflict::gap)
        .containsExactly(450L, 300L, 150L, 51L);
  }

  @Test
  void claimsInAnyOrderAreRankedByGapThenByTheDocumentedTieBreaks() {
    Claim a = Claim.of(Estimate.exactly(300), Source.of(SDF), JAN_21);
    Claim b = Claim.of(Estimate.between(0, 100), Source.of(SYRIA), JAN_21);
    Claim c = Claim.of(Estimate.exactly(300), Source.of(USA), JAN_21);
    Claim d = Claim.of(Estimate.exactly(100), Source.of(USA), JAN_21);
    Claim e = Claim.of(Estimate.upTo(50), Source.of(SDF), JAN_21);
    Figure figure = Figure.of(d, a, e, b, c);

    assertThat(figure.conflictCount()).isEqualTo(figure.conflicts().size()).isEqualTo(7);
    // 250 apart: a and c over e; then 200: a and c over d and b, by the higher claim first;
    // then 50: d over e
    assertThat(figure.widestConflicts(7))
        .extracting(ClaimConflict::first, ClaimConflict::second, ClaimConflict::gap)
        .containsExactly(
            tuple(a, e, 250L),
            tuple(e, c, 250L),
            tuple(d, a, 200L),
            tuple(a, b, 200L),
            tuple(d, c, 200L),
            tuple(b, c, 200L),
            tuple(d, e, 50L));
    assertThat(figure.widestConflicts(100)).hasSize(7);
  }
}
