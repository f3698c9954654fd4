package com.acme.crm;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A generic record used at two type arguments: Range<LocalDate> and Range<BigDecimal>. */
@Event(topic = "crm.promotion-scheduled.v1")
public record PromotionScheduled(
        @Key String promotionId, Range<LocalDate> validity, Range<BigDecimal> priceBand, String segmentId) {}
