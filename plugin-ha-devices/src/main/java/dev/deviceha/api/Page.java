package dev.deviceha.api;

import java.util.List;

/** One page of a list and the number of matches over all pages. */
public record Page<T>(List<T> items, int total) {
    public Page {
        items = List.copyOf(items);
        if (total < items.size()) {
            throw new IllegalArgumentException("total " + total + " is less than the " + items.size() + " items");
        }
    }
}
