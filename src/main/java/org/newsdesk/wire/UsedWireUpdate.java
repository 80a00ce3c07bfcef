package org.newsdesk.wire;

/**
 * An incoming item someone used, as that person's notice: the version they used, the latest they have
 * seen and the latest there is; {@link #unseen()} while a newer version waits for them.
 */
public record UsedWireUpdate(long itemId, String headline, String sourceName, int usedVersion, int seenVersion,
                             int latestVersion, long dispatchId, boolean canceled) {

    public boolean unseen() {
        return seenVersion < latestVersion;
    }
}
