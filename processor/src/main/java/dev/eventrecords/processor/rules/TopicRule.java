package dev.eventrecords.processor.rules;

import dev.eventrecords.processor.model.EventModel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code eventrecords:topic}: a topic name Kafka accepts: only {@code [a-zA-Z0-9._-]}, 1 to 249 characters, not
 * {@code .} or {@code ..}.
 */
public final class TopicRule implements Rule {

    static final int MAX_LENGTH = 249;

    @Override
    public List<Diagnostic> check(EventModel event, RuleContext context) {
        String problem = problem(event.topic());
        if (problem == null) {
            return List.of();
        }
        String message =
                "event '" + event.simpleName() + "' has topic '" + event.topic() + "', which Kafka refuses: " + problem;
        return List.of(
                event.topicValue().isPresent()
                        ? Diagnostic.errorOn(
                                RuleId.TOPIC,
                                event.element(),
                                event.annotation(),
                                event.topicValue().get(),
                                message)
                        : Diagnostic.error(RuleId.TOPIC, event.element(), message));
    }

    /** What is wrong with a topic name, with a fix, or {@code null} when Kafka accepts it. */
    public static String problem(String topic) {
        if (topic.isEmpty()) {
            return "a topic name cannot be empty";
        }
        if (topic.equals(".") || topic.equals("..")) {
            return "'.' and '..' are reserved; name the topic after its events, as in 'orders.placed'";
        }
        if (topic.length() > MAX_LENGTH) {
            return "it is " + topic.length() + " characters long and Kafka allows at most " + MAX_LENGTH;
        }
        Set<String> illegal = new LinkedHashSet<>();
        topic.codePoints().filter(c -> !legal(c)).forEach(c -> illegal.add(new String(Character.toChars(c))));
        if (illegal.isEmpty()) {
            return null;
        }
        String chars = illegal.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "));
        String fixed = topic.codePoints()
                .map(c -> legal(c) ? c : '-')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .replaceAll("-{2,}", "-");
        return (illegal.size() == 1 ? chars + " is" : chars + " are")
                + " not allowed: a topic name uses only letters, digits, '.', '_' and '-'."
                + Diagnostic.didYouMean(fixed);
    }

    private static boolean legal(int c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '_'
                || c == '-';
    }
}
