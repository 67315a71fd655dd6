package io.sasil.glossary.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermFinderTest {

    @ParameterizedTest(name = "{0} ← {1}: {2}")
    @CsvSource(delimiter = '¶', value = {
        "EV ¶ Electric Vehicle ¶ true",
        "NASA ¶ National Aeronautics and Space Administration ¶ true",
        "GOP ¶ Grand Old Party ¶ true",
        "R&D ¶ Research and Development ¶ true",
        "LLM ¶ Large Language Model ¶ true",
        "FBI ¶ Federal Bureau of Investigation ¶ true",
        "EV ¶ Electric ¶ false",
        "EV ¶ Vehicle Electric ¶ false",
        "NASA ¶ National Space Administration ¶ false",
        "CIA ¶ Central Bank Intelligence Agency ¶ false",
        "AI ¶ the Artificial Intelligence ¶ false",
        "E ¶ Electric Vehicle ¶ false",
    })
    void initialsSpellTheAcronym(String acronym, String longForm, boolean expected) {
        assertEquals(expected, TermFinder.initialsSpell(acronym, longForm));
    }
}
