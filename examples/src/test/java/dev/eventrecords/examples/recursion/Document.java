package dev.eventrecords.examples.recursion;

import java.util.Map;
import java.util.Optional;

/** A document, with the folder it was filed from and the folders it links to. */
public record Document(String title, Optional<Folder> filedFrom, Map<String, Folder> links) {
    public Document {
        links = Map.copyOf(links);
    }
}
