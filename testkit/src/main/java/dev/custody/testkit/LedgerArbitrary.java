package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.IntakeKind;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Claim;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.Operation;
import dev.custody.model.OperationPart;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates whole valid ledgers ({@link GeneratedLedger}): a world of two to five facilities held
 * by two actors, an opening (control and a census of every account, an agreement with obligations,
 * one of a third party for a term that is cut short and breached, a transfer plan, one person
 * transferred from the anchor to the border site), then a sequence of steps the rules accept:
 * transfers within and across borders, transfers under the plan, escapes, joint escapes from two
 * prisons with one figure over both, recaptures, releases, changes of control, intakes into
 * custody, deaths in custody, handovers of custody in place and recounts, one an hour; and, when
 * there were intakes, a running total of them at the end, as a source would report it.
 *
 * <p>Steps are drawn as intents ("move this share of what facility a can spare to facility b") and
 * read against a running model of the true counts, so every list of steps is a valid ledger, and a
 * failing property shrinks to a ledger with fewer steps and facilities that is still valid.
 *
 * <p>Knobs: {@link #ofMinSteps(int)}, {@link #ofMaxSteps(int)} and {@link #withExtraFacilities(int,
 * int)}. The default is zero to forty steps, evenly spread, and up to three extra facilities.
 */
public final class LedgerArbitrary extends ArbitraryDecorator<GeneratedLedger> {
  private static final int KINDS = 12;

  private int minSteps = 0;
  private int maxSteps = 40;
  private int minExtra = 0;
  private int maxExtra = 3;

  LedgerArbitrary() {}

  /**
   * Returns an arbitrary of ledgers with at least {@code steps} steps after the opening.
   *
   * @param steps the fewest steps, not negative and at most the most
   * @return the new arbitrary
   * @throws IllegalArgumentException if {@code steps} is negative or above the most
   */
  public LedgerArbitrary ofMinSteps(int steps) {
    checkArgument(
        steps >= 0 && steps <= maxSteps,
        "LedgerArbitrary minSteps (%s) must be between 0 and maxSteps (%s)",
        steps,
        maxSteps);
    LedgerArbitrary clone = typedClone();
    clone.minSteps = steps;
    return clone;
  }

  /**
   * Returns an arbitrary of ledgers with at most {@code steps} steps after the opening.
   *
   * @param steps the most steps, at least the fewest
   * @return the new arbitrary
   * @throws IllegalArgumentException if {@code steps} is below the fewest
   */
  public LedgerArbitrary ofMaxSteps(int steps) {
    checkArgument(
        steps >= minSteps,
        "LedgerArbitrary maxSteps (%s) must not be below minSteps (%s)",
        steps,
        minSteps);
    LedgerArbitrary clone = typedClone();
    clone.maxSteps = steps;
    return clone;
  }

  /**
   * Returns an arbitrary of ledgers with between {@code min} and {@code max} facilities besides the
   * anchor and the border site.
   *
   * @param min the fewest extra facilities, not negative
   * @param max the most, at most eight
   * @return the new arbitrary
   * @throws IllegalArgumentException if the range is empty or outside 0 to 8
   */
  public LedgerArbitrary withExtraFacilities(int min, int max) {
    checkArgument(
        0 <= min && min <= max && max <= 8,
        "LedgerArbitrary extra facilities (%s to %s) must be a range within 0 to 8",
        min,
        max);
    LedgerArbitrary clone = typedClone();
    clone.minExtra = min;
    clone.maxExtra = max;
    return clone;
  }

  @Override
  protected Arbitrary<GeneratedLedger> arbitrary() {
    Arbitrary<Step> steps =
        Combinators.combine(
                Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 100))
            .as(Step::new);
    return Combinators.combine(
            Arbitraries.integers().between(minExtra, maxExtra),
            Arbitraries.longs().between(1_000, 3_000),
            Arbitraries.longs().between(100, 600),
            Arbitraries.longs().between(0, 1_000).list().ofSize(8),
            steps
                .list()
                .ofMinSize(minSteps)
                .ofMaxSize(maxSteps)
                .withSizeDistribution(RandomDistribution.uniform()))
        .as(LedgerArbitrary::build);
  }

  /** One intent: what to do, with which facilities, and which share of what can be spared. */
  record Step(int kind, int a, int b, int percent) {}

  static World world(int extra) {
    List<Facility> facilities = new ArrayList<>();
    facilities.add(
        Facility.of(
            GeneratedLedger.ANCHOR,
            "Anchor prison",
            FacilityKind.PRISON,
            Location.in(GeneratedLedger.SYRIA)));
    facilities.add(
        Facility.of(
            GeneratedLedger.BORDER_SITE,
            "Border site",
            FacilityKind.UNDISCLOSED_SITE,
            Location.in(GeneratedLedger.IRAQ)));
    for (int i = 2; i < 2 + extra; i++) {
      facilities.add(
          Facility.of(
              FacilityId.of("facility-" + i),
              "Facility " + i,
              i % 2 == 0 ? FacilityKind.DETENTION_CAMP : FacilityKind.PRISON,
              Location.in(i % 2 == 0 ? GeneratedLedger.SYRIA : GeneratedLedger.IRAQ)));
    }
    return World.of(
        List.of(
            Actor.of(GeneratedLedger.KEEPER, "Keeper", ActorKind.STATE),
            Actor.of(GeneratedLedger.RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
            Actor.of(GeneratedLedger.GROUP, "Group", ActorKind.DESIGNATED_ORGANISATION)),
        facilities,
        List.of(
            Operation.of(
                GeneratedLedger.SWEEP,
                "Sweep",
                List.of("first sweep", "second sweep", "third sweep"))));
  }

  static GeneratedLedger build(
      int extra, long anchorOpening, long borderOpening, List<Long> openings, List<Step> steps) {
    return new Builder(world(extra), anchorOpening, borderOpening, openings).run(steps);
  }

  /** The running model: the true counts, the controllers, the clock. */
  private static final class Builder {
    private final World world;
    private final List<FacilityId> facilities;
    private final List<Event> events = new ArrayList<>();
    private final Map<Account, Long> counts = new LinkedHashMap<>();
    private final Map<FacilityId, ActorId> controllers = new LinkedHashMap<>();
    private long movedUnderPlan;
    private long opened;
    private long intakes;
    private int hour;
    private int serial;

    Builder(World world, long anchorOpening, long borderOpening, List<Long> openings) {
      this.world = world;
      this.facilities = ImmutableList.copyOf(world.facilities().keySet());
      for (int i = 0; i < facilities.size(); i++) {
        FacilityId facility = facilities.get(i);
        // the keeper holds what lies in Syria, the rival what lies in Iraq
        ActorId controller =
            isIn(facility, GeneratedLedger.SYRIA) ? GeneratedLedger.KEEPER : GeneratedLedger.RIVAL;
        controllers.put(facility, controller);
        add(ControlChanged.first(EventId.of("control-" + facility), next(), facility, controller));
        long opening =
            facility.equals(GeneratedLedger.ANCHOR)
                ? anchorOpening
                : facility.equals(GeneratedLedger.BORDER_SITE) ? borderOpening : openings.get(i);
        count(
            Account.heldAt(controller, facility, GeneratedLedger.FIGHTERS),
            opening,
            "count-" + facility);
        opened += opening;
        count(
            Account.atLargeFrom(facility, GeneratedLedger.FIGHTERS),
            0,
            "none-at-large-" + facility);
      }
      When concluded = next();
      add(AgreementConcluded.of(EventId.of("pact-concluded"), pact(concluded)));
      add(
          ObligationMet.of(
              EventId.of("pact-settled"), next(), GeneratedLedger.PACT, GeneratedLedger.SETTLED));
      add(
          DeadlineExtended.of(
              EventId.of("pause-shortened"),
              next(),
              GeneratedLedger.PACT,
              GeneratedLedger.PAUSE,
              Deadline.at(GeneratedLedger.START.plus(Duration.ofHours(1_500)), ZoneOffset.UTC)));
      add(
          ObligationBreached.builder()
              .id(EventId.of("pause-breached"))
              .when(next())
              .agreement(GeneratedLedger.PACT)
              .obligation(GeneratedLedger.PAUSE)
              .description("a raid on the anchor")
              .addSources(Source.of(GeneratedLedger.KEEPER))
              .build());
      // the plan's size is reported when the plan is made, not before it (CUS-019)
      When planned = next();
      add(
          TransferPlanned.builder()
              .id(GeneratedLedger.PLAN)
              .when(planned)
              .planner(GeneratedLedger.KEEPER)
              .cohort(GeneratedLedger.FIGHTERS)
              .originCountry(GeneratedLedger.SYRIA)
              .receiver(GeneratedLedger.RIVAL)
              .agreement(GeneratedLedger.PACT)
              .size(exactly(GeneratedLedger.PLAN_SIZE, planned))
              .build());
      // one person moved in the opening, so that every ledger records a movement that a running
      // total can be checked against (CUS-020)
      add(
          transfer(
              next(), held(GeneratedLedger.ANCHOR), held(GeneratedLedger.BORDER_SITE), 1, null));
    }

    static Agreement pact(When concluded) {
      return Agreement.builder()
          .id(GeneratedLedger.PACT)
          .kind(AgreementKind.TRANSFER_ARRANGEMENT)
          .title("Pact between keeper and rival")
          .addParties(GeneratedLedger.KEEPER, GeneratedLedger.RIVAL)
          .concluded(concluded)
          .addObligations(
              Obligation.of(GeneratedLedger.SETTLED, GeneratedLedger.RIVAL, "hand over the lists"),
              Obligation.of(
                  GeneratedLedger.DUE,
                  GeneratedLedger.RIVAL,
                  "receive the first detainees",
                  Deadline.at(GeneratedLedger.START.plus(Duration.ofDays(30)), ZoneOffset.UTC)),
              Obligation.of(GeneratedLedger.OPEN, GeneratedLedger.KEEPER, "pay for detention"),
              Obligation.builder()
                  .id(GeneratedLedger.PAUSE)
                  .obligor(GeneratedLedger.GROUP)
                  .description("stand down")
                  .term(Term.of(concluded, Duration.ofHours(2_000)))
                  .build())
          .build();
    }

    GeneratedLedger run(List<Step> steps) {
      for (Step step : steps) {
        apply(step);
      }
      if (intakes > 0) {
        // the intakes so far, as a source would report them: a running total that agrees
        When when = next();
        add(
            RunningTotalReported.of(
                EventId.of("taken-into-custody-so-far"),
                when,
                Flow.TAKEN_INTO_CUSTODY,
                CensusScope.cohort(GeneratedLedger.FIGHTERS),
                exactly(intakes, when)));
      }
      AppendResult result = Ledger.of(world).appendAll(events);
      if (!result.isAccepted()) {
        throw new IllegalStateException(
            "the ledger generator made an invalid ledger: " + result.verdict() + "\n" + events);
      }
      return new GeneratedLedger(
          world,
          ImmutableList.copyOf(events),
          result.ledger(),
          ImmutableMap.copyOf(counts),
          ImmutableMap.copyOf(controllers),
          movedUnderPlan,
          opened);
    }

    private void apply(Step step) {
      FacilityId a = facilities.get(step.a() % facilities.size());
      FacilityId b = facilities.get(step.b() % facilities.size());
      Account from = held(a);
      long spare = Math.max(0, counts.get(from) - floor(a)) * step.percent() / 100;
      switch (step.kind()) {
        case 0:
          if (!a.equals(b)) {
            When when = next();
            add(transfer(when, from, held(b), spare, null));
          }
          break;
        case 1:
          add(DetaineesEscaped.of(id("escape"), next(), from, move(from, atLarge(a), spare)));
          break;
        case 2:
          long recaptured = counts.get(atLarge(a)) * step.percent() / 100;
          When when = next();
          add(
              DetaineesRecaptured.of(
                  id("recapture"), when, atLarge(a), from, move(atLarge(a), from, recaptured)));
          break;
        case 3:
          // the released keep the prison and custodian they left: one account per origin
          Account released = Account.releasedFrom(from);
          if (!counts.containsKey(released)) {
            count(released, 0, "none-released");
          }
          add(DetaineesReleased.of(id("release"), next(), from, move(from, released, spare)));
          break;
        case 4:
          FacilityId origin = isIn(a, GeneratedLedger.SYRIA) ? a : GeneratedLedger.ANCHOR;
          Account source = held(origin);
          long available = Math.max(0, counts.get(source) - floor(origin)) * step.percent() / 100;
          long planned = Math.min(available, GeneratedLedger.PLAN_CEILING - movedUnderPlan);
          movedUnderPlan += planned;
          add(
              transfer(
                  next(),
                  source,
                  held(GeneratedLedger.BORDER_SITE),
                  planned,
                  GeneratedLedger.PLAN));
          break;
        case 5:
          if (a.equals(GeneratedLedger.ANCHOR) || a.equals(GeneratedLedger.BORDER_SITE)) {
            break;
          }
          ActorId current = controllers.get(a);
          ActorId other =
              current.equals(GeneratedLedger.KEEPER)
                  ? GeneratedLedger.RIVAL
                  : GeneratedLedger.KEEPER;
          add(ControlChanged.of(id("takeover"), next(), a, current, other));
          controllers.put(a, other);
          Account taken = held(a);
          if (!counts.containsKey(taken)) {
            count(taken, 0, "none-held-by-" + other + "-" + serial);
          }
          break;
        case 6:
          // a surrender: people come into the controller's custody from outside it
          long intake = 1 + step.percent();
          opened += intake;
          intakes += intake;
          add(
              DetaineesTakenIntoCustody.of(
                  id("intake"),
                  next(),
                  from,
                  IntakeKind.SURRENDER,
                  move(Account.outside(GeneratedLedger.FIGHTERS), from, intake)));
          counts.remove(Account.outside(GeneratedLedger.FIGHTERS));
          break;
        case 7:
          // the dead keep the prison and custodian they died in: one account per origin
          Account dead = Account.deadFrom(from);
          if (!counts.containsKey(dead)) {
            count(dead, 0, "none-dead");
          }
          add(DetaineesDied.of(id("death"), next(), from, move(from, dead, spare)));
          break;
        case 8:
          if (a.equals(GeneratedLedger.ANCHOR) || a.equals(GeneratedLedger.BORDER_SITE)) {
            break;
          }
          // custody passes in place to the other actor, who does not take control
          ActorId holder = controllers.get(a);
          ActorId receiver =
              holder.equals(GeneratedLedger.KEEPER)
                  ? GeneratedLedger.RIVAL
                  : GeneratedLedger.KEEPER;
          Account handedTo = Account.heldAt(receiver, a, GeneratedLedger.FIGHTERS);
          if (!counts.containsKey(handedTo)) {
            count(handedTo, 0, "none-handed-to-" + receiver + "-" + serial);
          }
          add(
              CustodyHandedOver.of(
                  id("handover"), next(), from, receiver, move(from, handedTo, spare)));
          break;
        case 9:
          if (a.equals(GeneratedLedger.ANCHOR) || a.equals(GeneratedLedger.BORDER_SITE)) {
            break;
          }
          // a prison emptied as part of the sweep: all of them released, or all of them dead,
          // whatever the prison holds; the claim says so without a number
          boolean freed = step.percent() % 2 == 0;
          Account emptiedInto = freed ? Account.releasedFrom(from) : Account.deadFrom(from);
          if (!counts.containsKey(emptiedInto)) {
            count(emptiedInto, 0, freed ? "none-released" : "none-dead");
          }
          Figure everyone = move(from, emptiedInto, counts.get(from), Estimate.unknown());
          OperationPart part =
              OperationPart.of(
                  GeneratedLedger.SWEEP, 1 + step.percent() % GeneratedLedger.SWEEP_PHASES);
          add(
              freed
                  ? DetaineesReleased.builder()
                      .id(id("emptied"))
                      .when(next())
                      .from(from)
                      .size(everyone)
                      .allOfThem(true)
                      .operation(part)
                      .build()
                  : DetaineesDied.allOf(id("emptied"), next(), from, everyone).withOperation(part));
          break;
        case 10:
          jointEscape(a, b, from, spare);
          break;
        default:
          // the anchor and the border site keep only their opening count, so that an event
          // inserted before the plan (see RuleBreakers) meets no later census
          if (!a.equals(GeneratedLedger.ANCHOR) && !a.equals(GeneratedLedger.BORDER_SITE)) {
            count(from, counts.get(from), "recount");
          }
      }
    }

    /**
     * An escape from two prisons with one figure over both, of a size the ledger splits exactly, so
     * that the model's counts stay exact: both prisons emptied (each part is then its prison's
     * balance), or, when the second prison holds nobody, a share of the first.
     */
    private void jointEscape(FacilityId a, FacilityId b, Account from, long spare) {
      Account other = held(b);
      if (a.equals(b) || from.equals(other)) {
        return;
      }
      long fromOther = counts.get(other);
      long fromFirst;
      if (fromOther == 0) {
        fromFirst = spare;
      } else if (floor(a) == 0 && floor(b) == 0) {
        fromFirst = counts.get(from);
      } else {
        // emptying the anchor or the border site would break the plan's later steps
        return;
      }
      Figure joint =
          move(from, atLarge(a), fromFirst, Estimate.exactly(Math.addExact(fromFirst, fromOther)));
      counts.merge(other, -fromOther, Long::sum);
      counts.merge(atLarge(b), fromOther, Long::sum);
      add(
          DetaineesEscaped.jointly(
              id("joint-escape"), next(), ImmutableList.of(from, other), joint));
    }

    private DetaineesTransferred transfer(
        When when, Account from, Account to, long count, EventId plan) {
      DetaineesTransferred.Builder transfer =
          DetaineesTransferred.builder()
              .id(id(plan == null ? "transfer" : "planned-transfer"))
              .when(when)
              .from(from)
              .to(to)
              .size(move(from, to, count));
      if (plan != null) {
        transfer.plan(plan);
      }
      return transfer.build();
    }

    private Figure move(Account from, Account to, long count) {
      return move(from, to, count, Estimate.exactly(count));
    }

    /** Moves {@code count} in the model, and gives the figure a source reports: {@code said}. */
    private Figure move(Account from, Account to, long count, Estimate said) {
      counts.merge(from, -count, Long::sum);
      counts.merge(to, count, Long::sum);
      When reported = When.at(GeneratedLedger.START.plus(Duration.ofHours(hour)));
      return Figure.of(Claim.of(said, Source.of(GeneratedLedger.KEEPER), reported));
    }

    private void count(Account account, long count, String name) {
      counts.put(account, count);
      When when = next();
      add(
          CensusTaken.of(
              EventId.of(name + "-" + serial++),
              when,
              CensusScope.account(account),
              exactly(count, when)));
    }

    private long floor(FacilityId facility) {
      if (facility.equals(GeneratedLedger.ANCHOR)) {
        return GeneratedLedger.ANCHOR_FLOOR;
      }
      return facility.equals(GeneratedLedger.BORDER_SITE) ? GeneratedLedger.BORDER_FLOOR : 0;
    }

    private boolean isIn(FacilityId facility, CountryCode country) {
      return world.countryOf(facility).map(country::equals).orElse(false);
    }

    private Account held(FacilityId facility) {
      return Account.heldAt(controllers.get(facility), facility, GeneratedLedger.FIGHTERS);
    }

    private static Account atLarge(FacilityId facility) {
      return Account.atLargeFrom(facility, GeneratedLedger.FIGHTERS);
    }

    private static Figure exactly(long count, When when) {
      return Figure.of(Claim.of(Estimate.exactly(count), Source.of(GeneratedLedger.KEEPER), when));
    }

    private EventId id(String kind) {
      return EventId.of(kind + "-" + serial++);
    }

    private When next() {
      return When.at(GeneratedLedger.START.plus(Duration.ofHours(hour++)));
    }

    private void add(Event event) {
      events.add(event);
    }
  }
}
