package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.DetaineesDied;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import dev.custody.model.Share;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Those who escaped from one facility and what has become of them by an instant: how many escaped,
 * how many were recaptured, how many died while at large, and so how many are still at large.
 *
 * <p>The figures are flows, not balances: the sum of the escapes into the facility's at-large
 * accounts (every cohort), of the recaptures out of them and of the deaths out of them, read under
 * the ledger's reading. So "still at large" means "of those who escaped, not yet accounted for",
 * and it needs no census of those at large before the breakout. Those who died at large are not
 * recaptured: they count apart, and the recapture rate counts only recaptures. A ledger read by the
 * Syrian government's figures gives about 69 still at large from al-Shaddadi (about 150 escaped, 81
 * recaptured); read by the SDF's, over 919.
 *
 * <p>When a figure comes from other sources because the reading's own source gave none, the event
 * is listed in {@link #fallbacks()}: the U.S. reading takes the government's recapture figure.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class AtLarge {

  AtLarge() {}

  /**
   * Computes what became of those who escaped from {@code facility}, counting the events certainly
   * done by {@code instant}.
   *
   * @param ledger the ledger, read under its own reading
   * @param facility the facility escaped from
   * @param instant the instant
   * @return the tally
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static AtLarge from(Ledger ledger, FacilityId facility, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(facility, "facility");
    checkNotNull(instant, "instant");
    Tally escaped = new Tally(ledger.reading());
    Tally recaptured = new Tally(ledger.reading());
    Tally died = new Tally(ledger.reading());
    Situation situation = null;
    for (Event event : ledger.eventsBy(instant)) {
      for (Movement movement : event.movements()) {
        if ((movement.allOfThem() || movement.isJointPart()) && situation == null) {
          // only a movement of all of them needs the balances it emptied
          situation = ledger.situationAt(instant);
        }
        if (isAtLargeFrom(movement.to(), facility)) {
          escaped.add(event.id(), movement, situation);
        } else if (isAtLargeFrom(movement.from(), facility)) {
          // a recapture or a death: nothing else moves people out of an at-large account
          (event instanceof DetaineesDied ? died : recaptured).add(event.id(), movement, situation);
        }
      }
    }
    ImmutableList<EventId> fallbacks =
        ImmutableList.<EventId>builder()
            .addAll(escaped.fallbacks())
            .addAll(recaptured.fallbacks())
            .addAll(died.fallbacks())
            .build();
    return ImmutableAtLarge.builder()
        .facility(facility)
        .asOf(instant)
        .reading(ledger.reading())
        .escaped(escaped.sum())
        .recaptured(recaptured.sum())
        .died(died.sum())
        .addAllEscapes(escaped.events())
        .addAllRecaptures(recaptured.events())
        .addAllDeaths(died.events())
        .addAllFallbacks(fallbacks)
        .build();
  }

  private static boolean isAtLargeFrom(Account account, FacilityId facility) {
    return account.kind() == AccountKind.AT_LARGE
        && account.facility().equals(Optional.of(facility));
  }

  /**
   * Returns the facility escaped from.
   *
   * @return the facility
   */
  public abstract FacilityId facility();

  /**
   * Returns the instant of the tally.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the reading under which the figures were read.
   *
   * @return the reading
   */
  public abstract Reading reading();

  /**
   * Returns how many escaped from the facility.
   *
   * @return the sum of the escapes, exactly zero when none was recorded
   */
  public abstract Estimate escaped();

  /**
   * Returns how many of them were recaptured: moved from at large back into custody.
   *
   * @return the sum of the recaptures
   */
  public abstract Estimate recaptured();

  /**
   * Returns how many of them died while at large.
   *
   * @return the sum of the deaths out of the facility's at-large accounts, exactly zero when none
   *     was recorded
   */
  public abstract Estimate died();

  /**
   * Returns the escape events counted, in ledger order.
   *
   * @return the ids
   */
  public abstract ImmutableList<EventId> escapes();

  /**
   * Returns the recapture events counted, in ledger order.
   *
   * @return the ids
   */
  public abstract ImmutableList<EventId> recaptures();

  /**
   * Returns the deaths at large counted, in ledger order.
   *
   * @return the ids
   */
  public abstract ImmutableList<EventId> deaths();

  /**
   * Returns the events whose figure the reading took from other sources than its own, because its
   * source made no claim on them.
   *
   * @return the ids, empty for the envelope and consensus readings
   */
  public abstract ImmutableList<EventId> fallbacks();

  /**
   * Returns how many of those who escaped are still at large: the escaped minus those recaptured
   * and those who died at large, clipped at zero.
   *
   * @return the estimate
   */
  public final Estimate stillAtLarge() {
    return deaths().isEmpty()
        ? escaped().minus(recaptured())
        : escaped().minus(recaptured().plus(died()));
  }

  /**
   * Returns by how many the best count of those recaptured and of those who died at large exceeds
   * the best count of those who escaped. More cannot come back than got out: an excess means the
   * claims behind the escapes and those behind the recaptures disagree, and a recapture rate above
   * 100% would hide that.
   *
   * @return the excess, empty when the best counts are consistent
   */
  public final OptionalLong excess() {
    long accounted = recaptured().best() + died().best();
    return accounted > escaped().best()
        ? OptionalLong.of(accounted - escaped().best())
        : OptionalLong.empty();
  }

  /**
   * Checks if the claims certainly disagree: even the low ends of those recaptured and of those who
   * died at large exceed the high end of those who escaped. An {@link #excess()} of the best values
   * alone, beside an escape figure with no upper bound ("at least 89" escaped, 92 recaptured) or a
   * wide one, is allowed by the ranges of the claims: more may have got out than the best figure
   * says.
   *
   * @return true when no value of the ranges lets as many come back as got out
   */
  public final boolean contradicts() {
    return escaped().hasUpperBound()
        && Math.addExact(recaptured().low(), died().low()) > escaped().high();
  }

  /**
   * Returns the recapture rate: those recaptured as a share of those who escaped.
   *
   * <p>Those recaptured are some of those who escaped, so of the values the claims allow only those
   * with no more recaptured than escaped count: the rate reaches at most 100%, though the claims'
   * ranges alone ("hundreds" escaped, 349 recaptured) would reach 175%, and an escape figure with
   * no upper or lower bound leaves it between 0% and 100%, never unbounded.
   *
   * @return the share, empty when the best count of escapes is zero; its best value above 100% when
   *     there is an {@link #excess()}, which is a disagreement of the claims rather than a rate
   */
  public final Optional<Share> recaptureRate() {
    if (escaped().best() == 0) {
      return Optional.empty();
    }
    Share rate = recaptured().shareOf(escaped());
    if (rate.best() > 1 || (rate.hasUpperBound() && rate.high() <= 1)) {
      return Optional.of(rate);
    }
    return Optional.of(Share.of(Math.min(rate.low(), 1), rate.best(), 1));
  }

  /**
   * Returns the tally as "al-shaddadi (according to syria-gov): about 150 escaped, 81 recaptured,
   * between 61 and 77 (best 69) still at large, recapture rate between 51% and 57% (best 54%)",
   * with "N died at large" after the recaptured when deaths at large were recorded. A flow nobody
   * recorded is said to be so, never "exactly 0": "no escape recorded", "no recapture recorded".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder().append(facility()).append(" (").append(reading());
    if (escapes().isEmpty()) {
      text.append("): no escape recorded");
      if (!recaptures().isEmpty()) {
        text.append(", ").append(recaptured()).append(" recaptured");
      }
    } else {
      text.append("): ").append(escaped()).append(" escaped, ");
      text.append(recaptures().isEmpty() ? "no recapture recorded" : recaptured() + " recaptured");
      if (!deaths().isEmpty()) {
        text.append(", ").append(died()).append(" died at large");
      }
      text.append(", ").append(stillAtLarge()).append(" still at large");
      if (excess().isPresent() && contradicts()) {
        text.append(", ")
            .append(String.format(Locale.ROOT, "%,d", excess().getAsLong()))
            .append(" more recaptured than escaped: the claims of ")
            .append(recaptures())
            .append(" and ")
            .append(escapes())
            .append(" disagree");
      } else if (excess().isPresent()) {
        text.append(", by the best values ")
            .append(String.format(Locale.ROOT, "%,d", excess().getAsLong()))
            .append(" more recaptured than escaped, which the ranges of the claims of ")
            .append(recaptures())
            .append(" and ")
            .append(escapes())
            .append(" allow: no recapture rate");
      } else if (!recaptures().isEmpty()) {
        recaptureRate().ifPresent(rate -> text.append(", recapture rate ").append(rate));
      }
    }
    if (!fallbacks().isEmpty()) {
      text.append("; from other sources: ").append(fallbacks());
    }
    return text.toString();
  }
}
