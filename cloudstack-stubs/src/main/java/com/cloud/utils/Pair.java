// Mirrors apache/cloudstack utils/src/main/java/com/cloud/utils/Pair.java (4.22)
package com.cloud.utils;

import java.io.Serializable;

public class Pair<T, U> implements Serializable {
    private static final long serialVersionUID = 1L;

    private T t;
    private U u;

    public Pair(T t, U u) {
        this.t = t;
        this.u = u;
    }

    public T first() {
        return t;
    }

    public U second() {
        return u;
    }
}
