package dev.deviceha.api;

import java.util.List;

/** Cuts one page out of a complete, ordered list. */
final class Pages {
    private Pages() {
    }

    static <T> Page<T> of(List<T> all, PageRequest page) {
        long start = page == null || page.startIndex() == null ? 0 : Math.max(0, page.startIndex());
        long size = page == null || page.pageSize() == null || page.pageSize() < 0 ? all.size() : page.pageSize();
        int from = (int) Math.min(start, all.size());
        int to = (int) Math.min(all.size(), from + size);
        return new Page<>(all.subList(from, to), all.size());
    }
}
