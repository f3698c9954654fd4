package com.acme.ledger;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.Instant;

/** A versioned name, as teams write them. */
@Event(topic = "ledger.account-frozen.v2")
public record AccountFrozenV2(@Key String accountId, String reason, String frozenBy, Instant frozenAt) {}
