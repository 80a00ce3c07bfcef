package org.newsdesk.staff;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/** Lookups other features need (who wrote what), without account administration rights. */
@Service
@Transactional(readOnly = true)
public class StaffAccounts {

    private final StaffAccountRepository accounts;

    StaffAccounts(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<Long> idOf(String username) {
        return accounts.findByUsername(username).map(StaffAccount::getId);
    }
}
