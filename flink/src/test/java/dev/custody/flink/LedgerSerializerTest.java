package dev.custody.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.Reading;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.SerializerTestBase;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/**
 * {@link LedgerSerializer} passes Flink's own battery of serializer tests ({@link
 * SerializerTestBase}: copies, sequences, reuse, snapshots, serializability) over the example
 * ledgers under several readings, and its snapshot says which format the state holds.
 */
class LedgerSerializerTest extends SerializerTestBase<Ledger> {

  @Override
  protected TypeSerializer<Ledger> createSerializer() {
    return new LedgerSerializer();
  }

  @Override
  protected int getLength() {
    return -1;
  }

  @Override
  protected Class<Ledger> getTypeClass() {
    return Ledger.class;
  }

  @Override
  protected Ledger[] getTestData() {
    Ledger reference = Scenarios.ledger(Scenarios.REFERENCE);
    Ledger small = Scenarios.ledger("small-case");
    return new Ledger[] {
      reference,
      reference.withReading(Reading.consensus()),
      reference.withReading(Reading.preferring(ActorId.of("syria-gov"))),
      small,
      Ledger.of(small.world()),
      new LedgerSerializer().createInstance()
    };
  }

  @Test
  void aLedgerReadBackIsTheSameLedgerUnderTheSameReading() throws IOException {
    for (Ledger ledger : getTestData()) {
      DataOutputSerializer out = new DataOutputSerializer(1024);
      new LedgerSerializer().serialize(ledger, out);
      Ledger back =
          new LedgerSerializer().deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
      assertThat(back).isEqualTo(ledger);
      assertThat(back.reading()).isEqualTo(ledger.reading());
      assertThat(back.events()).containsExactlyElementsOf(ledger.events());
    }
  }

  @Test
  void theSnapshotRecordsTheFormatAndReadsBackAtItsVersion() throws IOException {
    DataOutputSerializer out = new DataOutputSerializer(64);
    TypeSerializerSnapshot.writeVersionedSnapshot(
        out, new LedgerSerializer().snapshotConfiguration());
    TypeSerializerSnapshot<Ledger> read =
        TypeSerializerSnapshot.readVersionedSnapshot(
            new DataInputDeserializer(out.getCopyOfBuffer()), getClass().getClassLoader());
    assertThat(read).isInstanceOf(LedgerSerializerSnapshot.class);
    assertThat(((LedgerSerializerSnapshot) read).format()).isEqualTo("custody/2");
    assertThat(read.getCurrentVersion()).isEqualTo(1);
    assertThat(read.restoreSerializer()).isEqualTo(new LedgerSerializer());
    assertThat(
            new LedgerSerializer()
                .snapshotConfiguration()
                .resolveSchemaCompatibility(read)
                .isCompatibleAsIs())
        .isTrue();
  }

  @Test
  void stateOfAnotherFormatIsIncompatibleAndNotRestored() {
    LedgerSerializerSnapshot other = new LedgerSerializerSnapshot("custody/3");
    assertThat(
            new LedgerSerializer()
                .snapshotConfiguration()
                .resolveSchemaCompatibility(other)
                .isIncompatible())
        .isTrue();
    assertThatThrownBy(other::restoreSerializer)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("custody/3");
  }

  @Test
  void aSnapshotOfAnotherLayoutVersionIsRefused() {
    assertThatThrownBy(
            () ->
                new LedgerSerializerSnapshot()
                    .readSnapshot(2, new DataInputDeserializer(new byte[0]), null))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("version (2)");
  }

  @Test
  void aReadingItDoesNotWriteIsRefused() {
    assertThatThrownBy(() -> LedgerSerializer.reading("median"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("median");
  }
}
