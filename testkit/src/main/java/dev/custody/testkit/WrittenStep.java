package dev.custody.testkit;

import com.google.common.collect.ImmutableList;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import org.jspecify.annotations.Nullable;

/**
 * A step of a {@link ScenarioBuilder} as written: the events it writes, and what an error message
 * calls it. Its base id stays mutable because {@link ScenarioBuilder#id(String)} renames the step
 * just written.
 */
final class WrittenStep {
  final int number;
  final String description;
  final @Nullable When when;

  /** Why the step's events cannot be renamed, or null when they can. */
  final @Nullable String fixedId;

  final ImmutableList<EventDraft> drafts;
  String base;

  /** The operation the step's own event is part of, or null; set by {@code partOf}. */
  @Nullable OperationPart part;

  WrittenStep(
      int number,
      String description,
      @Nullable When when,
      String base,
      @Nullable String fixedId,
      ImmutableList<EventDraft> drafts) {
    this.number = number;
    this.description = description;
    this.when = when;
    this.base = base;
    this.fixedId = fixedId;
    this.drafts = drafts;
  }
}
