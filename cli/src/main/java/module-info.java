/**
 * The {@code custody} command: checks scenario files in the {@code custody/2} format (or {@code
 * custody/1}), reports what the library computes from them as text, Markdown or JSON, and charts
 * their balances over time. Its report model ({@code dev.custody.cli.report}) and timeline data
 * ({@code dev.custody.cli.chart}) can be used from Java; picocli, Jackson and XChart do the work
 * inside and appear in no signature.
 */
// XChart is an automatic module, named in its manifest
@SuppressWarnings("requires-automatic")
module dev.custody.cli {
  requires transitive dev.custody.json;
  requires transitive java.desktop;
  requires info.picocli;
  requires tools.jackson.databind;
  requires org.knowm.xchart;
  requires static org.jspecify;

  exports dev.custody.cli;
  exports dev.custody.cli.report;
  exports dev.custody.cli.chart;

  // picocli reads the commands' annotated fields and methods by reflection
  opens dev.custody.cli to
      info.picocli;
}
