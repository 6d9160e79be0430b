package dev.deviceha.cloudstack.api;

import dev.deviceha.api.Page;
import java.util.List;
import java.util.function.Function;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.response.ListResponse;

/** Builds the ListResponse of a list command from a page of results. */
final class ListResponses {
    private ListResponses() {
    }

    static <T, R extends BaseResponse> ListResponse<R> of(Page<T> page, Function<T, R> toResponse,
            String responseName) {
        return of(page.items(), page.total(), toResponse, responseName);
    }

    static <T, R extends BaseResponse> ListResponse<R> of(List<T> items, int total, Function<T, R> toResponse,
            String responseName) {
        ListResponse<R> response = new ListResponse<>();
        response.setResponses(items.stream().map(toResponse).toList(), total);
        response.setResponseName(responseName);
        return response;
    }
}
