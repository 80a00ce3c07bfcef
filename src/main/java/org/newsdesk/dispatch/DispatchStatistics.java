package org.newsdesk.dispatch;

import org.newsdesk.workflow.DispatchState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.Map;

/** Counts for the newsroom dashboard. */
@Service
@Transactional(readOnly = true)
public class DispatchStatistics {

    private final DispatchRepository dispatches;

    DispatchStatistics(DispatchRepository dispatches) {
        this.dispatches = dispatches;
    }

    public Map<DispatchState, Long> countsByState() {
        Map<DispatchState, Long> counts = new EnumMap<>(DispatchState.class);
        for (DispatchState state : DispatchState.values()) {
            counts.put(state, dispatches.countByState(state));
        }
        return counts;
    }
}
