package dev.custody.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.AgreementKind;
import dev.custody.event.AccountKind;
import dev.custody.model.ActorKind;
import dev.custody.model.CohortCategory;
import dev.custody.model.FacilityKind;
import org.junit.jupiter.api.Test;

/** The reader and the writer spell enum constants the same way: reading a spelling inverts it. */
class FormatNamesTest {

  @Test
  void a_constant_is_spelled_in_lower_case_with_hyphens() {
    assertThat(FormatNames.spelling(ActorKind.DESIGNATED_ORGANISATION))
        .isEqualTo("designated-organisation");
    assertThat(FormatNames.spelling(AccountKind.AT_LARGE)).isEqualTo("at-large");
  }

  @Test
  void every_spelling_reads_back_as_its_constant() {
    readsBack(ActorKind.class);
    readsBack(FacilityKind.class);
    readsBack(CohortCategory.class);
    readsBack(AgreementKind.class);
    readsBack(AccountKind.class);
  }

  private static <E extends Enum<E>> void readsBack(Class<E> type) {
    for (E constant : type.getEnumConstants()) {
      assertThat(FormatNames.spelled(type, FormatNames.spelling(constant))).contains(constant);
    }
  }

  @Test
  void spellings_list_every_constant_in_declaration_order() {
    assertThat(FormatNames.spellings(AccountKind.class))
        .containsExactly("held", "at-large", "released", "repatriated", "dead", "outside");
  }

  @Test
  void a_constant_name_as_java_writes_it_is_not_a_spelling() {
    assertThat(FormatNames.spelled(AccountKind.class, "AT_LARGE")).isEmpty();
    assertThat(FormatNames.spelled(AccountKind.class, "at_large")).isEmpty();
  }
}
