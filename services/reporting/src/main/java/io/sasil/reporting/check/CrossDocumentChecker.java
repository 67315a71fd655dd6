package io.sasil.reporting.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Contradictions across documents: claims about the same glossary entry (the same entry id, so only subjects
 * the glossary resolved, not bare quoted names) and the same event or measure, in the same period, whose values
 * disagree beyond the tolerance of {@link FactAgreement} (dates at the coarser precision; numbers equal, ±10%
 * when approximate, bounds open one side). Facts are those the claims service read ({@link CheckContext#facts()}); each pair of conflicting
 * documents is reported once per fact, with the first statement of each document.
 */
public final class CrossDocumentChecker {

    private record Keyed(DocumentAnalysis doc, Fact fact) {
    }

    /** Every contradiction between two different documents of {@code corpus}. */
    public List<Contradiction> check(List<DocumentAnalysis> corpus) {
        Map<String, List<Keyed>> byFact = new LinkedHashMap<>();
        for (DocumentAnalysis d : corpus) {
            CheckContext context = new CheckContext(d.document(), d.claims(), d.mentions());
            for (Fact f : context.facts()) {
                if (f.subject() == null || !f.subject().startsWith("entry:")
                        || f.quantity().unit().equals("DURATION")) {
                    continue;
                }
                String family = DateRange.parse(f.quantity().quantity().value()).isPresent() ? "date"
                        : f.quantity().unit();
                byFact.computeIfAbsent(f.subject() + "|" + f.measure() + "|" + f.period() + "|" + family,
                        k -> new ArrayList<>()).add(new Keyed(d, f));
            }
        }
        List<Contradiction> out = new ArrayList<>();
        for (List<Keyed> same : byFact.values()) {
            Map<String, Boolean> reported = new LinkedHashMap<>();
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    Keyed a = same.get(i);
                    Keyed b = same.get(j);
                    long ida = a.doc().document().id();
                    long idb = b.doc().document().id();
                    if (ida == idb || reported.containsKey(ida + ":" + idb)) {
                        continue;
                    }
                    Optional<Boolean> agree = FactAgreement.agree(a.fact().quantity(), b.fact().quantity());
                    if (agree.isPresent() && !agree.get()) {
                        reported.put(ida + ":" + idb, true);
                        out.add(new Contradiction(Long.parseLong(a.fact().subject().substring(6)), a.fact().label(),
                                a.fact().measure(), statement(a), statement(b),
                                a.fact().measure() + " of " + a.fact().label() + ": "
                                        + FactAgreement.show(a.fact().quantity()) + " in document " + ida + " ≠ "
                                        + FactAgreement.show(b.fact().quantity()) + " in document " + idb,
                                FactAgreement.TOLERANCE));
                    }
                }
            }
        }
        return out;
    }

    private static Contradiction.Statement statement(Keyed k) {
        return new Contradiction.Statement(k.doc().document().id(), k.doc().document().title(),
                k.fact().quantity().involved());
    }
}
