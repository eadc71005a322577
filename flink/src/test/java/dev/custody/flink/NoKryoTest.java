package dev.custody.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.ledger.Ledger;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.GenericTypeInfo;
import org.apache.flink.api.java.typeutils.PojoTypeInfo;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Kryo is never used: the job turns generic types off, every record it sends between operators has
 * a Flink serializer of its own, and the ledger, which has none, would fail at once rather than
 * fall back to Kryo.
 */
class NoKryoTest {

  @Test
  void theJobTurnsGenericTypesOff() {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
    assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isFalse();
    Scenarios.job(Scenarios.all()).build().apply(env.fromData(List.of("{}")));
    assertThat(env.getConfig().getSerializerConfig().hasGenericTypesDisabled()).isTrue();
  }

  @Test
  void everyRecordOfTheJobHasAFlinkSerializer() {
    for (Class<?> record :
        List.of(
            Report.class,
            EventVerdict.class,
            Alert.class,
            SituationSnapshot.class,
            Refusal.class)) {
      assertThat(TypeInformation.of(record))
          .as(record.getSimpleName())
          .isInstanceOf(PojoTypeInfo.class);
    }
  }

  @Test
  void aLedgerWithoutItsSerializerWouldFailInsteadOfFallingBackToKryo() {
    TypeInformation<Ledger> generic = TypeInformation.of(Ledger.class);
    assertThat(generic).isInstanceOf(GenericTypeInfo.class);
    SerializerConfigImpl config = new SerializerConfigImpl();
    config.setGenericTypes(false);
    assertThatThrownBy(() -> generic.createSerializer(config))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("Generic types have been disabled");
  }
}
