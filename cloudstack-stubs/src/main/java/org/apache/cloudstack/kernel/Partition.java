// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/kernel/Partition.java (4.22)
package org.apache.cloudstack.kernel;

import org.apache.cloudstack.api.Identity;
import org.apache.cloudstack.api.InternalIdentity;

public interface Partition extends InternalIdentity, Identity {
}
