package dev.custody.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Java program in a JVM of its own, from the repository root as a reader would, so that its
 * relative paths (examples/scenarios/...) and its {@code System.out} are a reader's.
 */
public final class JavaRun {
  private JavaRun() {}

  /**
   * Runs {@code java} with {@code arguments} and returns what it printed (stdout and stderr),
   * asserting that it ends within {@code limit} and exits with 0.
   */
  public static String printed(String what, Duration limit, List<String> arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    Process process =
        new ProcessBuilder(command)
            .directory(CodeBlock.ROOT.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS))
        .as("%s ends", what)
        .isTrue();
    assertThat(process.exitValue()).as("%s exits with 0; it printed:%n%s", what, output).isZero();
    return output;
  }
}
