package org.newsdesk.audit;

/**
 * Something to record: who did what to which thing, and why.
 *
 * @param actorId    the staff account acting, or null (the system, or an unknown login name)
 * @param actor      name shown in the trail (username, or what was typed at the login)
 * @param action     e.g. ACCOUNT_CREATED, LOGIN_FAILED, DISPATCH_SUBMITTED
 * @param targetType e.g. ACCOUNT, DISPATCH
 * @param fromState  for state changes
 * @param note       what changed, or the comment given
 */
public record AuditEvent(Long actorId, String actor, String action, String targetType, Long targetId,
                         String targetLabel, String fromState, String toState, String note) {

    public static AuditEvent of(Long actorId, String actor, String action, String targetType, Long targetId,
                                String targetLabel, String note) {
        return new AuditEvent(actorId, actor, action, targetType, targetId, targetLabel, null, null, note);
    }
}
