package dev.custody.cli;

import java.nio.file.Path;

/**
 * A subcommand that works on a scenario file: what the command says a failure of its own
 * interrupted, as in "custody: internal error while reporting big.json".
 */
interface ScenarioCommand {

  /** The scenario file, as the command line gave it. */
  Path file();

  /** What the subcommand does to the file: "checking", "reporting", "charting". */
  String activity();
}
