package dev.eventrecords.examples.payload;

/** An enum whose texts a JSON writer cannot always write: one holds a lone surrogate, one's toString() throws. */
public enum Mood {
    CALM,
    ODD {
        @Override
        public String toString() {
            return "odd\uD800";
        }
    },
    BROKEN {
        @Override
        public String toString() {
            throw new IllegalStateException("no text for BROKEN");
        }
    }
}
