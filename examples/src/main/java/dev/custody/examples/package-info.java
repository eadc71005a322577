/**
 * The reference case, northeast Syria in January 2026, built with Custody, and the command that
 * prints what the library computes from it.
 */
@NullMarked
package dev.custody.examples;

import org.jspecify.annotations.NullMarked;
