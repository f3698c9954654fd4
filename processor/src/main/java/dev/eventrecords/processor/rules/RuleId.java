package dev.eventrecords.processor.rules;

/** The ids of our rules, as they appear in messages, processor options and {@code @SuppressWarnings}. */
public enum RuleId {
    PAST_TENSE("past-tense", true),
    VAGUE_NAME("vague-name", true),
    MUTABLE("mutable", true),
    KEY("key", false),
    EVENT_TIME("event-time", false),
    NOT_A_RECORD("not-a-record", false),
    DECLARATION("declaration", false),
    TOPIC("topic", false),
    UNSUPPORTED_TYPE("unsupported-type", false),
    UNSUPPORTED_ANNOTATION("unsupported-annotation", false),
    /** A user's codec ({@code @EventCodec}, {@code @EventCodecs}) that generated code cannot call or trust. */
    CODEC("codec", false),
    /** A change since the baseline schemas that breaks their consumers or producers. */
    COMPATIBILITY("compatibility", true),
    /** A named module whose {@code module-info.java} does not provide its topic bindings. */
    MODULE("module", false),
    /** A processor option ({@code -A}) with a value the processor does not know. */
    OPTIONS("options", false),
    /** A failure of the processor itself, which the user should report. */
    INTERNAL("internal", false);

    private final String id;
    private final boolean suppressible;

    RuleId(String name, boolean suppressible) {
        this.id = "eventrecords:" + name;
        this.suppressible = suppressible;
    }

    /** The full id, {@code eventrecords:past-tense}. */
    public String id() {
        return id;
    }

    /**
     * Whether {@code @SuppressWarnings} may switch the rule off for one record. Structural rules cannot be suppressed:
     * without them no code can be generated.
     */
    public boolean suppressible() {
        return suppressible;
    }

    @Override
    public String toString() {
        return id;
    }
}
