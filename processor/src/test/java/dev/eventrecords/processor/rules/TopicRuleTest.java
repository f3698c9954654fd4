package dev.eventrecords.processor.rules;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.eventrecords.processor.Compile;
import org.junit.jupiter.api.Test;

class TopicRuleTest {

    private static Compilation withTopic(String topic) {
        return Compile.sources("""
                package com.acme;

                import dev.eventrecords.Event;

                @Event(topic = "%s")
                public record OrderPlaced(String id) {}
                """.formatted(topic));
    }

    @Test
    void rejectsIllegalCharactersAndSuggestsALegalName() {
        Compilation compilation = withTopic("orders/placed v1");

        Compile.assertError(
                compilation,
                "[eventrecords:topic] event 'OrderPlaced' has topic 'orders/placed v1', which"
                        + " Kafka refuses: '/', ' ' are not allowed: a topic name uses only letters, digits, '.', '_'"
                        + " and '-'. Did you mean 'orders-placed-v1'?",
                5);
    }

    @Test
    void rejectsNonAsciiLetters() {
        assertThat(withTopic("bestellungen.aufgegeben.ä")).hadErrorContaining("'ä' is not allowed");
    }

    @Test
    void rejectsDotAndDotDot() {
        assertThat(withTopic(".")).hadErrorContaining("'.' and '..' are reserved");
        assertThat(withTopic("..")).hadErrorContaining("'.' and '..' are reserved");
    }

    @Test
    void rejectsTopicLongerThan249() {
        assertThat(withTopic("a".repeat(250)))
                .hadErrorContaining("it is 250 characters long and Kafka allows at most 249");
    }

    @Test
    void accepts249CharactersAndEveryLegalCharacter() {
        assertThat(withTopic("a".repeat(249))).succeededWithoutWarnings();
        assertThat(withTopic("Orders_v1.placed-EU")).succeededWithoutWarnings();
    }

    @Test
    void emptyTopicMeansTheDefault() {
        assertThat(withTopic("")).succeededWithoutWarnings();
    }

    @Test
    void problemIsNullForLegalNames() {
        assertThat(TopicRule.problem("fitness.devices")).isNull();
        assertThat(TopicRule.problem("...")).isNull();
    }
}
