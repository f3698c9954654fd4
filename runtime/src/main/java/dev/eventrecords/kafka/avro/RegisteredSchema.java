package dev.eventrecords.kafka.avro;

/**
 * A schema as a registry holds it under a subject.
 *
 * @param subject the subject
 * @param version its version within the subject
 * @param id its registry id, which framed values carry
 * @param schema the schema text
 */
public record RegisteredSchema(String subject, int version, int id, String schema) {}
