package dev.eventrecords.examples.recursion;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** Shares a folder: the event reaches two codecs that reach each other. */
@Event(topic = "recursion.folders")
public record FolderShared(@Key String sharedBy, Folder folder) {}
