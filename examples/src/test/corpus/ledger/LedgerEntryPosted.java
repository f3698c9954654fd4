package com.acme.ledger;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;
import java.util.List;

/** Immutable value classes (not records) in a list of nested records. */
@Event(topic = "ledger.entry-posted.v1")
public record LedgerEntryPosted(@Key String entryId, List<EntryLine> lines, LocalDate bookingDate, String memo) {
    public LedgerEntryPosted {
        lines = List.copyOf(lines);
    }
}
