/**
 * Agreements between actors and what they oblige: {@link dev.custody.agreement.Agreement}, {@link
 * dev.custody.agreement.Obligation}, {@link dev.custody.agreement.Deadline}, the {@link
 * dev.custody.agreement.Term} of an obligation that runs for a time, its {@link
 * dev.custody.agreement.Breach}es, and the {@link dev.custody.agreement.DeadlineStatus} of an
 * obligation at an instant.
 *
 * <p>Deadlines fall due in a time zone. A deadline given as a day ("by 2026-01-24") runs to the end
 * of that day in its zone: it lapses at the first instant of the next day. Every type here is an
 * immutable, thread-safe value; no method accepts or returns {@code null}.
 */
@NullMarked
package dev.custody.agreement;

import org.jspecify.annotations.NullMarked;
