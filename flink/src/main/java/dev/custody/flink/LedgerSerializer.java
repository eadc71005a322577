package dev.custody.flink;

import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.json.Limits;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.ActorId;
import dev.custody.model.Reading;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * Flink's serializer of a {@link Ledger} in keyed state, built on custody-json: a ledger is written
 * as its reading and a custody/1 document of its world and its events in ledger order, and read
 * back by reading that document and merging its events into an empty ledger, which checks them
 * again by the rules and places them where they were.
 *
 * <p>The bytes of one ledger are the reading's text ("envelope", "consensus" or "source:" and an
 * actor id), then the length and the UTF-8 bytes of the document. The document names its format
 * ({@code "format": "custody/1"}), and the {@linkplain #snapshotConfiguration() snapshot} of this
 * serializer records it, so that a later version of the job, reading a later format, knows what a
 * savepoint holds and can migrate it ({@link LedgerSerializerSnapshot}).
 *
 * <p>Kryo could not do this: Guava's immutable collections, which the model is made of, have no
 * public constructors for it to call, and a binary form of the model's classes would tie every
 * savepoint to their private fields. A ledger is immutable, so copying one returns it.
 *
 * <p>Restoring re-checks every event: if a later version of the library had stricter rules that
 * reject a stored event, restoring fails with the rule's problems rather than change a ledger in
 * silence.
 */
public final class LedgerSerializer extends TypeSerializer<Ledger> {
  private static final long serialVersionUID = 1L;

  /** The format of the documents written. */
  static final String FORMAT = CustodyJson.FORMAT;

  /** Limits for documents this serializer wrote itself: a large theatre may pass 16 MiB. */
  private static final CustodyJson JSON =
      CustodyJson.standard().withLimits(Limits.of(Integer.MAX_VALUE - 8, 32, 10_000, 19));

  private static final String TITLE = "ledger in keyed state";
  private static final String SOURCE_PREFIX = "source:";

  /** Creates the serializer; it holds no state, so one instance serves every thread. */
  public LedgerSerializer() {}

  @Override
  public boolean isImmutableType() {
    return true;
  }

  @Override
  public TypeSerializer<Ledger> duplicate() {
    return this;
  }

  @Override
  public Ledger createInstance() {
    return Ledger.of(World.of(List.of(), List.of()));
  }

  @Override
  public Ledger copy(Ledger from) {
    return from;
  }

  @Override
  public Ledger copy(Ledger from, Ledger reuse) {
    return from;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public void serialize(Ledger ledger, DataOutputView target) throws IOException {
    target.writeUTF(readingText(ledger.reading()));
    byte[] document =
        JSON.write(CustodyDocument.of(TITLE, ledger.world(), ledger.events()))
            .getBytes(StandardCharsets.UTF_8);
    target.writeInt(document.length);
    target.write(document);
  }

  @Override
  public Ledger deserialize(DataInputView source) throws IOException {
    Reading reading = reading(source.readUTF());
    byte[] document = new byte[source.readInt()];
    source.readFully(document);
    Ledger ledger = JSON.read(new String(document, StandardCharsets.UTF_8), "keyed state").ledger();
    return reading.equals(ledger.reading()) ? ledger : ledger.withReading(reading);
  }

  @Override
  public Ledger deserialize(Ledger reuse, DataInputView source) throws IOException {
    return deserialize(source);
  }

  @Override
  public void copy(DataInputView source, DataOutputView target) throws IOException {
    target.writeUTF(source.readUTF());
    int length = source.readInt();
    target.writeInt(length);
    target.write(source, length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LedgerSerializer;
  }

  @Override
  public int hashCode() {
    return LedgerSerializer.class.hashCode();
  }

  @Override
  public TypeSerializerSnapshot<Ledger> snapshotConfiguration() {
    return new LedgerSerializerSnapshot(FORMAT);
  }

  /** A reading as the serializer writes it: the readings are few and named by an actor at most. */
  static String readingText(Reading reading) {
    switch (reading.kind()) {
      case ENVELOPE:
        return "envelope";
      case CONSENSUS:
        return "consensus";
      default:
        return SOURCE_PREFIX + reading.source().orElseThrow();
    }
  }

  static Reading reading(String text) throws IOException {
    if (text.equals("envelope")) {
      return Reading.envelope();
    } else if (text.equals("consensus")) {
      return Reading.consensus();
    } else if (text.startsWith(SOURCE_PREFIX)) {
      return Reading.preferring(ActorId.of(text.substring(SOURCE_PREFIX.length())));
    }
    throw new IOException("LedgerSerializer reading (" + text + ") is not one it writes");
  }
}
