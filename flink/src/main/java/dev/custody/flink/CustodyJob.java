package dev.custody.flink;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serializable;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.OutputTag;

/**
 * The Custody streaming job: reads reported events, keeps one {@code Ledger} per theatre in Flink's
 * keyed state, and produces verdicts, alerts and situation snapshots ({@link CustodyStreams}).
 *
 * <p><b>Input.</b> Each element of the input stream is one line of JSON, {@code {"theatre":
 * "northeast-syria-2026", "event": {...}}}, whose event is written as in the {@code events} of a
 * custody/1 document. Each theatre has a world: a custody/1 document declaring its actors,
 * facilities and cohorts, given to the job by {@link Builder#world}; its events, usually none, open
 * the theatre's ledger. A line that is not such a report, or names a theatre without a world, is
 * refused ({@link Refusal}) and the job goes on.
 *
 * <p><b>Event time.</b> An event's time in the stream is the end of its {@code When}: the instant
 * by which it had certainly happened, as the ledger orders events. Watermarks trail the latest time
 * seen by the {@linkplain Builder#outOfOrderness out-of-orderness}; reports are held until the
 * watermark passes them and then appended in time order, so that reports shuffled within that bound
 * give the ledger, the verdicts and the situations that {@code Ledger} gives on the same events. A
 * report behind the watermark by at most the {@linkplain Builder#allowedLateness allowed lateness}
 * is inserted at once in its place; one further behind is refused.
 *
 * <p><b>State.</b> Ledgers are stored with {@link LedgerSerializer}, which writes custody/1
 * documents; every other value of the job has a Flink serializer of its own. {@link
 * #apply(DataStream)} turns Flink's generic types off ({@code pipeline.generic-types: false}), so
 * that a value without one fails the job at once instead of falling back to Kryo. The operators
 * have fixed ids, so that a savepoint restores into a later build of the job.
 *
 * <p>Instances are immutable and serializable.
 */
public final class CustodyJob implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The world document of every theatre, as text. */
  private final Theatres theatres;

  /** The durations and the threshold. */
  private final Settings settings;

  private CustodyJob(Theatres theatres, Settings settings) {
    this.theatres = theatres;
    this.settings = settings;
  }

  /**
   * Returns a builder with the defaults: out-of-orderness one day, no allowed lateness, a reference
   * wait of seven days, a snapshot period of one day, no population threshold.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds the job to the pipeline of {@code lines} and returns its outputs. It sets {@code
   * pipeline.generic-types: false} on the environment of {@code lines}.
   *
   * <p>{@code lines} should be one stream in event time within the out-of-orderness, such as one
   * JSON Lines file read in order: watermarks are drawn from the reports after they are read, so
   * parallel sources that are far apart in time would make the reports of the slower one late.
   *
   * @param lines the input, one report a line
   * @return the verdicts, alerts, snapshots and refusals
   */
  public CustodyStreams apply(DataStream<String> lines) {
    checkNotNull(lines, "lines");
    Configuration noKryo = new Configuration();
    noKryo.set(PipelineOptions.GENERIC_TYPES, false);
    lines.getExecutionEnvironment().configure(noKryo);

    Tags tags = new Tags();
    SingleOutputStreamOperator<Report> reports =
        lines
            .rebalance()
            .process(new ReadReports(theatres, tags.refused()), TypeInformation.of(Report.class))
            .name("read reports")
            .uid("custody-read-reports");
    Duration bound = Duration.ofMillis(settings.outOfOrdernessMillis());
    DataStream<Report> timed =
        reports
            .assignTimestampsAndWatermarks(
                WatermarkStrategy.<Report>forBoundedOutOfOrderness(bound)
                    .withTimestampAssigner((report, previous) -> report.time().toEpochMilli()))
            .name("event time")
            .uid("custody-event-time");
    SingleOutputStreamOperator<EventVerdict> verdicts =
        timed
            .keyBy(Report::theatre, Types.STRING)
            .process(
                new TheatreLedgers(theatres, settings, tags),
                TypeInformation.of(EventVerdict.class))
            .name("theatre ledgers")
            .uid("custody-theatre-ledgers");
    return new CustodyStreams(
        verdicts,
        verdicts.getSideOutput(tags.alerts()),
        verdicts.getSideOutput(tags.snapshots()),
        reports.getSideOutput(tags.refused()).union(verdicts.getSideOutput(tags.refused())));
  }

  /**
   * Returns the settings as "CustodyJob of 2 theatres (out-of-orderness PT24H, ...)".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CustodyJob of " + theatres.worlds().size() + " theatres (" + settings + ")";
  }

  /** The durations and the threshold, in milliseconds and counts, as the operators use them. */
  record Settings(
      long outOfOrdernessMillis,
      long allowedLatenessMillis,
      long referenceWaitMillis,
      long snapshotPeriodMillis,
      long populationThreshold)
      implements Serializable {

    @Override
    public String toString() {
      return "out-of-orderness "
          + Duration.ofMillis(outOfOrdernessMillis)
          + ", allowed lateness "
          + Duration.ofMillis(allowedLatenessMillis)
          + ", reference wait "
          + Duration.ofMillis(referenceWaitMillis)
          + ", snapshots every "
          + Duration.ofMillis(snapshotPeriodMillis)
          + (populationThreshold > 0 ? ", population threshold " + populationThreshold : "");
    }
  }

  /** The side outputs, made once per job so that the operators and the caller share them. */
  record Tags(
      OutputTag<Alert> alerts, OutputTag<SituationSnapshot> snapshots, OutputTag<Refusal> refused)
      implements Serializable {
    Tags() {
      this(
          new OutputTag<>("alerts", TypeInformation.of(Alert.class)),
          new OutputTag<>("snapshots", TypeInformation.of(SituationSnapshot.class)),
          new OutputTag<>("refused", TypeInformation.of(Refusal.class)));
    }
  }

  /**
   * Builds a {@link CustodyJob}. At least one theatre is required; durations must be positive
   * (allowed lateness and reference wait may be zero).
   */
  public static final class Builder {
    private final Map<String, String> worlds = new LinkedHashMap<>();
    private Duration outOfOrderness = Duration.ofDays(1);
    private Duration allowedLateness = Duration.ZERO;
    private Duration referenceWait = Duration.ofDays(7);
    private Duration snapshotPeriod = Duration.ofDays(1);
    private long populationThreshold;

    private Builder() {}

    /**
     * Adds a theatre and its world.
     *
     * @param theatre the theatre's name, as the reports give it
     * @param document a custody/1 document declaring the theatre's actors, facilities and cohorts;
     *     its events, if any, open the theatre's ledger
     * @return this builder
     * @throws IllegalArgumentException if the theatre is blank or already added
     * @throws dev.custody.json.InvalidDocumentException if the document is not valid
     */
    public Builder world(String theatre, String document) {
      checkNotNull(theatre, "theatre");
      checkNotNull(document, "document");
      checkArgument(
          !worlds.containsKey(theatre), "CustodyJob theatre (%s) is given twice", theatre);
      worlds.put(theatre, document);
      return this;
    }

    /**
     * Sets how far out of time order reports may arrive and still be appended in order: the
     * watermark trails the latest event time seen by this much.
     *
     * @param outOfOrderness a positive duration; the default is one day
     * @return this builder
     */
    public Builder outOfOrderness(Duration outOfOrderness) {
      this.outOfOrderness = positive("outOfOrderness", outOfOrderness);
      return this;
    }

    /**
     * Sets how far behind the watermark a report may arrive and still be inserted in its ledger, at
     * once, without the alerts and snapshots already emitted being revised.
     *
     * @param allowedLateness zero or more; the default is zero
     * @return this builder
     */
    public Builder allowedLateness(Duration allowedLateness) {
      this.allowedLateness = notNegative("allowedLateness", allowedLateness);
      return this;
    }

    /**
     * Sets how long, in event time after its own time, a report naming a plan or agreement not yet
     * in the ledger waits for it.
     *
     * @param referenceWait zero or more; the default is seven days
     * @return this builder
     */
    public Builder referenceWait(Duration referenceWait) {
      this.referenceWait = notNegative("referenceWait", referenceWait);
      return this;
    }

    /**
     * Sets the period of situation snapshots: at the end of each period (counted from the epoch, in
     * UTC) in which a theatre had reports, its situation is emitted.
     *
     * @param snapshotPeriod a positive duration of whole milliseconds; the default is one day
     * @return this builder
     */
    public Builder snapshotPeriod(Duration snapshotPeriod) {
      this.snapshotPeriod = positive("snapshotPeriod", snapshotPeriod);
      return this;
    }

    /**
     * Sets the population threshold: at each snapshot, an alert for every account whose balance's
     * best value has reached it since the last snapshot, or fallen below it.
     *
     * @param populationThreshold a count of at least 1
     * @return this builder
     */
    public Builder populationThreshold(long populationThreshold) {
      checkArgument(
          populationThreshold >= 1,
          "CustodyJob populationThreshold (%s) must be at least 1",
          populationThreshold);
      this.populationThreshold = populationThreshold;
      return this;
    }

    /**
     * Builds the job, reading every world document.
     *
     * @return the job
     * @throws IllegalStateException if no theatre was added
     * @throws dev.custody.json.InvalidDocumentException if a world document is not valid
     */
    public CustodyJob build() {
      if (worlds.isEmpty()) {
        throw new IllegalStateException("CustodyJob needs at least one theatre and its world");
      }
      return new CustodyJob(
          new Theatres(worlds),
          new Settings(
              outOfOrderness.toMillis(),
              allowedLateness.toMillis(),
              referenceWait.toMillis(),
              snapshotPeriod.toMillis(),
              populationThreshold));
    }

    private static Duration positive(String field, Duration duration) {
      checkNotNull(duration, field);
      checkArgument(
          !duration.isNegative() && duration.toMillis() > 0,
          "CustodyJob %s (%s) must be at least one millisecond",
          field,
          duration);
      return duration;
    }

    private static Duration notNegative(String field, Duration duration) {
      checkNotNull(duration, field);
      checkArgument(
          !duration.isNegative(), "CustodyJob %s (%s) must not be negative", field, duration);
      return duration;
    }
  }
}
