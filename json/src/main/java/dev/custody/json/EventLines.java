package dev.custody.json;

import static dev.custody.json.FormatNames.EVENTS;

import com.google.common.collect.ImmutableList;
import dev.custody.model.AboutPolicy;
import dev.custody.model.VaguePolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a scenario written as JSON Lines: a header line that is a document without its {@code
 * events}, then one event a line. The lines are read one at a time, each held to the limits of a
 * whole document, and each is read into its event before the next is parsed, so that a stream of
 * any length is never held whole as text or JSON: memory goes to the events themselves. The events
 * are read and checked as the {@code events} of the header's document, and every problem found in
 * an event line is reported at that line, with a path from the event's own root. Confined to one
 * read.
 */
final class EventLines {
  private static final Pattern EVENT_PATH = Pattern.compile("^\\$\\." + EVENTS + "\\[(\\d+)](.*)$");

  /** The bytes read from the stream at a time. */
  private static final int BLOCK = 1 << 16;

  private final byte[] block = new byte[BLOCK];
  private int position;
  private int filled;
  private final String source;
  private final long maxLineBytes;
  private final Function<String, JsonNode> parser;
  private final Function<byte[], JsonNode> bytesParser;
  private final AboutPolicy about;
  private final VaguePolicy vague;

  /**
   * @param parser reads one line's text as JSON, throwing Jackson's exception when it is not
   * @param bytesParser reads one line of ASCII bytes as JSON, as {@code parser} reads its text
   * @param about how wide "about" is in the estimates read
   * @param vague how many the vague quantifiers of the estimates read are
   */
  EventLines(
      String source,
      long maxLineBytes,
      Function<String, JsonNode> parser,
      Function<byte[], JsonNode> bytesParser,
      AboutPolicy about,
      VaguePolicy vague) {
    this.source = source;
    this.maxLineBytes = maxLineBytes;
    this.parser = parser;
    this.bytesParser = bytesParser;
    this.about = about;
    this.vague = vague;
  }

  /**
   * Reads every line of {@code in}, which the caller closes, into one document. With {@code
   * readAhead}, the event lines are split and parsed on a worker thread ({@link ReadAhead}) while
   * this thread reads them into events: the same document and the same problems, in the same order,
   * on two cores. Without it, everything is read on this thread, so that a stream that may block (a
   * pipe, a socket) is never left with a worker waiting on it.
   */
  CustodyDocument read(InputStream in, boolean readAhead) throws IOException {
    LineParser parser = new LineParser(in);
    Parsed first = parser.next();
    if (first == null) {
      throw new InvalidDocumentException(
          ImmutableList.of(
              Problem.of(
                  Problem.Kind.MALFORMED,
                  source,
                  "$",
                  null,
                  "the stream is empty: its first line must be the header, a document without"
                      + " events")));
    }
    ObjectNode header = header(first.node(), first.lineNumber());
    header.putArray(EVENTS);
    if (!readAhead) {
      return read(header, parser::next);
    }
    // the parser is the worker's from here on: the thread's start publishes its state to it
    try (ReadAhead<Parsed> ahead = new ReadAhead<>(parser::next, Parsed::bytes, "custody-lines")) {
      return read(header, ahead::next);
    }
  }

  private CustodyDocument read(ObjectNode header, ReadAhead.Source<Parsed> parsed)
      throws IOException {
    Lines lines = new Lines(parsed);
    try {
      return new DocumentReader(source, about, vague).read(header, lines);
    } catch (InvalidDocumentException e) {
      throw new InvalidDocumentException(relocated(e.problems(), lines.eventLines));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A line parsed: its JSON, its number in the stream, and its length in bytes. */
  private record Parsed(JsonNode node, int lineNumber, int bytes) {}

  /**
   * Splits the stream into lines and parses each that is not blank. Confined to one thread at a
   * time: the reading one, or the worker reading ahead of it.
   */
  private final class LineParser implements ReadAhead.Source<Parsed> {
    private final InputStream in;
    private int lineNumber;

    LineParser(InputStream in) {
      this.in = in;
    }

    /** The next line that is not blank, parsed, or null at the end of the stream. */
    @Override
    public @Nullable Parsed next() throws IOException {
      byte[] line;
      while ((line = nextLine(in, lineNumber + 1)) != null) {
        lineNumber++;
        if (isAscii(line)) {
          // nothing to decode: its bytes are its characters, and Jackson reads them as it would
          // read their text, without the copy into a string
          if (!isBlank(line)) {
            return new Parsed(parse(line, lineNumber), lineNumber, line.length);
          }
          continue;
        }
        String text = decode(line, lineNumber);
        if (!text.isBlank()) {
          return new Parsed(parse(text, lineNumber), lineNumber, line.length);
        }
      }
      return null;
    }
  }

  /**
   * The event lines, each parsed as it is asked for (or just before), so that few are held as JSON
   * at a time; it keeps the line of each event, to report its problems there.
   */
  private static final class Lines implements Iterator<JsonNode> {
    private final ReadAhead.Source<Parsed> parsed;
    private final List<Integer> eventLines = new ArrayList<>();
    private @Nullable JsonNode next;
    private boolean done;

    Lines(ReadAhead.Source<Parsed> parsed) {
      this.parsed = parsed;
    }

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        Parsed line;
        try {
          line = parsed.next();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        done = line == null;
        if (line != null) {
          next = line.node();
          eventLines.add(line.lineNumber());
        }
      }
      return next != null;
    }

    @Override
    public JsonNode next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      JsonNode line = next;
      next = null;
      return line;
    }
  }

  /** The header: a document whose events are the lines after it, so it may not list its own. */
  private ObjectNode header(JsonNode node, int lineNumber) {
    if (!node.isObject()) {
      throw invalid(
          Problem.of(
              Problem.Kind.STRUCTURE,
              source,
              "$",
              null,
              "the first line must be the header, a document without events (a JSON object)"),
          lineNumber);
    }
    if (node.has(EVENTS)) {
      throw invalid(
          Problem.of(
              Problem.Kind.STRUCTURE,
              source,
              "$." + EVENTS,
              null,
              "the header lists no events: each event is a line of its own after it"),
          lineNumber);
    }
    return (ObjectNode) node;
  }

  /**
   * The next line's bytes without its end ("\n" or "\r\n"), or null at the end of the stream. A
   * line over the limit is refused as soon as it passes it, before the rest is read. The stream is
   * read in blocks of {@link #BLOCK} bytes, not a byte a call.
   */
  private byte @Nullable [] nextLine(InputStream in, int lineNumber) throws IOException {
    ByteArrayOutputStream line = null;
    while (true) {
      if (position == filled) {
        filled = in.read(block, 0, BLOCK);
        position = 0;
        if (filled <= 0) {
          filled = 0;
          return line == null ? null : withoutReturn(line.toByteArray());
        }
      }
      int end = position;
      while (end < filled && block[end] != '\n') {
        end++;
      }
      int length = end - position;
      int held = line == null ? 0 : line.size();
      if (held + length > maxLineBytes) {
        throw tooLong(lineNumber);
      }
      if (end < filled && line == null) {
        byte[] bytes = Arrays.copyOfRange(block, position, end);
        position = end + 1;
        return withoutReturn(bytes);
      }
      if (line == null) {
        line = new ByteArrayOutputStream(Math.max(length * 2, 128));
      }
      line.write(block, position, length);
      position = end;
      if (end < filled) {
        position = end + 1;
        return withoutReturn(line.toByteArray());
      }
    }
  }

  private static byte[] withoutReturn(byte[] bytes) {
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      return Arrays.copyOf(bytes, bytes.length - 1);
    }
    return bytes;
  }

  private InvalidDocumentException tooLong(int lineNumber) {
    return invalid(
        Problem.of(
            Problem.Kind.MALFORMED,
            source,
            "$",
            null,
            String.format(
                "the line has over %,d bytes, the limit of one line (each line is held to the"
                    + " limit of a document)",
                maxLineBytes)),
        lineNumber);
  }

  private String decode(byte[] line, int lineNumber) {
    try {
      return DocumentText.decode(line, source);
    } catch (InvalidDocumentException e) {
      throw new InvalidDocumentException(relocatedAll(e.problems(), lineNumber));
    }
  }

  /**
   * Whether every byte is an ASCII character other than NUL: such a line is UTF-8 that {@link
   * DocumentText#decode} accepts as it is, having neither a byte order mark nor the zero bytes of
   * UTF-16 or UTF-32.
   */
  private static boolean isAscii(byte[] line) {
    for (byte b : line) {
      if (b <= 0) {
        return false;
      }
    }
    return true;
  }

  /** Whether an ASCII line is blank as {@link String#isBlank()} says of its text. */
  private static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (!Character.isWhitespace((char) b)) {
        return false;
      }
    }
    return true;
  }

  private JsonNode parse(byte[] ascii, int lineNumber) {
    return parse(null, ascii, lineNumber);
  }

  private JsonNode parse(String text, int lineNumber) {
    return parse(text, null, lineNumber);
  }

  /** Parses a line, given as its text or as its ASCII bytes. */
  private JsonNode parse(@Nullable String text, byte @Nullable [] ascii, int lineNumber) {
    try {
      JsonNode node = text != null ? parser.apply(text) : bytesParser.apply(ascii);
      if (node == null || node.isMissingNode()) {
        throw invalid(
            Problem.of(Problem.Kind.MALFORMED, source, "$", null, "the line holds no JSON"),
            lineNumber);
      }
      return node;
    } catch (JacksonException e) {
      Problem problem = CustodyJson.malformed(source, e);
      throw invalid(copy(problem).copyWithLine(OptionalInt.of(lineNumber)), lineNumber);
    }
  }

  /** Moves a problem in {@code $.events[i]} to the line of event i, its path from the event. */
  private static List<Problem> relocated(List<Problem> problems, List<Integer> eventLines) {
    List<Problem> moved = new ArrayList<>(problems.size());
    for (Problem problem : problems) {
      Matcher m = EVENT_PATH.matcher(problem.path());
      if (m.matches()) {
        int index = Integer.parseInt(m.group(1));
        if (index < eventLines.size()) {
          moved.add(
              copy(problem)
                  .copyWithPath("$" + m.group(2))
                  .copyWithLine(OptionalInt.of(eventLines.get(index))));
          continue;
        }
      }
      moved.add(problem.line().isPresent() ? problem : located(problem, 1));
    }
    return moved;
  }

  private static List<Problem> relocatedAll(List<Problem> problems, int lineNumber) {
    List<Problem> moved = new ArrayList<>(problems.size());
    problems.forEach(p -> moved.add(located(p, lineNumber)));
    return moved;
  }

  /** Problems are only ever built as {@link ImmutableProblem}s, which have the copying methods. */
  private static ImmutableProblem copy(Problem problem) {
    return (ImmutableProblem) ImmutableProblem.copyOf(problem);
  }

  private static Problem located(Problem problem, int lineNumber) {
    return copy(problem).copyWithLine(OptionalInt.of(lineNumber));
  }

  private static InvalidDocumentException invalid(Problem problem, int lineNumber) {
    return new InvalidDocumentException(ImmutableList.of(located(problem, lineNumber)));
  }
}
