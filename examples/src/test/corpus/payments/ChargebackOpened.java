package com.acme.payments;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;

/** A date written with an explicit @JsonFormat pattern. */
@Event(topic = "payments.chargeback-opened.v1")
public record ChargebackOpened(
        @Key String paymentId,
        @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd") LocalDate disputeDate,
        String reasonCode,
        Amount disputed) {}
