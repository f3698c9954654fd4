package com.acme.orders;

import java.util.Optional;

/** A postal address. */
public record Address(String line1, Optional<String> line2, String city, String postalCode, String countryCode) {}
