package dev.custody.benchmarks;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.flink.ScenarioReports;
import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Many theatres for the streaming job: {@code theatres} of them, each a world of four actors and
 * {@value #PRISONS} prisons with {@code eventsPerTheatre} events, written as the job's input (a
 * world document per theatre in {@code worlds/}, and {@code reports.jsonl}, every theatre's reports
 * in one stream in time order).
 *
 * <p>Each theatre opens with the control of its prisons, a census of each (exactly 1,000), and an
 * agreement whose one obligation lapses unmet 60 days in; then come transfers of exactly 1 to 5
 * between random prisons, none leaving a prison below 250, so that every event is accepted. Event
 * {@code k} of theatre {@code t} happens at {@code START + k * 6 hours + t seconds}: the theatres
 * interleave, each a report every six hours. A {@link Random} seeded with {@link #SEED} makes the
 * same files every time.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar:$(cat benchmarks/target/classpath.txt) \
 *   dev.custody.benchmarks.TheatresWorkload DIRECTORY [THEATRES [EVENTS_PER_THEATRE]]
 * </pre>
 */
public final class TheatresWorkload {
  /** The theatres of the measured workload. */
  static final int THEATRES = 1_000;

  /** The events of each theatre in the measured workload: one million in all. */
  static final int EVENTS_PER_THEATRE = 1_000;

  static final long SEED = 20_260_101L;
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
  static final int PRISONS = 5;
  private static final long OPENING = 1_000;
  private static final long FLOOR = 250;
  private static final Duration STEP = Duration.ofHours(6);

  private final Path directory;
  private final int theatres;
  private final int eventsPerTheatre;

  private TheatresWorkload(Path directory, int theatres, int eventsPerTheatre) {
    this.directory = directory;
    this.theatres = theatres;
    this.eventsPerTheatre = eventsPerTheatre;
  }

  /**
   * Returns the workload in {@code directory}, writing it unless a complete one of the same size is
   * there already.
   *
   * @param directory where the files are
   * @param theatres how many theatres
   * @param eventsPerTheatre how many events each, at least 20
   * @return the workload
   * @throws IOException if the files cannot be written
   */
  static TheatresWorkload in(Path directory, int theatres, int eventsPerTheatre)
      throws IOException {
    TheatresWorkload workload = new TheatresWorkload(directory, theatres, eventsPerTheatre);
    Path done = directory.resolve("complete-" + theatres + "x" + eventsPerTheatre);
    if (!Files.exists(done)) {
      workload.write();
      Files.writeString(done, "");
    }
    return workload;
  }

  Path worlds() {
    return directory.resolve("worlds");
  }

  Path reports() {
    return directory.resolve("reports.jsonl");
  }

  long events() {
    return (long) theatres * eventsPerTheatre;
  }

  private void write() throws IOException {
    Files.createDirectories(worlds());
    List<ScenarioReports.Line> lines = new ArrayList<>(theatres * eventsPerTheatre);
    for (int t = 0; t < theatres; t++) {
      String theatre = String.format("theatre-%04d", t);
      String document =
          CustodyJson.standard().write(CustodyDocument.of("Theatre " + t, world(), events(t)));
      ScenarioReports reports = ScenarioReports.of(theatre, document);
      Files.writeString(worlds().resolve(theatre + ".json"), reports.world());
      lines.addAll(reports.reports());
    }
    lines.sort(ScenarioReports.IN_TIME);
    try (BufferedWriter out = Files.newBufferedWriter(reports(), StandardCharsets.UTF_8)) {
      for (ScenarioReports.Line line : lines) {
        out.write(line.text());
        out.write('\n');
      }
    }
  }

  private static final ActorId KEEPER = ActorId.of("keeper");
  private static final ActorId RIVAL = ActorId.of("rival");
  private static final ActorId GROUP = ActorId.of("group");
  private static final ActorId MONITOR = ActorId.of("monitor");
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, GROUP);

  private static World world() {
    List<Facility> prisons = new ArrayList<>();
    for (int i = 0; i < PRISONS; i++) {
      prisons.add(
          Facility.of(
              FacilityId.of("prison-" + i),
              "Prison " + i,
              FacilityKind.PRISON,
              Location.in(CountryCode.of("SY"))));
    }
    return World.of(
        List.of(
            Actor.of(KEEPER, "Keeper", ActorKind.STATE),
            Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
            Actor.of(GROUP, "Group", ActorKind.DESIGNATED_ORGANISATION),
            Actor.of(MONITOR, "Monitor", ActorKind.NGO)),
        prisons);
  }

  private List<Event> events(int theatre) {
    Random random = new Random(SEED + theatre);
    List<Event> events = new ArrayList<>(eventsPerTheatre);
    Account[] accounts = new Account[PRISONS];
    long[] balances = new long[PRISONS];
    Arrays.fill(balances, OPENING);
    for (int i = 0; i < PRISONS; i++) {
      FacilityId prison = FacilityId.of("prison-" + i);
      accounts[i] = Account.heldAt(KEEPER, prison, FIGHTERS);
      events.add(ControlChanged.first(EventId.of("control-" + i), at(theatre, i), prison, KEEPER));
    }
    for (int i = 0; i < PRISONS; i++) {
      When when = at(theatre, PRISONS + i);
      events.add(
          CensusTaken.of(
              EventId.of("census-" + i),
              when,
              CensusScope.account(accounts[i]),
              exactly(OPENING, when)));
    }
    When concluded = at(theatre, 2 * PRISONS);
    events.add(
        AgreementConcluded.of(
            EventId.of("pact-concluded"),
            Agreement.builder()
                .id(AgreementId.of("pact"))
                .kind(AgreementKind.TRANSFER_ARRANGEMENT)
                .title("Pact")
                .addParties(KEEPER, RIVAL)
                .concluded(concluded)
                .addObligations(
                    Obligation.of(
                        ObligationId.of("hand-over"),
                        RIVAL,
                        "receive the first detainees",
                        Deadline.at(START.plus(Duration.ofDays(60)), ZoneOffset.UTC)))
                .build()));
    for (int k = events.size(); k < eventsPerTheatre; k++) {
      long size = 1 + random.nextInt(5);
      int from;
      do {
        from = random.nextInt(PRISONS);
      } while (balances[from] - size < FLOOR);
      int to;
      do {
        to = random.nextInt(PRISONS);
      } while (to == from);
      balances[from] -= size;
      balances[to] += size;
      When when = at(theatre, k);
      events.add(
          DetaineesTransferred.builder()
              .id(EventId.of("transfer-" + k))
              .when(when)
              .from(accounts[from])
              .to(accounts[to])
              .size(exactly(size, when))
              .build());
    }
    return events;
  }

  private static When at(int theatre, int k) {
    return When.at(START.plus(STEP.multipliedBy(k)).plusSeconds(theatre), ZoneOffset.UTC);
  }

  private static Figure exactly(long count, When reported) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(MONITOR), reported));
  }

  /**
   * Writes a workload.
   *
   * @param args the directory, then optionally the number of theatres and of events each
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path directory = Path.of(args[0]);
    int theatres = args.length > 1 ? Integer.parseInt(args[1]) : THEATRES;
    int events = args.length > 2 ? Integer.parseInt(args[2]) : EVENTS_PER_THEATRE;
    long started = System.nanoTime();
    TheatresWorkload workload = in(directory, theatres, events);
    System.out.printf(
        "%,d theatres, %,d events: %s and %s (%d s)%n",
        theatres,
        workload.events(),
        workload.worlds(),
        workload.reports(),
        Duration.ofNanos(System.nanoTime() - started).toSeconds());
  }
}
