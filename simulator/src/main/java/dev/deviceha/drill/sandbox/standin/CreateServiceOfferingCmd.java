package dev.deviceha.drill.sandbox.standin;

import java.util.Map;

import javax.inject.Inject;

import org.apache.cloudstack.api.APICommand;
import org.apache.cloudstack.api.ApiConstants;
import org.apache.cloudstack.api.BaseCmd;
import org.apache.cloudstack.api.Parameter;

import com.cloud.user.Account;

import dev.deviceha.drill.sandbox.SandboxState;
import dev.deviceha.model.request.DeviceRequests;

@APICommand(name = "createServiceOffering", description = StandIn.PREFIX + "Creates a service offering; its"
        + " deviceha.requests detail makes every VM of the offering ask for devices. CPU and memory are accepted"
        + " and ignored.", responseObject = OfferingStandInResponse.class, requestHasSensitiveInfo = false,
        responseHasSensitiveInfo = false)
public class CreateServiceOfferingCmd extends BaseCmd {
    @Inject
    SandboxState state;

    @Parameter(name = ApiConstants.NAME, type = CommandType.STRING, required = true,
            description = "the name of the offering")
    private String name;

    @Parameter(name = "displaytext", type = CommandType.STRING, description = "the display text of the offering")
    private String displayText;

    @Parameter(name = "cpunumber", type = CommandType.INTEGER, description = "the number of CPUs")
    private Integer cpuNumber;

    @Parameter(name = "cpuspeed", type = CommandType.INTEGER, description = "the CPU speed in MHz")
    private Integer cpuSpeed;

    @Parameter(name = "memory", type = CommandType.INTEGER, description = "the memory in MB")
    private Integer memory;

    @Parameter(name = "offerha", type = CommandType.BOOLEAN,
            description = "true if VMs of this offering are HA-enabled; default false")
    private Boolean offerHa;

    @Parameter(name = "serviceofferingdetails", type = CommandType.MAP,
            description = "details of the offering, e.g. serviceofferingdetails[0].deviceha.requests=...")
    private Map<?, ?> details;

    @Override
    public void execute() {
        Map<String, String> offeringDetails = Details.of(details);
        OfferingStandInResponse response = new OfferingStandInResponse(state.world().management()
                .addOffering(name, Boolean.TRUE.equals(offerHa), offeringDetails.get(DeviceRequests.DETAIL_KEY)));
        response.setResponseName(getCommandName());
        setResponseObject(response);
    }

    @Override
    public long getEntityOwnerId() {
        return Account.ACCOUNT_ID_SYSTEM;
    }
}
