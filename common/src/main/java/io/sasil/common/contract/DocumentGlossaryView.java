package io.sasil.common.contract;

import java.util.List;

/** What the glossary service holds for one document. */
public record DocumentGlossaryView(long documentId, List<GlossView> glosses, List<MentionView> mentions) {
}
