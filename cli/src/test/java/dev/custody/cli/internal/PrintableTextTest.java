package dev.custody.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrintableTextTest {

  @Test
  void writes_line_breaks_tabs_and_escape_sequences_as_visible_escapes() {
    assertThat(PrintableText.of("a\nb\rc\td")).isEqualTo("a\\nb\\rc\\td");
    assertThat(PrintableText.of("\u001b[2J\u001b[H")).isEqualTo("\\u001b[2J\\u001b[H");
    assertThat(PrintableText.of("\u0000\u0007\u007f")).isEqualTo("\\u0000\\u0007\\u007f");
    // C1: the one-byte CSI, next line
    assertThat(PrintableText.of("\u009b2J\u0085")).isEqualTo("\\u009b2J\\u0085");
  }

  @Test
  void escapes_bidirectional_overrides_isolates_and_invisible_format_characters() {
    assertThat(PrintableText.of("a\u202ab\u202bc\u202cd\u202de\u202ef"))
        .isEqualTo("a\\u202ab\\u202bc\\u202cd\\u202de\\u202ef");
    assertThat(PrintableText.of("\u2066\u2067\u2068\u2069"))
        .isEqualTo("\\u2066\\u2067\\u2068\\u2069");
    assertThat(PrintableText.of("\u200e\u200f\u061c")).isEqualTo("\\u200e\\u200f\\u061c");
    assertThat(PrintableText.of("zero\u200bwidth\ufeff\u00ad"))
        .isEqualTo("zero\\u200bwidth\\ufeff\\u00ad");
    assertThat(PrintableText.of("line\u2028paragraph\u2029"))
        .isEqualTo("line\\u2028paragraph\\u2029");
  }

  @Test
  void escapes_tags_beyond_the_basic_plane_and_lone_surrogates() {
    assertThat(PrintableText.of("flag" + new String(Character.toChars(0xe0067))))
        .isEqualTo("flag\\U000e0067");
    assertThat(PrintableText.of("a\ud800b")).isEqualTo("a\\ud800b");
    assertThat(PrintableText.of("a\udc00")).isEqualTo("a\\udc00");
  }

  @Test
  void keeps_letters_of_every_script_emoji_joiners_and_backslashes() {
    for (String text :
        new String[] {
          "Syrian Democratic Forces",
          "قوات سوريا الديمقراطية",
          "هێزەکانی سووریای دیموکرات",
          "می‌خواهم",
          "👩‍⚕️ 😀",
          "C:\\scenarios\\a.json",
          "café, naïve, Ω"
        }) {
      assertThat(PrintableText.of(text)).isSameAs(text);
    }
  }

  @Test
  void leaves_nothing_unsafe_for_any_character() {
    StringBuilder all = new StringBuilder();
    for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
      all.appendCodePoint(codePoint);
    }
    String printable = PrintableText.of(all.toString());

    assertThat(printable.codePoints().filter(PrintableText::isUnsafe).count()).isZero();
    assertThat(printable).doesNotContain("\n").doesNotContain("\r");
  }

  @Test
  void escapes_each_character_the_same_way_every_time() {
    assertThat(PrintableText.escape('\n')).isEqualTo("\\n");
    assertThat(PrintableText.escape(0x1b)).isEqualTo("\\u001b");
    assertThat(PrintableText.escape(0xe0001)).isEqualTo("\\U000e0001");
  }
}
