package org.newsdesk.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.ZoneId;

/** Tells each newsroom session the agency's time zone, shown beside pickers when the staff member's differs. */
@Component
class AgencyZone implements VaadinServiceInitListener {

    private final ZoneId zone;

    AgencyZone(@Value("${newsdesk.agency.time-zone:UTC}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> StaffTime.setAgencyZone(e.getUI().getSession(), zone));
    }
}
