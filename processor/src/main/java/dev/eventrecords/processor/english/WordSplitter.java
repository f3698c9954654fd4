package dev.eventrecords.processor.english;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a Java identifier into words: CamelCase with acronyms and digits ({@code SMSSent} -> SMS, Sent;
 * {@code OAuth2TokenIssued} -> OAuth2, Token, Issued), underscores, dollar signs and all-caps names
 * ({@code USER_CREATED} -> USER, CREATED). Digits stay with the word before them.
 */
public final class WordSplitter {

    private static final Pattern SEPARATORS = Pattern.compile("[_$\\s-]+");

    private WordSplitter() {}

    public static List<String> split(String identifier) {
        List<String> words = new ArrayList<>();
        for (String chunk : SEPARATORS.split(identifier)) {
            splitChunk(chunk, words);
        }
        return words;
    }

    private static void splitChunk(String chunk, List<String> words) {
        int start = 0;
        int[] cps = chunk.codePoints().toArray();
        for (int i = 1; i < cps.length; i++) {
            if (startsWord(cps, i)) {
                words.add(new String(cps, start, i - start));
                start = i;
            }
        }
        if (start < cps.length) {
            words.add(new String(cps, start, cps.length - start));
        }
    }

    private static boolean startsWord(int[] cps, int i) {
        int previous = cps[i - 1];
        int current = cps[i];
        if (!Character.isUpperCase(current) && !Character.isTitleCase(current)) {
            return false;
        }
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        if (!Character.isUpperCase(previous) || i + 1 >= cps.length || !Character.isLowerCase(cps[i + 1])) {
            return false;
        }
        // The last capital of an acronym starts the next word: HTTPRequest -> HTTP, Request. A single capital other
        // than the words A and I belongs to the word after it: OAuth, ETag.
        boolean singleCapital = i == 1 || !Character.isUpperCase(cps[i - 2]);
        return !singleCapital || isOneLetterWord(previous);
    }

    private static boolean isOneLetterWord(int letter) {
        return letter == 'A' || letter == 'I';
    }
}
