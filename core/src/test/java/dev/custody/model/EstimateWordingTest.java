package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.Estimate.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar of figures as sources word them, and the policies that give them a range. */
class EstimateWordingTest {

  private static void assertReads(
      String text, Qualifier qualifier, long low, long best, long high, String printed) {
    Estimate e = Estimate.parse(text);
    assertThat(e.qualifier()).as("qualifier of %s", text).isEqualTo(qualifier);
    assertThat(e.low()).as("low of %s", text).isEqualTo(low);
    assertThat(e.best()).as("best of %s", text).isEqualTo(best);
    assertThat(e.high()).as("high of %s", text).isEqualTo(high);
    assertThat(e).as("text of %s", text).hasToString(printed);
    assertThat(Estimate.parse(printed)).as("parse(\"%s\")", printed).isEqualTo(e);
  }

  @Test
  void aBareNumberIsExactlyThatAsPrinted() {
    assertReads("785", Qualifier.EXACTLY, 785, 785, 785, "785");
    assertReads("1500", Qualifier.EXACTLY, 1_500, 1_500, 1_500, "1,500");
    assertThat(Estimate.parse("785").wording()).contains("785");
    assertThat(Estimate.parse("785").isEqual(Estimate.exactly(785))).isTrue();
    assertThat(Estimate.parse("785")).isNotEqualTo(Estimate.exactly(785));
  }

  @Test
  void aboutWithoutARangeTakesItFromThePolicy() {
    assertReads("about 150", Qualifier.ABOUT, 142, 150, 158, "about 150 (142-158)");
    assertThat(Estimate.parse("about 150")).isEqualTo(Estimate.about(150));
    assertThat(Estimate.parse("about 100", AboutPolicy.percent(10)))
        .isEqualTo(Estimate.about(100, AboutPolicy.percent(10)))
        .hasToString("about 100 (90-110)");
    // no margin, no range: "about 0" is exactly 0
    assertThat(Estimate.parse("about 0")).isEqualTo(Estimate.exactly(0));
  }

  @Test
  void roughlyAroundAndSomeReadAsAboutAndKeepTheirWords() {
    assertReads("roughly 150", Qualifier.ABOUT, 142, 150, 158, "roughly 150 (142-158)");
    assertReads("around 9,000", Qualifier.ABOUT, 8_550, 9_000, 9_450, "around 9,000 (8,550-9,450)");
    assertReads("some 1500", Qualifier.ABOUT, 1_425, 1_500, 1_575, "some 1,500 (1,425-1,575)");
    assertReads("some two dozen", Qualifier.ABOUT, 22, 24, 26, "some two dozen (22-26)");
    assertReads("about a dozen", Qualifier.ABOUT, 11, 12, 13, "about a dozen (11-13)");
    assertThat(Estimate.parse("some two dozen").wording()).contains("some two dozen");
    assertThat(Estimate.parse("roughly 150").isEqual(Estimate.about(150))).isTrue();
  }

  @Test
  void nearlyAndAlmostLieBelowTheFigure() {
    assertReads(
        "nearly 5,000", Qualifier.NEARLY, 4_750, 4_999, 4_999, "nearly 5,000 (4,750-4,999)");
    assertReads("almost 5000", Qualifier.NEARLY, 4_750, 4_999, 4_999, "almost 5,000 (4,750-4,999)");
    assertReads("nearly 1", Qualifier.NEARLY, 0, 0, 0, "nearly 1 (0-0)");
    assertReads("almost two dozen", Qualifier.NEARLY, 22, 23, 23, "almost two dozen (22-23)");
    assertThat(Estimate.nearly(5_000)).isEqualTo(Estimate.parse("nearly 5,000"));
    assertThatThrownBy(() -> Estimate.parse("nearly 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Estimate.nearly figure (0) must be at least 1");
  }

  @Test
  void estimatedReadsAsAboutAndKeepsItsWords() {
    assertReads("estimated 150", Qualifier.ABOUT, 142, 150, 158, "estimated 150 (142-158)");
    assertReads(
        "an estimated 8000",
        Qualifier.ABOUT,
        7_600,
        8_000,
        8_400,
        "an estimated 8,000 (7,600-8,400)");
    assertThat(Estimate.parse("an estimated 150").wording()).contains("an estimated 150");
    assertThat(Estimate.parse("an estimated 150").isEqual(Estimate.about(150))).isTrue();
    Estimate written = Estimate.parse("an estimated 150");
    assertThat(Estimate.parse(written.toString())).isEqualTo(written);
    assertThatThrownBy(() -> Estimate.parse("an estimated 100 (50-300)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not lie within what the about policy");
    assertThatThrownBy(() -> Estimate.parse("an estimated"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Estimate text (\"an estimated\") must read like");
  }

  @Test
  void approximatelyReadsAsAboutAndKeepsItsWords() {
    assertReads("approximately 150", Qualifier.ABOUT, 142, 150, 158, "approximately 150 (142-158)");
    assertReads(
        "approximately 2000",
        Qualifier.ABOUT,
        1_900,
        2_000,
        2_100,
        "approximately 2,000 (1,900-2,100)");
    assertThat(Estimate.parse("approximately 150").wording()).contains("approximately 150");
    assertThat(Estimate.parse("approximately 150").isEqual(Estimate.about(150))).isTrue();
    // a written range must lie within the about policy, as after "about"
    assertThatThrownBy(() -> Estimate.parse("approximately 100 (50-300)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not lie within what the about policy");
  }

  @Test
  void justUnderLiesBelowTheFigureAsNearlyDoes() {
    assertReads("just under 100", Qualifier.NEARLY, 95, 99, 99, "just under 100 (95-99)");
    assertReads(
        "just under 5,000",
        Qualifier.NEARLY,
        4_750,
        4_999,
        4_999,
        "just under 5,000 (4,750-4,999)");
    assertThat(Estimate.parse("just under 100").isEqual(Estimate.nearly(100))).isTrue();
    assertThat(Estimate.parse("just under 100", AboutPolicy.percent(10)))
        .hasToString("just under 100 (90-99)");
  }

  @Test
  void justOverLiesAboveTheFigureWithinTheAboutPolicy() {
    assertReads("just over 100", Qualifier.ABOUT, 101, 101, 105, "just over 100 (101-105)");
    assertReads(
        "just over 1,000", Qualifier.ABOUT, 1_001, 1_001, 1_050, "just over 1,000 (1,001-1,050)");
    assertReads("just over 10", Qualifier.ABOUT, 11, 11, 12, "just over 10 (11-12)");
    assertReads("just over two dozen", Qualifier.ABOUT, 25, 25, 26, "just over two dozen (25-26)");
    assertThat(Estimate.parse("just over 100", AboutPolicy.percent(10)))
        .hasToString("just over 100 (101-110)");
    assertReads(
        "just over 100 (101-103)", Qualifier.ABOUT, 101, 101, 103, "just over 100 (101-103)");
    assertThat(Estimate.parse("just over 100 (best 104)").best()).isEqualTo(104);
    assertThatThrownBy(() -> Estimate.parse("just over 100 (90-120)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("about policy");
  }

  @Test
  void moreThanIsOverAndKeepsItsWords() {
    Estimate moreThan = Estimate.parse("more than 1,000");
    assertThat(moreThan.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(moreThan.low()).isEqualTo(1_001);
    assertThat(moreThan.hasUpperBound()).isFalse();
    assertThat(moreThan).hasToString("more than 1,000");
    assertThat(Estimate.parse(moreThan.toString())).isEqualTo(moreThan);
    assertThat(moreThan.isEqual(Estimate.moreThan(1_000))).isTrue();
    assertThat(moreThan.wording()).contains("more than 1,000");
    assertThat(Estimate.parse("more than 5000")).hasToString("more than 5,000");
    assertThat(Estimate.parse("more than 1,000 (best 1,500)"))
        .hasToString("more than 1,000 (best 1,500)");
    assertThat(Estimate.parse("over 1,000")).hasToString("over 1,000");
  }

  @Test
  void fewerThanAndAsManyAs() {
    assertReads("fewer than 100", Qualifier.FEWER_THAN, 0, 99, 99, "fewer than 100");
    assertReads("fewer than 1", Qualifier.FEWER_THAN, 0, 0, 0, "fewer than 1");
    assertReads("as many as 200", Qualifier.UP_TO, 0, 200, 200, "as many as 200");
    assertThat(Estimate.parse("as many as 200").isEqual(Estimate.upTo(200))).isTrue();
    assertThat(Estimate.parse("as many as 0")).isEqualTo(Estimate.exactly(0));
    assertThat(Estimate.parse("fewer than 100 (best 60)")).hasToString("fewer than 100 (best 60)");
    assertThatThrownBy(() -> Estimate.parse("fewer than 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Estimate.fewerThan figure (0) must be at least 1");
  }

  @ParameterizedTest(name = "{0} is {1}-{2}")
  @CsvSource({
    "dozens, 24, 99",
    "a few dozen, 24, 59",
    "several dozen, 36, 99",
    "hundreds, 200, 999",
    "a few hundred, 200, 499",
    "several hundred, 300, 999",
    "thousands, 2000, 9999",
    "a few thousand, 2000, 4999",
    "several thousand, 3000, 9999",
    "tens of thousands, 20000, 99999",
    "hundreds of thousands, 200000, 999999"
  })
  void vagueQuantifiersTakeTheirRangeFromThePolicy(String quantifier, long low, long high) {
    Estimate e = Estimate.parse(quantifier);
    assertThat(e.qualifier()).isEqualTo(Qualifier.VAGUE);
    assertThat(e.wording()).contains(quantifier);
    assertThat(e.low()).isEqualTo(low);
    assertThat(e.high()).isEqualTo(high);
    assertThat(e.best()).isEqualTo((low + high) / 2);
    assertThat(Estimate.parse(e.toString())).isEqualTo(e).isEqualTo(Estimate.vague(quantifier));
  }

  @Test
  void theCallerChoosesHowManyDozensAre() {
    VaguePolicy loose = VaguePolicy.standard().withRange("dozens", 24, 144);
    assertThat(Estimate.parse("dozens", loose)).hasToString("dozens (24-144)");
    assertThat(Estimate.parse("dozens", AboutPolicy.standard(), loose).high()).isEqualTo(144);
    assertThat(Estimate.vague("dozens", loose)).isEqualTo(Estimate.parse("dozens", loose));
    // what the loose policy gives does not read back under the standard one, and says so
    assertThatThrownBy(() -> Estimate.parse("dozens (24-144)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vague policy (VaguePolicy.standard()) allows")
        .hasMessageContaining("allows for \"dozens\", 24-99");
    assertThat(Estimate.parse("dozens (24-144)", loose)).isEqualTo(Estimate.vague("dozens", loose));
  }

  @Test
  void aWrittenRangeWithinThePolicyIsKept() {
    assertThat(Estimate.parse("about 150 (145-155)"))
        .hasToString("about 150 (145-155)")
        .satisfies(e -> assertThat(e.low()).isEqualTo(145));
    assertThat(Estimate.parse("roughly 150 (150-158)")).hasToString("roughly 150 (150-158)");
    assertThat(Estimate.parse("nearly 5,000 (4,900-4,990)"))
        .hasToString("nearly 5,000 (4,900-4,990)");
    assertThat(Estimate.parse("dozens (30-60)")).hasToString("dozens (30-60)");
  }

  @Test
  void aRangeWiderThanThePolicyIsRefusedWithThePolicyAndWhatToWrite() {
    assertThatThrownBy(() -> Estimate.parse("about 100 (50-300)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Estimate text (\"about 100 (50-300)\") gives a range (50-300) that does not lie"
                + " within what the about policy (AboutPolicy.percent(5)) allows for \"about"
                + " 100\", 95-105: write \"about 100\" for the policy's range or \"between 50 and"
                + " 300 (best 100)\" for the range as written");
    assertThat(Estimate.parse("about 100 (50-300)", AboutPolicy.absolute(200)).low()).isEqualTo(50);
    assertThatThrownBy(() -> Estimate.parse("nearly 5,000 (4,000-4,999)"))
        .hasMessageContaining("allows for \"nearly 5,000\", 4,750-4,999");
    assertThatThrownBy(() -> Estimate.parse("some two dozen (20-30)"))
        .hasMessageContaining("allows for \"some two dozen\", 22-26");
    assertThatThrownBy(() -> Estimate.parse("hundreds (100-900)"))
        .hasMessageContaining("allows for \"hundreds\", 200-999");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "about",
        "about 100 (50-300)",
        "roughly 150 (100-200)",
        "nearly 5,000 (1-4,999)",
        "dozens (1-1,000)",
        "hundreds (1,000-2,000)",
        "more than 1,000",
        "scores",
        "785 (best 700)",
        "1,500 (1,000-1,549)",
        "1,500 (1,501-1,549)",
        "15 (10-20)",
        "0 (0-1)",
        "a dozen"
      })
  void everyExampleInEveryErrorMessageParses(String text) {
    List<AboutPolicy> abouts =
        List.of(
            AboutPolicy.standard(),
            AboutPolicy.percent(0),
            AboutPolicy.percent(1),
            AboutPolicy.absolute(1_000));
    List<VaguePolicy> vagues =
        List.of(VaguePolicy.standard(), VaguePolicy.standard().withRange("dozens", 13, 13));
    for (AboutPolicy about : abouts) {
      for (VaguePolicy vague : vagues) {
        String message = refusal(text, about, vague);
        if (message == null) {
          continue; // a wide policy reads some of these texts
        }
        List<String> examples = quoted(message);
        assertThat(examples).as("examples in %s", message).isNotEmpty();
        for (String example : examples) {
          assertThat(Estimate.parse(example, about, vague))
              .as("example \"%s\" of %s under %s, %s", example, message, about, vague)
              .isNotNull();
        }
      }
    }
  }

  /** The message refusing {@code text}, or none when these policies read it. */
  private static String refusal(String text, AboutPolicy about, VaguePolicy vague) {
    try {
      Estimate.parse(text, about, vague);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** Every quoted text of a message but the first, which is the refused text itself. */
  private static List<String> quoted(String message) {
    List<String> all = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(message);
    while (m.find()) {
      all.add(m.group(1));
    }
    // the refused text, and the words the policy was asked about, are not examples
    return all.subList(1, all.size()).stream()
        .filter(q -> !message.contains("allows for \"" + q + "\""))
        .toList();
  }

  @Test
  void aKeptWordingMustSayTheSameNumbers() {
    assertThatThrownBy(() -> Estimate.create(Qualifier.EXACTLY, 5, 5, 5, "6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Estimate.wording (\"6\") of EXACTLY 5..5 requires the count as printed, \"5\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.ABOUT, 5, 6, 7, "roughly 60"))
        .hasMessage(
            "Estimate.wording (\"roughly 60\") of ABOUT 5..7 requires a figure within the range"
                + " (5..7); was 60");
    assertThatThrownBy(() -> Estimate.create(Qualifier.ABOUT, 5, 6, 7, "about 6"))
        .hasMessageContaining("other than \"about\" and digits");
    assertThatThrownBy(() -> Estimate.create(Qualifier.NEARLY, 5, 6, 7, null))
        .hasMessage(
            "Estimate.wording (empty) of NEARLY 5..7 requires the words as printed, such as"
                + " \"nearly 5,000\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.NEARLY, 5, 6, 7, "nearly 7"))
        .hasMessage(
            "Estimate.wording (\"nearly 7\") of NEARLY 5..7 requires a figure above the high end"
                + " (7); was 7");
    assertThatThrownBy(() -> Estimate.create(Qualifier.VAGUE, 5, 6, 7, "heaps"))
        .hasMessageContaining("requires one of the quantifiers [dozens,");
    assertThatThrownBy(() -> Estimate.create(Qualifier.BETWEEN, 5, 6, 7, "dozens"))
        .hasMessage(
            "Estimate.wording (\"dozens\") of BETWEEN 5..7 requires a range as printed, \"3,000 to 3,500\", or hedged,"
                + " \"about 700-850\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.UP_TO, 0, 6, 7, "as many as 6"))
        .hasMessage("Estimate.wording (\"as many as 6\") of UP_TO 0..7 requires \"as many as 7\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.FEWER_THAN, 1, 6, 7, null))
        .hasMessage(
            "Estimate.qualifier (FEWER_THAN) requires a bounded range with low == 0; was 1..7");
    assertThat(Estimate.create(Qualifier.VAGUE, 5, 6, 7, "dozens").wording()).contains("dozens");
  }

  @Test
  void arithmeticOnWordedFiguresWordsTheResultByItsShape() {
    Estimate sum = Estimate.vague("dozens").plus(Estimate.parse("785"));
    assertThat(sum.wording()).isEmpty();
    assertThat(sum).hasToString("between 809 and 884");
    assertThat(Estimate.parse(sum.toString())).isEqualTo(sum);
  }

  @Test
  void vaguePolicyChecksItsRanges() {
    assertThat(VaguePolicy.standard())
        .isSameAs(VaguePolicy.standard())
        .hasToString("VaguePolicy.standard()");
    assertThat(VaguePolicy.quantifiers()).startsWith("dozens", "a few dozen", "several dozen");
    assertThat(VaguePolicy.standard().withRange("dozens", 24, 99))
        .isEqualTo(VaguePolicy.standard());
    assertThat(VaguePolicy.standard().withRange("dozens", 24, 144).toString())
        .startsWith("VaguePolicy(dozens 24-144, a few dozen 24-59,");
    // "scores" became a quantifier; "heaps" is still none
    assertThatThrownBy(() -> VaguePolicy.standard().withRange("heaps", 20, 99))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("VaguePolicy quantifier (\"heaps\") must be one of [dozens,");
    assertThatThrownBy(() -> VaguePolicy.standard().withRange("dozens", 0, 99))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "VaguePolicy.ranges[dozens] (between 0 and 99) must be bounded and start at 1 or more");
    assertThatThrownBy(() -> VaguePolicy.standard().withRange("dozens", 99, 24))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Estimate.low (99) must not exceed high (24)");
  }
}
