package org.newsdesk.site;

import org.newsdesk.publication.PublishedDispatch;
import org.newsdesk.section.SectionLabel;

import java.util.List;

/** A section's latest dispatches on an edition's front page. */
public record SectionBlock(SectionLabel section, List<PublishedDispatch> items) {
}
