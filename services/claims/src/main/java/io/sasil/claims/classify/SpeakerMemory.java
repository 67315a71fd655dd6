package io.sasil.claims.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * The people an article has named so far, to resolve follow-up mentions of a speaker the way a reader
 * does: the most recent person whose name fits.
 *
 * <ul>
 *   <li>A family name or part of a name written with a title ({@code 김 청장은}, {@code 피에르 대변인은},
 *       {@code 바이든은}) → the person named before whose name has that word, ends with it, or (one
 *       syllable: a Korean surname) starts with it: {@code 김재영}, {@code 카린 장-피에르}.</li>
 *   <li>Part of a name without a title ({@code 카터는}) → the person named before whose name has that word.</li>
 *   <li>A title alone ({@code 대변인은}) → the person named before with that title.</li>
 *   <li>A pronoun ({@code 그는}, {@code 그녀는}) → the person who spoke last.</li>
 * </ul>
 * A person named in full is remembered with the title written after the name. Not thread-safe: one per
 * text.
 */
final class SpeakerMemory {

    private record Person(String name, String title) {
    }

    private final List<Person> people = new ArrayList<>();
    private String lastPerson;

    /**
     * The speaker to report for a speaker phrase, remembering it.
     *
     * @param speaker the speaker {@link SpeakerFinder} read from the sentence, or null
     * @return the name to report; null for a pronoun with no earlier person or no speaker
     */
    String resolve(SpeakerFinder.Speaker speaker) {
        if (speaker == null) {
            return null;
        }
        if (speaker.pronoun()) {
            return lastPerson;
        }
        String name = speaker.name();
        if (name == null) {
            return null;
        }
        if (!speaker.person()) {
            if (!name.contains(" ") && name.codePointCount(0, name.length()) >= 2) {
                // 바이든은 … 말했다: part of a name given before, without a title
                for (int k = people.size() - 1; k >= 0; k--) {
                    String known = people.get(k).name();
                    if (!known.equals(name) && fits(name, known)) {
                        return remember(known, people.get(k).title());
                    }
                }
            }
            return name;
        }
        if (SpeakerFinder.title(name)) {
            for (int k = people.size() - 1; k >= 0; k--) {
                String t = people.get(k).title();
                if (t != null && java.util.Arrays.stream(t.split(" ")).anyMatch(w -> w.endsWith(name)
                        || name.endsWith(w))) {
                    return remember(people.get(k).name(), t);
                }
            }
            return name;
        }
        for (int k = people.size() - 1; k >= 0; k--) {
            String known = people.get(k).name();
            if (fits(name, known)) {
                return remember(known, people.get(k).title());
            }
        }
        return remember(name, speaker.title());
    }

    /** Whether a partial mention ({@code 피에르}, {@code 김}) fits a name given before ({@code 카린 장-피에르}). */
    static boolean fits(String mention, String known) {
        if (mention.equals(known)) {
            return true;
        }
        for (String w : known.split(" ")) {
            if (w.equals(mention) || w.endsWith("-" + mention)) {
                return true;
            }
        }
        if (mention.codePointCount(0, mention.length()) == 1) {
            return known.startsWith(mention) && known.codePointCount(0, known.length()) <= 4 && !known.contains(" ");
        }
        return known.endsWith(" " + mention) || known.endsWith("-" + mention) || known.startsWith(mention + " ");
    }

    /** Remembers the people a sentence names with a title, without reporting them. */
    void met(List<SpeakerFinder.Speaker> named) {
        for (SpeakerFinder.Speaker p : named) {
            String known = null;
            for (int k = people.size() - 1; k >= 0 && known == null; k--) {
                if (fits(p.name(), people.get(k).name())) {
                    known = people.get(k).name();
                }
            }
            if (known == null) {
                people.removeIf(q -> q.name().equals(p.name()));
                people.add(new Person(p.name(), p.title()));
            }
        }
    }

    private String remember(String name, String title) {
        people.removeIf(p -> p.name().equals(name));
        people.add(new Person(name, title));
        lastPerson = name;
        return name;
    }
}
