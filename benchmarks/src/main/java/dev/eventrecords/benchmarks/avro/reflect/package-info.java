/** The Avro shape's plain classes for Apache Avro's reflect path. */
package dev.eventrecords.benchmarks.avro.reflect;
