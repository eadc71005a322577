package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.AgreementKind;
import dev.custody.event.AccountKind;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.IntakeKind;
import dev.custody.event.MovementKind;
import dev.custody.model.ActorKind;
import dev.custody.model.ClaimStatus;
import dev.custody.model.CohortCategory;
import dev.custody.model.FacilityKind;
import dev.custody.model.UnitCount;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fuzzer's dictionary, {@code ReaderFuzzTest.dict}, keeps up with the format: it holds, in
 * quotes as the JSON has them, every field name of {@link FormatNames}, the type of every event and
 * the spelling of every kind the reader reads, and each of its lines is a token libFuzzer can
 * parse.
 */
class ReaderFuzzDictionaryTest {

  private static List<String> lines() throws IOException {
    try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("ReaderFuzzTest.dict")) {
      assertThat(in).as("ReaderFuzzTest.dict beside ReaderFuzzTest").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** The tokens, unescaped as libFuzzer reads them: {@code \\}, {@code \"} and {@code \xAB}. */
  private static Set<String> tokens() throws IOException {
    List<String> tokens = new ArrayList<>();
    for (String line : lines()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      assertThat(line)
          .as("a token in quotes")
          .startsWith("\"")
          .endsWith("\"")
          .hasSizeGreaterThan(2);
      String quoted = line.substring(1, line.length() - 1);
      StringBuilder token = new StringBuilder();
      for (int i = 0; i < quoted.length(); i++) {
        char c = quoted.charAt(i);
        if (c == '\\') {
          char next = quoted.charAt(++i);
          if (next == 'x') {
            token.append((char) Integer.parseInt(quoted.substring(i + 1, i + 3), 16));
            i += 2;
          } else {
            assertThat(next).as(line).isIn('\\', '"');
            token.append(next);
          }
        } else {
          assertThat(c).as("%s: an unescaped quote", line).isNotEqualTo('"');
          token.append(c);
        }
      }
      tokens.add(token.toString());
    }
    return Set.copyOf(tokens);
  }

  private static String quoted(String name) {
    return "\"" + name + "\"";
  }

  @Test
  void every_field_name_is_in_the_dictionary() throws IOException, IllegalAccessException {
    List<String> names = new ArrayList<>();
    for (Field field : FormatNames.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
        names.add((String) field.get(null));
      }
    }

    assertThat(names).hasSizeGreaterThan(50);
    assertThat(tokens()).containsAll(names.stream().map(ReaderFuzzDictionaryTest::quoted).toList());
  }

  @Test
  void every_event_type_is_in_the_dictionary() throws IOException, ReflectiveOperationException {
    List<String> types = new ArrayList<>();
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      // a sealed interface among them (the planned movements) stands for the classes it permits
      Class<?>[] leaves =
          type.isInterface() ? type.getPermittedSubclasses() : new Class<?>[] {type};
      for (Class<?> leaf : leaves) {
        types.add((String) leaf.getField("TYPE").get(null));
      }
    }

    assertThat(types).hasSize(17);
    assertThat(tokens()).containsAll(types.stream().map(ReaderFuzzDictionaryTest::quoted).toList());
  }

  @Test
  void every_spelling_of_a_kind_is_in_the_dictionary() throws IOException {
    Set<String> spellings =
        List.of(
                FormatNames.spellings(ActorKind.class),
                FormatNames.spellings(FacilityKind.class),
                FormatNames.spellings(CohortCategory.class),
                FormatNames.spellings(AccountKind.class),
                FormatNames.spellings(AgreementKind.class),
                FormatNames.spellings(IntakeKind.class),
                FormatNames.spellings(MovementKind.class),
                FormatNames.spellings(ClaimStatus.Kind.class),
                FormatNames.spellings(UnitCount.Unit.class),
                FormatNames.spellings(Flow.class))
            .stream()
            .flatMap(List::stream)
            .map(ReaderFuzzDictionaryTest::quoted)
            .collect(Collectors.toSet());

    assertThat(tokens()).containsAll(spellings).contains(quoted(CustodyJson.FORMAT));
  }
}
