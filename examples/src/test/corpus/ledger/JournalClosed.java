package com.acme.ledger;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Year;
import java.util.Map;

/** A value class as a map's value. */
@Event(topic = "ledger.journal-closed.v1")
public record JournalClosed(@Key String journalId, Year fiscalYear, Map<String, Money> closingBalances) {
    public JournalClosed {
        closingBalances = Map.copyOf(closingBalances);
    }
}
