package dev.deviceha.archfixture.model;

import com.cloud.archfixture.CloudStackNamedType;
import org.apache.cloudstack.archfixture.ApacheCloudStackNamedType;

/** A model class that breaks the rule on purpose: it uses CloudStack-named types. */
public class LeakyValue {
    private final CloudStackNamedType cloudType = new CloudStackNamedType();

    public ApacheCloudStackNamedType apacheType() {
        return new ApacheCloudStackNamedType();
    }

    public CloudStackNamedType cloudType() {
        return cloudType;
    }
}
