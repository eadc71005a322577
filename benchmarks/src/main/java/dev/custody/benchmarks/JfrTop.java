package dev.custody.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Prints where a benchmark spent its time, from a flight recording made with {@code -prof jfr}: the
 * share of execution samples of the benchmark thread in each method and line, by itself ("self")
 * and with what it calls ("inclusive").
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.custody.benchmarks.JfrTop profile.jfr 40}
 *
 * <p>With a third argument {@code alloc}, it prints instead where the benchmark thread allocated,
 * from the recording's allocation samples ({@code jdk.ObjectAllocationSample}, each weighted by the
 * bytes it stands for): the share of the bytes by class, and by class and the first frame of the
 * project that allocated it. The default settings sample at most 150 allocations a second; a
 * settings file with a higher {@code throttle} gives steadier shares.
 */
public final class JfrTop {

  private JfrTop() {}

  /**
   * Prints the top methods of a recording.
   *
   * @param args the recording, then how many lines of each table (default 30), then {@code alloc}
   *     for allocation instead of execution
   * @throws IOException if the recording cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length == 0) {
      System.err.println("usage: JfrTop recording.jfr [lines] [alloc]");
      System.exit(2);
    }
    int lines = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    if (args.length > 2 && args[2].equals("alloc")) {
      allocation(Path.of(args[0]), lines);
      return;
    }
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    long samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      RecordedStackTrace stack = event.getStackTrace();
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || stack == null) {
        continue;
      }
      List<RecordedFrame> frames = stack.getFrames();
      if (frames.isEmpty() || frames.stream().noneMatch(JfrTop::isBenchmark)) {
        continue;
      }
      samples++;
      self.merge(name(frames.get(0)), 1L, Long::sum);
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        if (seen.add(name(frame))) {
          inclusive.merge(name(frame), 1L, Long::sum);
        }
      }
    }
    System.out.println(samples + " execution samples of the benchmark thread");
    print("self", self, samples, lines);
    print("inclusive", inclusive, samples, lines);
  }

  /** Prints the bytes the benchmark thread allocated, by class and by class and site. */
  private static void allocation(Path recording, int lines) throws IOException {
    Map<String, Long> byClass = new HashMap<>();
    Map<String, Long> bySite = new HashMap<>();
    long total = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      RecordedStackTrace stack = event.getStackTrace();
      if (!event.getEventType().getName().equals("jdk.ObjectAllocationSample")
          || stack == null
          || event.getThread("eventThread") == null
          || !event.getThread("eventThread").getJavaName().contains("jmh-worker")) {
        continue;
      }
      long weight = event.getLong("weight");
      String type = event.getClass("objectClass").getName();
      String site =
          stack.getFrames().stream()
              .filter(frame -> frame.getMethod().getType().getName().startsWith("dev.custody."))
              .findFirst()
              .map(JfrTop::name)
              .orElse("?");
      total += weight;
      byClass.merge(type, weight, Long::sum);
      bySite.merge(type + " at " + site, weight, Long::sum);
    }
    System.out.println(total + " bytes sampled on the benchmark thread");
    print("bytes by class", byClass, total, lines);
    print("bytes by class and site", bySite, total, lines);
  }

  private static boolean isBenchmark(RecordedFrame frame) {
    return frame.getMethod().getType().getName().contains("jmh_generated");
  }

  private static String name(RecordedFrame frame) {
    return frame.getMethod().getType().getName().replace("dev.custody.", "")
        + "."
        + frame.getMethod().getName()
        + ":"
        + frame.getLineNumber();
  }

  private static void print(String title, Map<String, Long> counts, long total, int lines) {
    System.out.println("== " + title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(lines)
        .forEach(e -> System.out.printf("%6.2f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }
}
