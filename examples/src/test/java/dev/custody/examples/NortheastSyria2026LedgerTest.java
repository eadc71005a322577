package dev.custody.examples;

import static dev.custody.examples.NortheastSyria2026.AL_HOL;
import static dev.custody.examples.NortheastSyria2026.AL_SHADDADI;
import static dev.custody.examples.NortheastSyria2026.DAMASCUS;
import static dev.custody.examples.NortheastSyria2026.IRAQ_GOV;
import static dev.custody.examples.NortheastSyria2026.IRAQ_SECURE;
import static dev.custody.examples.NortheastSyria2026.ISIS_FIGHTERS;
import static dev.custody.examples.NortheastSyria2026.SDF;
import static dev.custody.examples.NortheastSyria2026.SYRIA_GOV;
import static dev.custody.examples.NortheastSyria2026.USA;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.Reading;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The reference case recorded as events. */
class NortheastSyria2026LedgerTest {
  private static final Account AT_LARGE = Account.atLargeFrom(AL_SHADDADI, ISIS_FIGHTERS);
  private static final Account RECAPTURED = Account.held(SYRIA_GOV, ISIS_FIGHTERS);

  private static Instant noon(int day) {
    return ZonedDateTime.of(2026, 1, day, 12, 0, 0, 0, DAMASCUS).toInstant();
  }

  private static int referentsFirst(Event event) {
    return event instanceof dev.custody.event.AgreementConcluded
        ? 0
        : event instanceof dev.custody.event.TransferPlanned ? 1 : 2;
  }

  @Test
  void no_event_of_the_case_is_rejected_and_none_breaks_a_rule() {
    AppendResult result =
        Ledger.of(NortheastSyria2026.world()).appendAll(NortheastSyria2026.events());

    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    assertThat(result.ledger().size()).isEqualTo(NortheastSyria2026.events().size());
    assertThat(result.ledger().verdict().violations()).isEmpty();
  }

  @Test
  void the_controller_of_al_hol_is_the_sdf_on_the_20th_and_the_government_on_the_22nd() {
    Ledger ledger = NortheastSyria2026.ledger();

    assertThat(ledger.controllerAt(AL_HOL, noon(20))).contains(SDF);
    assertThat(ledger.controllerAt(AL_HOL, noon(22))).contains(SYRIA_GOV);
    assertThat(ledger.situationAt(noon(22)).controllerOf(AL_HOL)).contains(SYRIA_GOV);
    assertThat(ledger.history(AL_HOL))
        .extracting(Event::type)
        .containsExactly("control-changed", "control-changed");
  }

  @Test
  void balances_add_up_under_every_reading() {
    Ledger envelope = NortheastSyria2026.ledger();
    for (Reading reading :
        ImmutableList.of(
            Reading.envelope(),
            Reading.consensus(),
            Reading.preferring(SDF),
            Reading.preferring(SYRIA_GOV),
            Reading.preferring(USA))) {
      Ledger ledger = envelope.withReading(reading);
      Situation situation = ledger.situationAt(noon(23));
      Estimate escaped = reading.of(NortheastSyria2026.escapesFromAlShaddadi());

      assertThat(ledger.verdict().errors()).as("errors under %s", reading).isEmpty();
      // nobody created or lost: those at large and those recaptured are those who escaped
      assertThat(situation.balance(AT_LARGE).best() + situation.balance(RECAPTURED).best())
          .as("escapees under %s", reading)
          .isEqualTo(escaped.best());
      // the government may hold others: its account was never counted, so it is at least 81
      assertThat(situation.balance(RECAPTURED)).isEqualTo(Estimate.atLeast(81));
      assertThat(situation.balance(Account.heldAt(IRAQ_GOV, IRAQ_SECURE, ISIS_FIGHTERS)).best())
          .isEqualTo(150);
    }
  }

  @Test
  void still_at_large_is_open_ended_until_a_census_says_nobody_was_at_large_before() {
    Ledger ledger = NortheastSyria2026.ledger().withReading(Reading.preferring(SYRIA_GOV));

    // nobody said how many were at large before the breakout: the balance has no upper bound
    assertThat(ledger.situationAt(noon(23)).balance(AT_LARGE)).hasToString("at least 61 (best 69)");

    AppendResult counted =
        ledger.append(
            CensusTaken.of(
                EventId.of("none-at-large-before"),
                When.on(LocalDate.of(2026, 1, 1), DAMASCUS),
                CensusScope.account(AT_LARGE),
                Figure.of(
                    Claim.of(
                        Estimate.exactly(0),
                        Source.of(SYRIA_GOV),
                        When.on(LocalDate.of(2026, 1, 1), DAMASCUS)))));
    assertThat(counted.isAccepted()).isTrue();
    Ledger bounded = counted.ledger();
    assertThat(bounded.situationAt(noon(23)).balance(AT_LARGE)).hasToString("between 61 and 77");
    assertThat(bounded.withReading(Reading.preferring(USA)).situationAt(noon(23)).balance(AT_LARGE))
        .hasToString("up to 119");
    assertThat(bounded.withReading(Reading.preferring(SDF)).situationAt(noon(23)).balance(AT_LARGE))
        .hasToString("over 919");
  }

  @Test
  void the_order_in_which_reports_arrive_does_not_change_the_ledger() {
    Ledger inOrder = NortheastSyria2026.ledger();
    List<Event> shuffled = new ArrayList<>(NortheastSyria2026.events());
    Random random = new Random(2026);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(shuffled, random);
      // a report can only name an agreement or plan the ledger already holds
      shuffled.sort(
          java.util.Comparator.comparingInt(NortheastSyria2026LedgerTest::referentsFirst));
      AppendResult result = Ledger.of(NortheastSyria2026.world()).appendAll(shuffled);

      assertThat(result.isAccepted()).as("%s for order %s", result.verdict(), shuffled).isTrue();
      assertThat(result.ledger().events()).containsExactlyInAnyOrderElementsOf(inOrder.events());
      assertThat(result.ledger().situationAt(noon(23))).isEqualTo(inOrder.situationAt(noon(23)));
    }
  }
}
