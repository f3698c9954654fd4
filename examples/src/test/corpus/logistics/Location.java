package com.acme.logistics;

import java.util.Optional;

/** A place: a facility code, a point, an address maybe. */
public record Location(String facility, GeoPoint point, Optional<PostalAddress> address) {}
