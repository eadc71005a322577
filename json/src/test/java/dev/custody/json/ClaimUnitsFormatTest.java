package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Movement;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.UnitCount;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * custody/2 carries counts in families without a ratio: beside the source's own people figure, and
 * alone with the people not stated; both write back as read, and bad input is refused at its path.
 */
class ClaimUnitsFormatTest {
  private static final CustodyJson JSON = CustodyJson.standard();

  private static String withEscapeFigure(String figure) {
    String escapes =
        "\"size\": [{\"estimate\": \"exactly 10\", \"source\": \"keeper\", \"reported\":"
            + " {\"day\": \"2026-01-03\"}}]";
    String valid = CustodyJsonTest.VALID.replace("custody/1", "custody/2");
    assertThat(valid).contains(escapes);
    return valid.replace(escapes, "\"size\": " + figure);
  }

  private static Figure escapes(CustodyDocument document) {
    return ((Movement) document.events().get(3).movements().get(0)).size();
  }

  private static List<Problem> problems(String json) {
    try {
      JSON.read(json, "case.json");
    } catch (InvalidDocumentException e) {
      return e.problems();
    }
    throw new AssertionError("expected the document to be rejected:\n" + json);
  }

  private static final String BESIDE =
      """
      [{"units": {"unit": "families", "count": "3"}, "estimate": "an estimated 12",
        "source": "keeper", "reported": {"day": "2026-01-03"}}]
      """;

  private static final String ALONE =
      """
      [{"units": {"unit": "households", "count": "3"},
        "source": "keeper", "reported": {"day": "2026-01-03"}}]
      """;

  @Test
  void familiesBesideTheSourcesPeopleFigureReadAndWriteBack() {
    CustodyDocument document = JSON.read(withEscapeFigure(BESIDE), "case.json");
    Claim claim = escapes(document).claims().get(0);

    assertThat(claim.units()).contains(UnitCount.families(Estimate.parse("3")));
    assertThat(claim.estimate()).isEqualTo(Estimate.parse("an estimated 12"));
    assertThat(claim.estimate().wording()).contains("an estimated 12");
    String written = JSON.write(document);
    assertThat(written)
        .contains("\"unit\": \"families\"")
        .contains("\"estimate\": \"an estimated 12 (11-13)\"")
        .doesNotContain("peoplePer");
    assertThat(JSON.read(written, "written.json")).isEqualTo(document);
  }

  @Test
  void householdsAloneReadAsPeopleNotStatedAndWriteBackWithoutAnEstimate() {
    CustodyDocument document = JSON.read(withEscapeFigure(ALONE), "case.json");
    Claim claim = escapes(document).claims().get(0);

    assertThat(claim.units()).contains(UnitCount.households(Estimate.parse("3")));
    assertThat(claim.estimate()).isEqualTo(Estimate.atLeast(3));
    assertThat(claim.units().get().statesPeople(claim.estimate())).isFalse();
    String written = JSON.write(document);
    assertThat(written).contains("\"unit\": \"households\"").doesNotContain("at least 3");
    assertThat(JSON.read(written, "written.json")).isEqualTo(document);
  }

  @Test
  void aPeopleFigureBelowOnePersonPerFamilyIsRefusedAtTheClaim() {
    List<Problem> problems =
        problems(withEscapeFigure(BESIDE.replace("an estimated 12", "exactly 2")));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("$.events[3].size[0]");
    assertThat(problems.get(0).message())
        .contains("Claim.estimate (exactly 2) must allow at least one person per family");
  }

  @Test
  void aClaimWhoseUnitsHaveARatioStillHasNoEstimate() {
    String withRatio =
        BESIDE.replace(
            "\"count\": \"3\"}",
            "\"count\": \"3\", \"peoplePer\": {\"estimate\": \"exactly 4\", \"source\": \"group\","
                + " \"reported\": {\"day\": \"2026-01-02\"}}}");
    List<Problem> problems = problems(withEscapeFigure(withRatio));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("$.events[3].size[0].estimate");
    assertThat(problems.get(0).message()).contains("a claim in units has no estimate");
  }

  @Test
  void aBadPeopleFigureBesideFamiliesIsRefusedAtItsEstimate() {
    List<Problem> problems =
        problems(withEscapeFigure(BESIDE.replace("an estimated 12", "an estimated")));

    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("$.events[3].size[0].estimate");
  }

  /** Counts stay within the ten escapes the case holds, so the ledger around them stays valid. */
  @Property(tries = 50)
  void everyFamiliesFormRoundTrips(
      @ForAll @LongRange(min = 4, max = 10) long families,
      @ForAll @LongRange(max = 2) long extra,
      @ForAll boolean stated) {
    String figure =
        "[{\"units\": {\"unit\": \"families\", \"count\": \""
            + families
            + "\"}, "
            + (stated ? "\"estimate\": \"estimated " + (families + extra) + "\", " : "")
            + "\"source\": \"keeper\", \"reported\": {\"day\": \"2026-01-03\"}}]";
    CustodyDocument document = JSON.read(withEscapeFigure(figure), "case.json");
    Claim claim = escapes(document).claims().get(0);

    assertThat(claim.units().get().statesPeople(claim.estimate()))
        .isEqualTo(stated && !claim.estimate().equals(Estimate.atLeast(families)));
    assertThat(JSON.read(JSON.write(document), "written.json")).isEqualTo(document);
  }
}
