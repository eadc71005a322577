package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Movement;
import dev.custody.model.Claim;
import dev.custody.model.ClaimId;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * custody/2 carries estimates in the words sources use, claims' standings and disputes without a
 * number, and refuses each kind of bad input at its path.
 */
class ClaimWordingFormatTest {
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

  private static final String STANDINGS =
      """
      [{"estimate": "some two dozen", "source": "keeper", "reported": {"day": "2026-01-03"},
        "id": "keeper-count"},
       {"estimate": "thousands", "source": "group", "reported": {"day": "2026-01-03"},
        "id": "rumour", "status": "refuted", "refutedBy": "keeper-count"},
       {"estimate": "785", "source": "group", "reported": {"day": "2026-01-04"},
        "status": "misattributed", "countsInstead": "the escapes from another prison"},
       {"estimate": "nearly 30", "source": "group", "reported": {"day": "2026-01-04"},
        "status": "rumoured"},
       {"dispute": "no independent verification", "source": "keeper",
        "reported": {"day": "2026-01-05"}, "claim": "keeper-count"}]
      """;

  @Test
  void wordingsStandingsAndDisputesReadAndWriteBack() {
    CustodyDocument document = JSON.read(withEscapeFigure(STANDINGS), "case.json");
    Figure figure = escapes(document);

    assertThat(figure.claims()).hasSize(4);
    assertThat(figure.claims().get(0).estimate()).isEqualTo(Estimate.parse("some two dozen"));
    assertThat(figure.claims().get(1).status())
        .isEqualTo(ClaimStatus.refutedBy(ClaimId.of("keeper-count")));
    assertThat(figure.claims().get(2).status())
        .isEqualTo(ClaimStatus.misattributed("the escapes from another prison"));
    assertThat(figure.claims().get(3).status()).isEqualTo(ClaimStatus.rumoured());
    assertThat(figure.counted()).hasSize(2);
    assertThat(figure.disputes()).hasSize(1);
    assertThat(figure.disputes().get(0).claim()).contains(ClaimId.of("keeper-count"));
    assertThat(figure.isDisputed()).isTrue();
    // the refuted "thousands" and the misattributed 785 count nowhere
    assertThat(figure.envelope().high()).isEqualTo(29);

    String written = JSON.write(document);
    assertThat(written)
        .contains("\"estimate\": \"some two dozen (22-26)\"")
        .contains("\"status\": \"refuted\"")
        .contains("\"refutedBy\": \"keeper-count\"")
        .contains("\"dispute\": \"no independent verification\"");
    assertThat(JSON.read(written, "written.json")).isEqualTo(document);
  }

  @Test
  void rangesAsPrintedAndAClaimRefutedByADisputeReadWriteBackAndValidate() {
    String figureJson =
        """
        [{"estimate": "30 to 35", "source": "keeper", "reported": {"day": "2026-01-03"}},
         {"estimate": "about 29-36", "source": "group", "reported": {"day": "2026-01-03"}},
         {"estimate": "close to 32", "source": "keeper", "reported": {"day": "2026-01-03"}},
         {"estimate": "more than 80", "source": "group", "reported": {"day": "2026-01-03"},
          "id": "freed-800", "status": "refuted", "refutedBy": "no-break"},
         {"dispute": "no large number got out", "source": "keeper",
          "reported": {"day": "2026-01-05"}, "claim": "freed-800", "id": "no-break"}]
        """;
    CustodyDocument document = JSON.read(withEscapeFigure(figureJson), "case.json");
    Figure figure = escapes(document);

    assertThat(figure.claims().get(0).estimate()).hasToString("30 to 35");
    assertThat(figure.claims().get(1).estimate()).hasToString("about 29-36 (27-38)");
    assertThat(figure.claims().get(2).estimate()).hasToString("close to 32 (30-34)");
    assertThat(figure.claims().get(3).counts()).isFalse();
    assertThat(figure.disputes().get(0).id()).contains(ClaimId.of("no-break"));
    String written = JSON.write(document);
    assertThat(written)
        .contains("\"estimate\": \"about 29-36 (27-38)\"")
        .contains("\"id\": \"no-break\"");
    assertThat(JSON.read(written, "written.json")).isEqualTo(document);
    assertThat(Schemas.errors(written)).isEmpty();
  }

  @Test
  void aRefutationNamingNoClaimOfTheFigureIsRefusedAtTheFigure() {
    List<Problem> problems =
        problems(
            withEscapeFigure(
                STANDINGS.replace("\"refutedBy\": \"keeper-count\"", "\"refutedBy\": \"nobody\"")));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("$.events[3].size");
    assertThat(problems.get(0).message())
        .contains("must name another claim of the figure that counts")
        .doesNotContain("dev.custody")
        .doesNotContain("Exception");
  }

  @Test
  void aStatusNeedsItsPartsAndOnlyThose() {
    Problem missing =
        problems(withEscapeFigure(STANDINGS.replace(", \"refutedBy\": \"keeper-count\"", "")))
            .get(0);
    assertThat(missing.path()).isEqualTo("$.events[3].size[1].refutedBy");
    assertThat(missing.message()).contains("required for a refuted claim");

    Problem extra =
        problems(
                withEscapeFigure(
                    STANDINGS.replace(
                        "\"status\": \"rumoured\"",
                        "\"status\": \"rumoured\", \"countsInstead\": \"x\"")))
            .get(0);
    assertThat(extra.path()).isEqualTo("$.events[3].size[3].countsInstead");

    Problem unknown =
        problems(withEscapeFigure(STANDINGS.replace("\"rumoured\"", "\"hearsay\""))).get(0);
    assertThat(unknown.path()).isEqualTo("$.events[3].size[3].status");
    assertThat(unknown.message())
        .isEqualTo(
            "field (status) must be one of [reported, rumoured, disputed, refuted, retracted,"
                + " misattributed]");
  }

  @Test
  void aRetractionKeepsItsDayAndOnlyARetractionHasOne() {
    String retracted =
        STANDINGS.replace(
            "\"status\": \"rumoured\"",
            "\"status\": \"retracted\", \"retractedOn\": {\"day\": \"2026-01-06\"}");
    CustodyDocument document = JSON.read(withEscapeFigure(retracted), "case.json");
    Claim withdrawn = escapes(document).claims().get(3);
    assertThat(withdrawn.status().kind()).isEqualTo(ClaimStatus.Kind.RETRACTED);
    assertThat(withdrawn.status().retractedOn().orElseThrow().toString()).startsWith("2026-01-06");
    String written = JSON.write(document);
    assertThat(written).contains("\"retractedOn\": {");
    assertThat(JSON.read(written, "written.json")).isEqualTo(document);

    Problem extra =
        problems(
                withEscapeFigure(
                    STANDINGS.replace(
                        "\"status\": \"rumoured\"",
                        "\"status\": \"rumoured\", \"retractedOn\": {\"day\": \"2026-01-06\"}")))
            .get(0);
    assertThat(extra.path()).isEqualTo("$.events[3].size[3].retractedOn");
    assertThat(extra.message()).contains("only for a retracted claim");
  }

  @Test
  void aFigureOfDisputesAloneIsRefused() {
    Problem problem =
        problems(
                withEscapeFigure(
                    "[{\"dispute\": \"not verified\", \"source\": \"keeper\", \"reported\":"
                        + " {\"day\": \"2026-01-05\"}}]"))
            .get(0);
    assertThat(problem.path()).isEqualTo("$.events[3].size");
    assertThat(problem.message()).isEqualTo("a figure needs at least one claim");
  }

  @Test
  void aDisputeWithAnEstimateIsRefusedByItsFields() {
    Problem problem =
        problems(
                withEscapeFigure(
                    "[{\"estimate\": \"785\", \"source\": \"keeper\", \"reported\": {\"day\":"
                        + " \"2026-01-05\"}}, {\"dispute\": \"not verified\", \"estimate\":"
                        + " \"785\", \"source\": \"keeper\", \"reported\": {\"day\":"
                        + " \"2026-01-05\"}}]"))
            .get(0);
    assertThat(problem.path()).startsWith("$.events[3].size[1]");
  }

  private static final String FAMILIES =
      """
      [{"units": {"unit": "families", "count": "2",
                  "peoplePer": {"estimate": "between 4 and 6", "source": "group",
                                "reported": {"day": "2026-01-02"}}},
        "source": "keeper", "reported": {"day": "2026-01-03"}}]
      """;

  @Test
  void aFigureInFamiliesBecomesPeopleThroughItsSourcedRatio() {
    CustodyDocument document = JSON.read(withEscapeFigure(FAMILIES), "case.json");
    Figure figure = escapes(document);

    assertThat(figure.claims().get(0).units()).isPresent();
    assertThat(figure.envelope()).isEqualTo(Estimate.between(8, 12));
    String written = JSON.write(document);
    assertThat(written).contains("\"unit\": \"families\"").contains("\"count\": \"2\"");
    assertThat(JSON.read(written, "written.json")).isEqualTo(document);
  }

  @Test
  void aClaimInFamiliesHasNoEstimateOfItsOwn() {
    List<Problem> problems =
        problems(
            withEscapeFigure(
                FAMILIES.replace(
                    "\"source\": \"keeper\"", "\"estimate\": \"405\", \"source\": \"keeper\"")));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("$.events[3].size[0].estimate");
    assertThat(problems.get(0).message()).contains("a claim in units has no estimate");

    Problem unit = problems(withEscapeFigure(FAMILIES.replace("\"families\"", "\"tents\""))).get(0);
    assertThat(unit.path()).isEqualTo("$.events[3].size[0].units.unit");
    assertThat(unit.message()).isEqualTo("field (unit) must be one of [families, households]");
  }

  @Test
  void theCallerChoosesThePoliciesUnderWhichEstimatesAreRead() {
    String loose =
        withEscapeFigure(
            "[{\"estimate\": \"about 10 (5-15)\", \"source\": \"keeper\", \"reported\":"
                + " {\"day\": \"2026-01-03\"}}]");
    Problem refused = problems(loose).get(0);
    assertThat(refused.path()).isEqualTo("$.events[3].size[0].estimate");
    assertThat(refused.message()).contains("the about policy (AboutPolicy.percent(5))");

    CustodyJson wide =
        JSON.withPolicies(
            dev.custody.model.AboutPolicy.percent(50), dev.custody.model.VaguePolicy.standard());
    assertThat(wide.aboutPolicy()).isEqualTo(dev.custody.model.AboutPolicy.percent(50));
    CustodyDocument document = wide.read(loose, "case.json");
    assertThat(escapes(document).envelope().low()).isEqualTo(5);
    assertThat(wide.read(wide.write(document), "written.json")).isEqualTo(document);
    assertThat(JSON.vaguePolicy()).isEqualTo(dev.custody.model.VaguePolicy.standard());
  }
}
