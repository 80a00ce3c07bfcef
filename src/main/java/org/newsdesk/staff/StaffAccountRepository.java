package org.newsdesk.staff;

import jakarta.persistence.LockModeType;
import org.newsdesk.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    /** Case-insensitive through the column's collation. */
    Optional<StaffAccount> findByUsername(String username);

    @Query("select count(a) from StaffAccount a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(Role role);

    /** Locks the enabled administrators, so that two admins cannot demote each other at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from StaffAccount a join a.roles r where r = org.newsdesk.security.Role.ADMIN and a.enabled = true")
    List<StaffAccount> lockEnabledAdmins();

    List<StaffAccount> findAllByOrderByUsernameAsc();

    @Query(value = """
            select a from StaffAccount a
            where (:text is null or lower(a.username) like :text or lower(a.displayName) like :text)
              and (:enabled is null or a.enabled = :enabled)
              and (:role is null or :role member of a.roles)""",
            countQuery = """
            select count(a) from StaffAccount a
            where (:text is null or lower(a.username) like :text or lower(a.displayName) like :text)
              and (:enabled is null or a.enabled = :enabled)
              and (:role is null or :role member of a.roles)""")
    Page<StaffAccount> search(String text, Role role, Boolean enabled, Pageable pageable);
}
