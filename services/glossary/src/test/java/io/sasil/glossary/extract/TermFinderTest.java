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
        // articles and elisions of other Latin-script languages are function words (issue 11)
        "FIA ¶ Fédération Internationale de l'Automobile ¶ true",
        "FIFA ¶ Fédération Internationale de Football Association ¶ true",
        "BND ¶ Bundesnachrichtendienst ¶ false",
        "RFA ¶ Radio Free Asia ¶ true",
    })
    void initialsSpellTheAcronym(String acronym, String longForm, boolean expected) {
        assertEquals(expected, TermFinder.initialsSpell(acronym, longForm));
    }
}
