package dev.deviceha.drill.sandbox.standin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.apache.cloudstack.api.BaseResponse;

import com.cloud.serializer.Param;
import com.google.gson.annotations.SerializedName;

/** The fields of CloudStack's EventResponse a client reads to follow what happened. */
public final class EventStandInResponse extends BaseResponse {
    @SerializedName("id")
    @Param(description = "the UUID of the event")
    private final String id;

    @SerializedName("type")
    @Param(description = "the event type")
    private final String type;

    @SerializedName("level")
    @Param(description = "INFO, WARN or ERROR")
    private final String level;

    @SerializedName("description")
    @Param(description = "what happened")
    private final String description;

    @SerializedName("created")
    @Param(description = "when it happened")
    private final String created;

    @SerializedName("state")
    @Param(description = "the event state")
    private final String state = "Completed";

    @SerializedName("resourcetype")
    @Param(description = "the type of the resource the event is about")
    private final String resourceType = "VirtualMachine";

    @SerializedName("resourceid")
    @Param(description = "the UUID of the resource")
    private final String resourceId;

    @SerializedName("resourcename")
    @Param(description = "the name of the resource")
    private final String resourceName;

    EventStandInResponse(HaOutcomeEvent event) {
        setObjectName("event");
        id = event.id();
        type = event.type();
        level = event.level();
        description = event.description();
        // As CloudStack writes dates: 2024-10-09T10:00:03+0000. A local, since the serializer writes static fields.
        created = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC)
                .format(event.created());
        resourceId = event.vmUuid();
        resourceName = event.vmName();
    }
}
