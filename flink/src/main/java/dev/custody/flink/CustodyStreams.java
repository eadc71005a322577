package dev.custody.flink;

import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The streams a {@link CustodyJob} produces from its input, for the caller to send to sinks.
 *
 * @param verdicts each event's verdict, once its theatre's ledger took it in or refused it
 * @param alerts rule errors, deadlines lapsing unmet, populations moving past the threshold
 * @param snapshots the situation of each theatre at the end of each period in which it had reports
 * @param refused lines that reached no ledger: unreadable, of an unknown theatre, or too late
 */
public record CustodyStreams(
    DataStream<EventVerdict> verdicts,
    DataStream<Alert> alerts,
    DataStream<SituationSnapshot> snapshots,
    DataStream<Refusal> refused) {}
