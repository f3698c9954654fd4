package com.acme.billing;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Two codec types: a map of Joda Money values and a CurrencyUnit. */
@Event(topic = "billing.price-list-published.v1")
public record PriceListPublished(@Key String priceListId, CurrencyUnit currency, Map<String, Money> pricesBySku) {
    public PriceListPublished {
        pricesBySku = Map.copyOf(pricesBySku);
    }
}
