package com.acme.crm;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;

/** An int key, a static factory and a constant, as value-object style code has them. */
@Event(topic = "crm.lead-converted.v1")
public record LeadConverted(@Key int leadId, String opportunityId, Instant convertedAt) {
    public static final String SOURCE = "crm";

    public static LeadConverted now(int leadId, String opportunityId) {
        return new LeadConverted(leadId, opportunityId, Instant.now());
    }
}
