package dev.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Obligation;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Alias;
import dev.custody.model.Claim;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Location;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every human-readable text of the model (names, aliases, titles, descriptions, notes, regions) is
 * judged in one place, {@code Checks.text}: none may be invisible, hold controls or bidirectional
 * overrides, and each refusal names the field and shows the value escaped.
 */
class VisibleTextTest {
  private static final ActorId KEEPER = ActorId.of("keeper");
  private static final ActorId RIVAL = ActorId.of("rival");
  private static final When T0 = When.at(Instant.parse("2026-01-20T00:00:00Z"));

  /** The fields of free text, which may break lines and tab (Checks.freeText). */
  private static final java.util.Set<String> FREE_TEXT =
      java.util.Set.of("Source.description", "Claim.note", "Obligation.description");

  private static final Map<String, Function<String, Object>> FIELDS =
      Map.of(
          "Actor.name",
          text -> Actor.of(KEEPER, text, ActorKind.STATE),
          "Alias.name",
          Alias::of,
          "Facility.name",
          text ->
              Facility.of(
                  FacilityId.of("jail"),
                  text,
                  FacilityKind.PRISON,
                  Location.in(CountryCode.of("SY"))),
          "Location.region",
          text -> Location.in(CountryCode.of("SY"), text),
          "Source.description",
          text -> Source.of(KEEPER, text),
          "Claim.note",
          text ->
              Claim.builder()
                  .estimate(Estimate.exactly(1))
                  .source(Source.of(KEEPER))
                  .reported(T0)
                  .note(text)
                  .build(),
          "Agreement.title",
          text ->
              Agreement.builder()
                  .id(AgreementId.of("pact"))
                  .kind(AgreementKind.CEASEFIRE)
                  .title(text)
                  .addParties(KEEPER, RIVAL)
                  .concluded(T0)
                  .build(),
          "Obligation.description",
          text -> Obligation.of(ObligationId.of("duty"), KEEPER, text));

  @Test
  void aNameOfOnlyNulOrZeroWidthSpacesIsBlank() {
    FIELDS.forEach(
        (field, build) -> {
          assertThatThrownBy(() -> build.apply("\u0000\u0000"))
              .as(field)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessage(
                  field
                      + " (\"\\u0000\\u0000\") must not be blank: it has only whitespace, control"
                      + " and invisible characters");
          assertThatThrownBy(() -> build.apply("\u200b\u200b"))
              .as(field)
              .hasMessageStartingWith(field + " (\"\\u200b\\u200b\") must not be blank");
        });
  }

  @Test
  void anAnsiEscapeOrANewlineInANameIsRefused() {
    FIELDS.forEach(
        (field, build) -> {
          assertThatThrownBy(() -> build.apply("Keeper\u001b[2J"))
              .as(field)
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessage(
                  field
                      + " (\"Keeper\\u001b[2J\") must not contain control characters or line"
                      + " breaks; found U+001B at index 6");
          if (FREE_TEXT.contains(field)) {
            // a note or a description may break lines and tab, as a quoted passage does
            assertThat(build.apply("Keeper\n\tno errors")).isNotNull();
            assertThatThrownBy(() -> build.apply("Keeper\rno errors"))
                .as(field)
                .hasMessageContaining("found U+000D at index 6");
          } else {
            assertThatThrownBy(() -> build.apply("Keeper\nno errors"))
                .as(field)
                .hasMessageContaining("found U+000A at index 6");
          }
        });
  }

  @Test
  void aBidirectionalOverrideInANameIsRefused() {
    FIELDS.forEach(
        (field, build) ->
            assertThatThrownBy(() -> build.apply("Keeper\u202egpj.exe"))
                .as(field)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                    field
                        + " (\"Keeper\\u202egpj.exe\") must not contain bidirectional embeddings,"
                        + " overrides or isolates"));
  }
}
