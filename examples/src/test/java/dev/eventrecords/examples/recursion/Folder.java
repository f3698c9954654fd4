package dev.eventrecords.examples.recursion;

import java.util.List;

/** A folder of documents, each of which may name the folder it was filed from: two records that refer to each other. */
public record Folder(String name, List<Document> documents) {
    public Folder {
        documents = List.copyOf(documents);
    }
}
