package com.acme.logistics;

import dev.eventrecords.Event;
import dev.eventrecords.Key;
import java.util.List;
import java.util.Map;

/** Lists of lists, and a map of lists of lists. */
@Event(topic = "logistics.container-sealed.v1")
public record ContainerSealed(
        @Key String containerId,
        String sealNumber,
        List<List<String>> palletLayout,
        Map<String, List<List<Integer>>> temperatureLog) {
    public ContainerSealed {
        palletLayout = List.copyOf(palletLayout);
        temperatureLog = Map.copyOf(temperatureLog);
    }
}
