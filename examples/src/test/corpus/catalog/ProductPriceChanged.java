package com.acme.catalog;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.util.Currency;

/** The plain case: BigDecimals and a Currency. */
@Event(topic = "catalog.product-price-changed.v1")
public record ProductPriceChanged(@Key String sku, BigDecimal oldPrice, BigDecimal newPrice, Currency currency) {}
