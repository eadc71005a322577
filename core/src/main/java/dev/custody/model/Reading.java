package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How to turn the claims behind a figure into one {@link Estimate}: the envelope of all claims,
 * their consensus, or one source's claims.
 *
 * <p>When sources disagree there is no single balance, so balances, rules and aggregates are
 * computed under a reading:
 *
 * <ul>
 *   <li>{@link #envelope()}, the default: what some source allows ({@link Figure#envelope()}). A
 *       ledger read this way never rejects what some source allows.
 *   <li>{@link #consensus()}: what every source allows ({@link Figure#consensus()}); for a figure
 *       whose claims conflict, where there is no consensus, it falls back to the envelope.
 *   <li>{@link #preferring(ActorId)}: the claims of one source (named or described, speaking for
 *       that actor) and, in a ledger, of the actors that speak for it ({@link #speakers()}: its
 *       spokespeople, officials and sub-units). It reads the actor's latest word: a claim of any of
 *       its voices certainly reported before another of them is left out, as a source's own
 *       revision is, and the rest are combined by their envelope. For a figure on which that source
 *       made no claim, it falls back to the envelope of the others, so the government's recapture
 *       figure is used in the U.S. reading when only the government gave one.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Reading {

  /** The ways of reading a figure. */
  public enum Kind {
    /** What some claim allows. */
    ENVELOPE,
    /** What every claim allows, or the envelope when they conflict. */
    CONSENSUS,
    /** One source's claims, or the envelope when it made none. */
    SOURCE
  }

  private static final Reading ENVELOPE = ImmutableReading.of(Kind.ENVELOPE, Optional.empty());
  private static final Reading CONSENSUS = ImmutableReading.of(Kind.CONSENSUS, Optional.empty());

  Reading() {}

  /**
   * Obtains the envelope reading: what some source allows. This is the default reading.
   *
   * @return the reading
   */
  public static Reading envelope() {
    return ENVELOPE;
  }

  /**
   * Obtains the consensus reading: what every source allows, where they agree.
   *
   * @return the reading
   */
  public static Reading consensus() {
    return CONSENSUS;
  }

  /**
   * Obtains the reading that prefers the claims made by or for {@code source}.
   *
   * @param source the actor whose claims are preferred
   * @return the reading
   */
  public static Reading preferring(ActorId source) {
    return ImmutableReading.of(Kind.SOURCE, Optional.of(checkNotNull(source, "source")));
  }

  /**
   * Returns the kind of reading.
   *
   * @return the kind
   */
  @Value.Parameter(order = 0)
  public abstract Kind kind();

  /**
   * Returns the preferred source of a {@link Kind#SOURCE} reading.
   *
   * @return the source, present exactly for a source reading
   */
  @Value.Parameter(order = 1)
  public abstract Optional<ActorId> source();

  /**
   * Returns the actors that speak for the preferred source of a {@link Kind#SOURCE} reading, whose
   * claims it takes as the source's own: its spokespeople, officials and sub-units. A ledger fills
   * them in from its world ({@code World.partsOf}); they are not part of the reading's identity, so
   * {@code preferring(x)} equals the same reading with its speakers.
   *
   * @return the actors speaking for the source; empty for other readings
   */
  @Value.Auxiliary
  public abstract com.google.common.collect.ImmutableSet<ActorId> speakers();

  /**
   * Returns a copy whose preferred source's claims include those of {@code speakers}, the actors
   * that speak for it. The copy equals this reading.
   *
   * @param speakers the actors speaking for the source, such as its spokesman
   * @return the copy; this reading when it is not a source reading
   */
  public final Reading withSpeakers(Iterable<ActorId> speakers) {
    checkNotNull(speakers, "speakers");
    return kind() == Kind.SOURCE ? ((ImmutableReading) this).copyWithSpeakers(speakers) : this;
  }

  /**
   * The claims of the preferred source or of an actor that speaks for it, that count, less those
   * certainly reported before another of them: the actor's latest word, whichever of its voices
   * gave it. An interior ministry whose permanent secretary said "about 600" escaped on the day and
   * whose minister said 888 two months later says 888, as a source that revises itself does ({@link
   * Figure#isSuperseded(Claim)}); voices of the actor whose report times may overlap are all kept.
   * A relayed source, a person who speaks for no actor, revises nothing and is revised by nothing.
   */
  private ImmutableList<Claim> own(Figure figure) {
    ActorId source = source().orElseThrow();
    List<Claim> own = new ArrayList<>();
    Instant latest = null;
    for (Claim claim : figure.counted()) {
      if (claim.source().actor().equals(source) || speakers().contains(claim.source().actor())) {
        own.add(claim);
        Instant start = claim.reported().start();
        if (!claim.source().isRelayed() && (latest == null || start.isAfter(latest))) {
          latest = start;
        }
      }
    }
    if (latest != null) {
      Instant last = latest;
      own.removeIf(c -> !c.source().isRelayed() && c.reported().isBefore(last));
    }
    return ImmutableList.copyOf(own);
  }

  @Value.Check
  final void check() {
    if (source().isPresent() != (kind() == Kind.SOURCE)) {
      throw new IllegalArgumentException(
          String.format(
              "Reading.source (%s) must be present exactly for a SOURCE reading; kind is %s",
              source().map(ActorId::toString).orElse("empty"), kind()));
    }
  }

  /**
   * Returns the estimate this reading takes from {@code figure}.
   *
   * @param figure the claims about one quantity
   * @return the estimate under this reading
   */
  public final Estimate of(Figure figure) {
    checkNotNull(figure, "figure");
    switch (kind()) {
      case ENVELOPE:
        return figure.envelope();
      case CONSENSUS:
        return figure.consensus().orElseGet(figure::envelope);
      case SOURCE:
        ImmutableList<Claim> own = own(figure);
        if (own.size() == 1) {
          // one claim is read in its own words, as the consensus of one claim is
          return own.get(0).estimate();
        }
        return own.isEmpty() ? figure.envelope() : Figure.of(own).envelope();
    }
    throw new AssertionError(kind());
  }

  /**
   * Checks if this reading takes {@code figure} from its preferred source's own claims rather than
   * falling back: always true for the envelope and consensus readings.
   *
   * @param figure the figure
   * @return false only for a source reading of a figure on which that source made no claim
   */
  public final boolean isFirstHand(Figure figure) {
    checkNotNull(figure, "figure");
    return kind() != Kind.SOURCE || !own(figure).isEmpty();
  }

  /**
   * Returns the reading as "envelope", "consensus" or "according to sdf".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return kind() == Kind.SOURCE
        ? "according to " + source().orElseThrow()
        : kind().name().toLowerCase(java.util.Locale.ROOT);
  }
}
