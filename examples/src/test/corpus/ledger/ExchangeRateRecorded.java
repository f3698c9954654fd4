package com.acme.ledger;

import dev.eventrecords.Event;
import dev.eventrecords.EventTime;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.Instant;

/** The plain case: a BigDecimal rate. */
@Event(topic = "ledger.exchange-rate-recorded.v1")
public record ExchangeRateRecorded(@Key String currencyPair, BigDecimal rate, String source, @EventTime Instant observedAt) {}
