package com.acme.catalog;

import java.util.Optional;

/** A title and an optional subtitle in one language. */
public record LocalizedText(String title, Optional<String> subtitle) {}
