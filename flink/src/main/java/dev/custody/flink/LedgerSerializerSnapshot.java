package dev.custody.flink;

import dev.custody.json.CustodyJson;
import dev.custody.ledger.Ledger;
import java.io.IOException;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.common.typeutils.TypeSerializerSchemaCompatibility;
import org.apache.flink.api.common.typeutils.TypeSerializerSnapshot;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;

/**
 * What a checkpoint or savepoint records of the {@link LedgerSerializer} that wrote it: the version
 * of this snapshot's own layout ({@value #VERSION}) and the format of the documents in the state
 * ({@code custody/2}).
 *
 * <p>On restore Flink asks the serializer of the new job whether it can read the old state. A
 * serializer of the same format reads it as it is; one of a later format that still reads the old
 * one (custody-json writes {@code custody/2} and reads {@code custody/1} too) answers "after
 * migration", and Flink reads every ledger with the old serializer and writes it with the new. A
 * format this version cannot read is incompatible, and the restore fails before any state is
 * touched.
 */
public final class LedgerSerializerSnapshot implements TypeSerializerSnapshot<Ledger> {

  /** The version of this snapshot's layout: the format's name as one UTF string. */
  static final int VERSION = 1;

  private String format;

  /** Creates an empty snapshot, which Flink fills by {@link #readSnapshot}. */
  public LedgerSerializerSnapshot() {
    this(LedgerSerializer.FORMAT);
  }

  LedgerSerializerSnapshot(String format) {
    this.format = format;
  }

  /**
   * Returns the format of the documents in the state.
   *
   * @return the format, such as "custody/2"
   */
  public String format() {
    return format;
  }

  @Override
  public int getCurrentVersion() {
    return VERSION;
  }

  @Override
  public void writeSnapshot(DataOutputView out) throws IOException {
    out.writeUTF(format);
  }

  @Override
  public void readSnapshot(int readVersion, DataInputView in, ClassLoader userCodeClassLoader)
      throws IOException {
    if (readVersion != VERSION) {
      throw new IOException(
          "LedgerSerializerSnapshot version ("
              + readVersion
              + ") is not one this version of custody-flink reads ("
              + VERSION
              + ")");
    }
    format = in.readUTF();
  }

  @Override
  public TypeSerializer<Ledger> restoreSerializer() {
    // custody-json reads every format it ever wrote, so one serializer restores them all
    if (!CustodyJson.FORMATS_READ.contains(format)) {
      throw new IllegalStateException(
          "LedgerSerializerSnapshot format ("
              + format
              + ") has no serializer in this version of custody-flink, which writes "
              + LedgerSerializer.FORMAT);
    }
    return new LedgerSerializer();
  }

  @Override
  public TypeSerializerSchemaCompatibility<Ledger> resolveSchemaCompatibility(
      TypeSerializerSnapshot<Ledger> oldSnapshot) {
    if (oldSnapshot instanceof LedgerSerializerSnapshot old) {
      if (old.format.equals(format)) {
        return TypeSerializerSchemaCompatibility.compatibleAsIs();
      }
      return CustodyJson.FORMATS_READ.contains(old.format)
          ? TypeSerializerSchemaCompatibility.compatibleAfterMigration()
          : TypeSerializerSchemaCompatibility.incompatible();
    }
    return TypeSerializerSchemaCompatibility.incompatible();
  }
}
