package dev.custody.flink;

import java.time.Instant;

/**
 * One reported event on its way from the reader to its theatre's ledger: the theatre it belongs to,
 * the instant by which it had certainly happened (the end of its time, its event time in the
 * stream), its id, and the event as custody-json text.
 *
 * <p>The event travels as text, and is read again by its theatre's ledger, because custody-json is
 * the only serialized form of an event the project has: Flink moves this record with its own
 * serializer for records of strings and instants, never with Kryo.
 *
 * @param theatre the theatre, the key of the stream
 * @param time the end of the event's time, its event time
 * @param id the event's id
 * @param event the event as one JSON object in the custody/1 form of a document's events
 */
public record Report(String theatre, Instant time, String id, String event) {}
