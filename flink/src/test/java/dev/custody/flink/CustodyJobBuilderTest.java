package dev.custody.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.json.InvalidDocumentException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The job's settings are checked when it is built, each with a message naming the setting. */
class CustodyJobBuilderTest {
  private static final String WORLD =
      "{\"format\": \"custody/1\", \"title\": \"Somewhere\", \"actors\": [], \"facilities\": [],"
          + " \"events\": []}";

  @Test
  void aJobWithItsSettingsDescribesThem() {
    CustodyJob job =
        CustodyJob.builder()
            .world("somewhere", WORLD)
            .outOfOrderness(Duration.ofHours(6))
            .allowedLateness(Duration.ZERO)
            .referenceWait(Duration.ZERO)
            .snapshotPeriod(Duration.ofHours(1))
            .populationThreshold(1)
            .build();
    assertThat(job.toString())
        .isEqualTo(
            "CustodyJob of 1 theatres (out-of-orderness PT6H, allowed lateness PT0S, reference"
                + " wait PT0S, snapshots every PT1H, population threshold 1)");
  }

  @Test
  void aJobNeedsATheatre() {
    assertThatThrownBy(() -> CustodyJob.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least one theatre");
  }

  @Test
  void aTheatreIsGivenOnceWithANameAndAValidWorld() {
    assertThatThrownBy(() -> CustodyJob.builder().world("a", WORLD).world("a", WORLD))
        .hasMessageContaining("theatre (a) is given twice");
    assertThatThrownBy(() -> CustodyJob.builder().world(" ", WORLD).build())
        .hasMessageContaining("must not be blank");
    assertThatThrownBy(() -> CustodyJob.builder().world("a", "{}").build())
        .isInstanceOf(InvalidDocumentException.class);
  }

  @Test
  void durationsAndTheThresholdMustBeInRange() {
    CustodyJob.Builder builder = CustodyJob.builder();
    assertThatThrownBy(() -> builder.outOfOrderness(Duration.ZERO))
        .hasMessageContaining("outOfOrderness (PT0S) must be at least one millisecond");
    assertThatThrownBy(() -> builder.snapshotPeriod(Duration.ofMillis(-1)))
        .hasMessageContaining("snapshotPeriod");
    assertThatThrownBy(() -> builder.allowedLateness(Duration.ofDays(-1)))
        .hasMessageContaining("allowedLateness (PT-24H) must not be negative");
    assertThatThrownBy(() -> builder.referenceWait(Duration.ofDays(-1)))
        .hasMessageContaining("referenceWait");
    assertThatThrownBy(() -> builder.populationThreshold(0))
        .hasMessageContaining("populationThreshold (0) must be at least 1");
  }
}
