package dev.custody.json;

import com.google.common.collect.ImmutableList;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A document's bytes as text: the format is UTF-8 (RFC 8259 requires it of JSON exchanged between
 * systems), decoded strictly. UTF-16 and UTF-32 are refused whether or not a byte order mark says
 * so, by the mark or by the zero bytes that their encodings of the ASCII character opening a JSON
 * text put among its first four bytes; malformed UTF-8, overlong forms (C0 AF for "/"), encoded
 * surrogates and code points past U+10FFFF are refused at the first such byte, by its offset and
 * line. A UTF-8 byte order mark, which some editors write, is read past.
 */
final class DocumentText {
  private DocumentText() {}

  /**
   * Decodes {@code bytes}.
   *
   * @throws InvalidDocumentException if they are not UTF-8, naming {@code source}
   */
  static String decode(byte[] bytes, String source) {
    Optional<String> other = otherEncoding(bytes);
    if (other.isPresent()) {
      throw refused(source, OptionalInt.empty(), "the document is " + other.get());
    }
    int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      throw refused(
          source,
          OptionalInt.of(lineOf(bytes, offset)),
          String.format(
              "byte %,d (0x%02X) is not UTF-8 (a malformed, overlong or surrogate sequence)",
              offset, bytes[offset] & 0xFF));
    }
    return out.flip().toString();
  }

  /** The UTF-16 or UTF-32 that the first bytes show, by a byte order mark or zero bytes. */
  private static Optional<String> otherEncoding(byte[] bytes) {
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
      return Optional.of("UTF-32 (big-endian), by the byte order mark at byte 0");
    }
    if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      return Optional.of("UTF-32 (little-endian), by the byte order mark at byte 0");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return Optional.of("UTF-16 (big-endian), by the byte order mark at byte 0");
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return Optional.of("UTF-16 (little-endian), by the byte order mark at byte 0");
    }
    // the first character of a JSON text is ASCII: its other bytes in UTF-16 or UTF-32 are zero
    if (bytes.length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] != 0) {
      return Optional.of("UTF-32 (big-endian), by the zero byte at byte 0");
    }
    if (bytes.length >= 4 && bytes[0] != 0 && bytes[1] == 0 && bytes[2] == 0 && bytes[3] == 0) {
      return Optional.of("UTF-32 (little-endian), by the zero byte at byte 1");
    }
    if (bytes.length >= 2 && bytes[0] == 0 && bytes[1] != 0) {
      return Optional.of("UTF-16 (big-endian), by the zero byte at byte 0");
    }
    if (bytes.length >= 2 && bytes[0] != 0 && bytes[1] == 0) {
      return Optional.of("UTF-16 (little-endian), by the zero byte at byte 1");
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The line of the byte at {@code offset}, counting from 1. */
  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static InvalidDocumentException refused(String source, OptionalInt line, String why) {
    return new InvalidDocumentException(
        ImmutableList.of(
            ImmutableProblem.builder()
                .kind(Problem.Kind.MALFORMED)
                .source(source)
                .path("$")
                .line(line)
                .message("not readable as JSON: " + why + "; the format is UTF-8")
                .build()));
  }
}
