package dev.custody.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in the words a shell would use ("no such file",
 * "permission denied"), without the names of Java's exceptions.
 */
final class FileFailure {
  private FileFailure() {}

  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "it already exists";
    }
    if (e instanceof FileSystemException fileSystem) {
      // its message repeats the file's name, which the caller gives: only the reason is news
      return fileSystem.getReason() == null ? "the file system refused" : fileSystem.getReason();
    }
    return e.getMessage() == null || e.getMessage().isBlank()
        ? "an input or output error"
        : e.getMessage();
  }
}
