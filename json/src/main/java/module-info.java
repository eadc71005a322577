/**
 * Custody's JSON format {@code custody/2}: reads and writes whole scenarios (a world and its
 * events) strictly, with every problem reported by path, field, value and rule. Jackson is an
 * implementation detail: no Jackson type appears in this module's API.
 *
 * <p>Start from {@link dev.custody.json.CustodyJson#standard()}: {@code
 * CustodyJson.standard().read(path).ledger()} is the ledger of a scenario file.
 */
// the Immutables annotations jar is an automatic module, named in its manifest
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"})
module dev.custody.json {
  requires transitive dev.custody.core;
  requires tools.jackson.databind;
  requires static transitive org.immutables.value.annotations;
  requires static java.compiler;

  exports dev.custody.json;
}
