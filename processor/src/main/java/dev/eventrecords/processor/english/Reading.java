package dev.eventrecords.processor.english;

import java.util.List;

/**
 * How a passing name parses: subject, auxiliaries, predicate and what follows it.
 *
 * @param subject the words before the auxiliaries and the predicate ({@code User}, {@code Address} in
 *     {@code UserAddressChanged})
 * @param predicate the past form, as written
 * @param lemma the verb it is a form of ({@code change})
 * @param following the words after the predicate: particle, object, prepositional phrase or adverb
 */
public record Reading(List<Token> subject, String predicate, String lemma, List<Token> following) {

    public Reading {
        subject = List.copyOf(subject);
        following = List.copyOf(following);
    }
}
