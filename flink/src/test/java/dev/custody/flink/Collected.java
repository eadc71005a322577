package dev.custody.flink;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A sink that keeps what it receives in this JVM, under a name, for tests: the MiniCluster runs its
 * tasks in the test's JVM, so a test reads what its job wrote once the job is done.
 */
final class Collected {
  private static final Map<String, List<Object>> STORE = new ConcurrentHashMap<>();

  private Collected() {}

  static <T> Sink<T> into(String name) {
    STORE.putIfAbsent(name, new CopyOnWriteArrayList<>());
    return new ListSink<>(name);
  }

  @SuppressWarnings("unchecked")
  static <T> List<T> get(String name) {
    return new ArrayList<>((List<T>) (List<?>) STORE.getOrDefault(name, List.of()));
  }

  static void clear(String prefix) {
    STORE.keySet().removeIf(name -> name.startsWith(prefix));
  }

  private record ListSink<T>(String name) implements Sink<T> {
    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
      List<Object> list = STORE.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>());
      return new SinkWriter<>() {
        @Override
        public void write(T element, Context context) {
          list.add(element);
        }

        @Override
        public void flush(boolean endOfInput) {}

        @Override
        public void close() {}
      };
    }
  }
}
