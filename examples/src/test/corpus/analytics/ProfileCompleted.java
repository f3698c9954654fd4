package com.acme.analytics;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Class-level NON_EMPTY, an ignored internal note, and an alias on a nested record's component. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonIgnoreProperties({"internalNote"})
@Event(topic = "analytics.profile-completed.v1")
public record ProfileCompleted(
        @Key String userId,
        String internalNote,
        Optional<String> nickname,
        List<String> interests,
        Map<String, String> answers,
        Contact contact) {
    public ProfileCompleted {
        interests = List.copyOf(interests);
        answers = Map.copyOf(answers);
    }

    public record Contact(@JsonAlias("mail") String email, String phone) {}
}
