package dev.custody.json;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.CustodyStyle;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A whole case as one document: a title, the world of actors and facilities, and the events in the
 * order they were written, with the claims behind every figure. Cohorts and agreements live inside
 * the events (the accounts name cohorts, the conclusions carry their agreements); the JSON form
 * lists cohorts once and refers to them by id.
 *
 * <p>This class is immutable and thread-safe. Two documents are equal when their title,
 * description, world and events are.
 */
@Value.Immutable
@CustodyStyle
public abstract class CustodyDocument {

  /**
   * The ledger of the events once built, by the reader that checked them or by a first call of
   * {@link #ledger()}: it is a function of the world and the events alone, so keeping it changes no
   * answer, and a command that reads a document and asks for its ledger builds it once.
   */
  private volatile @Nullable Ledger ledger;

  CustodyDocument() {}

  /**
   * Obtains a document.
   *
   * @param title what the case is, in a line
   * @param world its actors and facilities
   * @param events its events, in the order written
   * @return the document
   * @throws IllegalArgumentException if the title is blank
   */
  public static CustodyDocument of(String title, World world, Iterable<? extends Event> events) {
    return ImmutableCustodyDocument.builder()
        .title(title)
        .world(world)
        .addAllEvents(events)
        .build();
  }

  /**
   * Returns what the case is, in a line.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns a longer description of the case.
   *
   * @return the description, if any
   */
  public abstract Optional<String> description();

  /**
   * Returns the actors and facilities.
   *
   * @return the world
   */
  public abstract World world();

  /**
   * Returns the events, in the order written (which need not be their time order).
   *
   * @return the events
   */
  public abstract ImmutableList<Event> events();

  /**
   * Returns a copy with a description.
   *
   * @param description the description, not blank
   * @return the copy
   * @throws IllegalArgumentException if the description is blank
   */
  public final CustodyDocument withDescription(String description) {
    CustodyDocument described =
        ImmutableCustodyDocument.builder()
            .title(title())
            .description(description)
            .world(world())
            .addAllEvents(events())
            .build();
    described.ledger = ledger;
    return described;
  }

  /**
   * This document, keeping {@code ledger} as the ledger of its events: the reader passes the one it
   * checked the events in, which {@link #ledger()} would build again.
   */
  final CustodyDocument withLedger(Ledger checked) {
    ledger = checked;
    return this;
  }

  @Value.Check
  final void check() {
    if (title().isBlank()) {
      throw new IllegalArgumentException("CustodyDocument.title must not be blank");
    }
    if (description().isPresent() && description().get().isBlank()) {
      throw new IllegalArgumentException("CustodyDocument.description must not be blank if given");
    }
  }

  /**
   * Returns the ledger of the events, read under the envelope reading. The events are a set: the
   * ledger places each at its time, and an event may refer to one listed after it.
   *
   * @return the ledger
   * @throws IllegalStateException if the ledger rejects an event, naming the verdict; a document
   *     read by {@link CustodyJson} never does
   */
  public final Ledger ledger() {
    Ledger built = ledger;
    if (built != null) {
      return built;
    }
    AppendResult result = Ledger.of(world()).merge(events());
    if (!result.isAccepted()) {
      throw new IllegalStateException(
          "CustodyDocument (" + title() + ") has events the ledger rejects: " + result.verdict());
    }
    ledger = result.ledger();
    return result.ledger();
  }

  /**
   * Returns the document as "northeast Syria, January 2026: 13 actors, 6 facilities, 15 events".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return title()
        + ": "
        + world().actors().size()
        + " actors, "
        + world().facilities().size()
        + " facilities, "
        + events().size()
        + " events";
  }
}
