package org.newsdesk.picture;

/** A picture now attached to the dispatch; {@code reused} when the same file was already in the library. */
public record UploadOutcome(DispatchPicture picture, boolean reused) {
}
