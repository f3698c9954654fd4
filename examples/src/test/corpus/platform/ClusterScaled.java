package com.acme.platform;

import dev.eventrecords.Event;
import dev.eventrecords.Key;

/** A record inheriting a getter that Jackson writes as a property. */
@Event(topic = "platform.cluster-scaled.v1")
public record ClusterScaled(@Key String clusterId, int previousBrokers, int brokers) implements IntegrationEvent {}
