package dev.deviceha.drill.sandbox.standin;

import java.util.List;
import java.util.function.Function;

import javax.inject.Inject;

import org.apache.cloudstack.api.BaseListCmd;
import org.apache.cloudstack.api.BaseResponse;
import org.apache.cloudstack.api.response.ListResponse;

import com.cloud.user.Account;

import dev.deviceha.drill.sandbox.SandboxState;

/** A stand-in list command: the page of the matching items that {@code page} and {@code pagesize} ask for. */
abstract class StandInListCmd extends BaseListCmd {
    @Inject
    SandboxState state;

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }

    <T, R extends BaseResponse> void respond(List<T> items, Function<T, R> toResponse) {
        Long start = getStartIndex();
        Long size = getPageSizeVal();
        List<T> page = items.stream().skip(start == null ? 0 : start).limit(size == null ? Long.MAX_VALUE : size)
                .toList();
        ListResponse<R> response = new ListResponse<>();
        response.setResponses(page.stream().map(toResponse).toList(), items.size());
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }
}
