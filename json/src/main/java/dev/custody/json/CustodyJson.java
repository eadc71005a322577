package dev.custody.json;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.event.Event;
import dev.custody.model.AboutPolicy;
import dev.custody.model.Cohort;
import dev.custody.model.VaguePolicy;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@link CustodyDocument}s in the JSON format {@code custody/2} (and reads {@code
 * custody/1}), as one JSON document or as JSON Lines, a header and then one event a line ({@link
 * #readLines(Path)}, {@link #writeLines(CustodyDocument)}).
 *
 * <pre>{@code
 * CustodyDocument document = CustodyJson.standard().read(Path.of("northeast-syria-2026.json"));
 * Ledger ledger = document.ledger();
 * String json = CustodyJson.standard().write(document);
 * }</pre>
 *
 * <p>Reading is strict: input that is not UTF-8, an unknown field, a duplicate key, a wrong type, a
 * missing required field, a value out of range (a time outside the years 1 to 9999, a name with a
 * control or an invisible character), a reference to an unknown id, a duplicate id and an event
 * that the rules reject are each a {@link Problem}; reading collects them (the first 100 in full,
 * the rest counted) and throws an {@link InvalidDocumentException}, or returns a whole document
 * whose events a ledger accepts (warnings allowed). Nothing else escapes: what the model refuses,
 * the reader reports at the path of the value. Rules are checked only once the document is
 * otherwise sound, so that a broken event does not make the events after it look wrong; the events
 * are a set, placed by time, and may refer to events listed after them. {@link Limits} bound what a
 * document may hold, and reading takes time linear in its size.
 *
 * <p>Writing gives the same document back when read: {@code read(write(d)).equals(d)}. Instances
 * are immutable and thread-safe.
 */
public final class CustodyJson {

  /**
   * The format written: {@code custody/2}, which adds to {@code custody/1} intakes, deaths and
   * handovers of custody in place, the origin and destination of those who leave custody, who
   * carried out a release or repatriation, and plans for any kind of movement.
   */
  public static final String FORMAT = "custody/2";

  /**
   * The formats read: {@code custody/2}, and {@code custody/1}, whose documents are {@code
   * custody/2} documents without its additions and read unchanged.
   */
  public static final ImmutableList<String> FORMATS_READ = ImmutableList.of("custody/1", FORMAT);

  /**
   * The class path resource of the format's JSON Schema (draft 2020-12), for tools that validate
   * documents without this library. Reading checks more than the schema can: references between ids
   * and the rules. On the module path the resource is encapsulated in {@code dev.custody.json}:
   * read it with {@link #schema()}.
   */
  public static final String SCHEMA_RESOURCE = "/dev/custody/json/custody-2.schema.json";

  /**
   * Two spaces, one element a line, {@code "name": value}, and "\n" on every platform, so that the
   * same document gives the same bytes everywhere.
   */
  private static final DefaultPrettyPrinter PRINTER =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final CustodyJson STANDARD =
      new CustodyJson(Limits.standard(), AboutPolicy.standard(), VaguePolicy.standard());

  private final Limits limits;
  private final AboutPolicy about;
  private final VaguePolicy vague;
  private final JsonMapper mapper;

  private CustodyJson(Limits limits, AboutPolicy about, VaguePolicy vague) {
    this.limits = limits;
    this.about = about;
    this.vague = vague;
    JsonFactory factory =
        JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxDocumentLength(limits.maxDocumentBytes())
                    .maxNestingDepth(limits.maxNestingDepth())
                    .maxStringLength(limits.maxStringLength())
                    .maxNumberLength(limits.maxNumberLength())
                    .build())
            .build();
    this.mapper = JsonMapper.builder(factory).build();
  }

  /**
   * Returns the format's JSON Schema (draft 2020-12), the text of {@link #SCHEMA_RESOURCE}, on the
   * class path and the module path alike.
   *
   * @return the schema, as JSON text
   */
  public static String schema() {
    try (InputStream in = CustodyJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("custody-json holds no schema at " + SCHEMA_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("custody-json cannot read its schema", e);
    }
  }

  /**
   * Returns a reader and writer with the {@linkplain Limits#standard() standard limits}.
   *
   * @return the instance
   */
  public static CustodyJson standard() {
    return STANDARD;
  }

  /**
   * Returns a reader and writer with other limits.
   *
   * @param limits the limits
   * @return the instance
   */
  public CustodyJson withLimits(Limits limits) {
    return new CustodyJson(checkNotNull(limits, "limits"), about, vague);
  }

  /**
   * Returns a reader and writer that reads estimates under other policies: how wide "about" (and
   * "roughly", "nearly" and their kin) is, and how many "dozens" or "thousands" are. A written
   * range must lie within what these policies give its words; the writer writes every estimate with
   * its range, so a document written from estimates made under these policies reads back under
   * them.
   *
   * @param about how wide "about" is
   * @param vague how many each vague quantifier means
   * @return the instance
   */
  public CustodyJson withPolicies(AboutPolicy about, VaguePolicy vague) {
    return new CustodyJson(limits, checkNotNull(about, "about"), checkNotNull(vague, "vague"));
  }

  /**
   * Returns the about policy under which estimates are read: {@link AboutPolicy#standard()} unless
   * {@link #withPolicies(AboutPolicy, VaguePolicy)} chose another.
   *
   * @return the about policy
   */
  public AboutPolicy aboutPolicy() {
    return about;
  }

  /**
   * Returns the vague policy under which estimates are read: {@link VaguePolicy#standard()} unless
   * {@link #withPolicies(AboutPolicy, VaguePolicy)} chose another.
   *
   * @return the vague policy
   */
  public VaguePolicy vaguePolicy() {
    return vague;
  }

  /**
   * Returns the limits reading applies.
   *
   * @return the limits
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Reads the document in {@code file}, named in problems by its file name.
   *
   * @param file a UTF-8 JSON file
   * @return the document
   * @throws IOException if the file cannot be read
   * @throws InvalidDocumentException if the document is not a valid document of a format read,
   *     listing every problem
   */
  public CustodyDocument read(Path file) throws IOException {
    checkNotNull(file, "file");
    String source = String.valueOf(file.getFileName());
    long size = Files.size(file);
    if (size > limits.maxDocumentBytes()) {
      throw tooLarge(source, size);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    }
  }

  /**
   * Reads the document in {@code in}, which this method does not close.
   *
   * @param in UTF-8 JSON
   * @param source the name to give in problems, such as the file name
   * @return the document
   * @throws IOException if the stream cannot be read
   * @throws InvalidDocumentException if the document is not a valid document of a format read
   */
  public CustodyDocument read(InputStream in, String source) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    byte[] bytes =
        in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
    if (bytes.length > limits.maxDocumentBytes()) {
      throw tooLarge(source, bytes.length);
    }
    return parse(bytes, source);
  }

  /**
   * Reads the document in {@code json}.
   *
   * @param json the JSON text
   * @param source the name to give in problems
   * @return the document
   * @throws InvalidDocumentException if the document is not a valid document of a format read
   */
  public CustodyDocument read(String json, String source) {
    checkNotNull(json, "json");
    checkNotNull(source, "source");
    return parse(json.getBytes(StandardCharsets.UTF_8), source);
  }

  private CustodyDocument parse(byte[] bytes, String source) {
    String text = DocumentText.decode(bytes, source);
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JacksonException e) {
      throw new InvalidDocumentException(ImmutableList.of(malformed(source, e)));
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidDocumentException(
          ImmutableList.of(
              Problem.of(Problem.Kind.MALFORMED, source, "$", null, "the document is empty")));
    }
    return new DocumentReader(source, about, vague).read(root);
  }

  /**
   * Returns a reader of single events, each written as one element of the {@code events} of a
   * document, for streams that carry events one at a time rather than whole documents. Events name
   * cohorts by the ids a document declares, so they are read in the context of {@code document}: a
   * document (read and checked here as by {@link #read(String, String)}) whose cohorts they may
   * name; its own events play no part.
   *
   * <p>Each event is read as strictly as within a document, with the same limits, and its problems
   * have paths from the event's own root, {@code $}. The rules are not checked, since they judge an
   * event against a ledger: append it to one. An event naming an actor or facility the world does
   * not know is therefore read, and the ledger rejects it ({@code CUS-005}).
   *
   * @param document the context, a document as JSON text
   * @param source the name to give in problems, such as the name of the stream
   * @return a function from an event's JSON text to the event, which throws an {@link
   *     InvalidDocumentException} listing every problem when the text is not one valid event; it is
   *     thread-safe
   * @throws InvalidDocumentException if {@code document} is not a valid document of a format read
   */
  public Function<String, Event> eventReader(String document, String source) {
    checkNotNull(document, "document");
    checkNotNull(source, "source");
    read(document, source);
    JsonNode cohorts = mapper.readTree(document).get(FormatNames.COHORTS);
    return json -> {
      checkNotNull(json, "json");
      JsonNode root;
      try {
        root = mapper.readTree(json);
      } catch (JacksonException e) {
        throw new InvalidDocumentException(ImmutableList.of(malformed(source, e)));
      }
      if (root == null || root.isMissingNode()) {
        throw new InvalidDocumentException(
            ImmutableList.of(
                Problem.of(Problem.Kind.MALFORMED, source, "$", null, "the event is empty")));
      }
      return new DocumentReader(source, about, vague).readEvent(cohorts, root);
    };
  }

  /**
   * Reads the scenario in {@code file}, written as JSON Lines ({@link #writeLines(CustodyDocument)}
   * gives the form), named in problems by its file name.
   *
   * <p>The first line that is not blank is the header: a document of this format without {@code
   * events}. Every later line that is not blank is one event, written as an element of a document's
   * {@code events}. The result is the document of the header whose events are the lines, read and
   * checked as strictly as {@link #read(Path)} would read it; a problem in an event is reported at
   * its line, with a path from the event's own root. Each line is held to the {@link Limits} of a
   * whole document; the stream as a whole has no limit but memory, so that a scenario kept as an
   * append-only log can grow for years.
   *
   * @param file a UTF-8 JSON Lines file
   * @return the document
   * @throws IOException if the file cannot be read
   * @throws InvalidDocumentException if the lines are not a valid scenario, listing every problem
   */
  public CustodyDocument readLines(Path file) throws IOException {
    checkNotNull(file, "file");
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      // a file never blocks a read for long: its lines may be parsed on a worker thread
      return readLines(in, String.valueOf(file.getFileName()), true);
    }
  }

  /**
   * Reads a scenario written as JSON Lines from {@code in}, which this method does not close; see
   * {@link #readLines(Path)}. The stream is read on the calling thread alone, as one that may wait
   * for its input (a pipe, a socket) would keep a worker thread waiting with it; a file or a text
   * is split and parsed on a second thread while the first reads its lines into events.
   *
   * @param in UTF-8 JSON Lines
   * @param source the name to give in problems, such as the file name
   * @return the document
   * @throws IOException if the stream cannot be read
   * @throws InvalidDocumentException if the lines are not a valid scenario, listing every problem
   */
  public CustodyDocument readLines(InputStream in, String source) throws IOException {
    checkNotNull(in, "in");
    checkNotNull(source, "source");
    return readLines(in, source, false);
  }

  /** Reads JSON Lines, with their lines parsed on a worker thread when {@code readAhead}. */
  private CustodyDocument readLines(InputStream in, String source, boolean readAhead)
      throws IOException {
    // the mapper is safe to share between threads: the worker parses with it as this one does
    return new EventLines(
            source,
            limits.maxDocumentBytes(),
            mapper::readTree,
            (byte[] ascii) -> mapper.readTree(ascii),
            about,
            vague)
        .read(in, readAhead);
  }

  /**
   * Reads a scenario written as JSON Lines from {@code text}; see {@link #readLines(Path)}.
   *
   * @param text the JSON Lines text
   * @param source the name to give in problems
   * @return the document
   * @throws InvalidDocumentException if the lines are not a valid scenario, listing every problem
   */
  public CustodyDocument readLines(String text, String source) {
    checkNotNull(text, "text");
    checkNotNull(source, "source");
    try {
      return readLines(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source, true);
    } catch (IOException e) {
      // an array in memory cannot fail to be read
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code document} as JSON Lines: its header (the document without events) on the first
   * line, then each event on a line of its own, in the order of {@link CustodyDocument#events()},
   * each line compact JSON ending with "\n". {@code readLines(writeLines(d)).equals(d)}. Events are
   * appended to such a file with {@link #lineWriter(String, String)}.
   *
   * @param document the document
   * @return the JSON Lines text
   */
  public String writeLines(CustodyDocument document) {
    checkNotNull(document, "document");
    StringBuilder lines = new StringBuilder();
    lines.append(mapper.writeValueAsString(DocumentWriter.header(document))).append('\n');
    for (JsonNode event : DocumentWriter.events(document)) {
      lines.append(mapper.writeValueAsString(event)).append('\n');
    }
    return lines.toString();
  }

  /**
   * Writes {@code document} to {@code file} as JSON Lines ({@link #writeLines(CustodyDocument)}),
   * replacing what was there.
   *
   * @param document the document
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public void writeLines(CustodyDocument document, Path file) throws IOException {
    checkNotNull(file, "file");
    Files.writeString(file, writeLines(document), StandardCharsets.UTF_8);
  }

  /**
   * Returns a writer of event lines to append to a JSON Lines scenario whose header is {@code
   * header}: each event becomes one line, naming its cohorts by the ids the header declares, so
   * that the file grows without being rewritten. Whether the event is accepted is the ledger's to
   * say when the file is read again (or when the event is appended to the ledger read from it).
   *
   * @param header the header line of the scenario (its first line)
   * @param source the name to give in problems
   * @return a function from an event to its line, ending with "\n"; it throws an {@link
   *     IllegalArgumentException} naming the cohort when the event names one that the header does
   *     not declare; it is thread-safe
   * @throws InvalidDocumentException if {@code header} is not a valid header
   */
  public Function<Event, String> lineWriter(String header, String source) {
    checkNotNull(header, "header");
    checkNotNull(source, "source");
    readLines(header, source);
    ObjectNode root = (ObjectNode) mapper.readTree(header);
    root.putArray(FormatNames.EVENTS);
    DocumentReader reader = new DocumentReader(source, about, vague);
    reader.read(root);
    ImmutableMap<String, Cohort> declared = ImmutableMap.copyOf(reader.declaredCohorts());
    return event -> {
      checkNotNull(event, "event");
      for (Cohort cohort : new CohortIds(ImmutableList.of(event)).all().keySet()) {
        checkArgument(
            declared.containsValue(cohort),
            "event %s names the cohort %s, which the header does not declare: add it to the"
                + " header's cohorts",
            event.id(),
            cohort);
      }
      return mapper.writeValueAsString(DocumentWriter.event(new CohortIds(declared), event)) + "\n";
    };
  }

  private InvalidDocumentException tooLarge(String source, long size) {
    return new InvalidDocumentException(
        ImmutableList.of(
            Problem.of(
                Problem.Kind.MALFORMED,
                source,
                "$",
                null,
                String.format(
                    "the document has %,d bytes, over the limit of %,d",
                    size, limits.maxDocumentBytes()))));
  }

  static Problem malformed(String source, JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    boolean known = location != null && location.getLineNr() > 0;
    return ImmutableProblem.builder()
        .kind(Problem.Kind.MALFORMED)
        .source(source)
        .path("$")
        .line(known ? OptionalInt.of(location.getLineNr()) : OptionalInt.empty())
        .column(known ? OptionalInt.of(location.getColumnNr()) : OptionalInt.empty())
        .message(
            VisibleText.of("not readable as JSON: " + inWords(firstLine(e.getOriginalMessage()))))
        .build();
  }

  /**
   * Jackson's message without the names of its own classes and settings, which mean nothing to the
   * author of a file and which no setting of this reader turns on: "Document nesting depth (33)
   * exceeds the maximum allowed (32)", not "(32, from `StreamReadConstraints...`)"; "expected close
   * marker for Object", not "(start marker at [Source: REDACTED ...])".
   */
  private static String inWords(String message) {
    if (message.startsWith("Trailing token")) {
      return "more follows the end of the document; a file holds one JSON object";
    }
    return message
        .replaceAll(", from `[^`]*`", "")
        .replaceAll(" \\(bound as `[^`]*`\\)", "")
        .replaceAll(": enable `[^`]*` to allow", ": not JSON")
        .replaceAll(
            " \\(not recognized as one since Feature '[A-Z_]+' not enabled for parser\\)", "")
        // where Jackson would say an unclosed object began: a source it does not name and an
        // offset it does not know, when the problem's own line and column say where the text ends
        .replaceAll(" \\(start marker at \\[Source: .*\\]\\)", "");
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /**
   * Writes {@code document} as indented JSON.
   *
   * @param document the document
   * @return the JSON text, ending with a newline
   */
  public String write(CustodyDocument document) {
    checkNotNull(document, "document");
    return mapper.writer().with(PRINTER).writeValueAsString(DocumentWriter.write(document)) + "\n";
  }

  /**
   * Writes {@code document} to {@code file} as indented UTF-8 JSON, replacing what was there.
   *
   * @param document the document
   * @param file the file
   * @throws IOException if the file cannot be written
   */
  public void write(CustodyDocument document, Path file) throws IOException {
    checkNotNull(file, "file");
    Files.writeString(file, write(document), StandardCharsets.UTF_8);
  }

  /**
   * Returns the instance as "CustodyJson (custody/1, limits ...)".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return "CustodyJson (" + FORMAT + ", " + limits + ")";
  }
}
