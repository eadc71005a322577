package dev.custody.cli.report;

import static dev.custody.cli.report.JsonValues.NODES;
import static dev.custody.cli.report.JsonValues.derived;
import static dev.custody.cli.report.JsonValues.estimate;

import com.google.common.collect.ImmutableSet;
import dev.custody.aggregate.Narrowing;
import dev.custody.aggregate.Population;
import dev.custody.event.Account;
import dev.custody.ledger.JointSplit;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON report's {@code narrowing}: each account a count narrowed (its balance before, its range
 * after, the censuses that narrowed it), each joint count with the range it leaves each part, and
 * each joint movement with the range it gave each part ({@code jointMovements}: its event, figure,
 * parts by origin, and what the origins and the destinations held together right after it, null for
 * a movement dated by a period), and the counts that cannot all hold.
 */
final class NarrowingJson {

  private NarrowingJson() {}

  static ObjectNode of(Narrowing narrowing) {
    ObjectNode node = NODES.objectNode();
    ArrayNode accounts = node.putArray("accounts");
    for (Account account : narrowing.narrowed()) {
      ObjectNode entry = accounts.addObject();
      entry.put("account", account.toString());
      entry.set("before", estimate(narrowing.before().get(account)));
      entry.set("narrowed", derived(narrowing.bounds().get(account)));
      ArrayNode by = entry.putArray("by");
      narrowing.narrowedBy().get(account).forEach(id -> by.add(id.toString()));
    }
    ArrayNode joint = node.putArray("jointCounts");
    for (Population count : narrowing.jointCounts()) {
      ObjectNode entry = joint.addObject();
      entry.put("census", count.census().toString());
      entry.put("scope", count.scope().toString());
      entry.set("counted", estimate(count.counted()));
      entry.set("population", derived(count.population()));
      ArrayNode parts = entry.putArray("parts");
      for (Account part : count.scope().joint().orElseThrow()) {
        ObjectNode partNode = parts.addObject();
        partNode.put("account", part.toString());
        partNode.set("bounds", derived(narrowing.bounds().get(part)));
      }
    }
    ArrayNode movements = node.putArray("jointMovements");
    for (JointSplit split : narrowing.jointMovements()) {
      ObjectNode entry = movements.addObject();
      entry.put("event", split.event().toString());
      entry.set("figure", estimate(split.figure()));
      ArrayNode parts = entry.putArray("parts");
      split
          .parts()
          .forEach(
              (origin, moved) -> {
                ObjectNode partNode = parts.addObject();
                partNode.put("from", origin.toString());
                partNode.set("moved", derived(moved));
              });
      entry.set("originsTogether", together(split.originsTogether()));
      entry.set("destinationsTogether", together(split.destinationsTogether()));
    }
    ArrayNode disagreements = node.putArray("disagreements");
    for (ImmutableSet<EventId> counts : narrowing.disagreements()) {
      ArrayNode ids = disagreements.addArray();
      counts.forEach(id -> ids.add(id.toString()));
    }
    return node;
  }

  /** A sum right after a joint movement, or null for a movement dated by a period. */
  private static JsonNode together(Optional<Estimate> sum) {
    return sum.isPresent() ? derived(sum.get()) : NODES.nullNode();
  }
}
