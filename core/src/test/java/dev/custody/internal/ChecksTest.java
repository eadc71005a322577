package dev.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Checks}: the one place where texts are judged and values quoted in messages. */
class ChecksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u0000",
        "\u0000\u0000\u0000",
        "\u200b",
        "\u200b\u200c\u200d\u2060\ufeff",
        "\u3164",
        "\u115f\u1160",
        "\ufe0f",
        " \u200b ",
        "\u0000 \u200b"
      })
  void aTextOfOnlyInvisibleCharactersIsBlank(String value) {
    assertThatThrownBy(() -> Checks.text("Actor.name", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Actor.name (" + Checks.quote(value) + ") must not be blank")
        .hasMessageEndingWith(": it has only whitespace, control and invisible characters");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u034f",
        "\u17b4",
        "\u17b5",
        "\u180b",
        "\u180f",
        "\ufe00",
        "\ufe0f",
        "\uffa0",
        "\udb40\udd00",
        "\udb40\uddef"
      })
  void everyInvisibleLetterOrMarkIsBlankAtTheEndsOfItsRange(String invisible) {
    assertThatThrownBy(() -> Checks.text("Actor.name", invisible))
        .hasMessageEndingWith(
            "must not be blank: it has only whitespace, control and invisible" + " characters");
    assertThatThrownBy(() -> Checks.text("Actor.name", "SDF" + invisible))
        .hasMessageEndingWith("must not begin or end with an invisible character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u180a", "\u1810", "\ufdff", "\ufe10", "\udb40\udcff", "\udb40\uddf0"})
  void theCharactersJustOutsideThoseRangesAreNotInvisible(String neighbour) {
    assertThat(Checks.text("Actor.name", "SDF" + neighbour)).isEqualTo("SDF" + neighbour);
  }

  @Test
  void plainBlanksKeepTheirShortMessage() {
    assertThatThrownBy(() -> Checks.text("Actor.name", ""))
        .hasMessage("Actor.name (\"\") must not be blank");
    assertThatThrownBy(() -> Checks.text("Actor.name", "   "))
        .hasMessage("Actor.name (\"   \") must not be blank");
    assertThatThrownBy(() -> Checks.text("Actor.name", "\t\n\u0085\u00a0\u2007\u202f"))
        .hasMessage(
            "Actor.name (\"\\u0009\\u000a\\u0085\\u00a0\\u2007\\u202f\") must not be blank");
  }

  @Test
  void aBlankMessageShowsTheValueEscaped() {
    assertThatThrownBy(() -> Checks.text("Facility.name", "\u0000\u200b"))
        .hasMessage(
            "Facility.name (\"\\u0000\\u200b\") must not be blank: it has only whitespace, control"
                + " and invisible characters");
  }

  static Stream<Arguments> controls() {
    return Stream.of(
        Arguments.of("Kee\u0000per", "0000", 3),
        Arguments.of("Keeper\u001b[2J", "001B", 6),
        Arguments.of("two\nlines", "000A", 3),
        Arguments.of("tab\there", "0009", 3),
        Arguments.of("del\u007fete", "007F", 3),
        Arguments.of("c1\u0085here", "0085", 2),
        Arguments.of("c1\u009bhere", "009B", 2),
        Arguments.of("line\u2028break", "2028", 4),
        Arguments.of("para\u2029break", "2029", 4));
  }

  @ParameterizedTest
  @MethodSource("controls")
  void aControlCharacterOrLineBreakInsideIsRefused(String value, String hex, int index) {
    assertThatThrownBy(() -> Checks.text("Actor.name", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Actor.name ("
                + Checks.quote(value)
                + ") must not contain control characters or line breaks; found U+"
                + hex
                + " at index "
                + index)
        .message()
        .doesNotContain("\n", "\u001b", "\u0000", "\u2028");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"
      })
  void aBidirectionalOverrideOrIsolateIsRefused(String control) {
    String value = "Keeper" + control + "reeper";

    assertThatThrownBy(() -> Checks.text("Alias.name", value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "must not contain bidirectional embeddings, overrides or isolates (U+202A to U+202E,"
                + " U+2066 to U+2069); found U+")
        .hasMessageContaining(" at index 6")
        .message()
        .doesNotContain(control);
  }

  @Test
  void anUnpairedSurrogateIsRefused() {
    assertThatThrownBy(() -> Checks.text("Claim.note", "a\ud800b"))
        .hasMessage(
            "Claim.note (\"a\\ud800b\") must not contain an unpaired surrogate; found U+D800 at"
                + " index 1");
    assertThatThrownBy(() -> Checks.text("Claim.note", "ab\udc00"))
        .hasMessageContaining("an unpaired surrogate; found U+DC00 at index 2");
  }

  @Test
  void anInvisibleCharacterAtEitherEndIsRefused() {
    assertThatThrownBy(() -> Checks.text("Actor.name", "\u200bSDF"))
        .hasMessage(
            "Actor.name (\"\\u200bSDF\") must not begin or end with an invisible character");
    assertThatThrownBy(() -> Checks.text("Actor.name", "SDF\ufeff"))
        .hasMessage(
            "Actor.name (\"SDF\\ufeff\") must not begin or end with an invisible character");
    assertThatThrownBy(() -> Checks.text("Actor.name", " SDF"))
        .hasMessage("Actor.name (\" SDF\") must not begin or end with whitespace");
    assertThatThrownBy(() -> Checks.text("Actor.name", "SDF\u00a0"))
        .hasMessage("Actor.name (\"SDF\\u00a0\") must not begin or end with whitespace");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Syrian Democratic Forces",
        "قوات سوريا الديمقراطية",
        "\u0642\u0633\u062f\u200f (SDF)",
        "क्\u200dष",
        "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 family",
        "al-Hol",
        "Ăn Qu\u00e1n"
      })
  void readableNamesInAnyScriptAreKept(String value) {
    assertThat(Checks.text("Actor.name", value)).isEqualTo(value);
  }

  @Test
  void quoteEscapesWhatCouldHideMoveOrForgeWhatIsPrinted() {
    assertThat(Checks.quote("Keeper")).isEqualTo("\"Keeper\"");
    assertThat(Checks.quote("")).isEqualTo("\"\"");
    assertThat(Checks.quote("a \"b\" \\c")).isEqualTo("\"a \\\"b\\\" \\\\c\"");
    assertThat(Checks.quote("\u0000\n\u001b[2J\u200b\u202e\u2028\u3164\u00a0\t"))
        .isEqualTo("\"\\u0000\\u000a\\u001b[2J\\u200b\\u202e\\u2028\\u3164\\u00a0\\u0009\"");
    assertThat(Checks.quote("x\ud800")).isEqualTo("\"x\\ud800\"");
    assertThat(Checks.quote("\ud83d\ude00")).isEqualTo("\"\ud83d\ude00\"");
  }

  @Test
  void quoteCutsLongValuesAndGivesTheirLength() {
    String million = "a".repeat(1_000_000);

    assertThat(Checks.quote(million))
        .isEqualTo("\"" + "a".repeat(Checks.QUOTED_LENGTH) + "\"... (1000000 characters)");
  }

  @Test
  void slugMessagesQuoteTheValueEscaped() {
    assertThatThrownBy(() -> Checks.slug("ActorId", "sdf\u0000\nok"))
        .hasMessageStartingWith("ActorId.value (\"sdf\\u0000\\u000aok\") must be a slug");
  }

  @Test
  void eachCheckGivesBackTheValueItAccepted() {
    // callers may check and assign in one step, as Guava's checkNotNull allows
    assertThat(Checks.slug("ActorId", "al-shaddadi")).isEqualTo("al-shaddadi");
    assertThat(Checks.text("Actor.name", "Syrian Democratic Forces"))
        .isEqualTo("Syrian Democratic Forces");
    assertThat(Checks.freeText("Claim.note", "as printed:\n\t\"some 150\""))
        .isEqualTo("as printed:\n\t\"some 150\"");
    assertThat(Checks.nonNegative("Estimate.low", 7_000)).isEqualTo(7_000);
    assertThat(Checks.nonNegative("Estimate.low", 0)).isZero();
  }
}
