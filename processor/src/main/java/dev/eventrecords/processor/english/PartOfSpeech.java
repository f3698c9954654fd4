package dev.eventrecords.processor.english;

/** The open word classes WordNet records. */
public enum PartOfSpeech {
    NOUN('n'),
    VERB('v'),
    ADJECTIVE('a'),
    ADVERB('r');

    private final char letter;

    PartOfSpeech(char letter) {
        this.letter = letter;
    }

    int bit() {
        return 1 << ordinal();
    }

    /** The bit saying this part of speech is the word's most frequent one. */
    int dominantBit() {
        return 1 << (ordinal() + values().length);
    }

    static int bitsOf(String letters) {
        int bits = 0;
        for (PartOfSpeech pos : values()) {
            if (letters.indexOf(pos.letter) >= 0) {
                bits |= pos.bit();
            }
            if (letters.indexOf(Character.toUpperCase(pos.letter)) >= 0) {
                bits |= pos.bit() | pos.dominantBit();
            }
        }
        return bits;
    }
}
