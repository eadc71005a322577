package dev.custody.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guantanamo's first prisoners came from an account nobody counted, "held by dod in AF": the record
 * names it only as where they were flown from. A reader of the sources would say how many were held
 * in Afghanistan is not recorded; the report says so, and gives that account no share of what was
 * held, rather than "unknown" and "between 0% and 100%".
 */
class NothingOnRecordReportTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final Path FILE =
      Path.of("..", "examples", "scenarios", "guantanamo-2002-present.json");

  private static Report report() throws IOException {
    CustodyDocument document = CustodyJson.standard().read(FILE);
    Instant end = Instant.parse("2025-01-09T05:00:00Z");
    return Report.of(document.ledger(), end, Optional.empty());
  }

  @Test
  void says_an_account_only_left_from_is_not_recorded_and_gives_it_no_share() throws IOException {
    String text = report().render(ReportFormat.TEXT);

    assertThat(line(text, "held by dod in AF ")).endsWith("not recorded");
    assertThat(line(text, "  AF       ")).contains("not recorded").doesNotContain("%");
    assertThat(text).doesNotContain("between 0% and 100% (best 0%)");
  }

  @Test
  void totals_what_is_on_record_and_names_what_is_not() throws IOException {
    String text = report().render(ReportFormat.TEXT);

    // the 15 at Guantanamo are all that is on record, beside a country that is not: all of what
    // is on record, not "between 0% and 100%", under a header that says the shares are of what
    // is on record, so that "100%" does not read as all of the whole
    assertThat(line(text, "  CU       ")).contains("15").contains("100%").doesNotContain("between");
    assertThat(text).contains("share of recorded");
    assertThat(line(text, "  dod      "))
        .contains("15 on record")
        .contains("100%")
        .doesNotContain("between")
        .doesNotContain("at least");
    String total = text.substring(text.indexOf("Held by country"));
    assertThat(line(total, "  total    ")).contains("15 on record").doesNotContain("at least");
    // the table wraps its last column: read it as one run of words
    assertThat(total.substring(0, total.indexOf("Censuses that")).replaceAll("\\s+", " "))
        .contains("not recorded: held by dod in AF");
  }

  @Test
  void keeps_the_totals_and_shares_of_a_kind_whose_groups_are_all_on_record() throws IOException {
    String text = report().render(ReportFormat.TEXT);
    String released = text.substring(text.indexOf("Released by destination"));

    // every destination has people on record: the total and shares are the totals' own
    assertThat(line(released, "  total        "))
        .contains("at least 47")
        .doesNotContain("on record");
    assertThat(line(released, "  OM           ")).contains("between 0% and 100% (best 45%)");
  }

  @Test
  void keeps_the_figures_of_accounts_the_record_says_something_of() throws IOException {
    String text = report().render(ReportFormat.TEXT);

    // never counted, but two people released there are on record: at least 2, with a share
    assertThat(line(text, "  AF           ")).contains("at least 2").contains("%");
    // counted
    assertThat(line(text, "held by dod at guantanamo")).endsWith("15");
    assertThat(line(text, "  CU       ")).contains("15").contains("100%");
  }

  @Test
  void marks_it_not_recorded_in_json_with_no_share() throws IOException {
    JsonNode root = JSON.readTree(report().render(ReportFormat.JSON));

    JsonNode afghanistan = null;
    JsonNode cuba = null;
    for (JsonNode group : root.get("totals").get("country").get("groups")) {
      if (group.get("key").asString().equals("AF")) {
        afghanistan = group;
      } else if (group.get("key").asString().equals("CU")) {
        cuba = group;
      }
    }
    JsonNode country = root.get("totals").get("country");
    assertThat(country.get("recordedTotal").get("text").asString()).isEqualTo("15");
    assertThat(country.get("notRecorded"))
        .extracting(JsonNode::asString)
        .containsExactly("held by dod in AF");
    JsonNode dod = root.get("totals").get("custodian").get("groups").get(0);
    assertThat(dod.get("recordedPart").get("text").asString()).isEqualTo("15");
    assertThat(dod.get("share").get("text").asString()).isEqualTo("100%");
    assertThat(afghanistan.get("recorded").asBoolean()).isFalse();
    assertThat(afghanistan.get("share").isNull()).isTrue();
    assertThat(cuba.get("recorded").asBoolean()).isTrue();
    assertThat(cuba.get("share").get("text").asString()).isEqualTo("100%");
    for (JsonNode account : root.get("balances").get("accounts")) {
      boolean inAfghanistan = account.get("text").asString().startsWith("held by dod in AF:");
      assertThat(account.get("recorded").asBoolean())
          .as(account.get("text").asString())
          .isEqualTo(!inAfghanistan);
    }
  }

  @Test
  void an_account_people_were_moved_into_is_unknown_not_unrecorded() throws IOException {
    // escapes of at least 20 and recaptures of at least 92: how many are still out is unknown,
    // and the record speaks of them; it is not an account the record never gives
    CustodyDocument document =
        CustodyJson.standard()
            .read(Path.of("..", "examples", "scenarios", "ghwayran-hasakah-2022.json"));
    String text =
        Report.of(document.ledger(), Instant.parse("2022-08-14T21:00:00Z"), Optional.empty())
            .render(ReportFormat.TEXT);

    assertThat(line(text, "at large from ghwayran ")).endsWith("unknown");
    assertThat(line(text, "  ghwayran  ")).contains("unknown").doesNotContain("not recorded");
  }

  private static String line(String text, String start) {
    return text.lines()
        .filter(l -> l.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with '" + start + "'"));
  }
}
