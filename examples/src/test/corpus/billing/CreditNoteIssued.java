package com.acme.billing;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import org.joda.money.Money;

/** The simplest use of a codec type. */
@Event(topic = "billing.credit-note-issued.v1")
public record CreditNoteIssued(@Key String creditNoteId, String invoiceId, Money amount, String reason) {}
