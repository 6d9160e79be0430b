// Mirrors apache/cloudstack engine/schema/src/main/java/org/apache/cloudstack/resourcedetail/ResourceDetailsDao.java (4.22)
package org.apache.cloudstack.resourcedetail;

import com.cloud.utils.db.GenericDao;
import java.util.List;
import org.apache.cloudstack.api.ResourceDetail;

public interface ResourceDetailsDao<R extends ResourceDetail> extends GenericDao<R, Long> {
    R findDetail(long resourceId, String name);

    List<R> findDetails(String key, String value, Boolean display);
}
