// Mirrors apache/cloudstack api/src/main/java/org/apache/cloudstack/api/BaseListCmd.java (4.22)
package org.apache.cloudstack.api;

// The paging parameters and their arithmetic as upstream has them: listApis shows them on every list command, and
// the sandbox (scripts/drill.sh serve) binds them.
public abstract class BaseListCmd extends BaseCmd {
    // Upstream reads default.page.size at start; 500 is that setting's default.
    private static Long s_maxPageSize = 500L;
    public static final Long s_pageSizeUnlimited = -1L;

    @Parameter(name = ApiConstants.KEYWORD, type = CommandType.STRING, description = "List by keyword")
    private String keyword;

    @Parameter(name = ApiConstants.PAGE, type = CommandType.INTEGER)
    private Integer page;

    @Parameter(name = ApiConstants.PAGE_SIZE, type = CommandType.INTEGER)
    private Integer pageSize;

    public String getKeyword() {
        return keyword;
    }

    public Integer getPage() {
        return page;
    }

    public Integer getPageSize() {
        return pageSize;
    }

    public Long getPageSizeVal() {
        Long defaultPageSize = s_maxPageSize;
        Integer pageSizeInt = getPageSize();
        if (pageSizeInt != null) {
            defaultPageSize = pageSizeInt.longValue() == s_pageSizeUnlimited ? null : pageSizeInt.longValue();
        }
        return defaultPageSize;
    }

    public Long getStartIndex() {
        Long startIndex = 0L;
        Long pageSizeVal = getPageSizeVal();
        if (pageSizeVal == null) {
            startIndex = null;
        } else if (page != null && page > 0) {
            startIndex = pageSizeVal * (page - 1);
        }
        return startIndex;
    }

    @Override
    public long getEntityOwnerId() {
        throw new UnsupportedOperationException("stub");
    }
}
