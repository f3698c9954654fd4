package com.acme.ledger;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** A value class with a @JsonCreator constructor, and a single-value class without equals. */
@Event(topic = "ledger.fee-charged.v1")
public record FeeCharged(@Key String accountId, Money fee, Percentage rate, String feeCode) {}
