/**
 * Helpers shared by the packages of Custody. Not part of the public API: nothing here is stable,
 * and applications should not use it.
 */
@NullMarked
package dev.custody.internal;

import org.jspecify.annotations.NullMarked;
