package com.acme.storefront;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.Map;

/** A map keyed by an enum whose toString() is overridden; ignoreUnknown = true, as most DTOs carry it. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Event(topic = "storefront.tier-thresholds-published.v1")
public record TierThresholdsPublished(@Key String programId, Map<Tier, Integer> pointsByTier, Map<Integer, String> perksByLevel) {
    public TierThresholdsPublished {
        pointsByTier = Map.copyOf(pointsByTier);
        perksByLevel = Map.copyOf(perksByLevel);
    }
}
