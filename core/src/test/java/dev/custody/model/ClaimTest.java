package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ClaimTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final When JAN_21 = When.on(LocalDate.of(2026, 1, 21), DAMASCUS);
  private static final ActorId USA = ActorId.of("usa");
  private static final ActorId NYT = ActorId.of("nyt");

  @Test
  void a_claim_made_directly() {
    Claim claim = Claim.of(Estimate.moreThan(1_000), Source.of(ActorId.of("sdf")), JAN_21);

    assertThat(claim.channel()).isEmpty();
    assertThat(claim.note()).isEmpty();
    assertThat(claim)
        .hasToString("over 1,000 according to sdf, reported 2026-01-21 (Asia/Damascus)");
  }

  @Test
  void a_relayed_claim_from_a_described_source() {
    Claim claim =
        Claim.builder()
            .estimate(Estimate.upTo(200))
            .source(Source.of(USA, "a U.S. military official"))
            .channel(NYT)
            .reported(JAN_21)
            .note("as many as")
            .build();

    assertThat(claim.source().actor()).isEqualTo(USA);
    assertThat(claim.source().description()).contains("a U.S. military official");
    assertThat(claim)
        .hasToString(
            "up to 200 according to a U.S. military official (usa) via nyt, reported 2026-01-21"
                + " (Asia/Damascus) (as many as)");
  }

  @Test
  void the_attribution_names_the_speaker_the_channel_and_a_status_other_than_reported() {
    Claim direct = Claim.of(Estimate.moreThan(1_000), Source.of(ActorId.of("sdf")), JAN_21);
    Claim relayed =
        Claim.builder()
            .estimate(Estimate.upTo(200))
            .source(Source.of(USA, "a U.S. military official"))
            .channel(NYT)
            .reported(JAN_21)
            .build();

    assertThat(direct.attribution()).isEqualTo("sdf");
    assertThat(relayed.attribution()).isEqualTo("a U.S. military official (usa) via nyt");
    assertThat(relayed.withStatus(ClaimStatus.rumoured()).attribution())
        .isEqualTo("a U.S. military official (usa) via nyt; rumoured");
    assertThat(direct.withStatus(ClaimStatus.reported()).attribution()).isEqualTo("sdf");
  }

  @Test
  void the_channel_is_someone_other_than_the_source() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Claim.builder()
                    .estimate(Estimate.exactly(150))
                    .source(Source.of(USA))
                    .channel(USA)
                    .reported(JAN_21)
                    .build())
        .withMessageStartingWith("Claim.channel (usa) must differ from the source's actor (usa)");
  }

  @Test
  void a_note_may_break_lines_and_tab_but_holds_no_other_control() {
    Claim quoted =
        Claim.builder()
            .estimate(Estimate.about(150))
            .source(Source.of(USA, "an official,\n\tspeaking on condition of anonymity"))
            .reported(JAN_21)
            .note("first line\n\tsecond")
            .build();

    assertThat(quoted.note()).contains("first line\n\tsecond");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Claim.builder()
                    .estimate(Estimate.about(150))
                    .source(Source.of(USA))
                    .reported(JAN_21)
                    .note("first line\u001b[2Jsecond")
                    .build())
        .withMessageContaining("Claim.note")
        .withMessageContaining("must not contain control characters or line breaks");
  }

  @Test
  void notes_and_descriptions_are_not_blank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Source.of(USA, ""))
        .withMessage("Source.description (\"\") must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                Claim.builder()
                    .estimate(Estimate.exactly(150))
                    .source(Source.of(USA))
                    .reported(JAN_21)
                    .note("still searching ")
                    .build())
        .withMessage("Claim.note (\"still searching \") must not begin or end with whitespace");
  }

  @Test
  void claims_agree_when_their_estimates_overlap() {
    Claim about150 = Claim.of(Estimate.about(150), Source.of(ActorId.of("syria-gov")), JAN_21);
    Claim upTo200 = Claim.of(Estimate.upTo(200), Source.of(USA), JAN_21);
    Claim over1000 = Claim.of(Estimate.moreThan(1_000), Source.of(ActorId.of("sdf")), JAN_21);

    assertThat(about150.agreesWith(upTo200)).isTrue();
    assertThat(upTo200.agreesWith(about150)).isTrue();
    assertThat(over1000.agreesWith(upTo200)).isFalse();
    assertThat(about150.withEstimate(Estimate.exactly(81)).estimate())
        .isEqualTo(Estimate.exactly(81));
    assertThat(about150.withEstimate(Estimate.exactly(81)).source()).isEqualTo(about150.source());
  }
}
