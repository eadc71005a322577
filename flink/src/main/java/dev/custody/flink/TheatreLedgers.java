package dev.custody.flink;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineExtension;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.rules.Rule;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The ledger of one theatre, in keyed state, and everything the job derives from it.
 *
 * <p><b>Order.</b> A report is held until the watermark passes its time; then the reports of that
 * time are appended in the ledger's order (end of their time, then start), simultaneous ones by id,
 * since the order in which a stream delivers them means nothing. Reports of one time that refer to
 * one another are retried until no more of them is accepted, so that a transfer and its plan of the
 * same day are both taken whichever comes first. A report behind the watermark by at most the
 * allowed lateness is inserted in its place at once (the ledger replays the events after it, and
 * every event whose verdict that changes gets its new verdict); one further behind is refused.
 *
 * <p><b>References to the future.</b> A report rejected only because the plan or agreement it names
 * is not yet in the ledger (rule {@code CUS-005} on its {@code plan} or {@code agreement}) waits,
 * for at most the reference wait of event time, and is retried whenever the ledger takes in another
 * event; its verdict comes when it is accepted or when the wait ends.
 *
 * <p><b>Timers.</b> Event-time timers fire at each report's time (to append it), at the lapse of
 * every deadline of every agreement in the ledger (to alert if it lapsed unmet), at the end of
 * every snapshot period in which a report arrived (to emit the situation and compare populations
 * with the threshold), and at the end of each reference wait.
 */
final class TheatreLedgers extends KeyedProcessFunction<String, Report, EventVerdict> {
  private static final long serialVersionUID = 1L;
  private static final int LAPSE = 1;
  private static final int SNAPSHOT = 2;

  private static final Comparator<Event> ORDER =
      Comparator.comparing((Event e) -> e.when().end())
          .thenComparing(e -> e.when().start())
          .thenComparing(e -> e.id().toString());

  private final Theatres theatres;
  private final CustodyJob.Settings settings;
  private final CustodyJob.Tags tags;

  private transient ValueState<Ledger> ledger;
  private transient MapState<Long, List<String>> pending;
  private transient MapState<Long, List<String>> waiting;
  private transient MapState<Long, Integer> duties;
  private transient MapState<String, Boolean> above;

  TheatreLedgers(Theatres theatres, CustodyJob.Settings settings, CustodyJob.Tags tags) {
    this.theatres = theatres;
    this.settings = settings;
    this.tags = tags;
  }

  @Override
  public void open(OpenContext context) {
    ledger =
        getRuntimeContext().getState(new ValueStateDescriptor<>("ledger", new LedgerSerializer()));
    pending =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("pending", Types.LONG, Types.LIST(Types.STRING)));
    waiting =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("waiting", Types.LONG, Types.LIST(Types.STRING)));
    duties =
        getRuntimeContext().getMapState(new MapStateDescriptor<>("duties", Types.LONG, Types.INT));
    above =
        getRuntimeContext()
            .getMapState(new MapStateDescriptor<>("above", Types.STRING, Types.BOOLEAN));
  }

  @Override
  public void processElement(Report report, Context context, Collector<EventVerdict> out)
      throws Exception {
    long time = context.timestamp();
    long watermark = context.timerService().currentWatermark();
    if (time <= watermark) {
      long behind = watermark - time;
      if (behind <= settings.allowedLatenessMillis()) {
        Step step = new Step(context, out, watermark);
        step.take(List.of(report.event()), true);
        step.commit();
      } else {
        context.output(
            tags.refused(),
            new Refusal(
                report.theatre(),
                Refusal.Reason.TOO_LATE,
                report.time(),
                String.format(
                    "event %s at %s arrived %d ms behind the watermark (%s), more than the allowed"
                        + " lateness of %d ms",
                    report.id(),
                    report.time(),
                    behind,
                    Instant.ofEpochMilli(watermark),
                    settings.allowedLatenessMillis()),
                report.event()));
      }
      return;
    }
    add(pending, time, report.event());
    context.timerService().registerEventTimeTimer(time);
    long period = settings.snapshotPeriodMillis();
    long end =
        Math.floorDiv(time, period) * period + (Math.floorMod(time, period) == 0 ? 0 : period);
    duty(context, end, SNAPSHOT);
  }

  @Override
  public void onTimer(long timestamp, OnTimerContext context, Collector<EventVerdict> out)
      throws Exception {
    Step step = new Step(context, out, timestamp);
    List<String> due = pending.get(timestamp);
    if (due != null) {
      pending.remove(timestamp);
      step.take(due, false);
    }
    List<String> expired = waiting.get(timestamp);
    if (expired != null) {
      waiting.remove(timestamp);
      step.giveUp(expired);
    }
    step.commit();
    Integer duty = duties.get(timestamp);
    if (duty != null) {
      duties.remove(timestamp);
      Instant at = Instant.ofEpochMilli(timestamp);
      Ledger current = step.ledger;
      Situation situation = current.situationAt(at);
      if ((duty & LAPSE) != 0) {
        lapses(context.getCurrentKey(), situation, timestamp, context);
      }
      if ((duty & SNAPSHOT) != 0) {
        int events = current.eventsBy(at).size();
        context.output(
            tags.snapshots(),
            new SituationSnapshot(
                context.getCurrentKey(), at, events, SituationSnapshot.describe(situation)));
        populations(context.getCurrentKey(), situation, at, context);
      }
    }
  }

  private void lapses(String theatre, Situation situation, long timestamp, Context context) {
    for (Agreement agreement : situation.agreements().values()) {
      for (Obligation obligation : agreement.obligations()) {
        DeadlineStatus status = obligation.statusAt(situation.asOf());
        if (status.state() == DeadlineStatus.State.LAPSED
            && ceilMillis(status.deadline().orElseThrow().lapsesAt()) == timestamp) {
          context.output(
              tags.alerts(),
              new Alert(
                  theatre,
                  Alert.Kind.DEADLINE_LAPSED,
                  situation.asOf(),
                  agreement.id() + "/" + obligation.id(),
                  String.format(
                      "%s to %s: not met by %s (%s)",
                      obligation.obligor(),
                      obligation.description(),
                      status.deadline().orElseThrow(),
                      status.deadline().orElseThrow().lapsesAt())));
        }
      }
    }
  }

  private void populations(String theatre, Situation situation, Instant at, Context context)
      throws Exception {
    long threshold = settings.populationThreshold();
    if (threshold <= 0) {
      return;
    }
    for (Map.Entry<Account, Estimate> balance : situation.balances().entrySet()) {
      String account = balance.getKey().toString();
      boolean now = balance.getValue().best() >= threshold;
      boolean before = above.contains(account);
      if (now != before) {
        if (now) {
          above.put(account, true);
        } else {
          above.remove(account);
        }
        context.output(
            tags.alerts(),
            new Alert(
                theatre,
                now ? Alert.Kind.POPULATION_ROSE : Alert.Kind.POPULATION_FELL,
                at,
                account,
                String.format(
                    "%s, %s the threshold of %,d",
                    balance.getValue(), now ? "at or above" : "below", threshold)));
      }
    }
  }

  /**
   * One firing of the function for one theatre: reads the ledger once, takes events in, and writes
   * the ledger back once.
   */
  private final class Step {
    private final Context context;
    private final Collector<EventVerdict> out;
    private final long now;
    private final String theatre;
    private final Function<String, Event> reader;
    private final Map<EventId, String> texts = new HashMap<>();
    private Ledger ledger;
    private boolean changed;

    Step(Context context, Collector<EventVerdict> out, long now) throws Exception {
      this.context = context;
      this.out = out;
      this.now = now;
      this.theatre = context.getCurrentKey();
      this.reader = theatres.eventReader(theatre);
      Ledger stored = TheatreLedgers.this.ledger.value();
      if (stored == null) {
        stored = theatres.document(theatre).ledger();
        deadlines(stored.events());
        changed = true;
      }
      this.ledger = stored;
    }

    void commit() throws Exception {
      if (changed) {
        TheatreLedgers.this.ledger.update(ledger);
      }
    }

    /** Appends events in order, retrying those of them that wait for others among them. */
    void take(List<String> items, boolean late) throws Exception {
      List<Event> events = new ArrayList<>();
      for (String text : items) {
        Event event = reader.apply(text);
        texts.put(event.id(), text);
        events.add(event);
      }
      events.sort(ORDER);
      Map<EventId, Verdict> rejected = new HashMap<>();
      List<Event> left = appendUntilStuck(events, rejected, late, late);
      boolean took = left.size() < events.size();
      for (Event event : left) {
        Verdict verdict = rejected.get(event.id());
        long until = event.when().end().toEpochMilli() + settings.referenceWaitMillis();
        if (waitsForReferent(event, verdict) && until > now) {
          add(waiting, until, texts.get(event.id()));
          context.timerService().registerEventTimeTimer(until);
        } else {
          reject(event, verdict, late);
        }
      }
      if (took) {
        retryWaiting();
      }
    }

    /** Waiting events whose wait ends now: a last try, then their rejection. */
    void giveUp(List<String> items) throws Exception {
      List<Event> events = new ArrayList<>();
      for (String text : items) {
        Event event = reader.apply(text);
        texts.put(event.id(), text);
        events.add(event);
      }
      events.sort(ORDER);
      Map<EventId, Verdict> rejected = new HashMap<>();
      List<Event> left = appendUntilStuck(events, rejected, false, true);
      for (Event event : left) {
        reject(event, rejected.get(event.id()), false);
      }
    }

    /** After the ledger took something in, every waiting event is tried again. */
    private void retryWaiting() throws Exception {
      if (waiting.isEmpty()) {
        return;
      }
      List<Map.Entry<Long, List<String>>> entries = new ArrayList<>();
      waiting.entries().forEach(entries::add);
      for (Map.Entry<Long, List<String>> entry : entries) {
        List<Event> events = new ArrayList<>();
        for (String text : entry.getValue()) {
          Event event = reader.apply(text);
          texts.put(event.id(), text);
          events.add(event);
        }
        events.sort(ORDER);
        List<Event> left = appendUntilStuck(events, new HashMap<>(), false, true);
        if (left.size() < events.size()) {
          List<String> still = new ArrayList<>();
          for (Event event : left) {
            still.add(texts.get(event.id()));
          }
          if (still.isEmpty()) {
            waiting.remove(entry.getKey());
          } else {
            waiting.put(entry.getKey(), still);
          }
        }
      }
    }

    /**
     * Appends each event in turn and goes round again while any is accepted; returns those never
     * accepted, with their last verdicts in {@code rejected}. {@code inserted} says the events may
     * fall before events the ledger already holds: they came late, or waited for a referent while
     * the ledger took in later events.
     */
    private List<Event> appendUntilStuck(
        List<Event> events, Map<EventId, Verdict> rejected, boolean late, boolean inserted)
        throws Exception {
      List<Event> left = events;
      boolean progress = true;
      while (progress && !left.isEmpty()) {
        progress = false;
        List<Event> next = new ArrayList<>();
        for (Event event : left) {
          AppendResult result = ledger.append(event);
          if (result.isAccepted()) {
            Ledger before = ledger;
            ledger = result.ledger();
            changed = true;
            progress = true;
            rejected.remove(event.id());
            accept(event, own(result.verdict(), event.id()), late);
            revise(before, event, inserted);
          } else {
            rejected.put(event.id(), result.verdict());
            next.add(event);
          }
        }
        left = next;
      }
      return left;
    }

    private void accept(Event event, Verdict verdict, boolean late) throws Exception {
      out.collect(
          new EventVerdict(
              theatre, event.id().toString(), event.when().end(), true, late, verdict.toString()));
      deadlines(List.of(event));
    }

    /**
     * Gives again the verdict of every other event whose own verdict the event just accepted
     * changed. Two kinds of event can change verdicts already given: one inserted before events the
     * ledger already holds (it came late, or waited for a referent while later events came in),
     * which are checked again after it (a census after it may now disagree with the balance it
     * covers, or agree again); and a movement over a period, which the library compares with every
     * census taken strictly inside its period, any share of it, from none to all, having possibly
     * come before the census, even though the movement comes later in ledger order. Those events
     * were judged when the new one was not yet known, so their first verdicts may be wider of the
     * mark than the library's; the later verdict replaces the earlier. An event appended in order
     * after everything else changes no verdict but its own, and costs nothing here.
     */
    private void revise(Ledger before, Event accepted, boolean inserted) {
      if (!inserted && !isPeriod(accepted)) {
        return;
      }
      Map<EventId, List<Violation>> then = byEvent(before.verdict());
      Map<EventId, List<Violation>> now = byEvent(ledger.verdict());
      Set<EventId> touched = new LinkedHashSet<>(then.keySet());
      touched.addAll(now.keySet());
      touched.remove(accepted.id());
      for (EventId id : touched) {
        List<Violation> revised = now.getOrDefault(id, List.of());
        if (revised.equals(then.getOrDefault(id, List.of()))) {
          continue;
        }
        Event other = ledger.event(id).orElse(null);
        if (other == null) {
          continue;
        }
        out.collect(
            new EventVerdict(
                theatre,
                id.toString(),
                other.when().end(),
                true,
                false,
                Verdict.of(revised).toString()));
      }
    }

    private void reject(Event event, Verdict verdict, boolean late) {
      out.collect(
          new EventVerdict(
              theatre, event.id().toString(), event.when().end(), false, late, verdict.toString()));
      StringBuilder errors = new StringBuilder();
      for (Violation error : verdict.errors()) {
        errors.append(errors.length() == 0 ? "" : "; ").append(error);
      }
      context.output(
          tags.alerts(),
          new Alert(
              theatre,
              Alert.Kind.RULE_ERROR,
              event.when().end(),
              event.id().toString(),
              errors.toString()));
    }

    /** Registers a lapse timer at every deadline the events set. */
    private void deadlines(List<Event> events) throws Exception {
      for (Event event : events) {
        if (event instanceof AgreementConcluded concluded) {
          for (Obligation obligation : concluded.agreement().obligations()) {
            if (obligation.deadline().isPresent()) {
              lapse(obligation.deadline().get());
            }
            for (DeadlineExtension extension : obligation.extensions()) {
              lapse(extension.deadline());
            }
          }
        } else if (event instanceof DeadlineExtended extended) {
          lapse(extended.deadline());
        }
      }
    }

    private void lapse(Deadline deadline) throws Exception {
      duty(context, ceilMillis(deadline.lapsesAt()), LAPSE);
    }
  }

  /** The violations of a ledger's verdict by the event they are about, in the verdict's order. */
  private static Map<EventId, List<Violation>> byEvent(Verdict verdict) {
    Map<EventId, List<Violation>> by = new HashMap<>();
    for (Violation violation : verdict.violations()) {
      by.computeIfAbsent(violation.event(), id -> new ArrayList<>()).add(violation);
    }
    return by;
  }

  /** The verdict on one event alone, without the warnings on later events checked again. */
  private static Verdict own(Verdict verdict, EventId id) {
    List<Violation> own = new ArrayList<>();
    for (Violation violation : verdict.violations()) {
      if (violation.event().equals(id)) {
        own.add(violation);
      }
    }
    return own.size() == verdict.violations().size() ? verdict : Verdict.of(own);
  }

  /**
   * A movement over a period, as the library counts one: its time spans more than one day, so that
   * a census taken during it may have come before any share of it.
   */
  private static boolean isPeriod(Event event) {
    return !event.movements().isEmpty()
        && !event.when().isInstant()
        && !event.when().firstDate().equals(event.when().lastDate());
  }

  private static final Set<String> REFERENT_FIELDS = Set.of("plan", "agreement");

  /** Rejected only for naming a plan or agreement the ledger does not hold yet. */
  private static boolean waitsForReferent(Event event, Verdict verdict) {
    ImmutableList<Violation> errors = verdict.errors();
    if (errors.isEmpty()) {
      return false;
    }
    for (Violation error : errors) {
      if (error.rule() != Rule.UNKNOWN_REFERENCE
          || !error.event().equals(event.id())
          || !REFERENT_FIELDS.contains(error.field())
          || error.message().contains("is only concluded later")) {
        return false;
      }
    }
    return true;
  }

  private void duty(Context context, long timestamp, int kind) throws Exception {
    Integer current = duties.get(timestamp);
    int combined = current == null ? kind : current | kind;
    if (current == null || combined != current) {
      duties.put(timestamp, combined);
    }
    context.timerService().registerEventTimeTimer(timestamp);
  }

  private static void add(MapState<Long, List<String>> state, long key, String value)
      throws Exception {
    List<String> values = state.get(key);
    List<String> updated = values == null ? new ArrayList<>() : new ArrayList<>(values);
    updated.add(value);
    state.put(key, updated);
  }

  /** The first millisecond at or after an instant: a deadline has lapsed by then. */
  static long ceilMillis(Instant instant) {
    long millis = instant.toEpochMilli();
    return Instant.ofEpochMilli(millis).equals(instant) ? millis : millis + 1;
  }
}
