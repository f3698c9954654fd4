package dev.eventrecords.processor.generate;

import com.palantir.javapoet.ClassName;

/** The runtime types generated code refers to, named once. The processor does not depend on the runtime jar. */
final class RuntimeNames {

    private RuntimeNames() {}

    static final String KAFKA_GLUE = "dev.eventrecords.kafka";

    static final ClassName JSON_CODEC = ClassName.get(KAFKA_GLUE, "JsonCodec");
    static final ClassName CODECS = ClassName.get(KAFKA_GLUE, "Codecs");
    static final ClassName SCALARS = ClassName.get(KAFKA_GLUE, "Scalars");
    static final ClassName MAP_KEYS = ClassName.get(KAFKA_GLUE, "MapKeys");
    static final ClassName VALUE_CODECS = ClassName.get(KAFKA_GLUE, "ValueCodecs");
    static final ClassName JSON = ClassName.get(KAFKA_GLUE, "Json");
    static final ClassName PROPERTY_INDEX = JSON.nestedClass("PropertyIndex");
    static final ClassName EVENT_READ_EXCEPTION = ClassName.get(KAFKA_GLUE, "EventReadException");
    static final ClassName EVENT_SERDE = ClassName.get(KAFKA_GLUE, "EventSerde");
    static final ClassName EVENT_SERIALIZER = ClassName.get(KAFKA_GLUE, "EventSerializer");
    static final ClassName EVENT_DESERIALIZER = ClassName.get(KAFKA_GLUE, "EventDeserializer");
    static final ClassName EVENT_BINDING = ClassName.get(KAFKA_GLUE, "EventBinding");
    static final ClassName RECORD_TIMESTAMP = ClassName.get(KAFKA_GLUE, "RecordTimestamp");
    static final ClassName JSON_WRITER = ClassName.get(KAFKA_GLUE, "JsonWriter");
    static final ClassName JSON_READER = ClassName.get(KAFKA_GLUE, "JsonReader");
    static final ClassName JSON_READER_NAMES = JSON_READER.nestedClass("Names");
    static final ClassName RECORD_KEY_SERDE = ClassName.get(KAFKA_GLUE, "RecordKeySerde");
    static final ClassName KEY_EXTRACTOR = ClassName.get("dev.eventrecords", "KeyExtractor");

    static final ClassName JSON_GENERATOR = ClassName.get("tools.jackson.core", "JsonGenerator");
    static final ClassName JSON_PARSER = ClassName.get("tools.jackson.core", "JsonParser");
    static final ClassName TOKEN_STREAM_CONTEXT = ClassName.get("tools.jackson.core", "TokenStreamContext");
    static final ClassName JSON_TOKEN = ClassName.get("tools.jackson.core", "JsonToken");
    static final ClassName SERIALIZABLE_STRING = ClassName.get("tools.jackson.core", "SerializableString");
    static final ClassName SERDES = ClassName.get("org.apache.kafka.common.serialization", "Serdes");
}
