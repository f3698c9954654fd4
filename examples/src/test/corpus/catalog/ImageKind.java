package com.acme.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/** Image kinds, written by a @JsonValue accessor. */
public enum ImageKind {
    THUMBNAIL("thumb"),
    GALLERY("gallery"),
    SWATCH("swatch");

    private final String wire;

    ImageKind(String wire) {
        this.wire = wire;
    }

    @JsonValue
    public String wire() {
        return wire;
    }
}
