package dev.custody.examples.docs;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fenced Java code block of a Markdown document, and the text block that follows it at once,
 * which is what the code prints.
 *
 * <p>The documents show code that compiles as it stands: each Java block is a whole source file
 * (package, imports, one top-level class). The tests extract the blocks from the documents rather
 * than keeping a second copy of them, so what a reader copies is what the build compiled and ran.
 *
 * @param document the document, relative to the repository root
 * @param line the line of the block's opening fence, from 1
 * @param source the source file, without the fences
 * @param printed what the block's {@code main} prints, when a text block follows it directly
 */
public record CodeBlock(String document, int line, String source, Optional<String> printed) {
  private static final Pattern FENCE =
      Pattern.compile("^```(\\w*)[^\\n]*\\n(.*?)^```[ \\t]*$", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern PACKAGE =
      Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
  private static final Pattern TEST_ANNOTATION =
      Pattern.compile("^\\s*@(Test|Property|Example)\\b", Pattern.MULTILINE);
  private static final Pattern TOP_LEVEL_CLASS =
      Pattern.compile("^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)", Pattern.MULTILINE);

  /** The repository root: the tests of the examples module run in examples/. */
  public static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** Reads every Java block of the documents named, relative to the repository root. */
  public static ImmutableList<CodeBlock> in(String... documents) throws IOException {
    return in(ROOT, List.of(documents));
  }

  /** Reads every Java block of a document, with the output shown after it. */
  static ImmutableList<CodeBlock> in(Path root, String document) throws IOException {
    String text = Files.readString(root.resolve(document), StandardCharsets.UTF_8);
    ImmutableList.Builder<CodeBlock> blocks = ImmutableList.builder();
    Matcher fence = FENCE.matcher(text);
    int end = -1;
    CodeBlock pending = null;
    while (fence.find()) {
      boolean adjacent = pending != null && text.substring(end, fence.start()).isBlank();
      if (adjacent && fence.group(1).equals("text")) {
        pending = pending.printing(fence.group(2));
      }
      if (pending != null) {
        blocks.add(pending);
        pending = null;
      }
      if (fence.group(1).equals("java")) {
        int line = (int) text.substring(0, fence.start()).lines().count() + 1;
        pending = new CodeBlock(document, line, fence.group(2), Optional.empty());
      }
      end = fence.end();
    }
    if (pending != null) {
      blocks.add(pending);
    }
    return blocks.build();
  }

  /** Reads the Java blocks of every document named. */
  static ImmutableList<CodeBlock> in(Path root, List<String> documents) throws IOException {
    ImmutableList.Builder<CodeBlock> blocks = ImmutableList.builder();
    for (String document : documents) {
      blocks.addAll(in(root, document));
    }
    return blocks.build();
  }

  private CodeBlock printing(String output) {
    return new CodeBlock(document, line, source, Optional.of(output));
  }

  /** The block's package, which every block declares so that it also compiles in a module. */
  String packageName() {
    Matcher found = PACKAGE.matcher(source);
    checkArgument(found.find(), "%s declares no package", this);
    return found.group(1);
  }

  /** The top-level class the block declares. */
  String simpleName() {
    Matcher found = TOP_LEVEL_CLASS.matcher(source);
    checkArgument(found.find(), "%s declares no top-level class", this);
    return found.group(1);
  }

  /** The binary name of the block's class. */
  public String className() {
    return packageName() + "." + simpleName();
  }

  /** Where the source file goes under a source root. */
  Path path() {
    return Path.of(packageName().replace('.', '/'), simpleName() + ".java");
  }

  /** Writes the block as a source file under {@code sourceRoot}, and returns the file. */
  public Path writeTo(Path sourceRoot) throws IOException {
    Path file = sourceRoot.resolve(path());
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return file;
  }

  boolean hasMain() {
    return source.contains("public static void main(String[] args)");
  }

  boolean isTest() {
    return TEST_ANNOTATION.matcher(source).find();
  }

  @Override
  public String toString() {
    return "the java block at " + document + ":" + line;
  }
}
