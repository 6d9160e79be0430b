// Mirrors apache/cloudstack framework/db/src/main/java/com/cloud/utils/db/GenericDao.java (4.22)
package com.cloud.utils.db;

import java.io.Serializable;
import java.util.List;

public interface GenericDao<T, ID extends Serializable> {
    T findById(ID id);

    T findByUuid(String uuid);

    List<T> listAll();
}
