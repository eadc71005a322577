/**
 * Wording the report, the chart and the command share: how a count, an account's place and a time
 * are written for people. Public only so that the other packages of this module can use it; not
 * part of the API, and left out of the javadoc.
 */
@NullMarked
package dev.custody.cli.internal;

import org.jspecify.annotations.NullMarked;
