package io.sasil.glossary.termbase;

import io.sasil.common.text.Hangul;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.ko.dict.UserDictionary;

/**
 * A Nori user dictionary built from term base entries, so that the tokenizer keeps known terms whole
 * ({@code 딥시크가} → {@code 딥시크} + {@code 가}, not {@code 딥} + {@code 시크} + {@code 가}).
 *
 * <p>Rules:
 * <ul>
 *   <li>KOREAN labels only (the other types are not Hangul, and Nori splits at script changes anyway);</li>
 *   <li>a label written without spaces, all Hangul syllables, at least two of them, is a noun entry
 *       ({@code 딥시크});</li>
 *   <li>a label with spaces gives one noun entry per word of two syllables or more ({@code 스푸트니크 모멘트} →
 *       {@code 스푸트니크}, {@code 모멘트}) and, when every word is Hangul, the solid compound with its
 *       segmentation, so the words stay words when written solid ({@code 챗지피티 챗 지피티}: Nori's format
 *       {@code word seg1 seg2 …});</li>
 *   <li>labels with anything but Hangul syllables in a word (오픈AI, 스푸트니크 1호) contribute only their
 *       all-Hangul words;</li>
 *   <li>entries are deduplicated and sorted, one per line.</li>
 * </ul>
 */
public final class NoriUserDictionary {

    private NoriUserDictionary() {
    }

    /** The dictionary text, in Nori's user dictionary format. */
    public static String text(Collection<TermEntry> entries) {
        Map<String, String> lines = new TreeMap<>();
        for (TermEntry e : entries) {
            List<String> spaced = new ArrayList<>();
            for (Label l : e.labels(LabelType.KOREAN)) {
                String[] words = l.text().strip().split("\\s+");
                for (String w : words) {
                    if (isHangulWord(w)) {
                        lines.putIfAbsent(w, w);
                    }
                }
                if (words.length > 1) {
                    spaced.add(String.join(" ", words));
                }
            }
            for (String s : spaced) {
                String[] words = s.split(" ");
                boolean all = true;
                for (String w : words) {
                    all &= isHangulWord(w) || (w.length() == 1 && Hangul.isSyllable(w.charAt(0)));
                }
                String solid = String.join("", words);
                if (all) {
                    lines.put(solid, solid + " " + s);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        lines.values().forEach(v -> out.append(v).append('\n'));
        return out.toString();
    }

    /** The compiled dictionary, or null when the entries give no line (Nori's convention for an empty one). */
    public static UserDictionary build(Collection<TermEntry> entries) {
        try {
            return UserDictionary.open(new StringReader(text(entries)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isHangulWord(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Hangul.isSyllable(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
