// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseListCmd.java (4.22)
package org.apache.cloudstack.api;

import org.apache.cloudstack.api.BaseCmd.CommandType;

public abstract class BaseListCmd extends BaseCmd {
    @Parameter(name = "keyword", type = CommandType.STRING, description = "List by keyword")
    private String keyword;

    @Parameter(name = "page", type = CommandType.INTEGER)
    private Integer page;

    @Parameter(name = "pagesize", type = CommandType.INTEGER)
    private Integer pageSize;

    public Long getPageSizeVal() {
        throw new UnsupportedOperationException("stub");
    }

    public Long getStartIndex() {
        throw new UnsupportedOperationException("stub");
    }

    @Override
    public long getEntityOwnerId() {
        throw new UnsupportedOperationException("stub");
    }
}
