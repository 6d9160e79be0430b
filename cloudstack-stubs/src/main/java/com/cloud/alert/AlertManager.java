// Mirrors apache/cloudstack engine/components-api/src/main/java/com/cloud/alert/AlertManager.java (4.22)
package com.cloud.alert;

import org.apache.cloudstack.alert.AlertService.AlertType;

public interface AlertManager {
    void sendAlert(AlertType alertType, long dataCenterId, Long podId, String subject, String body);
}
