/**
 * Custody scenarios as JSON, in the versioned format {@code custody/2} (which reads {@code
 * custody/1} too) ({@code docs/json-format.md} describes it and {@code custody-2.schema.json} in
 * this package is its JSON Schema): {@link dev.custody.json.CustodyJson} reads and writes a {@link
 * dev.custody.json.CustodyDocument}, the actors, facilities, cohorts, agreements and events of a
 * case with the claims behind every figure.
 *
 * <p>Reading is strict and all or nothing: it returns a whole document whose events a ledger
 * accepts, or throws an {@link dev.custody.json.InvalidDocumentException} listing every {@link
 * dev.custody.json.Problem} found, each with its file, JSON path (or line and column for malformed
 * JSON), field, value and, for events the rules reject, the rule code.
 */
@NullMarked
package dev.custody.json;

import org.jspecify.annotations.NullMarked;
