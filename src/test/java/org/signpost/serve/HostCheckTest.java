package org.signpost.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Against DNS rebinding: localhost names only, unless serve --bind names another. */
class HostCheckTest {
    @Test
    void localhostNamesPassWithOrWithoutAPort() {
        HostCheck check = new HostCheck(null, null);
        for (String host : new String[] {"localhost", "LOCALHOST:8080", "127.0.0.1:1", "[::1]", "[::1]:8080"}) assertTrue(check.allows(host), host);
        for (String host : new String[] {"attacker.example", "localhost.attacker.example", "localhost:80x", "127.0.0.2", "192.168.1.20:8080", "", "[::1]x"}) {
            assertFalse(check.allows(host), host);
        }
        assertFalse(check.allows(null));
    }

    @Test
    void theBindAddressPassesToo() {
        HostCheck check = new HostCheck("192.168.1.20", null);
        assertTrue(check.allows("192.168.1.20:8080"));
        assertTrue(check.allows("localhost:8080"));
        assertFalse(check.allows("192.168.1.21:8080"));
        assertTrue(new HostCheck("fe80::1", null).allows("[FE80::1]:8080"));
    }
}
