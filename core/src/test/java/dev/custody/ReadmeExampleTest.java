package dev.custody;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Deadline;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.ClaimConflict;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Compiles and checks the usage example of README.md, and that the README shows these lines. */
class ReadmeExampleTest {

  @Test
  void the_usage_example_computes_what_its_comments_say() {
    // README BEGIN
    ZoneId damascus = ZoneId.of("Asia/Damascus");
    When jan21 = When.on(LocalDate.of(2026, 1, 21), damascus);
    Claim sdf = Claim.of(Estimate.moreThan(1_000), Source.of(ActorId.of("sdf")), jan21);
    Claim syria = Claim.of(Estimate.about(150), Source.of(ActorId.of("syria-gov")), jan21);
    Claim usa = Claim.of(Estimate.upTo(200), Source.of(ActorId.of("usa"), "an official"), jan21);
    List<ClaimConflict> conflicts = Figure.of(sdf, syria, usa).conflicts(); // sdf-syria, sdf-usa
    Estimate atLarge = Estimate.about(150).minus(Estimate.exactly(81)); // about 69 (61-77)
    When jan20 = When.on(LocalDate.of(2026, 1, 20), damascus);
    Deadline integration = Deadline.daysAfter(jan20, 4, damascus); // due 2026-01-24
    boolean lapsed = integration.hasLapsedAt(Instant.parse("2026-01-24T21:00:00Z")); // true
    // README END

    assertThat(conflicts)
        .extracting(c -> c.first().source().actor() + " vs " + c.second().source().actor())
        .containsExactly("sdf vs syria-gov", "sdf vs usa");
    assertThat(atLarge).hasToString("about 69 (61-77)");
    assertThat(integration.dueDate()).isEqualTo(LocalDate.of(2026, 1, 24));
    assertThat(lapsed).isTrue();
    assertThat(integration.hasLapsedAt(Instant.parse("2026-01-24T20:59:59Z"))).isFalse();
  }

  @Test
  void the_readme_shows_exactly_the_lines_this_test_compiles() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher usage =
        Pattern.compile("## Usage\\s+```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(usage.find()).as("README.md has a java block under ## Usage").isTrue();

    String source =
        Files.readString(
            Path.of("src", "test", "java", "dev", "custody", "ReadmeExampleTest.java"),
            StandardCharsets.UTF_8);
    String compiled =
        source.substring(
            source.indexOf("// README BEGIN") + "// README BEGIN".length(),
            source.indexOf("// README END"));

    assertThat(normalized(usage.group(1))).isEqualTo(normalized(compiled));
  }

  private static String normalized(String code) {
    return code.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty())
        .collect(Collectors.joining("\n"));
  }
}
