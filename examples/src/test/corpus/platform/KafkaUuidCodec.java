package com.acme.platform;

import dev.eventrecords.EventCodec;
import dev.eventrecords.kafka.EventReadException;
import dev.eventrecords.kafka.JsonCodec;
import org.apache.kafka.common.Uuid;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Kafka's own topic id type, as the base64 text Kafka's tools print; vouched immutable in the build. */
@EventCodec
public final class KafkaUuidCodec implements JsonCodec<Uuid> {
    public static final KafkaUuidCodec INSTANCE = new KafkaUuidCodec();

    private KafkaUuidCodec() {}

    @Override
    public void write(JsonGenerator out, Uuid value) {
        if (value == null) {
            out.writeNull();
        } else {
            out.writeString(value.toString());
        }
    }

    @Override
    public Uuid read(JsonParser in) {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (in.currentToken() != JsonToken.VALUE_STRING) {
            throw EventReadException.of("expected a Kafka Uuid as text, not " + in.currentToken());
        }
        return Uuid.fromString(in.getString());
    }
}
