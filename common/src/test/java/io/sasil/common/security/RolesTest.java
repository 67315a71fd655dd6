package io.sasil.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void adminImpliesEditorAndReader() {
        assertEquals(Set.of("admin", "editor", "reader"), Roles.implied("admin"));
        assertEquals(Set.of("editor", "reader"), Roles.implied("editor"));
        assertEquals(Set.of("reader"), Roles.implied("reader"));
    }

    @Test
    void aServiceReadsButEditsNothing() {
        assertEquals(Set.of("service", "reader"), Roles.implied("service"));
    }

    @Test
    void unknownRolesImplyOnlyThemselves() {
        assertEquals(Set.of("offline_access"), Roles.implied("offline_access"));
    }

    @Test
    void userRolesBelowARole() {
        assertEquals(List.of(), Roles.userRolesBelow("reader"));
        assertEquals(List.of("reader"), Roles.userRolesBelow("editor"));
        assertEquals(List.of("reader", "editor"), Roles.userRolesBelow("admin"));
        assertEquals(List.of("reader", "editor", "admin"), Roles.userRolesBelow("service"));
    }
}
