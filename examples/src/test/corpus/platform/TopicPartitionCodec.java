package com.acme.platform;

import dev.eventrecords.EventCodec;
import dev.eventrecords.kafka.EventReadException;
import dev.eventrecords.kafka.JsonCodec;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/** Kafka's TopicPartition as {"topic":"orders","partition":3}. */
@EventCodec
public final class TopicPartitionCodec implements JsonCodec<TopicPartition> {
    public static final TopicPartitionCodec INSTANCE = new TopicPartitionCodec();

    private TopicPartitionCodec() {}

    @Override
    public void write(JsonGenerator out, TopicPartition value) {
        if (value == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringProperty("topic", value.topic());
        out.writeNumberProperty("partition", value.partition());
        out.writeEndObject();
    }

    @Override
    public TopicPartition read(JsonParser in) {
        if (in.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (in.currentToken() != JsonToken.START_OBJECT) {
            throw EventReadException.of("expected a topic partition object, not " + in.currentToken());
        }
        String topic = null;
        Integer partition = null;
        while (in.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = in.currentName();
            JsonToken token = in.nextToken();
            if (name.equals("topic") && token == JsonToken.VALUE_STRING) {
                topic = in.getString();
            } else if (name.equals("partition") && token == JsonToken.VALUE_NUMBER_INT) {
                partition = in.getIntValue();
            } else {
                in.skipChildren();
            }
        }
        if (partition == null) {
            throw EventReadException.of("a topic partition needs 'partition'");
        }
        return new TopicPartition(topic, partition);
    }
}
