package dev.custody.json;

import static dev.custody.json.FormatNames.CHANNEL;
import static dev.custody.json.FormatNames.CLAIM;
import static dev.custody.json.FormatNames.COUNT;
import static dev.custody.json.FormatNames.COUNTS_INSTEAD;
import static dev.custody.json.FormatNames.DAY;
import static dev.custody.json.FormatNames.DESCRIPTION;
import static dev.custody.json.FormatNames.DISPUTE;
import static dev.custody.json.FormatNames.ESTIMATE;
import static dev.custody.json.FormatNames.FROM;
import static dev.custody.json.FormatNames.ID;
import static dev.custody.json.FormatNames.INSTANT;
import static dev.custody.json.FormatNames.MONTH;
import static dev.custody.json.FormatNames.NOTE;
import static dev.custody.json.FormatNames.PEOPLE_PER;
import static dev.custody.json.FormatNames.REFUTED_BY;
import static dev.custody.json.FormatNames.RELAYED;
import static dev.custody.json.FormatNames.REPORTED;
import static dev.custody.json.FormatNames.RETRACTED_ON;
import static dev.custody.json.FormatNames.SOURCE;
import static dev.custody.json.FormatNames.STATUS;
import static dev.custody.json.FormatNames.TO;
import static dev.custody.json.FormatNames.UNIT;
import static dev.custody.json.FormatNames.UNITS;
import static dev.custody.json.FormatNames.WEEK;
import static dev.custody.json.FormatNames.ZONE;

import dev.custody.agreement.Deadline;
import dev.custody.model.Claim;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Dispute;
import dev.custody.model.Figure;
import dev.custody.model.UnitCount;
import dev.custody.model.When;
import java.time.YearMonth;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the values that the world and the events are made of, in the forms {@link ValueReader}
 * reads: figures as arrays of claims and disputes, times in their narrowest form, deadlines.
 * Stateless.
 */
final class ValueWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ValueWriter() {}

  static ArrayNode figure(Figure figure) {
    ArrayNode claims = NODES.arrayNode();
    for (Claim claim : figure.claims()) {
      claim(claims.addObject(), claim);
    }
    for (Dispute dispute : figure.disputes()) {
      ObjectNode node = claims.addObject();
      node.put(DISPUTE, dispute.words());
      node.put(SOURCE, dispute.source().actor().toString());
      dispute.source().description().ifPresent(d -> node.put(DESCRIPTION, d));
      if (dispute.source().isRelayed()) {
        node.put(RELAYED, true);
      }
      node.set(REPORTED, when(dispute.reported()));
      dispute.claim().ifPresent(c -> node.put(CLAIM, c.toString()));
      dispute.id().ifPresent(i -> node.put(ID, i.toString()));
    }
    return claims;
  }

  private static void claim(ObjectNode node, Claim claim) {
    if (claim.units().isPresent()) {
      UnitCount units = claim.units().get();
      ObjectNode unitsNode = node.putObject(UNITS);
      unitsNode.put(UNIT, FormatNames.spelling(units.unit()));
      unitsNode.put(COUNT, units.count().toString());
      units.peoplePer().ifPresent(per -> claim(unitsNode.putObject(PEOPLE_PER), per));
      if (units.peoplePer().isEmpty() && units.statesPeople(claim.estimate())) {
        node.put(ESTIMATE, claim.estimate().toString());
      }
    } else {
      node.put(ESTIMATE, claim.estimate().toString());
    }
    node.put(SOURCE, claim.source().actor().toString());
    claim.source().description().ifPresent(d -> node.put(DESCRIPTION, d));
    if (claim.source().isRelayed()) {
      node.put(RELAYED, true);
    }
    claim.channel().ifPresent(c -> node.put(CHANNEL, c.toString()));
    node.set(REPORTED, when(claim.reported()));
    claim.note().ifPresent(n -> node.put(NOTE, n));
    claim.id().ifPresent(i -> node.put(ID, i.toString()));
    if (claim.status().kind() != ClaimStatus.Kind.REPORTED) {
      node.put(STATUS, FormatNames.spelling(claim.status().kind()));
    }
    claim.status().refutedBy().ifPresent(b -> node.put(REFUTED_BY, b.toString()));
    claim.status().retractedOn().ifPresent(r -> node.set(RETRACTED_ON, when(r)));
    claim.status().countsInstead().ifPresent(c -> node.put(COUNTS_INSTEAD, c));
  }

  static ObjectNode when(When when) {
    ObjectNode node = NODES.objectNode();
    switch (when.precision()) {
      case INSTANT:
        node.put(INSTANT, when.start().toString());
        break;
      case DAY:
        if (when.firstDate().equals(when.lastDate())) {
          node.put(DAY, when.firstDate().toString());
        } else {
          node.put(FROM, when.firstDate().toString());
          node.put(TO, when.lastDate().toString());
        }
        break;
      case WEEK:
        node.put(WEEK, when.firstDate().toString());
        break;
      case MONTH:
        node.put(MONTH, YearMonth.from(when.firstDate()).toString());
        break;
    }
    node.put(ZONE, when.zone().getId());
    return node;
  }

  static ObjectNode deadline(Deadline deadline) {
    ObjectNode node = NODES.objectNode();
    if (deadline.isDay()) {
      node.put(DAY, deadline.dueDate().toString());
    } else {
      node.put(INSTANT, deadline.due().start().toString());
    }
    node.put(ZONE, deadline.zone().getId());
    return node;
  }
}
