package com.acme.notifications;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.Map;

/** A list of polymorphic channels, and a map of a nested sealed hierarchy. */
@Event(topic = "notifications.campaign-launched.v1")
public record CampaignLaunched(
        @Key String campaignId, List<Channel> channels, Map<String, Content> contentByLanguage) {
    public CampaignLaunched {
        channels = List.copyOf(channels);
        contentByLanguage = Map.copyOf(contentByLanguage);
    }
}
