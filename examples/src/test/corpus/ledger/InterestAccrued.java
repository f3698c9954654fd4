package com.acme.ledger;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.time.YearMonth;

/** A value-class account number as the key's neighbour, money and a YearMonth period. */
@Event(topic = "ledger.interest-accrued.v1")
public record InterestAccrued(
        @Key String accountId, AccountNumber account, Money principal, Money interest, YearMonth period) {}
