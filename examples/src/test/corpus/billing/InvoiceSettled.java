package com.acme.billing;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;
import java.util.Optional;
import org.joda.money.Money;

/** An Optional of a codec type. */
@Event(topic = "billing.invoice-settled.v1")
public record InvoiceSettled(@Key String invoiceId, Money amountPaid, Optional<Money> overpayment, Instant paidAt) {}
