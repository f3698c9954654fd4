package dev.eventrecords.processor.english;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A type's simple name as words, without what teams append to an event's name: a version ({@code V2}) and a
 * trailing {@code Event} with its qualifiers ({@code DomainEvent}, {@code IntegrationEvent}).
 *
 * @param original the simple name as written
 * @param tokens the words that name the happening
 * @param allCaps whether the name is written in capitals ({@code USER_CREATED}); suggestions keep that style
 * @param label the words stripped from the end ({@code Domain}, {@code Event}), empty when there were none
 */
public record EventName(String original, List<Token> tokens, boolean allCaps, List<Token> label) {

    public EventName {
        tokens = List.copyOf(tokens);
        label = List.copyOf(label);
    }

    /** The name with its label put back: {@code StoredEvent} read as a participle before the noun {@code Event}. */
    public EventName withLabel() {
        List<Token> all = new ArrayList<>(tokens);
        all.addAll(label);
        return new EventName(original, all, allCaps, List.of());
    }

    public static EventName parse(String simpleName, Lexicon lexicon) {
        // USER_CREATED is a name in capitals; HTTP and SMS are acronyms.
        boolean allCaps = simpleName.indexOf('_') >= 0 && isCapitals(simpleName);
        List<Token> tokens = new ArrayList<>();
        for (String word : WordSplitter.split(simpleName)) {
            tokens.add(Token.of(word, allCaps));
        }
        if (tokens.size() > 1 && last(tokens).isVersion()) {
            tokens.remove(tokens.size() - 1);
        }
        List<Token> label = new ArrayList<>();
        if (tokens.size() > 1 && lexicon.is(last(tokens).key(), WordClass.EVENT_SUFFIX)) {
            label.add(0, tokens.remove(tokens.size() - 1));
            while (tokens.size() > 1 && lexicon.is(last(tokens).key(), WordClass.QUALIFIER)) {
                label.add(0, tokens.remove(tokens.size() - 1));
            }
        }
        return new EventName(simpleName, tokens, allCaps, label);
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
}
