package dev.eventrecords.processor.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A type's simple name as words, without what teams append to an event's name: role words that name the kind of
 * message rather than what happened ({@code Event}, {@code Message}, {@code Msg}, {@code Notification}, with their
 * qualifiers as in {@code DomainEvent} and {@code IntegrationEvent}) and version tags ({@code V2}, {@code v3},
 * {@code Version2}), in any order and combination. Those are set aside: the verdict is on the words before them, and
 * a suggestion puts them back as written.
 *
 * @param original the simple name as written
 * @param tokens the words that name the happening
 * @param allCaps whether the name is written in capitals ({@code USER_CREATED}); suggestions keep that style
 * @param label the words set aside from the end ({@code Domain}, {@code Event}, {@code V2}), empty when there were none
 * @param suffix the end of the original name that holds the label, as written ({@code DomainEventV2}, {@code _v3})
 */
public record EventName(String original, List<Token> tokens, boolean allCaps, List<Token> label, String suffix) {

    private static final Pattern GLUED_VERSION = Pattern.compile("(.*\\p{Ll})(v\\d+)");

    public EventName {
        tokens = List.copyOf(tokens);
        label = List.copyOf(label);
    }

    public static EventName parse(String simpleName, Lexicon lexicon) {
        // USER_CREATED is a name in capitals; HTTP and SMS are acronyms.
        boolean allCaps = simpleName.indexOf('_') >= 0 && isCapitals(simpleName);
        List<Token> tokens = new ArrayList<>();
        List<String> words = WordSplitter.split(simpleName);
        for (int i = 0; i < words.size(); i++) {
            Matcher glued = GLUED_VERSION.matcher(words.get(i));
            if (i == words.size() - 1 && glued.matches() && glued.group(1).length() > 1) {
                // OrderPlacedv3: a lower-case version tag written onto the last word.
                tokens.add(Token.of(glued.group(1), allCaps));
                tokens.add(Token.of(glued.group(2), allCaps));
            } else {
                tokens.add(Token.of(words.get(i), allCaps));
            }
        }
        List<Token> label = new ArrayList<>();
        while (tokens.size() > 1) {
            Token last = last(tokens);
            if (last.isVersion()) {
                label.add(0, tokens.remove(tokens.size() - 1));
            } else if (last.isWord() && lexicon.is(last.key(), WordClass.EVENT_SUFFIX)) {
                label.add(0, tokens.remove(tokens.size() - 1));
                while (tokens.size() > 1 && lexicon.is(last(tokens).key(), WordClass.QUALIFIER)) {
                    label.add(0, tokens.remove(tokens.size() - 1));
                }
            } else {
                break;
            }
        }
        return new EventName(simpleName, tokens, allCaps, label, suffixOf(simpleName, label));
    }

    /** The end of the name from the first label word on, with the separators before it: {@code _Event_v2}. */
    private static String suffixOf(String name, List<Token> label) {
        int start = name.length();
        for (int i = label.size() - 1; i >= 0; i--) {
            int at = name.lastIndexOf(label.get(i).text(), start - 1);
            if (at < 0) {
                return "";
            }
            start = at;
        }
        while (start > 0 && "_$- ".indexOf(name.charAt(start - 1)) >= 0) {
            start--;
        }
        return name.substring(start);
    }

    private static boolean isCapitals(String name) {
        boolean letters = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }

    private static Token last(List<Token> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    public int size() {
        return tokens.size();
    }

    public Token token(int i) {
        return tokens.get(i);
    }

    /** Words as a name in this name's style: {@code UserCreated}, or {@code USER_CREATED} for a capitals name. */
    public String render(List<String> words) {
        if (allCaps) {
            return words.stream().map(w -> w.toUpperCase(Locale.ROOT)).collect(Collectors.joining("_"));
        }
        return words.stream()
                .map(w -> w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .collect(Collectors.joining());
    }

    /** Words as a name, followed by the role words and version tags set aside, as written. */
    public String renderWithSuffix(List<String> words) {
        return render(words) + suffix;
    }
}
