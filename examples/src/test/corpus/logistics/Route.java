package com.acme.logistics;

import java.util.List;

/** From, to and the hubs between. */
public record Route(Location origin, Location destination, List<Location> hubs) {
    public Route {
        hubs = List.copyOf(hubs);
    }
}
