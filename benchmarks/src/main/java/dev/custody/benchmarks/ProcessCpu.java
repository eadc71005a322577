package dev.custody.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * The CPU time of the whole benchmark process, every thread included (Flink's tasks, the garbage
 * collector, the compiler), for the single-shot benchmarks of many threads: printed after each shot
 * as "process CPU: 95.2 s for 1,000,000 events, 95.2 µs per event". On a machine shared with other
 * work it says what the run cost, where the wall-clock time also says how long it waited.
 */
final class ProcessCpu {
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final long start = OS.getProcessCpuTime();

  void print(long events) {
    double seconds = (OS.getProcessCpuTime() - start) / 1e9;
    System.out.printf(
        "process CPU: %.1f s for %,d events, %.1f µs per event%n",
        seconds, events, seconds * 1e6 / events);
  }
}
