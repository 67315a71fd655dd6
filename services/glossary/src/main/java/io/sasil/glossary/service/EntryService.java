package io.sasil.glossary.service;

import io.sasil.common.contract.EntryView;
import io.sasil.common.contract.Page;
import io.sasil.common.problem.ProblemException;
import io.sasil.glossary.config.GlossaryConfig;
import io.sasil.glossary.model.Entry;
import io.sasil.glossary.model.EntryLabel;
import io.sasil.glossary.model.MentionRecord;
import io.sasil.glossary.termbase.Category;
import io.sasil.glossary.termbase.Evidence;
import io.sasil.glossary.termbase.Label;
import io.sasil.glossary.termbase.LabelType;
import io.sasil.glossary.termbase.Merge;
import io.sasil.glossary.termbase.TermBase;
import io.sasil.glossary.termbase.TermEntry;
import io.sasil.glossary.termbase.TermKey;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The entries use cases: listing and search, reading (with evidence and merge history), and a user's create, edit,
 * merge, split and delete, each one transaction on the persistent term base ({@link TermBaseStore}).
 */
@ApplicationScoped
public class EntryService {

    /** Sort orders of the listing. */
    public enum EntrySort {
        /** Most mentioned first (then by id). */
        FREQUENCY,
        /** Most recently first seen first (then newest id). */
        RECENT
    }

    /**
     * One observation of a gloss pair of an entry.
     *
     * @param documentId the document, or null for an entry made by hand or imported
     * @param term       the term as written
     * @param termStart  code point offset of the term
     * @param termEnd    end of the term, exclusive
     * @param glossStart code point offset of the gloss
     * @param glossEnd   end of the gloss, exclusive
     */
    public record EvidenceView(String documentId, String term, Integer termStart, Integer termEnd, Integer glossStart,
            Integer glossEnd) {
    }

    /**
     * A stored mention of an entry, in the listing of the entry's mentions: a
     * {@link io.sasil.common.contract.MentionView} with the document it is in (a document's own mentions,
     * {@code GET /api/glossary/documents/{id}}, need no document id on each).
     *
     * @param documentId the document
     * @param start      code point offset of the mention in the document's text
     * @param end        end of the mention, exclusive
     * @param text       the mentioned form as written
     * @param entryId    the entry
     * @param entryLabel the entry's preferred label
     */
    public record EntryMentionView(long documentId, int start, int end, String text, long entryId, String entryLabel) {
    }

    /**
     * One merge that involved an entry.
     *
     * @param id             merge id (give it to split to undo the merge)
     * @param rule           SAME_KEY, LATIN_READING, SHARED_ENGLISH_LABEL, SHARED_HANJA_LABEL or MANUAL
     * @param targetId       the entry that kept its id
     * @param absorbedId     the entry that was absorbed
     * @param targetLabel    the target's label that met {@code absorbedLabel} (null for MANUAL)
     * @param absorbedLabel  the absorbed entry's label that met it (null for MANUAL)
     * @param absorbedLabels the labels the absorbed entry brought
     * @param undone         whether the merge was undone
     */
    public record MergeView(long id, String rule, long targetId, long absorbedId, String targetLabel,
            String absorbedLabel, List<String> absorbedLabels, boolean undone) {
    }

    private final TermBaseStore store;
    private final GlossaryService glossary;
    private final EntityManager em;
    private final GlossaryConfig config;

    public EntryService(TermBaseStore store, GlossaryService glossary, EntityManager em, GlossaryConfig config) {
        this.store = store;
        this.glossary = glossary;
        this.em = em;
        this.config = config;
    }

    /**
     * One page of entries. With {@code q}: entries with a label whose key ({@link TermKey}) equals one of the keys of
     * {@code q} (so case, spacing, hyphen, quote and read-aloud variants all find it: {@code 오픈에이아이} finds
     * {@code 오픈AI}, {@code chat gpt} finds {@code ChatGPT}, {@code 지피티-4} finds {@code GPT-4}), or whose key starts
     * with the key of {@code q}.
     */
    @Transactional
    public Page<EntryView> list(int page, int size, String q, EntrySort sort) {
        checkPage(page, size);
        Sort order = sort == EntrySort.RECENT ? Sort.descending("firstSeenAt").and("id", Sort.Direction.Descending)
                : Sort.descending("frequency").and("id");
        io.quarkus.hibernate.orm.panache.PanacheQuery<Entry> query;
        if (q == null || q.isBlank()) {
            query = Entry.findAll(order);
        } else {
            Set<Long> ids = search(q);
            if (ids.isEmpty()) {
                return new Page<>(List.of(), page, size, 0);
            }
            query = Entry.find("id in ?1", order, ids);
        }
        long total = query.count();
        List<Entry> rows = query.page(io.quarkus.panache.common.Page.of(page, size)).list();
        return new Page<>(views(rows), page, size, total);
    }

    private Set<Long> search(String q) {
        if (q.length() > 1000) {
            throw ProblemException.invalidField("q", "at most 1000 characters");
        }
        TermBase base = store.read();
        Set<Long> ids = new TreeSet<>();
        base.findByLabel(q).forEach(e -> ids.add(e.id()));
        String key = TermKey.of(q).value();
        if (!key.isEmpty()) {
            String like = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            ids.addAll(em.createQuery("select distinct l.entryId from EntryLabel l where l.key like ?1 escape '\\'",
                    Long.class).setParameter(1, like).setMaxResults(10_000).getResultList());
        }
        String lower = q.strip().toLowerCase(Locale.ROOT);
        ids.addAll(em.createQuery("select distinct l.entryId from EntryLabel l where lower(l.text) = ?1", Long.class)
                .setParameter(1, lower).getResultList());
        return ids;
    }

    /** One entry. */
    @Transactional
    public EntryView get(long id) {
        Entry e = Entry.findById(id);
        if (e == null) {
            throw ProblemException.notFound("entry", id);
        }
        return views(List.of(e)).get(0);
    }

    /** The evidence of an entry: every gloss pair observation, with its document and spans. */
    @Transactional
    public List<EvidenceView> evidence(long id) {
        TermEntry e = require(store.read(), id);
        return e.evidence().stream().map(EntryService::view).toList();
    }

    /** The merges that built an entry (or that it was split from), oldest first. */
    @Transactional
    public List<MergeView> merges(long id) {
        TermBase base = store.read();
        require(base, id);
        return base.mergesOf(id).stream().map(m -> view(m, base.isUndone(m.id()))).toList();
    }

    /**
     * One page of the stored mentions of an entry, by document and offset. The order names the entry first (fixed by
     * the filter) so that it is the order of the {@code (entry_id, document_id, start_offset)} index: the database
     * reads the page from the index and stops there, instead of reading and sorting all the entry's mentions. The
     * total counts the entry's mentions through an index on {@code entry_id}: it grows with them, but sorts nothing.
     */
    @Transactional
    public Page<EntryMentionView> mentions(long id, int page, int size) {
        checkPage(page, size);
        Entry e = Entry.findById(id);
        if (e == null) {
            throw ProblemException.notFound("entry", id);
        }
        var query = MentionRecord.<MentionRecord>find("entryId = ?1",
                Sort.by("entryId").and("documentId").and("start"), id);
        long total = query.count();
        List<EntryMentionView> items = query.page(io.quarkus.panache.common.Page.of(page, size)).list().stream()
                .map(m -> new EntryMentionView(m.documentId, m.start, m.end, m.text, id, e.preferredLabel)).toList();
        return new Page<>(items, page, size, total);
    }

    /** A user's new entry (no automatic merge). */
    @Transactional
    public EntryView create(String preferredLabel, String category, List<EntryView.LabelView> labels) {
        List<Label> ls = labels(labels);
        Category c = category(category);
        String preferred = preferredLabel == null || preferredLabel.isBlank() ? ls.get(0).text() : preferredLabel;
        var change = store.writeStructural(base -> {
            try {
                return base.create(preferred, ls, c).id();
            } catch (IllegalArgumentException ex) {
                throw ProblemException.invalidField("preferredLabel", ex.getMessage());
            }
        });
        em.flush();
        return get(change.result());
    }

    /** Replaces an entry's preferred label, category and labels. */
    @Transactional
    public EntryView replace(long id, String preferredLabel, String category, List<EntryView.LabelView> labels) {
        List<Label> ls = labels(labels);
        Category c = category(category);
        var change = store.writeStructural(base -> {
            require(base, id);
            return edit(base, id, preferredLabel, ls, c);
        });
        return recounted(id, change);
    }

    /**
     * Changes only what is given: the preferred label, the category (an empty string clears it), labels added and
     * labels removed (by text).
     */
    @Transactional
    public EntryView patch(long id, String preferredLabel, String category, List<EntryView.LabelView> add,
            List<String> remove) {
        List<Label> added = add == null || add.isEmpty() ? List.of() : labels(add);
        Category c = category == null || category.isBlank() ? null : category(category);
        var change = store.writeStructural(base -> {
            TermEntry e = require(base, id);
            List<Label> ls = new ArrayList<>(e.labels());
            if (remove != null) {
                Set<String> gone = new java.util.HashSet<>();
                remove.forEach(r -> gone.add(r == null ? "" : r.strip()));
                ls.removeIf(l -> gone.contains(l.text()));
            }
            ls.addAll(added);
            String preferred = preferredLabel != null ? preferredLabel
                    : ls.stream().anyMatch(l -> l.text().equals(e.preferredLabel())) ? e.preferredLabel()
                    : ls.isEmpty() ? null : ls.get(0).text();
            if (ls.isEmpty()) {
                throw ProblemException.invalidField("removeLabels", "an entry needs at least one label");
            }
            return edit(base, id, preferred, ls, category == null ? e.category() : c);
        });
        return recounted(id, change);
    }

    /** Edits an entry in the term base; a preferred label that is not one of its labels is a 400 naming the field. */
    private static TermEntry edit(TermBase base, long id, String preferredLabel, List<Label> labels, Category category) {
        try {
            return base.edit(id, preferredLabel, labels, category);
        } catch (IllegalArgumentException ex) {
            throw ProblemException.invalidField("preferredLabel", ex.getMessage());
        }
    }

    /** After an edit: the counters of the entries it touched recounted, and entry {@code id} read back as stored. */
    private EntryView recounted(long id, TermBaseStore.Change<?> change) {
        glossary.recount(change.touched());
        em.flush();
        em.clear();
        return get(id);
    }

    /** Merges the other entries into {@code id} (rule MANUAL); their mentions and glosses move to it. */
    @Transactional
    public EntryView merge(long id, Collection<Long> others) {
        if (others == null || others.isEmpty()) {
            throw ProblemException.invalidField("ids", "must name at least one entry to merge");
        }
        if (others.contains(id)) {
            throw ProblemException.invalidField("ids", "cannot merge entry " + id + " with itself");
        }
        var change = store.writeStructural(base -> {
            require(base, id);
            for (long o : others) {
                require(base, o);
            }
            for (long o : new TreeSet<>(others)) {
                base.merge(id, o);
            }
            return id;
        });
        em.flush();
        glossary.recount(change.touched());
        em.clear();
        return get(id);
    }

    /**
     * Splits an entry: either undoes one of its merges ({@code mergeId}; the absorbed entry comes back with its id) or
     * splits the given labels off into a new entry. Mentions and glosses whose text is one of the labels that left
     * move to the entry that has them now.
     *
     * @return the entry that came back or was created
     */
    @Transactional
    public EntryView split(long id, Long mergeId, List<String> labels) {
        if ((mergeId == null) == (labels == null || labels.isEmpty())) {
            throw ProblemException.badRequest("give either mergeId (undo a merge) or labels (split them off), not both");
        }
        var change = store.writeStructural(base -> {
            require(base, id);
            try {
                if (mergeId != null) {
                    Merge m = base.merges().stream().filter(r -> r.id() == mergeId).findFirst()
                            .orElseThrow(() -> ProblemException.notFound("merge", mergeId));
                    if (!Long.valueOf(id).equals(base.resolve(m.targetId()))) {
                        throw ProblemException.invalidField("mergeId", "merge " + mergeId + " is not a merge of entry " + id);
                    }
                    return base.unmerge(mergeId).id();
                }
                return base.splitLabels(id, labels).id();
            } catch (IllegalArgumentException | IllegalStateException | NoSuchElementException ex) {
                throw new ProblemException(409, "split-conflict", "Cannot split", ex.getMessage());
            }
        });
        long newId = change.result();
        TermEntry moved = change.base().get(newId).orElseThrow();
        List<String> texts = moved.labels().stream().map(Label::text).toList();
        em.flush();
        em.createQuery("update MentionRecord set entryId = ?1 where entryId = ?2 and text in ?3")
                .setParameter(1, newId).setParameter(2, id).setParameter(3, texts).executeUpdate();
        em.createQuery("update GlossRecord set entryId = ?1 where entryId = ?2 and term in ?3")
                .setParameter(1, newId).setParameter(2, id).setParameter(3, texts).executeUpdate();
        Set<Long> recount = new TreeSet<>(change.touched());
        recount.add(id);
        recount.add(newId);
        glossary.recount(recount);
        em.clear();
        return get(newId);
    }

    /** Deletes an entry with its labels and mentions (glosses keep their text, without an entry). */
    @Transactional
    public void delete(long id) {
        store.writeStructural(base -> {
            require(base, id);
            return base.delete(id);
        });
    }

    // ---------------------------------------------------------------------------------------------------------

    private void checkPage(int page, int size) {
        ProblemException.checkPaging(page, size, config.maxPageSize());
    }

    private static TermEntry require(TermBase base, long id) {
        return base.get(id).orElseThrow(() -> ProblemException.notFound("entry", id));
    }

    private static List<Label> labels(List<EntryView.LabelView> labels) {
        if (labels == null || labels.isEmpty()) {
            throw ProblemException.invalidField("labels", "at least one label is needed");
        }
        List<Label> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            EntryView.LabelView l = labels.get(i);
            if (l == null || l.text() == null || l.text().isBlank()) {
                throw ProblemException.invalidField("labels[" + i + "].text", "must not be blank");
            }
            if (l.text().length() > 1000) {
                throw ProblemException.invalidField("labels[" + i + "].text", "at most 1000 characters");
            }
            LabelType type;
            try {
                type = l.type() == null ? null : LabelType.valueOf(l.type().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                type = null;
            }
            if (type == null) {
                throw ProblemException.invalidField("labels[" + i + "].type",
                        "one of KOREAN, LATIN, HANJA, ORIGINAL_SCRIPT, ABBREVIATION, DEFINITION");
            }
            out.add(new Label(l.text(), type));
        }
        return out;
    }

    private static Category category(String category) {
        if (category == null || category.isBlank()) {
            return null;
        }
        try {
            return Category.valueOf(category.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("category", "one of PERSON, ORGANISATION, PRODUCT, CONCEPT, LAW, IDIOM");
        }
    }

    private List<EntryView> views(List<Entry> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EntryView.LabelView>> labels = new HashMap<>();
        List<Long> ids = rows.stream().map(e -> e.id).toList();
        for (EntryLabel l : EntryLabel.<EntryLabel>list("entryId in ?1", Sort.by("id"), ids)) {
            labels.computeIfAbsent(l.entryId, k -> new ArrayList<>()).add(new EntryView.LabelView(l.text, l.type));
        }
        return rows.stream().map(e -> new EntryView(e.id, e.preferredLabel, e.category,
                labels.getOrDefault(e.id, List.of()), e.frequency, e.documentCount, e.firstSeenAt, e.firstDocumentId))
                .toList();
    }

    private static EvidenceView view(Evidence e) {
        return new EvidenceView(e.documentId(), e.term(), e.termSpan() == null ? null : e.termSpan().start(),
                e.termSpan() == null ? null : e.termSpan().end(), e.glossSpan() == null ? null : e.glossSpan().start(),
                e.glossSpan() == null ? null : e.glossSpan().end());
    }

    private static MergeView view(Merge m, boolean undone) {
        return new MergeView(m.id(), m.rule().name(), m.targetId(), m.absorbedId(), m.targetLabel(), m.absorbedLabel(),
                m.absorbed().labels().stream().map(Label::text).toList(), undone);
    }
}
