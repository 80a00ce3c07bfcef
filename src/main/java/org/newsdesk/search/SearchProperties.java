package org.newsdesk.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Reader search ({@code newsdesk.search.*}, docs/search.md).
 *
 * @param index     whether to keep the embedded index (false: every search runs on MariaDB's FULLTEXT index)
 * @param directory where this node keeps its index files; blank = in memory (tests), rebuilt at every start
 */
@ConfigurationProperties("newsdesk.search")
record SearchProperties(Boolean index, String directory) {

    SearchProperties {
        index = index == null || index;
        directory = directory == null ? "" : directory.strip();
    }
}
