/**
 * The five event shapes that every contender writes and reads. Each record carries the annotations of every
 * contender that generates code at compile time: {@code @Event} (ours), {@code @Json} (avaje-jsonb) and
 * {@code @CompiledJson} (DSL-JSON); Jackson needs none.
 */
package dev.eventrecords.benchmarks.events;
