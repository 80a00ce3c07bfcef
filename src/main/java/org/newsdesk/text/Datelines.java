package org.newsdesk.text;

import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Datelines as printed in the dispatch's language, with the agency's name in that language. */
@Component
public class Datelines {

    private final AgencyProperties agency;

    Datelines(AgencyProperties agency) {
        this.agency = agency;
    }

    /** "Bakou, 1er mars, AZERTAC"; just the agency's name when no place is given. */
    public String print(String place, LocalDate date, String language) {
        String name = agency.nameFor(language);
        return place == null || place.isBlank() ? name : DatelineFormatter.format(new Dateline(place, date), language, name);
    }

    public String agencyName(String language) {
        return agency.nameFor(language);
    }
}
