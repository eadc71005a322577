package dev.custody.cli.report;

import static dev.custody.cli.ReferenceScenario.AL_HOL;
import static dev.custody.cli.ReferenceScenario.SDF;
import static dev.custody.cli.ReferenceScenario.SYRIA_GOV;
import static dev.custody.cli.ReferenceScenario.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.ControlTimeline;
import dev.custody.cli.ReferenceScenario;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of the reference case, at noon on 2026-01-23 in Damascus unless a test says otherwise,
 * in its three formats: every figure docs/guide.md derives is in each of them.
 */
class ReportTest {
  private static final Ledger LEDGER = ReferenceScenario.ledger();
  private static final Report REPORT = Report.of(LEDGER, noon(23), Optional.empty());
  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** The derived figures of docs/guide.md, as the library words them. */
  private static final ImmutableList<String> GUIDE_FIGURES =
      ImmutableList.of(
          "between 74% and 82% (best 78%)", // the plan's coverage of the census
          "between 1,550 and 2,450 (best 2,000)", // would stay in Syria
          "2.1%", // the plan's progress
          "between 61 and 77 (best 69)", // still at large, according to the government
          "up to 119", // ... according to the U.S.
          "over 919", // ... according to the SDF
          "843 apart", // the SDF and the government
          "801 apart", // the SDF and the U.S.
          "between 51% and 57% (best 54%)"); // the recapture rate, according to the government

  private static Report at(int day) {
    return Report.of(LEDGER, noon(day), Optional.empty());
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void every_derived_figure_of_the_guide_is_in_every_format(ReportFormat format) {
    assertThat(REPORT.render(format)).contains(GUIDE_FIGURES);
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void at_noon_on_the_22nd_the_integration_deadline_has_two_and_a_half_days_left(
      ReportFormat format) {
    assertThat(at(22).render(format)).contains("2 days 12 hours left");
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void after_the_24th_the_integration_deadline_has_lapsed(ReportFormat format) {
    String report = at(25).render(format);

    // the JSON keeps the library's wording; the text and Markdown write it as people do
    assertThat(report)
        .contains("lapsed")
        .contains(
            format == ReportFormat.JSON
                ? "end of 2026-01-24 (Asia/Damascus)"
                : "2026-01-24 24:00 Damascus time");
    assertThat(report).doesNotContain("2 days 12 hours left");
    if (format != ReportFormat.JSON) {
      assertThat(report).contains("12 hours overdue");
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void every_format_names_the_reading_the_counts_and_the_verdict(ReportFormat format) {
    assertThat(REPORT.render(format))
        .contains("Custody report")
        .contains("2026-01-23T09:00:00Z")
        .contains("envelope")
        .contains("according to syria-gov")
        .contains("no errors, no warnings");
  }

  @Test
  void the_same_ledger_gives_the_same_report() {
    Report again = Report.of(ReferenceScenario.ledger(), noon(23), Optional.empty());

    for (ReportFormat format : ReportFormat.values()) {
      assertThat(again.render(format)).isEqualTo(REPORT.render(format));
    }
  }

  @ParameterizedTest
  @EnumSource(ReportFormat.class)
  void a_ledger_without_events_gives_a_report_with_none_in_its_sections(ReportFormat format) {
    Report empty = Report.of(Ledger.of(ReferenceScenario.world()), noon(23), Optional.empty());

    assertThat(empty.balances()).isEmpty();
    assertThat(empty.plans()).isEmpty();
    assertThat(empty.escapes()).isEmpty();
    assertThat(empty.deadlines().obligations()).isEmpty();
    assertThat(empty.render(format)).contains("Custody report");
    if (format == ReportFormat.JSON) {
      JsonNode json = JSON.readTree(empty.render(format));
      assertThat(json.get("plans")).isEmpty();
      assertThat(json.get("facilities").get(0).get("controller").isNull()).isTrue();
    } else {
      assertThat(empty.render(format)).contains("None.").contains("not recorded");
    }
  }

  @Nested
  class The_model {

    @Test
    void holds_the_world_and_the_controllers_at_the_instant() {
      assertThat(REPORT.actors()).hasSize(19);
      assertThat(REPORT.facilities()).hasSize(6);
      // the five running totals of the transfer mission come after the instant
      assertThat(REPORT.header().events()).isEqualTo(20);
      assertThat(REPORT.header().eventsByAsOf()).isEqualTo(15);
      assertThat(REPORT.header().verdict().isAccepted()).isTrue();
      assertThat(controllerOfAlHol(REPORT)).contains(SYRIA_GOV);
      assertThat(controllerOfAlHol(at(20))).contains(SDF);
    }

    @Test
    void has_the_control_timeline_of_al_hol_sdf_then_the_government() {
      ControlTimeline alHol =
          REPORT.control().stream().filter(t -> t.facility().equals(AL_HOL)).findFirst().get();

      assertThat(alHol.periods())
          .extracting(period -> period.controller().orElseThrow())
          .containsExactly(SDF, SYRIA_GOV);
    }

    @Test
    void reads_balances_and_plans_under_the_reading_asked_for_and_escapes_under_all() {
      Reading government = Reading.preferring(SYRIA_GOV);
      Report report = Report.of(LEDGER, noon(23), Optional.of(government));

      assertThat(report.reading()).isEqualTo(government);
      assertThat(report.header().defaultReading()).isFalse();
      assertThat(report.byCountry().reading()).isEqualTo(government);
      assertThat(report.plans())
          .singleElement()
          .satisfies(p -> assertThat(p.reading()).isEqualTo(government));
      assertThat(report.escapes())
          .singleElement()
          // the envelope and the eight sources that speak for themselves
          .satisfies(e -> assertThat(e.byReading().answers()).hasSize(9));
      assertThat(report.render(ReportFormat.TEXT))
          .contains("reading   according to syria-gov")
          .contains("at least 61 (best 69)");
    }

    @Test
    void leaves_out_what_had_not_certainly_happened_by_the_instant() {
      Report early = at(20);

      assertThat(early.plans()).isEmpty();
      assertThat(early.header().eventsByAsOf()).isLessThan(15);
      assertThat(early.render(ReportFormat.TEXT)).contains("Plans (0)");
    }

    @Test
    void refuses_nulls_with_the_name_of_the_argument() {
      assertThatThrownBy(() -> Report.of(LEDGER, null, Optional.empty()))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("asOf");
    }

    private Optional<ActorId> controllerOfAlHol(Report report) {
      return report.facilities().stream()
          .filter(f -> f.facility().id().equals(AL_HOL))
          .findFirst()
          .orElseThrow()
          .controller();
    }
  }

  @Nested
  class The_text {
    private final String text = REPORT.render(ReportFormat.TEXT);

    @Test
    void fits_in_100_columns_without_trailing_spaces() {
      for (Report report : List.of(REPORT, at(20), at(22), at(25))) {
        List<String> lines = report.render(ReportFormat.TEXT).lines().toList();
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(100));
        assertThat(lines).noneMatch(line -> line.endsWith(" "));
      }
      assertThat(text.lines()).noneMatch(line -> line.length() > 120);
    }

    @Test
    void begins_with_the_title_and_the_header() {
      assertThat(text.lines().limit(8).toList())
          .containsExactly(
              "Custody report as of 2026-01-23 12:00 Damascus time (2026-01-23T09:00:00Z)",
              "==========================================================================",
              "reading   envelope (the default)",
              "readings  envelope, according to centcom, according to hisham-al-alawi, according"
                  + " to iraq-gov,",
              "          according to reuters, according to saad-maan, according to sdf, according"
                  + " to syria-gov,",
              "          according to usa (no consensus: some claims conflict)",
              "ledger    19 actors, 6 facilities, 20 events, 15 of them certainly done by then",
              "verdict   no errors, no warnings, every event checked under this reading");
    }

    @Test
    void shows_the_control_of_al_hol_sdf_then_the_government() {
      List<String> lines = text.lines().toList();
      int alHol = lines.indexOf("al-hol (al-Hol camp)");

      assertThat(alHol).isPositive();
      assertThat(lines.get(alHol + 3)).startsWith("  sdf         2019-01-01 to 2019-04-30");
      assertThat(lines.get(alHol + 5)).startsWith("  syria-gov   2026-01-20 to 2026-01-21");
      assertThat(lines.get(alHol + 5)).contains("current");
    }

    @Test
    void aligns_the_escapes_by_reading() {
      assertThat(text)
          .containsPattern(
              "according to syria-gov +about 150 \\(142-158\\) +exactly 81 +between 61 and 77"
                  + " \\(best 69\\)\n")
          .containsPattern("according to usa +up to 200 +exactly 81 +up to 119\n")
          .containsPattern("according to sdf +over 1,000 +exactly 81 +over 919\n")
          // the rates have a table of their own: worded in full they do not fit beside the counts
          .containsPattern("according to syria-gov +between 51% and 57% \\(best 54%\\)\n")
          // "up to 200" escaped has no low end, but the 81 recaptured got out: at most 100%
          .containsPattern("according to usa +between 41% and 100% \\(best 41%\\)\n");
    }
  }

  @Nested
  class The_markdown {
    private final String markdown = REPORT.render(ReportFormat.MARKDOWN);

    @Test
    void has_a_heading_per_section() {
      assertThat(markdown)
          .startsWith(
              "# Custody report as of 2026-01-23 12:00 Damascus time (2026-01-23T09:00:00Z)\n")
          .contains("\n## Actors (19)\n")
          .contains("\n## Facilities (6), controllers at 2026-01-23 12:00 Damascus time\n")
          .contains("\n## Balances at 2026-01-23 12:00 Damascus time (envelope)\n")
          .contains("\n### Held by custodian\n")
          .contains("\n### Held by country\n")
          .contains("\n## Intakes by 2026-01-23 12:00 Damascus time (envelope)\n")
          .contains("\n## Left custody by 2026-01-23 12:00 Damascus time (envelope)\n")
          .contains("\n## Plans (1) at 2026-01-23 12:00 Damascus time\n")
          .contains("\n## Escapes by reading at 2026-01-23 12:00 Damascus time\n")
          .contains("\n## Sources, over the whole ledger\n")
          .contains("\n## Deadlines at 2026-01-23 12:00 Damascus time\n")
          .contains("\n## Control of facilities, over the whole ledger\n")
          .endsWith("|\n");
    }

    @Test
    void has_well_formed_tables() {
      for (Report report : List.of(REPORT, at(20), at(25))) {
        List<List<String>> tables = tables(report.render(ReportFormat.MARKDOWN));
        assertThat(tables).hasSizeGreaterThan(10);
        for (List<String> table : tables) {
          assertThat(table.size()).as("a header, a separator and rows: %s", table).isGreaterThan(2);
          int columns = cells(table.get(0));
          assertThat(table.get(1)).matches("\\|( --- \\|)+");
          assertThat(table).allSatisfy(row -> assertThat(cells(row)).as(row).isEqualTo(columns));
        }
      }
    }

    @Test
    void shows_the_control_of_al_hol_and_the_guide_figures_in_table_cells() {
      assertThat(markdown)
          .contains(
              "| sdf | 2019-01-01 to 2019-04-30 (Asia/Damascus) | 2026-01-20 to 2026-01-21"
                  + " (Asia/Damascus) | al-hol-held-by-sdf, al-hol-taken |")
          .contains("| syria-gov | 2026-01-20 to 2026-01-21 (Asia/Damascus) | current |")
          .contains(
              "| according to syria-gov | about 150 (142-158) | exactly 81 | between 61 and 77"
                  + " (best 69) |")
          .contains("| according to syria-gov | between 51% and 57% (best 54%) |")
          .contains("- **coverage**: between 74% and 82% (best 78%)");
    }

    @Test
    void escapes_what_markdown_would_read_as_markup() {
      assertThat(MarkdownRenderer.escape("a|b *c* _d_ <e>"))
          .isEqualTo("a\\|b \\*c\\* \\_d\\_ &lt;e&gt;");
      assertThat(MarkdownRenderer.escape("# not a heading ## &amp; ~~struck~~ `code`"))
          .isEqualTo("\\# not a heading \\#\\# &amp;amp; \\~\\~struck\\~\\~ \\`code\\`");
    }

    @Test
    void escapes_what_would_start_a_list_a_rule_or_a_heading_at_the_start_of_a_line() {
      assertThat(MarkdownRenderer.escape("- item")).isEqualTo("\\- item");
      assertThat(MarkdownRenderer.escape("+ item")).isEqualTo("\\+ item");
      assertThat(MarkdownRenderer.escape("===")).isEqualTo("\\===");
      assertThat(MarkdownRenderer.escape("1. item")).isEqualTo("1\\. item");
      assertThat(MarkdownRenderer.escape("12) item")).isEqualTo("12\\) item");
      // not at the start, or no list: as it is
      assertThat(MarkdownRenderer.escape("2026-01-23 to 2026-01-24"))
          .isEqualTo("2026-01-23 to 2026-01-24");
      assertThat(MarkdownRenderer.escape("1.5 million")).isEqualTo("1.5 million");
      assertThat(MarkdownRenderer.escape("al-hol")).isEqualTo("al-hol");
    }

    @Test
    void writes_line_breaks_and_escape_sequences_visibly_with_their_backslash_escaped() {
      assertThat(MarkdownRenderer.escape("a\nb\u001b[2J\r| c"))
          .isEqualTo("a\\\\nb\\\\u001b\\[2J\\\\r\\| c");
    }

    /** The tables: runs of lines that start with a pipe. */
    private List<List<String>> tables(String markdown) {
      List<List<String>> tables = new ArrayList<>();
      List<String> current = new ArrayList<>();
      for (String line : markdown.split("\n", -1)) {
        if (line.startsWith("|")) {
          current.add(line);
        } else if (!current.isEmpty()) {
          tables.add(current);
          current = new ArrayList<>();
        }
      }
      return tables;
    }

    /** The number of cells of a row: pipes not escaped, less one. */
    private int cells(String row) {
      assertThat(row).startsWith("| ").endsWith(" |");
      return Pattern.compile("(?<!\\\\)\\|").split(row, -1).length - 2;
    }
  }

  @Nested
  class The_json {
    private final JsonNode json = JSON.readTree(REPORT.render(ReportFormat.JSON));

    @Test
    void has_the_sections_in_a_stable_order() {
      assertThat(ImmutableList.copyOf(json.propertyNames()))
          .containsExactly(
              "title",
              "asOf",
              "reading",
              "readings",
              "counts",
              "verdict",
              "knowledge",
              "actors",
              "facilities",
              "balances",
              "totals",
              "populations",
              "narrowing",
              "intakes",
              "leftCustody",
              "plans",
              "escapes",
              "reconciliation",
              "deadlines",
              "control",
              "handovers");
      assertThat(json.get("asOf").asString()).isEqualTo("2026-01-23T09:00:00Z");
      assertThat(json.get("reading").get("kind").asString()).isEqualTo("envelope");
      assertThat(json.get("reading").get("default").asBoolean()).isTrue();
      assertThat(json.get("knowledge").get("knownAt").isNull()).isTrue();
      assertThat(json.get("knowledge").get("text").asString()).isEqualTo("everything recorded");
      assertThat(json.get("counts").get("events").isIntegralNumber()).isTrue();
      assertThat(json.get("counts").get("events").asInt()).isEqualTo(20);
      assertThat(json.get("verdict").get("errors").asInt()).isZero();
      assertThat(json.get("actors")).hasSize(19);
      assertThat(json.get("facilities")).hasSize(6);
    }

    @Test
    void has_the_plan_as_numbers() {
      JsonNode plan = json.get("plans").get(0);

      assertThat(plan.get("plan").asString()).isEqualTo("transfer-plan-to-iraq");
      assertEstimate(plan.get("planned"), 7_000, 7_000, 7_000L);
      assertEstimate(plan.get("moved"), 150, 150, 150L);
      assertThat(plan.get("progress").get("best").asDouble())
          .isCloseTo(150.0 / 7_000, within(1e-9));
      assertThat(plan.get("progress").get("text").asString()).isEqualTo("2.1%");
      assertEstimate(plan.get("population"), 8_550, 9_000, 9_450L);
      assertThat(plan.get("coverage").get("best").isDouble()).isTrue();
      assertThat(plan.get("coverage").get("best").asDouble()).isCloseTo(7.0 / 9, within(1e-9));
      assertThat(plan.get("coverage").get("text").asString())
          .isEqualTo("between 74% and 82% (best 78%)");
      assertEstimate(plan.get("wouldStay"), 1_550, 2_000, 2_450L);
      assertThat(plan.get("wouldStay").get("text").asString())
          .isEqualTo("between 1,550 and 2,450 (best 2,000)");
    }

    @Test
    void has_those_still_at_large_by_reading_with_null_for_no_upper_bound() {
      JsonNode escapes = json.get("escapes").get(0);
      assertThat(escapes.get("facility").asString()).isEqualTo("al-shaddadi");

      JsonNode government = byReading(escapes, "according to syria-gov");
      assertEstimate(government.get("stillAtLarge"), 61, 69, 77L);
      assertThat(government.get("recaptureRate").get("text").asString())
          .isEqualTo("between 51% and 57% (best 54%)");
      assertThat(government.get("fallbacks")).isEmpty();

      JsonNode us = byReading(escapes, "according to usa");
      assertEstimate(us.get("stillAtLarge"), 0, 119, 119L);
      assertThat(us.get("stillAtLarge").get("text").asString()).isEqualTo("up to 119");
      assertThat(us.get("fallbacks").get(0).asString()).isEqualTo("al-shaddadi-recaptures");

      JsonNode sdf = byReading(escapes, "according to sdf");
      assertEstimate(sdf.get("stillAtLarge"), 920, 920, null);
      assertThat(sdf.get("stillAtLarge").get("text").asString()).isEqualTo("over 919");

      assertThat(byReading(escapes, "envelope").get("stillAtLarge").get("high").isNull()).isTrue();
    }

    @Test
    void has_the_conflicts_with_their_gaps_and_sides() {
      JsonNode reconciliation = json.get("reconciliation");
      assertThat(reconciliation.get("reconcilable").asBoolean()).isFalse();
      JsonNode figure = reconciliation.get("figures").get(0);
      assertThat(figure.get("event").asString()).isEqualTo("al-shaddadi-breakout");
      assertThat(figure.get("claims")).hasSize(3);
      assertThat(figure.get("consensus").isNull()).isTrue();

      JsonNode conflicts = figure.get("conflicts");
      assertThat(conflicts).hasSize(2);
      assertThat(conflicts.get(0).get("gap").asLong()).isEqualTo(843);
      assertThat(conflicts.get(0).get("higher").get("source").asString()).isEqualTo("sdf");
      assertThat(conflicts.get(0).get("lower").get("source").asString()).isEqualTo("syria-gov");
      assertThat(conflicts.get(1).get("gap").asLong()).isEqualTo(801);
      assertThat(conflicts.get(1).get("lower").get("estimate").get("high").asLong()).isEqualTo(200);
      assertThat(conflicts.get(1).get("lower").get("channel").asString()).isEqualTo("nyt");
      assertThat(conflicts.get(1).get("text").asString()).contains("801 apart");
    }

    @Test
    void has_the_deadlines_with_the_time_left_or_overdue_in_seconds() {
      JsonNode onThe22nd =
          JSON.readTree(at(22).render(ReportFormat.JSON))
              .get("deadlines")
              .get("obligations")
              .get(0);
      assertThat(onThe22nd.get("obligation").asString()).isEqualTo("decide-integration");
      assertThat(onThe22nd.get("state").asString()).isEqualTo("pending");
      assertThat(onThe22nd.get("timeLeft").get("seconds").asLong()).isEqualTo(60 * 3600);
      assertThat(onThe22nd.get("timeLeft").get("text").asString()).isEqualTo("2 days 12 hours");
      assertThat(onThe22nd.get("overdue").isNull()).isTrue();
      assertThat(onThe22nd.get("deadline").get("lapsesAt").asString())
          .isEqualTo("2026-01-24T21:00:00Z");

      JsonNode onThe25th =
          JSON.readTree(at(25).render(ReportFormat.JSON))
              .get("deadlines")
              .get("obligations")
              .get(0);
      assertThat(onThe25th.get("state").asString()).isEqualTo("lapsed");
      assertThat(onThe25th.get("timeLeft").isNull()).isTrue();
      assertThat(onThe25th.get("overdue").get("seconds").asLong()).isEqualTo(12 * 3600);
    }

    @Test
    void has_the_control_timelines_and_the_controllers() {
      JsonNode alHol =
          StreamSupport.stream(json.get("control").spliterator(), false)
              .filter(t -> t.get("facility").asString().equals("al-hol"))
              .findFirst()
              .orElseThrow();
      assertThat(alHol.get("periods").get(0).get("controller").asString()).isEqualTo("sdf");
      assertThat(alHol.get("periods").get(0).get("ended").asString()).isEqualTo("al-hol-taken");
      assertThat(alHol.get("periods").get(1).get("controller").asString()).isEqualTo("syria-gov");
      assertThat(alHol.get("periods").get(1).get("until").isNull()).isTrue();
      assertThat(alHol.get("periods").get(1).get("current").asBoolean()).isTrue();
      assertThat(json.get("facilities").get(2).get("controller").asString()).isEqualTo("syria-gov");
    }

    @Test
    void has_the_balances_and_totals_with_their_census() {
      JsonNode accounts = json.get("balances").get("accounts");
      assertThat(accounts).hasSize(5);
      assertThat(accounts.get(0).get("kind").asString()).isEqualTo("held");
      assertThat(accounts.get(0).get("custodian").asString()).isEqualTo("iraq-gov");
      assertEstimate(accounts.get(0).get("balance"), 150, 150, null);

      JsonNode syria = json.get("totals").get("country").get("groups").get(1);
      assertThat(syria.get("key").asString()).isEqualTo("SY");
      assertThat(syria.get("census").get("agrees").asBoolean()).isTrue();
      assertEstimate(syria.get("census").get("counted"), 8_550, 9_000, 9_450L);
    }

    @Test
    void is_the_tree_written_pretty_with_line_feeds() {
      String text = REPORT.render(ReportFormat.JSON);

      assertThat(text).startsWith("{\n  \"title\": \"Custody report\",\n").endsWith("}\n");
      assertThat(text).doesNotContain("\r");
      assertThat(JSON.readTree(text))
          .isEqualTo(JSON.readTree(JSON.writeValueAsString(JsonRenderer.tree(REPORT))));
    }

    private JsonNode byReading(JsonNode escapes, String reading) {
      return StreamSupport.stream(escapes.get("byReading").spliterator(), false)
          .filter(r -> r.get("reading").get("text").asString().equals(reading))
          .findFirst()
          .orElseThrow();
    }

    private void assertEstimate(JsonNode estimate, long low, long best, Long high) {
      assertThat(estimate.get("low").isIntegralNumber()).isTrue();
      assertThat(estimate.get("low").asLong()).isEqualTo(low);
      assertThat(estimate.get("best").asLong()).isEqualTo(best);
      if (high == null) {
        assertThat(estimate.get("high").isNull()).as("high of %s", estimate).isTrue();
      } else {
        assertThat(estimate.get("high").asLong()).isEqualTo(high);
      }
    }
  }

  @Nested
  class The_formats {

    @Test
    void are_named_as_on_a_command_line() {
      assertThat(ReportFormat.named("text")).isEqualTo(ReportFormat.TEXT);
      assertThat(ReportFormat.named("Markdown")).isEqualTo(ReportFormat.MARKDOWN);
      assertThat(ReportFormat.named(" json ")).isEqualTo(ReportFormat.JSON);
      assertThatThrownBy(() -> ReportFormat.named("pdf"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("ReportFormat name (pdf) must be one of text, markdown, json");
    }
  }
}
