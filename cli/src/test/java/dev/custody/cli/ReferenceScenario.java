package dev.custody.cli;

import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The reference case, northeast Syria in January 2026, as the command reads it: from {@code
 * examples/scenarios/northeast-syria-2026.json}, which the examples module checks is the case it
 * builds in Java.
 */
public final class ReferenceScenario {

  /** The scenario file, from this module's directory. */
  public static final Path FILE =
      Path.of("..", "examples", "scenarios", "northeast-syria-2026.json");

  /** The zone of the case's times. */
  public static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");

  /** The Syrian Democratic Forces. */
  public static final ActorId SDF = ActorId.of("sdf");

  /** The government of Syria. */
  public static final ActorId SYRIA_GOV = ActorId.of("syria-gov");

  /** The al-Hol camp. */
  public static final FacilityId AL_HOL = FacilityId.of("al-hol");

  private ReferenceScenario() {}

  /**
   * Reads the file again.
   *
   * @return a new document, equal to every other
   */
  public static CustodyDocument document() {
    try {
      return CustodyJson.standard().read(FILE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the ledger of the case's events.
   *
   * @return the ledger
   */
  public static Ledger ledger() {
    return document().ledger();
  }

  /**
   * Returns the actors and facilities of the case.
   *
   * @return the world
   */
  public static World world() {
    return document().world();
  }

  /**
   * Returns noon on {@code 2026-01-dayOfMonth} in Damascus.
   *
   * @param dayOfMonth the day of January 2026
   * @return the instant
   */
  public static Instant noon(int dayOfMonth) {
    return ZonedDateTime.of(2026, 1, dayOfMonth, 12, 0, 0, 0, DAMASCUS).toInstant();
  }
}
