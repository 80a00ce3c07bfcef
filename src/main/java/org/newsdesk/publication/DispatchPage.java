package org.newsdesk.publication;

import java.util.List;

/**
 * One page of a newest-first list.
 *
 * @param newer cursor for the page before this one (null on the first page)
 * @param older cursor for the page after this one (null on the last page)
 */
public record DispatchPage(List<PublishedDispatch> items, PageCursor newer, PageCursor older) {
}
