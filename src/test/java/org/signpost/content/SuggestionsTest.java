package org.signpost.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void suggestsTheClosestCandidateWithinReach() {
        List<String> keys = List.of("salary_starter", "salary_experienced", "summary");
        assertEquals(Optional.of("salary_starter"), Suggestions.closest("salery_starter", keys));
        assertEquals(Optional.of("summary"), Suggestions.closest("sumary", keys));
        assertEquals(Optional.empty(), Suggestions.closest("colour", keys));
    }

    @Test
    void transpositionsCountAsOneEdit() {
        assertEquals(1, Suggestions.distance("vidoe", "video"));
    }
}
