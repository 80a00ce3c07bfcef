package org.newsdesk.text;

import java.time.LocalDate;

/** Where and when a story was filed: "Bakou, 1er mars, AZERTAC" once formatted. */
public record Dateline(String place, LocalDate date) {
}
