import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes every Java block of the Markdown documents given as a source file under a source root,
 * as it stands: {@code java ExtractJavaBlocks.java ROOT DOCUMENT...}. Each block declares its
 * package and one top-level class, whose name names the file.
 */
public class ExtractJavaBlocks {
  private static final Pattern BLOCK =
      Pattern.compile("^```java\\n(.*?)^```", Pattern.MULTILINE | Pattern.DOTALL);
  private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
  private static final Pattern CLASS =
      Pattern.compile("^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)", Pattern.MULTILINE);

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      Matcher block = BLOCK.matcher(Files.readString(Path.of(args[i])));
      while (block.find()) {
        String source = block.group(1);
        Matcher pkg = PACKAGE.matcher(source);
        Matcher cls = CLASS.matcher(source);
        if (!pkg.find() || !cls.find()) {
          throw new IllegalArgumentException("a java block of " + args[i] + " is not a whole file");
        }
        Path file = root.resolve(pkg.group(1).replace('.', '/')).resolve(cls.group(1) + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        System.out.println(args[i] + " -> " + file);
      }
    }
  }
}
