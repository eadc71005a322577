package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.custody.model.AboutPolicy;
import dev.custody.model.VaguePolicy;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Collecting problems takes work linear in the input: counted in problems recorded and looked at
 * (never in wall time, which a loaded machine stretches), reading n empty events costs a bounded
 * number of steps per event; and the problems reported are capped, the rest counted.
 */
class ProblemCollectionProperties {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** A document whose events are {@code n} empty objects. */
  static String emptyEvents(int n) {
    StringBuilder json =
        new StringBuilder(
            "{\"format\": \"custody/1\", \"title\": \"t\", \"actors\": [], \"facilities\": [],"
                + " \"events\": [");
    for (int i = 0; i < n; i++) {
      json.append(i == 0 ? "{}" : ",{}");
    }
    return json.append("]}").toString();
  }

  private static long steps(int n) {
    JsonNode root = MAPPER.readTree(emptyEvents(n));
    DocumentReader reader =
        new DocumentReader("empty.json", AboutPolicy.standard(), VaguePolicy.standard());
    catchThrowableOfType(InvalidDocumentException.class, () -> reader.read(root));
    return reader.steps();
  }

  @Property(tries = 25)
  void the_steps_of_collecting_the_problems_of_n_empty_events_grow_linearly(
      @ForAll @IntRange(min = 1, max = 4_000) int n) {
    long once = steps(n);
    long twice = steps(2 * n);

    assertThat(once).isLessThanOrEqualTo(3L * n + 10);
    assertThat(twice).isLessThanOrEqualTo(2 * once + 10);
  }

  @Test
  void problems_past_the_first_hundred_are_counted_not_listed() {
    InvalidDocumentException refused =
        catchThrowableOfType(
            InvalidDocumentException.class,
            () -> CustodyJson.standard().read(emptyEvents(1_000), "empty.json"));

    assertThat(refused.problems()).hasSize(101);
    assertThat(refused.problems().get(0).toString())
        .isEqualTo("empty.json: $.events[0].type: field (type) is required");
    assertThat(refused.problems().get(100).toString())
        .isEqualTo("empty.json: $: and 900 more problems");
    assertThat(refused.isRejectedByRules()).isFalse();
  }
}
