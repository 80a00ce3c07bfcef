package org.newsdesk.audit;

/**
 * Result of checking the audit chain.
 *
 * @param intact       every entry's hash matches its content and its predecessor's hash
 * @param entries      how many entries were checked
 * @param firstBrokenId the first entry that does not match, or null
 */
public record ChainCheck(boolean intact, long entries, Long firstBrokenId) {
}
