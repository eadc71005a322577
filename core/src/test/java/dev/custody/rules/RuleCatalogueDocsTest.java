package dev.custody.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.IntakeKind;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.RunningTotalReported;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.When;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the rule catalogue in the code ({@link Rule}) and the one in {@code docs/rules.md} in step,
 * in the way of Checkstyle's {@code XdocsPagesTest}: a rule in one and not the other, a summary the
 * page does not quote, a severity the page misstates, or a code mapped to the wrong constant (on
 * the page or in {@code Rule}'s own javadoc), fails the build.
 */
class RuleCatalogueDocsTest {

  /** Surefire runs in the core module's directory. */
  private static final Path PAGE = Path.of("..", "docs", "rules.md");

  private static final Path RULE_SOURCE = Path.of("src", "main", "java", "dev", "custody", "rules");

  private static final Pattern RULE_HEADING =
      Pattern.compile("^#{1,6}\\s+(CUS-\\d{3})\\b[ \\t]*(.*)$", Pattern.MULTILINE);
  private static final Pattern ANY_HEADING = Pattern.compile("^#{1,6}\\s", Pattern.MULTILINE);
  private static final Pattern ANY_CODE = Pattern.compile("CUS-\\d{3}");
  private static final Pattern SEVERITY = Pattern.compile("\\*\\*Severity:\\*\\*\\s+(\\w+)");
  private static final Pattern CODE_TABLE_ROW =
      Pattern.compile(
          "^\\|\\s*`(CUS-\\d{3})`\\s*\\|\\s*`Rule\\.(\\w+)`\\s*\\|\\s*`(\\w+)`\\s*\\|\\s*$",
          Pattern.MULTILINE);
  private static final Pattern CONSTANT =
      Pattern.compile("\\*\\*Constant:\\*\\*\\s+`Rule\\.(\\w+)`");

  private static final Pattern JAVADOC_TABLE_ROW =
      Pattern.compile(
          "<tr><td>\\{@code (CUS-\\d{3})\\}</td><td>\\{@link #(\\w+)\\}</td><td>(\\w+)</td></tr>");

  private static String page;

  /** The documented codes in page order, with each duplicate heading kept. */
  private static List<String> headings;

  /** Each documented code's section: heading line to the next heading. */
  private static Map<String, Section> sections;

  private record Section(String name, String text) {}

  @BeforeAll
  static void readPage() throws IOException {
    assertThat(PAGE).as("the rule catalogue page").isRegularFile();
    page = Files.readString(PAGE, StandardCharsets.UTF_8);
    headings = new ArrayList<>();
    sections = new LinkedHashMap<>();
    Matcher heading = RULE_HEADING.matcher(page);
    while (heading.find()) {
      String code = heading.group(1);
      headings.add(code);
      Matcher next = ANY_HEADING.matcher(page);
      int end = next.find(heading.end()) ? next.start() : page.length();
      sections.putIfAbsent(
          code, new Section(heading.group(2).strip(), page.substring(heading.end(), end)));
    }
  }

  private static Set<String> codesInCode() {
    return Arrays.stream(Rule.values())
        .map(Rule::code)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void the_page_documents_some_rules_at_all() {
    assertThat(headings).as("CUS-nnn headings in %s", PAGE).isNotEmpty();
  }

  @Test
  void every_rule_in_the_code_has_a_section_on_the_page() {
    Set<String> undocumented = codesInCode();
    undocumented.removeAll(headings);
    assertThat(undocumented).as("rules in Rule but not in docs/rules.md").isEmpty();
  }

  @Test
  void every_section_on_the_page_is_a_rule_in_the_code() {
    Set<String> unknown = new TreeSet<>(headings);
    unknown.removeAll(codesInCode());
    assertThat(unknown).as("rules in docs/rules.md but not in Rule").isEmpty();
  }

  @Test
  void no_rule_has_two_sections() {
    assertThat(headings).as("CUS-nnn headings of docs/rules.md").doesNotHaveDuplicates();
  }

  @Test
  void sections_follow_the_order_of_the_codes() {
    assertThat(headings).isSorted();
  }

  @Test
  void every_code_the_page_mentions_is_a_rule() {
    Set<String> mentioned = new TreeSet<>();
    Matcher code = ANY_CODE.matcher(page);
    while (code.find()) {
      mentioned.add(code.group());
    }
    mentioned.removeAll(codesInCode());
    assertThat(mentioned).as("codes mentioned in docs/rules.md that name no rule").isEmpty();
  }

  @Test
  void every_section_heading_gives_the_rule_a_short_name() {
    sections.forEach(
        (code, section) -> assertThat(section.name()).as("short name of %s", code).isNotBlank());
  }

  @Test
  void every_section_quotes_the_rule_summary_from_the_code() {
    for (Rule rule : Rule.values()) {
      Section section = sections.get(rule.code());
      assertThat(section).as("section of %s", rule.code()).isNotNull();
      assertThat(quoted(section.text()))
          .as("blockquote of %s", rule.code())
          .isEqualTo(rule.summary());
    }
  }

  @Test
  void every_section_states_the_severity_of_the_rule() {
    for (Rule rule : Rule.values()) {
      Section section = sections.get(rule.code());
      assertThat(section).as("section of %s", rule.code()).isNotNull();
      Matcher severity = SEVERITY.matcher(section.text());
      assertThat(severity.find()).as("**Severity:** line of %s", rule.code()).isTrue();
      assertThat(severity.group(1))
          .as("severity of %s", rule.code())
          .isEqualTo(rule.severity().name().toLowerCase(Locale.ROOT));
    }
  }

  @Test
  void every_section_says_what_is_checked_and_gives_both_examples() {
    sections.forEach(
        (code, section) ->
            assertThat(section.text())
                .as("section of %s", code)
                .contains(
                    "**What is checked.**", "**Events.**", "**Breaks it.**", "**Keeps it.**"));
  }

  @Test
  void the_page_explains_how_rules_run_before_the_first_rule() {
    int howRulesRun = page.indexOf("## How rules run");
    assertThat(howRulesRun).isNotNegative();
    assertThat(howRulesRun).isLessThan(page.indexOf("## CUS-001"));
  }

  @Test
  void every_rule_has_a_one_sentence_summary_ending_with_a_period() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.summary()).as("summary of %s", rule.code()).isNotBlank().endsWith(".");
      assertThat(rule.summary()).as("summary of %s", rule.code()).doesNotContain("\n");
    }
  }

  @Test
  void rule_codes_are_unique() {
    assertThat(Arrays.stream(Rule.values()).map(Rule::code)).doesNotHaveDuplicates();
  }

  @Test
  void rule_codes_run_consecutively_from_cus_001_in_declaration_order() {
    Rule[] rules = Rule.values();
    for (int i = 0; i < rules.length; i++) {
      assertThat(rules[i].code())
          .as("code of %s", rules[i])
          .isEqualTo(String.format(Locale.ROOT, "CUS-%03d", i + 1));
    }
  }

  /** {@code AccountOverdrawnCheck} for {@code ACCOUNT_OVERDRAWN}. */
  private static String checkName(Rule rule) {
    StringBuilder name = new StringBuilder();
    for (String word : rule.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.append("Check").toString();
  }

  @Test
  void the_page_tells_how_to_go_from_a_code_to_its_constant() {
    assertThat(page).contains("## From a code to the rule", "`Rule.ofCode(\"CUS-");
  }

  @Test
  void the_page_maps_every_code_to_its_constant_and_check_in_code_order() {
    List<String> rows = new ArrayList<>();
    Matcher row = CODE_TABLE_ROW.matcher(page);
    while (row.find()) {
      rows.add(row.group(1) + " " + row.group(2) + " " + row.group(3));
    }
    assertThat(rows)
        .as("the code table of docs/rules.md")
        .containsExactlyElementsOf(
            Arrays.stream(Rule.values())
                .map(rule -> rule.code() + " " + rule.name() + " " + checkName(rule))
                .toList());
  }

  @Test
  void every_rule_has_a_check_class_named_after_it() throws ClassNotFoundException {
    for (Rule rule : Rule.values()) {
      Class<?> check = Class.forName(Rule.class.getPackageName() + "." + checkName(rule));
      assertThat(RuleCheck.class.isAssignableFrom(check)).as("%s is a RuleCheck", check).isTrue();
    }
  }

  @Test
  void every_section_names_the_constant_of_its_rule() {
    for (Rule rule : Rule.values()) {
      Matcher constant = CONSTANT.matcher(sections.get(rule.code()).text());
      assertThat(constant.find()).as("**Constant:** line of %s", rule.code()).isTrue();
      assertThat(constant.group(1)).as("constant of %s", rule.code()).isEqualTo(rule.name());
    }
  }

  @Test
  void the_javadoc_of_rule_lists_every_code_with_its_constant_and_severity() throws IOException {
    String source = Files.readString(RULE_SOURCE.resolve("Rule.java"), StandardCharsets.UTF_8);
    List<String> rows = new ArrayList<>();
    Matcher row = JAVADOC_TABLE_ROW.matcher(source);
    while (row.find()) {
      rows.add(row.group(1) + " " + row.group(2) + " " + row.group(3));
    }
    assertThat(rows)
        .as("the code table of Rule's javadoc")
        .containsExactlyElementsOf(
            Arrays.stream(Rule.values())
                .map(
                    rule ->
                        rule.code()
                            + " "
                            + rule.name()
                            + " "
                            + rule.severity().name().toLowerCase(Locale.ROOT))
                .toList());
    assertThat(source).contains("{@link #ofCode(String) Rule.ofCode(\"CUS-");
    assertThat(Files.readString(RULE_SOURCE.resolve("package-info.java"), StandardCharsets.UTF_8))
        .contains("Rule#ofCode(String)");
  }

  /** One event of each type, for asking which rules apply to it. */
  private static List<Event> oneOfEachType() {
    Account held = Account.heldAt(RuleFixture.SDF, RuleFixture.SHADDADI, RuleFixture.FIGHTERS);
    Figure one = RuleFixture.said(Estimate.exactly(1));
    When day = RuleFixture.day(22);
    return List.of(
        CensusTaken.of(RuleFixture.id("a"), day, CensusScope.account(held), one),
        RunningTotalReported.of(
            RuleFixture.id("o"), day, Flow.RECAPTURED, CensusScope.account(held), one),
        ControlChanged.first(RuleFixture.id("b"), day, RuleFixture.SHADDADI, RuleFixture.SDF),
        ControlReported.held(
            RuleFixture.id("n"),
            day,
            RuleFixture.SHADDADI,
            RuleFixture.SDF,
            dev.custody.model.Source.of(RuleFixture.SDF),
            day),
        RuleFixture.planToIraq(),
        RuleFixture.transferUnderPlan("c", 22, held, RuleFixture.IRAQ_SITE, Estimate.exactly(1)),
        DetaineesEscaped.of(RuleFixture.id("d"), day, held, one),
        RuleFixture.release("e", 22, held, Estimate.exactly(1)),
        DetaineesRepatriated.of(RuleFixture.id("f"), day, held, one),
        CustodyHandedOver.of(RuleFixture.id("k"), day, held, RuleFixture.SYRIA, one),
        DetaineesTakenIntoCustody.of(RuleFixture.id("l"), day, held, IntakeKind.CAPTURE, one),
        DetaineesDied.of(RuleFixture.id("m"), day, held, one),
        DetaineesRecaptured.of(
            RuleFixture.id("g"), day, RuleFixture.AT_LARGE_SHADDADI, RuleFixture.SYRIA_HELD, one),
        RuleFixture.concluded("h", RuleFixture.ceasefire()),
        ObligationMet.of(RuleFixture.id("i"), day, RuleFixture.CEASEFIRE, RuleFixture.INTEGRATION),
        DeadlineExtended.of(
            RuleFixture.id("j"),
            day,
            RuleFixture.CEASEFIRE,
            RuleFixture.INTEGRATION,
            RuleFixture.integrationDeadline()),
        ObligationBreached.of(
            RuleFixture.id("n"), day, RuleFixture.CEASEFIRE, RuleFixture.INTEGRATION));
  }

  /** The event types a section's "Events." paragraph names; every type for "All of them". */
  private static Set<String> eventsListed(String section) {
    int start = section.indexOf("**Events.**");
    int end = section.indexOf("\n\n", start);
    String paragraph = section.substring(start, end < 0 ? section.length() : end);
    Set<String> listed = new TreeSet<>();
    if (paragraph.contains("All of them")) {
      oneOfEachType().forEach(e -> listed.add(apiType(e)));
      return listed;
    }
    Matcher name = Pattern.compile("`(\\w+)`").matcher(paragraph);
    while (name.find()) {
      listed.add(name.group(1));
    }
    return listed;
  }

  /** {@code CensusTaken} for an {@code ImmutableCensusTaken}. */
  private static String apiType(Event event) {
    return event.getClass().getSuperclass().getSimpleName();
  }

  @Test
  void each_rule_is_checked_on_exactly_the_events_its_section_lists() {
    List<Event> events = oneOfEachType();
    assertThat(events.stream().map(RuleCatalogueDocsTest::apiType).distinct()).hasSize(17);
    for (Rule rule : Rule.values()) {
      Set<String> listed = eventsListed(sections.get(rule.code()).text());
      for (Event event : events) {
        boolean checked = Arrays.asList(Rule.rulesFor(event)).contains(rule);
        // the table itself too: rulesFor caches it per type, out of sight of mutation testing
        assertThat(rule.appliesTo(event.getClass())).isEqualTo(checked);
        assertThat(checked)
            .as("%s checked on %s, as docs/rules.md lists %s", rule.code(), apiType(event), listed)
            .isEqualTo(listed.contains(apiType(event)));
      }
    }
  }

  /** The text of the section's blockquote, its lines joined by single spaces. */
  private static String quoted(String section) {
    return section
        .lines()
        .filter(line -> line.startsWith(">"))
        .map(line -> line.substring(1).strip())
        .collect(Collectors.joining(" "));
  }
}
