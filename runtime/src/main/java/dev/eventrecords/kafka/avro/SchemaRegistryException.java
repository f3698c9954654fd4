package dev.eventrecords.kafka.avro;

import java.util.OptionalInt;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A schema registry refused a request or could not be reached: a Kafka {@link SerializationException}, so that a
 * serializer or deserializer that needed the registry fails as Kafka's own do. Its message names the request and, for
 * a refusal, the registry's error code and message (cut to a bounded length).
 */
public final class SchemaRegistryException extends SerializationException {

    private static final long serialVersionUID = 1L;

    /** The HTTP status of a refusal; {@code 0} when the registry was not reached. */
    private final int status;

    /** The registry's {@code error_code}, when it gave one. */
    private final int errorCode;

    SchemaRegistryException(String message, int status, int errorCode, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** The HTTP status of the registry's refusal, or empty when it was not reached. */
    public OptionalInt status() {
        return status == 0 ? OptionalInt.empty() : OptionalInt.of(status);
    }

    /**
     * The registry's own error code ({@code 40401} subject not found, {@code 40403} schema not found, {@code 409}
     * incompatible, ...), or empty.
     */
    public OptionalInt errorCode() {
        return errorCode == 0 ? OptionalInt.empty() : OptionalInt.of(errorCode);
    }

    /** Whether the registry answered that the subject, version or schema asked for does not exist. */
    public boolean notFound() {
        return status == 404;
    }
}
