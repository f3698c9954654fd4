package dev.eventrecords.benchmarks.events;

import com.dslplatform.json.JsonConverter;
import com.dslplatform.json.JsonReader;
import com.dslplatform.json.JsonWriter;
import java.time.Instant;

/**
 * DSL-JSON's {@code java.time} support has no {@link Instant}, so its processor refuses the records without a
 * converter; this is the converter its documentation describes ({@code @JsonConverter}), writing
 * {@link Instant#toString()} as Jackson does and reading with {@link Instant#parse}, as our codec does.
 */
@JsonConverter(target = Instant.class)
public final class DslJsonInstantConverter {

    /** Reads an ISO-8601 instant or {@code null}. */
    public static final JsonReader.ReadObject<Instant> JSON_READER =
            reader -> reader.wasNull() ? null : Instant.parse(reader.readSimpleString());

    /** Writes an ISO-8601 instant or {@code null}. */
    public static final JsonWriter.WriteObject<Instant> JSON_WRITER = (writer, value) -> {
        if (value == null) {
            writer.writeNull();
        } else {
            writer.writeString(value.toString());
        }
    };

    private DslJsonInstantConverter() {}
}
