package dev.custody.json;

import static dev.custody.json.CustodyJsonTest.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the model refuses, the reader refuses first, at the path of the value, with a message in the
 * format's terms; and the schema agrees where a schema can say it.
 */
class ModelRefusalsTest {
  private static List<Problem> problems(String json) {
    try {
      CustodyJson.standard().read(json, "case.json");
    } catch (InvalidDocumentException e) {
      return e.problems();
    }
    throw new AssertionError("expected the document to be refused:\n" + json);
  }

  private static Problem onlyProblem(String json) {
    List<Problem> problems = problems(json);
    assertThat(problems).as("%s", problems).hasSize(1);
    return problems.get(0);
  }

  private static final String COUNTED_HELD =
      "\"scope\": {\"account\": {\"kind\": \"held\", \"custodian\": \"keeper\", \"facility\":"
          + " \"north-jail\",";

  @Test
  void a_census_of_the_outside_account_is_refused_at_its_kind_and_by_the_schema() {
    String json = VALID.replace(COUNTED_HELD, "\"scope\": {\"account\": {\"kind\": \"outside\",");
    assertThat(json).isNotEqualTo(VALID);

    Problem problem = onlyProblem(json);

    assertThat(problem.kind()).isEqualTo(Problem.Kind.VALUE);
    assertThat(problem.path()).isEqualTo("$.events[1].scope.account.kind");
    assertThat(problem.message())
        .isEqualTo(
            "a census cannot count an account of kind (outside): it stands for everyone outside"
                + " the record");
    assertThat(Schemas.errors(json)).isNotEmpty();
  }

  @Test
  void a_count_beyond_the_largest_is_refused_at_its_figure() {
    Problem problem =
        onlyProblem(VALID.replace("\"exactly 0\"", "\"exactly 9,223,372,036,854,775,807\""));

    // counts are bounded by Estimate.MAX_COUNT, so no sum of a document's figures can overflow
    assertThat(problem.kind()).isEqualTo(Problem.Kind.VALUE);
    assertThat(problem.path()).isEqualTo("$.events[2].count[0].estimate");
    assertThat(problem.message())
        .isEqualTo(
            "value (exactly 9,223,372,036,854,775,807) must be an estimate like \"about 150\":"
                + " Estimate.low (9,223,372,036,854,775,807) must not exceed the largest count,"
                + " Estimate.MAX_COUNT (1,000,000,000,000,000)");
  }

  @Test
  void a_cycle_of_parents_is_refused_where_it_closes() {
    Problem problem =
        onlyProblem(
            VALID
                .replace("\"kind\": \"state\"}", "\"kind\": \"state\", \"parent\": \"group\"}")
                .replace(
                    "\"kind\": \"designated-organisation\"}",
                    "\"kind\": \"designated-organisation\", \"parent\": \"keeper\"}"));

    assertThat(problem.kind()).isEqualTo(Problem.Kind.REFERENCE);
    assertThat(problem.path()).isEqualTo("$.actors[0].parent");
    assertThat(problem.message())
        .isEqualTo(
            "parent (group) makes a cycle: an actor cannot be its own ancestor (keeper -> group"
                + " -> keeper)");
  }

  @Test
  void an_actor_that_is_its_own_parent_is_a_cycle() {
    Problem problem =
        onlyProblem(
            VALID.replace("\"kind\": \"state\"}", "\"kind\": \"state\", \"parent\": \"keeper\"}"));

    assertThat(problem.path()).isEqualTo("$.actors[0].parent");
    assertThat(problem.message())
        .isEqualTo("parent (keeper) is the actor itself: an actor cannot be its own ancestor");
  }

  private static String withAgreement(String obligation) {
    return VALID.replace(
        "\"events\": [",
        "\"events\": [\n {\"type\": \"agreement-concluded\", \"id\": \"pact-concluded\","
            + " \"agreement\": {\"id\": \"pact\", \"kind\": \"ceasefire\", \"title\": \"Pact\","
            + " \"parties\": [\"keeper\", \"group\"], \"concluded\": {\"day\": \"2026-01-10\"},"
            + " \"obligations\": ["
            + obligation
            + "]}},");
  }

  @Test
  void an_obligation_met_before_its_agreement_was_concluded_is_refused_at_met() {
    Problem problem =
        onlyProblem(
            withAgreement(
                "{\"id\": \"lists\", \"obligor\": \"keeper\", \"description\": \"hand over lists\","
                    + " \"met\": {\"day\": \"2026-01-02\"}}"));

    assertThat(problem.path()).isEqualTo("$.events[0].agreement.obligations[0].met");
    assertThat(problem.message())
        .isEqualTo("met (2026-01-02 (Z)) is before the agreement was concluded (2026-01-10 (Z))");
  }

  @Test
  void an_extension_decided_before_its_agreement_was_concluded_is_refused_at_decided() {
    Problem problem =
        onlyProblem(
            withAgreement(
                "{\"id\": \"lists\", \"obligor\": \"keeper\", \"description\": \"hand over lists\","
                    + " \"deadline\": {\"day\": \"2026-01-20\", \"zone\": \"UTC\"},"
                    + " \"extensions\": [{\"deadline\": {\"day\": \"2026-01-30\", \"zone\":"
                    + " \"UTC\"}, \"decided\": {\"day\": \"2026-01-09\"}}]}"));

    assertThat(problem.path())
        .isEqualTo("$.events[0].agreement.obligations[0].extensions[0].decided");
    assertThat(problem.message()).startsWith("decided (2026-01-09 (Z)) is before the agreement");
  }

  @Test
  void a_model_refusal_without_a_message_still_says_something_in_words() {
    assertThat(FieldReader.refusal(new NullPointerException()))
        .isEqualTo("the value is refused, for no reason given");
    assertThat(FieldReader.refusal(new ArithmeticException("long overflow")))
        .isEqualTo(
            "a count overflows: it would pass 9,223,372,036,854,775,807, the most a count can hold"
                + " (long overflow)");
    assertThat(FieldReader.refusal(new java.time.DateTimeException("Invalid value")))
        .isEqualTo("a time beyond the calendar: Invalid value");
  }
}
