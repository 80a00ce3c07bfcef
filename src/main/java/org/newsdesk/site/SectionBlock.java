package org.newsdesk.site;

import org.newsdesk.dispatch.PublishedDispatch;
import org.newsdesk.dispatch.SectionLabel;

import java.util.List;

/** A section's latest dispatches on an edition's front page. */
public record SectionBlock(SectionLabel section, List<PublishedDispatch> items) {
}
