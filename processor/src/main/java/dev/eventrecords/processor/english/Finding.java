package dev.eventrecords.processor.english;

/** Why a name is, or is not, in the past tense. Each explains itself as a clause for the message. */
public enum Finding {
    PAST_TENSE("'%s' is in the past tense"),
    IMPERATIVE("'%s' is an imperative"),
    PRESENT("'%s' is in the present tense"),
    BASE_FORM("'%s' is a verb's base form, not its past"),
    PRESENT_AUXILIARY("'%s' puts it in the present tense"),
    MODAL("'%s' speaks of what will or may happen"),
    GERUND("'%s' is a gerund"),
    NOMINALIZATION("'%s' is a noun naming an action"),
    NOUN("'%s' is a noun"),
    ROLE("'%s' says the type is %s"),
    ADJECTIVE("'%s' describes '%s' as an adjective"),
    NEEDS_SUBJECT("'%s' reads as present or past alike, so it needs its subject before it"),
    LOOKALIKE("'%s' only looks like a past form"),
    ACRONYM("'%s' is an acronym"),
    NUMBER("'%s' is a number"),
    VERSION("'%s' is a version"),
    LETTER("'%s' is a single letter"),
    FOREIGN("'%s' is not an English word"),
    NOT_PAST("'%s' is not a verb in the past tense"),
    NO_WORDS("'%s' has no words");

    private final String clause;

    Finding(String clause) {
        this.clause = clause;
    }

    /** The clause for a message, such as {@code 'Create' is an imperative}. */
    public String explain(String word, String detail) {
        return String.format(clause, word, detail);
    }
}
