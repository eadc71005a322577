package dev.custody.examples.cli;

import dev.custody.json.CustodyDocument;
import dev.custody.json.CustodyJson;
import dev.custody.json.InvalidDocumentException;
import dev.custody.json.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a scenario file for a subcommand, telling the user why it could not. */
final class ScenarioFiles {
  private ScenarioFiles() {}

  /** The result of reading: a document, or the exit code for a file that could not be read. */
  record Read(Optional<CustodyDocument> document, int exitCode) {}

  static Read read(Path file, PrintWriter err) {
    try {
      return new Read(Optional.of(CustodyJson.standard().read(file)), 0);
    } catch (InvalidDocumentException e) {
      for (Problem problem : e.problems()) {
        err.println(problem);
      }
      err.printf(
          "%s: %d %s%n",
          file.getFileName(),
          e.problems().size(),
          e.problems().size() == 1 ? "problem" : "problems");
      return new Read(
          Optional.empty(), e.isRejectedByRules() ? Custody.RULES_BROKEN : Custody.UNREADABLE);
    } catch (IOException e) {
      err.println(file + ": cannot be read: " + describe(e));
      return new Read(Optional.empty(), Custody.UNREADABLE);
    }
  }

  private static String describe(IOException e) {
    String type = e.getClass().getSimpleName();
    return e.getMessage() == null ? type : type + " (" + e.getMessage() + ")";
  }
}
