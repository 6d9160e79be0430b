// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/alert/AlertService.java (4.22)
package org.apache.cloudstack.alert;

public interface AlertService {
    public static class AlertType {
        private final String name;
        private final short type;

        private AlertType(short type, String name, boolean isDefault) {
            this.name = name;
            this.type = type;
        }

        public static final AlertType ALERT_TYPE_USERVM = new AlertType((short) 8, "ALERT.USERVM", true);
        public static final AlertType ALERT_TYPE_SYNC = new AlertType((short) 27, "ALERT.TYPE.SYNC", true);
        public static final AlertType ALERT_TYPE_HA_ACTION = new AlertType((short) 30, "ALERT.HA.ACTION", true);

        public short getType() {
            return type;
        }

        public String getName() {
            return name;
        }

        @Override
        public String toString() {
            return String.valueOf(type);
        }
    }
}
