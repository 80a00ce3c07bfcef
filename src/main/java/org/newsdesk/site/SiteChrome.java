package org.newsdesk.site;

import org.newsdesk.base.i18n.Messages;
import org.newsdesk.dispatch.SectionLabel;

import java.util.List;

/**
 * What every public page shares: its language, the messages in it, and the navigation.
 *
 * @param edition  language of the current edition, or null on pages that belong to none
 */
public record SiteChrome(String lang, Messages t, List<EditionLink> editions, String edition,
                         List<SectionLabel> sections, String currentSection) {

    public record EditionLink(String code, String label, boolean current) {
        public String href() {
            return "/" + code + "/";
        }
    }

    public String sectionHref(SectionLabel section) {
        return "/" + edition + "/" + section.code() + "/";
    }

    public boolean hasEdition() {
        return edition != null;
    }
}
