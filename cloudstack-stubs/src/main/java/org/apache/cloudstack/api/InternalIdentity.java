// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/InternalIdentity.java (4.22)
package org.apache.cloudstack.api;

import java.io.Serializable;

public interface InternalIdentity extends Serializable {
    long getId();
}
