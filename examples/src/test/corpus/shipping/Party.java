package com.acme.shipping;

import java.util.Optional;

/** A shipper or a consignee. */
public record Party(String name, String countryCode, Optional<String> vatNumber) {}
