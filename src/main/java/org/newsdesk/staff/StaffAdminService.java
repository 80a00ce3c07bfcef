package org.newsdesk.staff;

import org.newsdesk.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Account administration. ADMIN only, enforced here and not only by hiding the view. */
@Service
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class StaffAdminService {

    private final StaffAccountRepository accounts;

    StaffAdminService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public List<StaffAccountSummary> listAccounts() {
        return accounts.findAllByOrderByUsernameAsc().stream().map(StaffAccountSummary::of).toList();
    }
}
