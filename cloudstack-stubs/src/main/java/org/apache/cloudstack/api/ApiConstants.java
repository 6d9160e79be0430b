// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/ApiConstants.java (4.22)
package org.apache.cloudstack.api;

public class ApiConstants {
    public static final String CLUSTER_ID = "clusterid";
    public static final String COUNT = "count";
    public static final String DESCRIPTION = "description";
    public static final String HOST_ID = "hostid";
    public static final String ID = "id";
    public static final String KEYWORD = "keyword";
    public static final String NAME = "name";
    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pagesize";
    public static final String VIRTUAL_MACHINE_ID = "virtualmachineid";
    public static final String ZONE_ID = "zoneid";
}
