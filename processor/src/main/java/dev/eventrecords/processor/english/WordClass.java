package dev.eventrecords.processor.english;

import java.util.Locale;

/** The closed word classes the name grammar needs, as listed in {@code function-words.tsv}. */
public enum WordClass {
    PREPOSITION,
    PARTICLE,
    PERFECT,
    PRESENT,
    MODAL,
    NEGATION,
    DETERMINER,
    ADVERB,
    EVENT_SUFFIX,
    QUALIFIER;

    static WordClass named(String name) {
        return valueOf(name.trim().replace('-', '_').toUpperCase(Locale.ROOT));
    }
}
