package dev.custody.cli.report;

import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import dev.custody.model.Share;
import dev.custody.model.When;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values the JSON report writes the same way wherever they appear: estimates and shares (with
 * their derived wording), readings, times, ids, optional values and enum codes.
 */
final class JsonValues {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonValues() {}

  static ObjectNode reading(Reading reading) {
    ObjectNode node = NODES.objectNode().put("kind", code(reading.kind()));
    putOptional(node, "source", reading.source());
    return node.put("text", reading.toString());
  }

  static ObjectNode estimate(Estimate estimate) {
    ObjectNode node = NODES.objectNode().put("low", estimate.low()).put("best", estimate.best());
    if (estimate.hasUpperBound()) {
      node.put("high", estimate.high());
    } else {
      node.putNull("high");
    }
    return node.put("qualifier", code(estimate.qualifier())).put("text", estimate.toString());
  }

  /** A figure derived by arithmetic: its text says "about" only within the about policy. */
  static ObjectNode derived(Estimate estimate) {
    return estimate(estimate).put("text", estimate.toDerivedString());
  }

  /** A share derived by arithmetic, worded as {@link Share#toDerivedString()} says it. */
  static ObjectNode derivedShare(Share share) {
    return share(share).put("text", share.toDerivedString());
  }

  static JsonNode estimate(Optional<Estimate> estimate) {
    return optional(estimate, JsonValues::estimate);
  }

  static JsonNode share(Optional<Share> share) {
    return optional(share, JsonValues::share);
  }

  static ObjectNode share(Share value) {
    ObjectNode node = NODES.objectNode().put("low", value.low()).put("best", value.best());
    if (value.hasUpperBound()) {
      node.put("high", value.high());
    } else {
      node.putNull("high");
    }
    return node.put("text", value.toString());
  }

  static ObjectNode when(When when) {
    return NODES
        .objectNode()
        .put("start", when.start().toString())
        .put("end", when.end().toString())
        .put("precision", code(when.precision()))
        .put("zone", when.zone().getId())
        .put("text", when.toString());
  }

  static ArrayNode ids(List<EventId> ids) {
    ArrayNode node = NODES.arrayNode();
    ids.forEach(id -> node.add(id.toString()));
    return node;
  }

  static <T> ArrayNode array(Iterable<T> items, Function<? super T, ObjectNode> node) {
    ArrayNode array = NODES.arrayNode();
    items.forEach(item -> array.add(node.apply(item)));
    return array;
  }

  static <T> JsonNode optional(Optional<T> value, Function<? super T, ? extends JsonNode> node) {
    return value.isPresent() ? node.apply(value.get()) : NODES.nullNode();
  }

  static ObjectNode putOptional(ObjectNode node, String key, Optional<?> value) {
    if (value.isPresent()) {
      node.put(key, value.get().toString());
    } else {
      node.putNull(key);
    }
    return node;
  }

  /** An enum constant as a JSON value: "at-large", "detention-camp". */
  static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
