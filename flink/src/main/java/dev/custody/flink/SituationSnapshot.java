package dev.custody.flink;

import com.google.common.collect.ImmutableMap;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.event.Account;
import dev.custody.ledger.Situation;
import dev.custody.model.Estimate;
import dev.custody.model.ObligationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The situation of one theatre at the end of a snapshot period: {@code Ledger.situationAt(asOf)} of
 * its ledger, written out in full by {@link #describe(Situation)}.
 *
 * @param theatre the theatre
 * @param asOf the instant described, the end of a period
 * @param events how many events of the ledger had certainly happened by then
 * @param situation the situation in words, as {@link #describe(Situation)} writes it
 */
public record SituationSnapshot(String theatre, Instant asOf, int events, String situation) {

  /**
   * Writes a situation out in full, one line each: its summary, then the balance of every account
   * (sorted by the account's text), the controller of every facility, and the status of every
   * obligation of every agreement concluded, as "balance held by sdf at al-hol: ...: about 2,000
   * (1,900-2,100)", "control al-hol: syria-gov", "obligation ceasefire/decide-integration: pending,
   * 2 days left (end of ...)". Two situations with the same text have the same balances,
   * controllers and statuses.
   *
   * @param situation the situation
   * @return the text, lines separated by "\n"
   */
  public static String describe(Situation situation) {
    List<String> lines = new ArrayList<>();
    lines.add(situation.toString());
    List<String> balances = new ArrayList<>();
    for (Map.Entry<Account, Estimate> balance : situation.balances().entrySet()) {
      balances.add("balance " + balance.getKey() + ": " + balance.getValue());
    }
    balances.sort(null);
    lines.addAll(balances);
    situation
        .controllers()
        .forEach((facility, actor) -> lines.add("control " + facility + ": " + actor));
    for (Agreement agreement : situation.agreements().values()) {
      ImmutableMap<ObligationId, DeadlineStatus> statuses = situation.statusOf(agreement.id());
      statuses.forEach(
          (obligation, status) ->
              lines.add("obligation " + agreement.id() + "/" + obligation + ": " + status));
    }
    return String.join("\n", lines);
  }

  /**
   * Returns the snapshot as its theatre, instant and number of events, then the situation.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return theatre + " at " + asOf + " (" + events + " events): " + situation;
  }
}
