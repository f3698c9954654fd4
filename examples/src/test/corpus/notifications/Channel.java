package com.acme.notifications;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;

/** Delivery channels, each wrapped in an object named by its type (WRAPPER_OBJECT), names from @JsonTypeName. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
    @JsonSubTypes.Type(Channel.Email.class),
    @JsonSubTypes.Type(Channel.Sms.class),
    @JsonSubTypes.Type(Channel.Push.class)
})
public sealed interface Channel {
    @JsonTypeName("email")
    record Email(String address, boolean html) implements Channel {}

    @JsonTypeName("sms")
    record Sms(String msisdn) implements Channel {}

    @JsonTypeName("push")
    record Push(String deviceToken, List<String> topics) implements Channel {
        public Push {
            topics = List.copyOf(topics);
        }
    }
}
