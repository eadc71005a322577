package dev.custody;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Holds the example of the javadoc overview page ({@code src/main/javadoc/overview.html}) to what
 * it says: the page shows exactly the code this test compiles and runs, and the output it shows is
 * what that code prints, line for line the comments of its {@code println} lines.
 */
class OverviewExampleTest {

  private static final Path OVERVIEW = Path.of("src", "main", "javadoc", "overview.html");

  /** The example as the overview shows it. */
  private static final String EXAMPLE =
      """
      ActorId sdf = ActorId.of("sdf"), iraq = ActorId.of("iraq-gov"), isis = ActorId.of("isis");
      FacilityId hasakah = FacilityId.of("hasakah"), baghdad = FacilityId.of("baghdad");
      World world = World.of(
          List.of(Actor.of(sdf, "SDF", NON_STATE_ARMED_GROUP), Actor.of(iraq, "Iraq", STATE),
              Actor.of(isis, "Islamic State", DESIGNATED_ORGANISATION)),
          List.of(Facility.of(hasakah, "Hasakah prison", PRISON, Location.in(CountryCode.of("SY"))),
              Facility.of(baghdad, "Baghdad prison", PRISON, Location.in(CountryCode.of("IQ")))));
      When jan20 = When.on(LocalDate.of(2026, 1, 20), ZoneId.of("Asia/Damascus"));
      Account inSyria = Account.heldAt(sdf, hasakah, Cohort.of(CohortCategory.FIGHTERS, isis));
      Account inIraq = Account.heldAt(iraq, baghdad, inSyria.cohort());
      Ledger ledger = Ledger.of(world).appendAll(List.of(CensusTaken.of(EventId.of("count"), jan20,
              CensusScope.account(inSyria), Figure.of(Estimate.about(3_000), Source.of(sdf), jan20)),
          DetaineesTransferred.of(EventId.of("first-batch"), jan20, inSyria, inIraq,
              Figure.of(Estimate.exactly(150), Source.of(iraq), jan20)))).orElseThrow();
      System.out.println(ledger.situationAt(jan20.end()).balances().get(inSyria)); // between 2,700 and 3,000
      System.out.println(Totals.of(ledger, Dimension.COUNTRY, jan20.end()).total()); // at least 2,850 (best 3,000)
      """;

  /** The imports the overview names beside the example. */
  private static final String IMPORTS =
      """
      import static dev.custody.model.ActorKind.*;
      import static dev.custody.model.FacilityKind.PRISON;

      import dev.custody.aggregate.*;
      import dev.custody.event.*;
      import dev.custody.ledger.*;
      import dev.custody.model.*;
      import java.time.*;
      import java.util.List;
      """;

  private static final String CLASS_NAME = "OverviewExample";

  /** Where the example is compiled to. */
  @TempDir Path classes;

  @Test
  void the_overview_shows_exactly_the_code_this_test_runs() throws IOException {
    assertThat(codeBlockOf(overview())).isEqualTo(EXAMPLE);
  }

  @Test
  void the_example_prints_what_its_comments_say() throws Exception {
    assertThat(run(EXAMPLE)).isEqualTo(commentsOfPrintlns(EXAMPLE));
  }

  @Test
  void the_overview_shows_what_the_example_prints() throws IOException {
    Matcher output =
        Pattern.compile("<p>It prints:\\s*<pre>\\n(.*?)</pre>", Pattern.DOTALL).matcher(overview());
    assertThat(output.find()).as("%s shows the output after \"It prints:\"", OVERVIEW).isTrue();
    assertThat(unescaped(output.group(1))).isEqualTo(commentsOfPrintlns(EXAMPLE));
  }

  private static String overview() throws IOException {
    return Files.readString(OVERVIEW, UTF_8);
  }

  /** The one {@code <pre>{@code ...}</pre>} block of the page, as javadoc renders its text. */
  private static String codeBlockOf(String html) {
    Matcher code = Pattern.compile("<pre>\\{@code\\n(.*?)}</pre>", Pattern.DOTALL).matcher(html);
    assertThat(code.find()).as("%s has a <pre>{@code ...}</pre> block", OVERVIEW).isTrue();
    String found = code.group(1);
    assertThat(code.find()).as("%s has one <pre>{@code ...}</pre> block", OVERVIEW).isFalse();
    return unescaped(found);
  }

  /**
   * The text of HTML as a reader sees it: entities decoded, and {@code &#64;}, which keeps javadoc
   * from reading an {@code @} at the start of a line as a tag, back to {@code @}.
   */
  private static String unescaped(String html) {
    return html.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#64;", "@")
        .replace("&commat;", "@")
        .replace("&amp;", "&");
  }

  /** What the example says it prints: the comment of each {@code println} line, in order. */
  private static String commentsOfPrintlns(String code) {
    return code.lines()
        .filter(line -> line.startsWith("System.out.println("))
        .map(line -> line.substring(line.lastIndexOf("// ") + "// ".length()))
        .collect(Collectors.joining("\n", "", "\n"));
  }

  /** Compiles {@code code} as the body of a {@code main} method and returns what it prints. */
  private String run(String code) throws Exception {
    String classPath = System.getProperty("java.class.path");
    compile(IMPORTS + "\npublic class " + CLASS_NAME + " {\n" + mainOf(code) + "}\n", classPath);
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes + File.pathSeparator + classPath,
                CLASS_NAME)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String printed = new String(process.getInputStream().readAllBytes(), UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the example ends in time").isTrue();
    assertThat(process.exitValue()).as("the example's exit status").isZero();
    return printed.replace(System.lineSeparator(), "\n");
  }

  private static String mainOf(String code) {
    return "  public static void main(String[] args) {\n"
        + code.lines().map(line -> "    " + line + "\n").collect(Collectors.joining())
        + "  }\n";
  }

  private void compile(String source, String classPath) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("a JDK's compiler").isNotNull();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    JavaFileObject file =
        new SimpleJavaFileObject(
            URI.create("string:///" + CLASS_NAME + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    List<String> options =
        List.of("-classpath", classPath, "-d", classes.toString(), "-proc:none", "-Xlint:none");
    boolean compiled =
        compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
    assertThat(compiled)
        .as("the example compiles:\n%s\n%s", source, diagnostics.getDiagnostics())
        .isTrue();
  }
}
