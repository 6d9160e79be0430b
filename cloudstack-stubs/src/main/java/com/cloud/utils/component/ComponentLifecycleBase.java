// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/component/ComponentLifecycleBase.java (4.22)
package com.cloud.utils.component;

import java.util.HashMap;
import java.util.Map;
import javax.naming.ConfigurationException;

public class ComponentLifecycleBase implements ComponentLifecycle {
    protected String _name;
    protected Map<String, Object> _configParams = new HashMap<>();

    public ComponentLifecycleBase() {
        _name = getClass().getSimpleName();
    }

    @Override
    public String getName() {
        return _name;
    }

    @Override
    public void setName(String name) {
        _name = name;
    }

    @Override
    public boolean configure(String name, Map<String, Object> params) throws ConfigurationException {
        _name = name;
        _configParams = params;
        return true;
    }

    @Override
    public boolean start() {
        return true;
    }

    @Override
    public boolean stop() {
        return true;
    }
}
