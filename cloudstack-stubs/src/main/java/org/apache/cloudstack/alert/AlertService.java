// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/alert/AlertService.java (4.22)
package org.apache.cloudstack.alert;

public interface AlertService {
    public static class AlertType {
        private AlertType(short type, String name, boolean isDefault) {
        }

        public static final AlertType ALERT_TYPE_HOST = new AlertType((short) 7, "ALERT.COMPUTE.HOST", true);
        public static final AlertType ALERT_TYPE_HA_ACTION = new AlertType((short) 30, "ALERT.HA.ACTION", true);
    }
}
