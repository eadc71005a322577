package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Breach;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineExtension;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.Event;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Alias;
import dev.custody.model.Claim;
import dev.custody.model.ClaimId;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Dispute;
import dev.custody.model.Estimate;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.NationalityGroup;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.UnitCount;
import dev.custody.model.VaguePolicy;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * The entry point to the testkit's jqwik arbitraries: one for every value type of the model, one
 * for whole valid ledgers ({@link #ledgers()}) and one for events that break a given rule ({@link
 * #eventsBreaking(Rule, GeneratedLedger)}).
 *
 * <p>The value arbitraries are also registered with jqwik (see {@link CustodyArbitraryProvider}),
 * so a property can simply declare {@code @ForAll Estimate estimate}. Use this class for the knobs:
 *
 * <pre>{@code
 * @Property
 * void sumsNeverShrink(@ForAll("smallExact") Estimate a, @ForAll("smallExact") Estimate b) { ... }
 *
 * @Provide
 * Arbitrary<Estimate> smallExact() {
 *   return CustodyArbitraries.estimates().maxCount(100).qualifiers(Qualifier.EXACTLY);
 * }
 * }</pre>
 *
 * <p>Ids are short slugs drawn from small pools ("actor-3", "facility-7"), so that generated values
 * collide often enough to exercise equality and lookups. Times lie in 2026, in one of a few zones.
 */
public final class CustodyArbitraries {

  private static final ImmutableList<ZoneId> ZONES =
      ImmutableList.of(
          ZoneOffset.UTC,
          ZoneId.of("Asia/Damascus"),
          ZoneId.of("Asia/Baghdad"),
          ZoneId.of("America/New_York"));
  private static final ImmutableList<CountryCode> COUNTRIES =
      ImmutableList.of(
          CountryCode.of("SY"), CountryCode.of("IQ"), CountryCode.of("TR"), CountryCode.of("US"));
  private static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);

  private CustodyArbitraries() {}

  /**
   * Returns estimates of every qualifier up to 10,000, one in five open-ended; see {@link
   * EstimateArbitrary} for the knobs.
   *
   * @return the arbitrary
   */
  public static EstimateArbitrary estimates() {
    return new EstimateArbitrary();
  }

  /**
   * Returns country codes from a small pool: SY, IQ, TR, US.
   *
   * @return the arbitrary
   */
  public static Arbitrary<CountryCode> countryCodes() {
    return Arbitraries.of(COUNTRIES);
  }

  /**
   * Returns actor ids from a pool of ten: "actor-0" to "actor-9".
   *
   * @return the arbitrary
   */
  public static Arbitrary<ActorId> actorIds() {
    return Arbitraries.integers().between(0, 9).map(i -> ActorId.of("actor-" + i));
  }

  /**
   * Returns facility ids from a pool of ten: "facility-0" to "facility-9".
   *
   * @return the arbitrary
   */
  public static Arbitrary<FacilityId> facilityIds() {
    return Arbitraries.integers().between(0, 9).map(i -> FacilityId.of("facility-" + i));
  }

  /**
   * Returns actors of every kind, with an id from {@link #actorIds()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Actor> actors() {
    return Combinators.combine(
            actorIds(), Arbitraries.of(ActorKind.class), actorIds().optional(0.2))
        .as(
            (id, kind, predecessor) -> {
              Actor.Builder actor = Actor.builder().id(id).name("Actor " + id).kind(kind);
              // a predecessor, never the actor itself, sometimes with the day it succeeded
              predecessor
                  .filter(p -> !p.equals(id))
                  .ifPresent(
                      p -> {
                        actor.succeeds(p);
                        if (p.value().length() % 2 == 0) {
                          actor.succeededOn(java.time.LocalDate.of(2024, 12, 8));
                        }
                      });
              return actor.build();
            });
  }

  /**
   * Returns facilities of every kind in a country of {@link #countryCodes()}, sometimes with a
   * region.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Facility> facilities() {
    Arbitrary<Location> locations =
        Combinators.combine(countryCodes(), Arbitraries.of("", "North", "East"))
            .as(
                (country, region) ->
                    region.isEmpty() ? Location.in(country) : Location.in(country, region));
    return Combinators.combine(
            facilityIds(),
            Arbitraries.of(FacilityKind.class),
            locations,
            Arbitraries.of(0, 1, 2),
            figures().optional(0.2))
        .as(
            (id, kind, location, names, capacity) -> {
              Facility.Builder facility =
                  Facility.builder().id(id).name("Facility " + id).kind(kind).location(location);
              if (names > 0) {
                facility.addAliases(Alias.of("Also " + id));
              }
              if (names > 1) {
                facility.addAliases(
                    Alias.until("Formerly " + id, java.time.LocalDate.of(2021, 12, 31)));
              }
              capacity.ifPresent(facility::reportedCapacity);
              return facility.build();
            });
  }

  /**
   * Returns cohorts of every category, most affiliated with an actor of {@link #actorIds()} and
   * some of any affiliation, half of them restricted to some nationals or to all but some.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Cohort> cohorts() {
    Arbitrary<Cohort> plain =
        Combinators.combine(Arbitraries.of(CohortCategory.class), actorIds()).as(Cohort::of);
    Arbitrary<Cohort> anyAffiliation =
        Arbitraries.of(CohortCategory.class).map(category -> Cohort.of(category));
    Arbitrary<NationalityGroup> nationals =
        Combinators.combine(countryCodes(), Arbitraries.of(true, false))
            .as(
                (country, except) ->
                    except ? NationalityGroup.allExcept(country) : NationalityGroup.of(country));
    Arbitrary<Cohort> restricted =
        Combinators.combine(Arbitraries.of(CohortCategory.class), actorIds(), nationals)
            .as(Cohort::of);
    Arbitrary<Cohort> anyAffiliationRestricted =
        Combinators.combine(Arbitraries.of(CohortCategory.class), nationals).as(Cohort::of);
    return Arbitraries.frequencyOf(
        Tuple.of(4, plain),
        Tuple.of(4, restricted),
        Tuple.of(1, anyAffiliation),
        Tuple.of(1, anyAffiliationRestricted));
  }

  /**
   * Returns times of every precision in 2026: instants (to the minute), days, spans of a few days,
   * weeks and months, in one of a few zones with and without summer time.
   *
   * @return the arbitrary
   */
  public static Arbitrary<When> whens() {
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 364).map(FIRST_DAY::plusDays);
    Arbitrary<ZoneId> zones = Arbitraries.of(ZONES);
    Arbitrary<When> instants =
        Combinators.combine(days, Arbitraries.integers().between(0, 24 * 60 - 1), zones)
            .as((day, minute, zone) -> When.at(day.atStartOfDay(zone).plusMinutes(minute)));
    Arbitrary<When> singleDays = Combinators.combine(days, zones).as(When::on);
    Arbitrary<When> spans =
        Combinators.combine(days, Arbitraries.integers().between(1, 6), zones)
            .as((day, length, zone) -> When.between(day, day.plusDays(length), zone));
    Arbitrary<When> weeks = Combinators.combine(days, zones).as(When::weekStarting);
    Arbitrary<When> months =
        Combinators.combine(Arbitraries.integers().between(1, 12), zones)
            .as((month, zone) -> When.inMonth(java.time.YearMonth.of(2026, month), zone));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, instants),
        net.jqwik.api.Tuple.of(4, singleDays),
        net.jqwik.api.Tuple.of(1, spans),
        net.jqwik.api.Tuple.of(1, weeks),
        net.jqwik.api.Tuple.of(1, months));
  }

  /**
   * Returns claims: an estimate of {@link #estimates()}, a source (sometimes described, sometimes
   * relayed through a channel), and when it was reported.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Claim> claims() {
    return claims(estimates());
  }

  /**
   * Returns claims whose estimates come from {@code estimates}.
   *
   * @param estimates the estimates to claim
   * @return the arbitrary
   */
  public static Arbitrary<Claim> claims(Arbitrary<Estimate> estimates) {
    checkNotNull(estimates, "estimates");
    Arbitrary<Source> sources =
        Combinators.combine(
                actorIds(),
                Arbitraries.of("", "an official", "a spokesperson", "relayed:a camp worker"))
            .as(
                (actor, description) ->
                    description.isEmpty()
                        ? Source.of(actor)
                        : description.startsWith("relayed:")
                            // a person who speaks for nobody, quoted by the actor, an outlet
                            ? Source.relayedBy(actor, description.substring("relayed:".length()))
                            : Source.of(actor, description));
    return Combinators.combine(estimates, sources, actorIds().optional(0.3), whens())
        .as(
            (estimate, source, channel, reported) -> {
              Claim.Builder claim =
                  Claim.builder().estimate(estimate).source(source).reported(reported);
              channel.filter(c -> !c.equals(source.actor())).ifPresent(claim::channel);
              return claim.build();
            });
  }

  /**
   * Returns figures of one to four claims, which may agree or conflict. In about one figure in
   * four, the claims after the first have ids and standings (rumoured, disputed, refuted by the
   * first claim, retracted, or misattributed), a source may dispute the figure without a number,
   * and a claim may count families through a sourced ratio; the first claim always counts.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Figure> figures() {
    Arbitrary<Figure> plain = claims().list().ofMinSize(1).ofMaxSize(4).map(Figure::of);
    Arbitrary<Figure> standing =
        Combinators.combine(
                claims().list().ofMinSize(1).ofMaxSize(4),
                Arbitraries.integers().between(0, 5).list().ofSize(4),
                actorIds().map(Source::of).optional(0.5),
                whens())
            .as(CustodyArbitraries::withStandings);
    return Arbitraries.frequencyOf(Tuple.of(3, plain), Tuple.of(1, standing));
  }

  /** The claims with ids, the later ones with the standings {@code kinds} pick, and a dispute. */
  private static Figure withStandings(
      List<Claim> claims, List<Integer> kinds, Optional<Source> disputer, When when) {
    List<Claim> standing = new ArrayList<>();
    ClaimId first = ClaimId.of("claim-0");
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i).withId(ClaimId.of("claim-" + i));
      if (i > 0) {
        claim =
            claim.withStatus(
                switch (kinds.get(i)) {
                  case 1 -> ClaimStatus.rumoured();
                  case 2 -> ClaimStatus.disputed();
                  case 3 -> ClaimStatus.refutedBy(first);
                  case 4 -> ClaimStatus.retracted();
                  case 5 -> ClaimStatus.misattributed("the escapes from another prison");
                  default -> ClaimStatus.reported();
                });
      }
      standing.add(claim);
    }
    if (kinds.get(0) >= 3 && standing.size() < 4) {
      // and a count of families: through a ratio the first claim's source stated, beside the
      // source's own people figure, or alone with the people not stated
      Claim first0 = claims.get(0);
      Estimate families = Estimate.exactly(kinds.get(1) * 10L + kinds.get(2));
      switch (kinds.get(1) % 3) {
        case 0:
          standing.add(
              Claim.inUnits(
                  UnitCount.families(families),
                  Estimate.exactly(families.low() * 4),
                  first0.source(),
                  first0.reported()));
          break;
        case 1:
          standing.add(
              Claim.inUnits(UnitCount.families(families), first0.source(), first0.reported()));
          break;
        default:
          standing.add(
              Claim.inUnits(
                  UnitCount.families(
                      families,
                      Claim.of(Estimate.between(4, 6), first0.source(), first0.reported())),
                  first0.source(),
                  first0.reported()));
      }
    }
    Figure figure = Figure.of(standing);
    return disputer
        .map(s -> figure.withDispute(Dispute.of(s, when, "no independent verification")))
        .orElse(figure);
  }

  /**
   * Returns figures of one to four claims that all agree: every estimate contains one true count.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Figure> agreeingFigures() {
    return Arbitraries.longs()
        .between(0, 10_000)
        .flatMap(truth -> claims(estimatesContaining(truth)).list().ofMinSize(1).ofMaxSize(4))
        .map(Figure::of);
  }

  /**
   * Returns estimates of every qualifier whose range contains {@code count}: what a source that is
   * right, but not precise, might say.
   *
   * @param count the true count, not negative
   * @return the arbitrary
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public static Arbitrary<Estimate> estimatesContaining(long count) {
    checkArgument(count >= 0, "CustodyArbitraries count (%s) must not be negative", count);
    Arbitrary<Long> below = Arbitraries.longs().between(0, count);
    Arbitrary<Long> above = Arbitraries.longs().between(0, 1_000);
    List<Arbitrary<Estimate>> shapes = new ArrayList<>();
    shapes.add(Arbitraries.just(Estimate.exactly(count)));
    shapes.add(Arbitraries.just(Estimate.about(count)));
    shapes.add(
        Combinators.combine(below, above).as((b, a) -> Estimate.between(count - b, count + a)));
    shapes.add(below.map(b -> Estimate.atLeast(count - b)));
    shapes.add(above.map(a -> Estimate.upTo(count + a)));
    if (count > 0) {
      shapes.add(
          Arbitraries.longs().between(0, count - 1).map(b -> Estimate.moreThan(count - 1 - b)));
    }
    if (count < Estimate.MAX_COUNT) {
      shapes.add(Arbitraries.just(Estimate.nearly(count + 1)));
      shapes.add(above.map(a -> Estimate.fewerThan(count + 1 + a)));
    }
    List<Estimate> vague =
        VaguePolicy.quantifiers().stream()
            .map(Estimate::vague)
            .filter(e -> e.contains(count))
            .toList();
    if (!vague.isEmpty()) {
      shapes.add(Arbitraries.of(vague));
    }
    return Arbitraries.oneOf(shapes);
  }

  /**
   * Returns deadlines: a day in a zone (lapsing at the end of that day) or an instant.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Deadline> deadlines() {
    return whens()
        .map(
            when ->
                when.isInstant()
                    ? Deadline.at(when.start(), when.zone())
                    : Deadline.on(when.lastDate(), when.zone()));
  }

  /**
   * Returns agreements between two or three parties, concluded on a day of 2026, with one to three
   * obligations of the parties of every shape: without a deadline; with a deadline within sixty
   * days of the conclusion; with a deadline brought forward; running for a term of hours from the
   * conclusion, breached on the day of the conclusion; running for a term of months from a later
   * day.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Agreement> agreements() {
    Arbitrary<ImmutableList<ActorId>> parties =
        actorIds().set().ofMinSize(2).ofMaxSize(3).map(ImmutableList::copyOf);
    Arbitrary<LocalDate> days = Arbitraries.integers().between(0, 300).map(FIRST_DAY::plusDays);
    Arbitrary<List<Integer>> shapes =
        Arbitraries.integers().between(0, 4).list().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(
            Arbitraries.integers().between(0, 9),
            Arbitraries.of(AgreementKind.class),
            parties,
            days,
            Arbitraries.of(ZONES),
            shapes,
            Arbitraries.integers().between(0, 60).list().ofSize(3))
        .as(
            (number, kind, signatories, concluded, zone, kinds, offsets) -> {
              When when = When.on(concluded, zone);
              Agreement.Builder agreement =
                  Agreement.builder()
                      .id(AgreementId.of("agreement-" + number))
                      .kind(kind)
                      .title("Agreement " + number)
                      .addAllParties(signatories)
                      .concluded(when);
              for (int i = 0; i < kinds.size(); i++) {
                ActorId obligor = signatories.get(i % signatories.size());
                agreement.addObligations(
                    obligation(i, kinds.get(i), offsets.get(i), obligor, when, zone));
              }
              return agreement.build();
            });
  }

  /** The {@code i}th obligation of an agreement concluded {@code when}, of one of five shapes. */
  private static Obligation obligation(
      int i, int shape, int days, ActorId obligor, When when, ZoneId zone) {
    Obligation.Builder obligation =
        Obligation.builder()
            .id(ObligationId.of("obligation-" + i))
            .obligor(obligor)
            .description("do " + i);
    switch (shape) {
      case 1:
        return obligation.deadline(Deadline.daysAfter(when, days + 1, zone)).build();
      case 2:
        return obligation
            .deadline(Deadline.daysAfter(when, days + 2, zone))
            .addExtensions(DeadlineExtension.of(Deadline.daysAfter(when, 1, zone), when))
            .build();
      case 3:
        return obligation
            .term(Term.of(when, Duration.ofHours(24L * days + 13)))
            .addBreaches(
                Breach.builder()
                    .when(when)
                    .description("broken at once")
                    .addSources(Source.of(obligor))
                    .build())
            .build();
      case 4:
        return obligation
            .term(
                Term.of(
                    When.on(when.lastDate().plusDays(days), zone), Period.ofMonths(1 + days % 12)))
            .build();
      default:
        return obligation.build();
    }
  }

  /**
   * Returns whole valid ledgers of up to 40 steps after their opening; see {@link LedgerArbitrary}
   * for what they hold and for the knobs.
   *
   * @return the arbitrary
   */
  public static LedgerArbitrary ledgers() {
    return new LedgerArbitrary();
  }

  /**
   * Returns events that break {@code rule}, and no other rule, when appended to {@code ledger}: an
   * error rule's event is rejected, a warning rule's event is accepted with that warning.
   *
   * @param rule the rule to break
   * @param ledger a ledger generated by {@link #ledgers()}, which holds what every rule needs
   * @return the arbitrary
   */
  public static Arbitrary<Event> eventsBreaking(Rule rule, GeneratedLedger ledger) {
    checkNotNull(rule, "rule");
    checkNotNull(ledger, "ledger");
    return RuleBreakers.breaking(rule, ledger);
  }
}
