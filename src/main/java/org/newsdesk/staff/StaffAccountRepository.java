package org.newsdesk.staff;

import org.newsdesk.security.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

    /** Case-insensitive through the column's collation. */
    Optional<StaffAccount> findByUsername(String username);

    @Query("select count(a) from StaffAccount a join a.roles r where r = :role and a.enabled = true")
    long countEnabledWithRole(Role role);

    List<StaffAccount> findAllByOrderByUsernameAsc();
}
