package com.acme.crm;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;

/** A long key, and an explicit canonical constructor that copies, as pre-compact-constructor code writes it. */
@Event(topic = "crm.customer-merged.v1")
public record CustomerMerged(@Key long customerNumber, long mergedInto, List<Long> formerNumbers) {
    public CustomerMerged(long customerNumber, long mergedInto, List<Long> formerNumbers) {
        this.customerNumber = customerNumber;
        this.mergedInto = mergedInto;
        this.formerNumbers = List.copyOf(formerNumbers);
    }
}
