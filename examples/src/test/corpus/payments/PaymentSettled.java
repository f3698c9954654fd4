package com.acme.payments;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A split payment: a list of polymorphic methods and a map of amounts. */
@Event(topic = "payments.payment-settled.v1")
public record PaymentSettled(
        @Key String paymentId, List<PaymentMethod> methods, Map<String, Amount> amountsByMethod, LocalDate valueDate) {
    public PaymentSettled {
        methods = List.copyOf(methods);
        amountsByMethod = Map.copyOf(amountsByMethod);
    }
}
