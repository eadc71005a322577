package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.rules.Rule;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Strict reading: every kind of problem is reported with its file, path, field, value and rule, all
 * problems at once, and never a partial document.
 */
class CustodyJsonTest {
  private static final CustodyJson JSON = CustodyJson.standard();

  /** A small valid document: a prison with 100 held, 10 escaping, 4 recaptured. */
  static final String VALID =
      """
      {
        "format": "custody/1",
        "title": "A breakout",
        "actors": [
          {"id": "keeper", "name": "Keeper", "kind": "state"},
          {"id": "group", "name": "Group", "kind": "designated-organisation"}
        ],
        "facilities": [
          {"id": "north-jail", "name": "North jail", "kind": "prison", "country": "SY"}
        ],
        "cohorts": [
          {"id": "fighters", "category": "fighters", "affiliation": "group"}
        ],
        "events": [
          {"type": "control-changed", "id": "control", "when": {"day": "2026-01-01"},
           "facility": "north-jail", "to": "keeper"},
          {"type": "census-taken", "id": "count", "when": {"day": "2026-01-02"},
           "scope": {"account": {"kind": "held", "custodian": "keeper", "facility": "north-jail",
                                 "cohort": "fighters"}},
           "count": [{"estimate": "exactly 100", "source": "keeper", "reported": {"day": "2026-01-02"}}]},
          {"type": "census-taken", "id": "none-out", "when": {"day": "2026-01-02"},
           "scope": {"account": {"kind": "at-large", "facility": "north-jail", "cohort": "fighters"}},
           "count": [{"estimate": "exactly 0", "source": "keeper", "reported": {"day": "2026-01-02"}}]},
          {"type": "detainees-escaped", "id": "breakout", "when": {"day": "2026-01-03"},
           "from": {"kind": "held", "custodian": "keeper", "facility": "north-jail", "cohort": "fighters"},
           "size": [{"estimate": "exactly 10", "source": "keeper", "reported": {"day": "2026-01-03"}}]},
          {"type": "detainees-recaptured", "id": "caught", "when": {"day": "2026-01-04"},
           "from": {"kind": "at-large", "facility": "north-jail", "cohort": "fighters"},
           "to": {"kind": "held", "custodian": "keeper", "facility": "north-jail", "cohort": "fighters"},
           "size": [{"estimate": "exactly 4", "source": "keeper", "reported": {"day": "2026-01-04"}}]}
        ]
      }
      """;

  private static List<Problem> problems(String json) {
    try {
      JSON.read(json, "case.json");
    } catch (InvalidDocumentException e) {
      return e.problems();
    }
    throw new AssertionError("expected the document to be rejected:\n" + json);
  }

  private static Problem onlyProblem(String json) {
    List<Problem> problems = problems(json);
    assertThat(problems).as("%s", problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void a_valid_document_reads_whole() {
    CustodyDocument document = JSON.read(VALID, "case.json");

    assertThat(document.title()).isEqualTo("A breakout");
    assertThat(document.events()).hasSize(5);
    assertThat(document.ledger().size()).isEqualTo(5);
    assertThat(document).hasToString("A breakout: 2 actors, 1 facilities, 5 events");
  }

  @Nested
  class Structure {
    @Test
    void an_unknown_field_is_named_with_its_path_and_the_fields_allowed() {
      Problem problem =
          onlyProblem(
              VALID.replace("\"name\": \"North jail\"", "\"name\": \"North jail\", \"size\": 3"));

      assertThat(problem.kind()).isEqualTo(Problem.Kind.STRUCTURE);
      assertThat(problem.path()).isEqualTo("$.facilities[0].size");
      assertThat(problem.field()).contains("size");
      assertThat(problem.value()).contains("3");
      assertThat(problem.message())
          .startsWith("field (size) is not part of the format here; allowed:");
      assertThat(problem.toString()).startsWith("case.json: $.facilities[0].size: field (size)");
    }

    @Test
    void a_missing_required_field_is_named() {
      Problem problem = onlyProblem(VALID.replace("\"title\": \"A breakout\",", ""));

      assertThat(problem.path()).isEqualTo("$.title");
      assertThat(problem.message()).isEqualTo("field (title) is required");
    }

    @Test
    void a_wrong_type_names_the_type_found() {
      Problem problem = onlyProblem(VALID.replace("\"country\": \"SY\"", "\"country\": 42"));

      assertThat(problem.path()).isEqualTo("$.facilities[0].country");
      assertThat(problem.message()).isEqualTo("field (country) must be a string, not number");
      assertThat(problem.value()).contains("42");
    }

    @Test
    void a_time_with_two_forms_is_refused() {
      Problem problem =
          onlyProblem(
              VALID.replace(
                  "\"when\": {\"day\": \"2026-01-03\"}",
                  "\"when\": {\"day\": \"2026-01-03\", \"week\": \"2026-01-01\"}"));

      assertThat(problem.path()).isEqualTo("$.events[3].when");
      assertThat(problem.message()).contains("a time has one of");
    }

    @Test
    void an_unknown_event_type_lists_the_types() {
      Problem problem =
          onlyProblem(VALID.replace("\"type\": \"detainees-escaped\"", "\"type\": \"jailbreak\""));

      assertThat(problem.kind()).isEqualTo(Problem.Kind.VALUE);
      assertThat(problem.path()).isEqualTo("$.events[3].type");
      assertThat(problem.message()).startsWith("type (jailbreak) must be one of [census-taken,");
    }

    @Test
    void another_format_is_refused_before_anything_else() {
      Problem problem =
          onlyProblem(VALID.replace("custody/1", "custody/3").replace("prison", "jail"));

      assertThat(problem.path()).isEqualTo("$.format");
      assertThat(problem.message())
          .isEqualTo("format (custody/3) must be one of [custody/1, custody/2]");
    }

    @Test
    void a_document_that_is_not_an_object_is_refused() {
      assertThat(onlyProblem("[1, 2]").message()).isEqualTo("the document must be a JSON object");
    }
  }

  @Nested
  class Values {
    @Test
    void an_estimate_that_does_not_parse_is_quoted_with_the_forms_expected() {
      // "roughly ten" is a form now, a count spelled out; "or so" after it is not
      Problem problem = onlyProblem(VALID.replace("\"exactly 10\"", "\"roughly ten or so\""));

      assertThat(problem.kind()).isEqualTo(Problem.Kind.VALUE);
      assertThat(problem.path()).isEqualTo("$.events[3].size[0].estimate");
      assertThat(problem.value()).contains("roughly ten or so");
      assertThat(problem.message())
          .startsWith("value (roughly ten or so) must be an estimate like \"about 150\"");
    }

    @Test
    void an_about_range_wider_than_the_policy_is_refused_at_its_path_with_the_policy() {
      Problem problem = onlyProblem(VALID.replace("\"exactly 10\"", "\"about 100 (50-300)\""));

      assertThat(problem.kind()).isEqualTo(Problem.Kind.VALUE);
      assertThat(problem.path()).isEqualTo("$.events[3].size[0].estimate");
      assertThat(problem.message())
          .contains("the about policy (AboutPolicy.percent(5)) allows for \"about 100\", 95-105")
          .contains("\"between 50 and 300 (best 100)\"")
          .doesNotContain("dev.custody");
    }

    @Test
    void a_number_out_of_range_names_the_range() {
      Problem problem =
          onlyProblem(
              VALID.replace("\"country\": \"SY\"}", "\"country\": \"SY\", \"capacity\": 0}"));

      assertThat(problem.path()).isEqualTo("$.facilities[0].capacity");
      assertThat(problem.message())
          .isEqualTo("field (capacity) must be between 1 and 9,223,372,036,854,775,807");
    }

    @Test
    void an_impossible_date_is_named() {
      Problem problem =
          onlyProblem(
              VALID.replace(
                  "\"when\": {\"day\": \"2026-01-03\"}", "\"when\": {\"day\": \"2026-02-30\"}"));

      assertThat(problem.path()).isEqualTo("$.events[3].when.day");
      assertThat(problem.message())
          .startsWith("value (2026-02-30) must be a date like \"2026-01-21\"");
    }

    @Test
    void an_id_that_is_not_a_slug_is_named() {
      Problem problem = onlyProblem(VALID.replace("\"id\": \"breakout\"", "\"id\": \"Break Out\""));

      assertThat(problem.path()).isEqualTo("$.events[3].id");
      assertThat(problem.value()).contains("Break Out");
    }

    @Test
    void a_huge_count_in_an_estimate_is_refused() {
      Problem problem =
          onlyProblem(VALID.replace("\"exactly 10\"", "\"exactly 99999999999999999999\""));

      assertThat(problem.path()).isEqualTo("$.events[3].size[0].estimate");
    }
  }

  @Nested
  class References {
    @Test
    void an_unknown_cohort_lists_those_declared() {
      Problem problem =
          onlyProblem(
              VALID.replace(
                  "\"facility\": \"north-jail\", \"cohort\": \"fighters\"}}",
                  "\"facility\": \"north-jail\", \"cohort\": \"women\"}}"));

      assertThat(problem.kind()).isEqualTo(Problem.Kind.REFERENCE);
      assertThat(problem.path()).isEqualTo("$.events[2].scope.account.cohort");
      assertThat(problem.message())
          .isEqualTo("cohort (women) is not declared in $.cohorts; declared: [fighters]");
    }

    @Test
    void a_duplicate_actor_id_is_named() {
      Problem problem =
          onlyProblem(
              VALID.replace(
                  "{\"id\": \"group\", \"name\": \"Group\"",
                  "{\"id\": \"keeper\", \"name\": \"Group\""));

      assertThat(problem.kind()).isEqualTo(Problem.Kind.REFERENCE);
      assertThat(problem.path()).isEqualTo("$.actors[1].id");
      assertThat(problem.message()).isEqualTo("actor id (keeper) is declared twice");
    }

    @Test
    void an_unknown_parent_is_named() {
      Problem problem =
          onlyProblem(
              VALID.replace(
                  "\"kind\": \"state\"}", "\"kind\": \"state\", \"parent\": \"nobody\"}"));

      assertThat(problem.path()).isEqualTo("$.actors[0].parent");
      assertThat(problem.message()).isEqualTo("parent (nobody) is not an actor of the document");
    }
  }

  @Nested
  class Rules {
    @Test
    void an_event_the_rules_reject_carries_the_rule_code() {
      Problem problem = onlyProblem(VALID.replace("\"exactly 4\"", "\"exactly 40\""));

      assertThat(problem.kind()).isEqualTo(Problem.Kind.RULE);
      assertThat(problem.rule()).contains(Rule.RECAPTURE_EXCEEDS_AT_LARGE.code());
      assertThat(problem.path()).isEqualTo("$.events[4].size");
      assertThat(problem.value()).contains("caught");
      assertThat(problem.toString()).startsWith("case.json: $.events[4].size: CUS-004 ");
    }

    @Test
    void an_unknown_facility_is_the_rules_unknown_reference() {
      Problem problem =
          onlyProblem(
              VALID.replace(
                  "\"facility\": \"north-jail\", \"to\"", "\"facility\": \"south-jail\", \"to\""));

      assertThat(problem.rule()).contains(Rule.UNKNOWN_REFERENCE.code());
      assertThat(problem.path()).startsWith("$.events[0].");
    }

    @Test
    void a_duplicate_event_id_is_the_rules_duplicate() {
      Problem problem = onlyProblem(VALID.replace("\"id\": \"caught\"", "\"id\": \"breakout\""));

      assertThat(problem.rule()).contains(Rule.DUPLICATE_EVENT_ID.code());
      assertThat(problem.path()).startsWith("$.events[4].");
    }

    @Test
    void rules_are_not_checked_while_the_structure_has_problems() {
      List<Problem> problems =
          problems(
              VALID
                  .replace("\"exactly 4\"", "\"exactly 40\"")
                  .replace("\"country\": \"SY\"", "\"country\": 1"));

      assertThat(problems).extracting(Problem::kind).containsExactly(Problem.Kind.STRUCTURE);
    }

    @Test
    void only_rule_problems_mean_the_document_was_readable() {
      assertThatThrownBy(
              () -> JSON.read(VALID.replace("\"exactly 4\"", "\"exactly 40\""), "case.json"))
          .isInstanceOfSatisfying(
              InvalidDocumentException.class, e -> assertThat(e.isRejectedByRules()).isTrue());
      assertThatThrownBy(
              () -> JSON.read(VALID.replace("\"country\": \"SY\"", "\"country\": 1"), "case.json"))
          .isInstanceOfSatisfying(
              InvalidDocumentException.class, e -> assertThat(e.isRejectedByRules()).isFalse());
    }
  }

  @Nested
  class All_or_nothing {
    @Test
    void every_problem_is_reported_at_once_in_document_order() {
      List<Problem> problems =
          problems(
              VALID
                  .replace("\"country\": \"SY\"", "\"country\": \"Syria\"")
                  .replace("\"exactly 10\"", "\"ten or so\"")
                  .replace("\"kind\": \"state\"", "\"kind\": \"empire\""));

      assertThat(problems)
          .extracting(Problem::path)
          .containsExactly(
              "$.actors[0].kind", "$.facilities[0].country", "$.events[3].size[0].estimate");
    }

    @Test
    void the_exception_message_lists_every_problem() {
      assertThatThrownBy(
              () -> JSON.read(VALID.replace("\"exactly 10\"", "\"ten or so\""), "case.json"))
          .isInstanceOf(InvalidDocumentException.class)
          .hasMessageStartingWith(
              "1 problem:\ncase.json: $.events[3].size[0].estimate: value (ten or so)");
    }
  }

  @Nested
  class Malformed {
    @Test
    void a_duplicate_key_is_named_with_line_and_column() {
      Problem problem =
          onlyProblem("{\n  \"format\": \"custody/1\",\n  \"format\": \"custody/1\"\n}");

      assertThat(problem.kind()).isEqualTo(Problem.Kind.MALFORMED);
      assertThat(problem.line()).hasValue(3);
      assertThat(problem.column()).isPresent();
      assertThat(problem.message()).contains("Duplicate Object property \"format\"");
      assertThat(problem.toString()).startsWith("case.json:3:");
    }

    @Test
    void a_truncated_document_is_named_with_its_end() {
      Problem problem = onlyProblem(VALID.substring(0, 200));

      assertThat(problem.kind()).isEqualTo(Problem.Kind.MALFORMED);
      assertThat(problem.message())
          .startsWith("not readable as JSON: Unexpected end-of-input")
          // where the unclosed object began, in the file's words, not in Jackson's
          .doesNotContain("Source", "REDACTED", "StreamReadFeature", "#UNKNOWN", "start marker");
    }

    @Test
    void a_truncated_object_is_named_by_where_the_text_ends() {
      Problem problem =
          onlyProblem("{\n  \"format\": \"custody/2\",\n  \"events\": [\n    {\"type\": 1");

      assertThat(problem.message())
          .isEqualTo(
              "not readable as JSON: Unexpected end-of-input: expected close marker for Object");
      assertThat(problem.line()).hasValue(4);
      assertThat(problem.column()).isPresent();
    }

    @Test
    void binary_input_is_refused() throws IOException {
      byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d};
      assertThatThrownBy(() -> JSON.read(new ByteArrayInputStream(png), "image.png"))
          .isInstanceOfSatisfying(
              InvalidDocumentException.class,
              e -> assertThat(e.problems().get(0).kind()).isEqualTo(Problem.Kind.MALFORMED));
    }

    @Test
    void an_empty_document_is_refused() {
      assertThat(onlyProblem("").message()).isEqualTo("the document is empty");
    }
  }

  @Nested
  class Limits_ {
    @Test
    void deep_nesting_stops_at_the_limit() {
      String deep = "[".repeat(40) + "]".repeat(40);

      Problem problem = onlyProblem(deep);

      assertThat(problem.kind()).isEqualTo(Problem.Kind.MALFORMED);
      assertThat(problem.message())
          .contains("Document nesting depth (33) exceeds the maximum allowed (32");
    }

    @Test
    void a_long_string_stops_at_the_limit() {
      Problem problem = onlyProblem(VALID.replace("A breakout", "x".repeat(10_001)));

      assertThat(problem.message())
          .contains("String value length")
          .contains("exceeds the maximum allowed (10000");
    }

    @Test
    void a_long_number_stops_at_the_limit() {
      Problem problem =
          onlyProblem(
              VALID.replace(
                  "\"country\": \"SY\"}",
                  "\"country\": \"SY\", \"capacity\": 1" + "0".repeat(30) + "}"));

      assertThat(problem.message())
          .contains("Number value length")
          .contains("exceeds the maximum allowed (19");
    }

    @Test
    void a_document_over_the_size_limit_is_refused_before_parsing(@TempDir Path dir)
        throws IOException {
      CustodyJson small = JSON.withLimits(Limits.of(1_000, 32, 10_000, 19));
      Path file = dir.resolve("big.json");
      Files.writeString(file, VALID, StandardCharsets.UTF_8);

      String size = String.format("%,d", Files.size(file));

      assertThatThrownBy(() -> small.read(file))
          .isInstanceOfSatisfying(
              InvalidDocumentException.class,
              e ->
                  assertThat(e.problems().get(0).message())
                      .isEqualTo("the document has " + size + " bytes, over the limit of 1,000"));
      assertThatThrownBy(() -> small.read(Files.newInputStream(file), "big.json"))
          .isInstanceOf(InvalidDocumentException.class);
    }

    @Test
    void limits_below_their_minimum_are_refused() {
      assertThatThrownBy(() -> Limits.of(1_000, 7, 10, 10))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Limits.maxNestingDepth (7) must be at least 8");
    }
  }

  @Test
  void files_are_read_and_written(@TempDir Path dir) throws IOException {
    CustodyDocument document = JSON.read(VALID, "case.json");
    Path file = dir.resolve("case.json");

    JSON.write(document, file);

    assertThat(JSON.read(file)).isEqualTo(document);
    assertThat(Files.readString(file))
        .startsWith("{\n  \"format\": \"custody/2\",\n  \"title\": \"A breakout\",");
  }

  @Test
  void a_custody_1_document_reads_unchanged_and_is_written_as_custody_2() {
    CustodyDocument first = JSON.read(VALID, "case.json");
    CustodyDocument second = JSON.read(VALID.replace("custody/1", "custody/2"), "case.json");

    assertThat(first).isEqualTo(second);
    assertThat(JSON.write(first)).contains("\"format\": \"custody/2\"");
    assertThat(CustodyJson.FORMATS_READ).containsExactly("custody/1", "custody/2");
  }
}
