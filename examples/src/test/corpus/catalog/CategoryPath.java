package com.acme.catalog;

import java.util.List;

/** A path in the category tree, such as Home > Kitchen > Knives. */
public record CategoryPath(List<String> segments, boolean primary) {
    public CategoryPath {
        segments = List.copyOf(segments);
    }
}
