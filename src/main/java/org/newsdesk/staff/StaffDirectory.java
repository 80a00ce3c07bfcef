package org.newsdesk.staff;

import org.newsdesk.security.StaffPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security reads staff accounts from MariaDB through this. */
@Service
class StaffDirectory implements UserDetailsService {

    private final StaffAccountRepository accounts;

    StaffDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip())
                .map(StaffDirectory::toPrincipal)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    static StaffPrincipal toPrincipal(StaffAccount a) {
        return new StaffPrincipal(a.getId(), a.getUsername(), a.getDisplayName(), a.getRoles(), a.isEnabled(),
                a.getPreferredLanguage(), a.getCredentialsVersion(), a.getPasswordHash());
    }
}
