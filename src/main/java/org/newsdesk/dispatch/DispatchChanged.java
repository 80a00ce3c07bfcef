package org.newsdesk.dispatch;

/** A dispatch was created, saved or changed state (published after the transaction commits). */
public record DispatchChanged(long dispatchId) {
}
