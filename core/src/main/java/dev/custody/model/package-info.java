/**
 * The vocabulary of custody: who is involved ({@link dev.custody.model.Actor}), where people are
 * held ({@link dev.custody.model.Facility}, {@link dev.custody.model.Location}), who is counted
 * ({@link dev.custody.model.Cohort}), how many ({@link dev.custody.model.Estimate}, {@link
 * dev.custody.model.Claim}, {@link dev.custody.model.Figure}) and when ({@link
 * dev.custody.model.When}).
 *
 * <p>Every type here is an immutable, thread-safe value. Every factory and builder checks its
 * invariants at once and rejects bad input with an {@link java.lang.IllegalArgumentException} whose
 * message names the type, the field, the value and the rule. No method accepts or returns {@code
 * null} unless it says so.
 */
@NullMarked
package dev.custody.model;

import org.jspecify.annotations.NullMarked;
