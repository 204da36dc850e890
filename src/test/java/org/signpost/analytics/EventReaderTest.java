package org.signpost.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.*;

class EventReaderTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    @Test
    void readsAPageViewWithItsSchoolAndCampaign() throws Exception {
        Event e = EventReader.read("""
                {"type":"pageview","path":"/careers/electrician/","school":"119876","campaign":"year11-2027",
                 "content_type":"career","route":"construction","level":"3","locality":"blackpool","sample":false,"entry":true}""", DAY);
        assertEquals("pageview", e.type());
        assertEquals("119876", e.school());
        assertEquals("year11-2027", e.campaign());
        assertEquals(DAY, e.day());
        assertTrue(e.visit());
        assertFalse(e.embed());
    }

    @Test
    void readsEveryOtherType() throws Exception {
        assertTrue(EventReader.read("{\"type\":\"search\",\"path\":\"/search/\",\"query\":\"vet nurse\",\"results\":0,\"filters\":\"type=career\"}", DAY).zeroResults());
        assertEquals(3, EventReader.read("{\"type\":\"result_click\",\"path\":\"/search/\",\"query\":\"vet\",\"rank\":3,\"target\":\"/careers/vet/\"}", DAY).rank());
        assertEquals("75", EventReader.read("{\"type\":\"video\",\"path\":\"/videos/a/\",\"video\":\"a\",\"milestone\":\"75\",\"player\":\"self\"}", DAY).milestone());
        assertEquals("apply", EventReader.read("{\"type\":\"outbound\",\"path\":\"/apprenticeships/x/\",\"target\":\"https://www.gov.uk/apply-apprenticeship\",\"kind\":\"apply\"}", DAY).kind());
        assertEquals("gcses", EventReader.read("{\"type\":\"routemap_step\",\"path\":\"/route-maps/m/\",\"step\":\"gcses\"}", DAY).step());
        assertTrue(EventReader.read("{\"type\":\"embed_view\",\"path\":\"/embed/careers/vet/\",\"school\":\"100001\",\"embed\":true}", DAY).embed());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON                | {\"type\":                                                          | not valid JSON",
            "not an object           | [1,2]                                                               | JSON object",
            "text after the object   | {\"type\":\"pageview\",\"path\":\"/\"} {\"type\":\"x\"}       | not valid JSON",
            "a field named twice     | {\"type\":\"pageview\",\"path\":\"/\",\"path\":\"/a/\"}       | not valid JSON",
            "unknown type            | {\"type\":\"login\",\"path\":\"/\"}                                 | unknown event type 'login'",
            "unknown field           | {\"type\":\"pageview\",\"path\":\"/\",\"ip\":\"1.2.3.4\"}           | unknown field 'ip'",
            "field of another type   | {\"type\":\"pageview\",\"path\":\"/\",\"query\":\"vet\"}            | unknown field 'query'",
            "no path                 | {\"type\":\"pageview\"}                                             | 'path' is missing",
            "path with a query       | {\"type\":\"pageview\",\"path\":\"/a/?email=x\"}                    | 'path' has a value of the wrong shape",
            "school not a URN        | {\"type\":\"pageview\",\"path\":\"/\",\"school\":\"jo bloggs\"}     | 'school' has a value of the wrong shape",
            "query with a digit      | {\"type\":\"search\",\"path\":\"/\",\"query\":\"07700 900123\",\"results\":0}   | digit",
            "query with an at        | {\"type\":\"search\",\"path\":\"/\",\"query\":\"me@x.org\",\"results\":0}       | digit or '@'",
            "query over six words    | {\"type\":\"search\",\"path\":\"/\",\"query\":\"a b c d e f g\",\"results\":1}  | over 6 words",
            "query not normalised    | {\"type\":\"search\",\"path\":\"/\",\"query\":\"Vet\",\"results\":1}            | normalised",
            "negative count          | {\"type\":\"search\",\"path\":\"/\",\"query\":\"vet\",\"results\":-1}           | whole number",
            "boolean as string       | {\"type\":\"pageview\",\"path\":\"/\",\"sample\":\"yes\"}           | true or false",
            "bad milestone           | {\"type\":\"video\",\"path\":\"/\",\"video\":\"a\",\"milestone\":\"60\",\"player\":\"self\"} | 'milestone' must be one of",
            "outbound to javascript  | {\"type\":\"outbound\",\"path\":\"/\",\"target\":\"javascript:alert(1)\",\"kind\":\"apply\"} | wrong shape",
    })
    void refusesWithAReason(String why, String body, String reason) {
        EventReader.Invalid e = assertThrows(EventReader.Invalid.class, () -> EventReader.read(body, DAY));
        assertTrue(e.getMessage().contains(reason), why + ": " + e.getMessage());
    }

    @Test
    void refusesAnOversizeBodyBeforeParsingIt() {
        String big = "{\"type\":\"pageview\",\"path\":\"/" + "a".repeat(EventReader.MAX_BYTES) + "\"}";
        assertTrue(assertThrows(EventReader.Invalid.class, () -> EventReader.read(big, DAY)).getMessage().contains("over 4096 bytes"));
    }

    @Test
    void doesNotEchoAPayloadInItsReason() {
        EventReader.Invalid e = assertThrows(EventReader.Invalid.class,
                () -> EventReader.read("{\"type\":\"<script>alert(document.cookie)</script>\",\"path\":\"/\"}", DAY));
        assertFalse(e.getMessage().contains("<"), e.getMessage());
    }

    @Test
    void anExportedLineReadsBackAsTheSameEvent() throws Exception {
        Event e = EventReader.read("{\"type\":\"search\",\"path\":\"/search/\",\"school\":\"119876\",\"query\":\"vet nurse\",\"results\":4,\"filters\":\"type=career\",\"embed\":true}", DAY);
        String line = EventJson.write(e);
        assertTrue(line.startsWith("{\"day\":\"2026-12-02\",\"type\":\"search\""), line);
        assertEquals(e, EventJson.read(line));
        assertThrows(EventReader.Invalid.class, () -> EventJson.read("{\"type\":\"pageview\",\"path\":\"/\"}"));
    }
}
