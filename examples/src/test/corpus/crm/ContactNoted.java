package com.acme.crm;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Optional;

/** A composite record key, and a convenience constructor beside the canonical one. */
@Event(topic = "crm.contact-noted.v1")
public record ContactNoted(@Key ContactKey contact, String note, Optional<String> author) {
    public ContactNoted(ContactKey contact, String note) {
        this(contact, note, Optional.empty());
    }
}
