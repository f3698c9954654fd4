package dev.eventrecords.processor.rules;

import java.util.List;

/** The rules every event is checked against, in the order their findings are reported. */
public final class Rules {

    private Rules() {}

    /**
     * A fresh list of all rules. Rules are stateless; the list is created once per processor instance.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return List.of(
                new KeyRule(),
                new EventTimeRule(),
                new TopicRule(),
                new TopicSpecRule(),
                new BeanPropertyRule(),
                new UnsupportedTypeRule(),
                new FormatRule(),
                new UnsupportedAnnotationRule(),
                new JsonFormatRule(),
                new JsonValueRule(),
                new MutabilityRule(),
                new PastTenseRule(),
                new VagueNameRule(),
                new CompatibilityRule()
                // naming rules (issue 3) and the immutability rule (issue 4) are listed here
                );
    }
}
