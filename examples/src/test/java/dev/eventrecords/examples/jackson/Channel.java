package dev.eventrecords.examples.jackson;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Optional;

/**
 * {@code include = WRAPPER_OBJECT} with Jackson's default ids, the class names without the package:
 * {@code {"Channel$Email":{"address":"..."}}}, {@code {"Channel$Pager":"DAY"}}; {@code visible = true} hands
 * the records an {@code @type} property they do not have.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT, visible = true)
public sealed interface Channel {

    record Email(String address, Optional<String> subject) implements Channel {}

    record Sms(String number) implements Channel {}

    enum Pager implements Channel {
        DAY,
        NIGHT
    }
}
