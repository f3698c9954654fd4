package dev.eventrecords.examples.recursion;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** Archives a document: a second event whose codec is first used from the other end of the cycle. */
@Event(topic = "recursion.documents")
public record DocumentArchived(@Key String archivedBy, Document document) {}
